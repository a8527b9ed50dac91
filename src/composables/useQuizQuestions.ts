import { computed, watch, type ComputedRef, type MaybeRefOrGetter, toValue } from 'vue'
import { storeToRefs } from 'pinia'
import { useCourseStore } from '../stores/course'
import { useQuestionStore } from '../stores/questions'
import { describeQuiz, type QuizDescription } from '../domain/quiz/catalog'
import type { QuestionContent } from '../content/types'
import { localQuizQuestions, readLocalBank } from './localBank'
import { useLocalBankStore } from '../stores/localBank'

export interface UseQuizQuestionsReturn {
  /** What the quiz id in the link names; null for an id that is not a quiz of this course. */
  quiz: ComputedRef<QuizDescription | null>
  /** Every question of the banks this quiz draws from, by module. */
  banks: ComputedRef<Record<string, QuestionContent[]>>
  /** Every question of those banks, by id. */
  byId: ComputedRef<Map<string, QuestionContent>>
  /** Loading, ready, or failed (offline while a bank was downloading). */
  status: ComputedRef<'loading' | 'ready' | 'error'>
  /** Loads the banks (again, for those that failed); resolves when every one has settled. */
  retry: () => Promise<void>
}

/**
 * Loads the question banks a quiz needs and exposes them once ready: at once, or with
 * `{ immediate: false }` only when `retry()` is first called (a page that needs them only on a press).
 */
export function useQuizQuestions(
  quizId: MaybeRefOrGetter<string>,
  options: { immediate?: boolean } = {},
): UseQuizQuestionsReturn {
  const questionStore = useQuestionStore()
  const { index } = storeToRefs(useCourseStore())
  const quiz = computed(() =>
    describeQuiz(
      toValue(quizId),
      index.value.modules.map((module) => module.id),
    ),
  )
  const moduleIds = computed(() => quiz.value?.moduleIds ?? [])
  // The local bank is read from this device, not fetched.
  const banks = computed(() =>
    quiz.value?.kind === 'local'
      ? { local: localQuizQuestions(readLocalBank()) }
      : questionStore.questionsOf(moduleIds.value),
  )
  const byId = computed(
    () =>
      new Map(
        Object.values(banks.value)
          .flat()
          .map((question) => [question.id, question]),
      ),
  )
  // The local bank is read from this device's database when a local quiz first needs it.
  const localBank = useLocalBankStore()
  watch(
    () => quiz.value?.kind === 'local',
    (isLocal) => {
      if (isLocal) void localBank.ready()
    },
    { immediate: true },
  )
  const status = computed(() =>
    quiz.value?.kind === 'local' ? (localBank.loaded ? 'ready' : 'loading') : questionStore.statusOf(moduleIds.value),
  )

  function retry(): Promise<void> {
    return questionStore.loadBanks(moduleIds.value)
  }
  if (options.immediate !== false) watch(moduleIds, () => void retry(), { immediate: true })

  return { quiz, banks, byId, status, retry }
}
