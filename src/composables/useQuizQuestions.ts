import { computed, shallowRef, watch, type ComputedRef, type MaybeRefOrGetter, toValue } from 'vue'
import { storeToRefs } from 'pinia'
import { useCourseStore } from '../stores/course'
import { useQuestionStore } from '../stores/questions'
import { describeQuiz, type QuizDescription } from '../domain/quiz/catalog'
import type { QuestionContent } from '../content/types'

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
  // A trainer's own questions are read from this device, with their code, only for the local quiz.
  const localQuestions = shallowRef<(() => QuestionContent[]) | null>(null)
  const localFailed = shallowRef(false)
  async function loadLocal(): Promise<void> {
    localFailed.value = false
    try {
      const [{ useLocalBankStore }, { localQuizQuestions }] = await Promise.all([
        import('../stores/localBank'),
        import('./localBank'),
      ])
      const store = useLocalBankStore()
      await store.ready()
      localQuestions.value = () => localQuizQuestions(store.questions)
    } catch {
      localFailed.value = true
    }
  }
  const banks = computed(() =>
    quiz.value?.kind === 'local'
      ? { local: localQuestions.value?.() ?? [] }
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
  watch(
    () => quiz.value?.kind === 'local',
    (isLocal) => {
      if (isLocal && !localQuestions.value) void loadLocal()
    },
    { immediate: true },
  )
  const status = computed(() =>
    quiz.value?.kind === 'local'
      ? localQuestions.value
        ? 'ready'
        : localFailed.value
          ? 'error'
          : 'loading'
      : questionStore.statusOf(moduleIds.value),
  )

  function retry(): Promise<void> {
    if (quiz.value?.kind === 'local') return localQuestions.value ? Promise.resolve() : loadLocal()
    return questionStore.loadBanks(moduleIds.value)
  }
  if (options.immediate !== false) watch(moduleIds, () => void retry(), { immediate: true })

  return { quiz, banks, byId, status, retry }
}
