import { computed, type ComputedRef } from 'vue'
import { useMessages } from '../i18n'
import { useProgressStore } from '../stores/progress'
import { useCourseStore } from '../stores/course'
import { useSettingsStore } from '../stores/settings'
import { useQuizLauncher } from './useQuizLauncher'
import type { UseQuizQuestionsReturn } from './useQuizQuestions'
import type { QuestionContent } from '../content/types'
import type { QuizMode } from '../domain/quiz/session'
import { PRACTICE_PASS_MARK, drawQuiz, questionCount, quizPool } from '../domain/quiz/pool'
import { courseRule, dailyReviewCap } from '../domain/quiz/start'
import { todaysReview, type TodaysReview } from '../domain/progress/daily'
import { now } from '../platform/clock'
import '../i18n/zh-CN/quiz'

/** The length a quiz card's 开始练习 asks, as the start page's first choice. */
export const DEFAULT_QUIZ_LENGTH = 10

export interface UseQuizBeginReturn {
  /** The quiz's title, as its pages and its saved session name it. */
  title: ComputedRef<string>
  /** Today's review as the home page's 今日 card counts it (the daily cap less what was reviewed today). */
  today: ComputedRef<TodaysReview>
  /** The questions this quiz may draw from (today's review at most what is left of the daily cap). */
  pool: ComputedRef<QuestionContent[]>
  /**
   * Draws and opens the quiz: today's review asks its whole pool, the others `length` when the pool
   * offers it, otherwise the whole pool (questionCount).
   * Does nothing until the banks are ready or when there is nothing to ask.
   */
  begin: (mode: QuizMode, length: number, options?: { replace?: boolean }) => void
}

/**
 * Starting a practice quiz from its banks: shared by the start page (its form, and the quizzes that
 * start on arrival) and the quiz page itself when a card's 开始练习 opens it with the defaults.
 */
export function useQuizBegin(quizId: () => string, questions: UseQuizQuestionsReturn): UseQuizBeginReturn {
  const { t } = useMessages()
  const { launch } = useQuizLauncher()
  const progressStore = useProgressStore()
  const courseStore = useCourseStore()
  // The daily cap is a setting of the home page's 今日 card; checked again here (dailyReviewCap) so a bad value asks 20.
  const settings = useSettingsStore()
  const { quiz, banks, status } = questions

  const title = computed(() => {
    if (!quiz.value) return t('quiz.notFound')
    if (quiz.value.kind === 'mixed') return t('quiz.mixedTitle')
    if (quiz.value.kind === 'mistakes') return t('quiz.mistakesTitle')
    if (quiz.value.kind === 'review') return t('quiz.reviewTitle')
    if (quiz.value.kind === 'local') return t('quiz.localTitle')
    // The exam as its own page names its session; an assignment's name is in its link alone.
    if (quiz.value.kind === 'exam') return courseStore.index.exam?.title ?? t('quiz.notFound')
    if (quiz.value.kind === 'assignment') return t('quiz.assignmentTitle')
    const module = courseStore.findModule(quiz.value.moduleIds[0] ?? '')
    return module ? `${module.order}. ${module.title}` : t('quiz.notFound')
  })
  const today = computed(() => todaysReview(progressStore.glance, now(), dailyReviewCap(settings.dailyReviewCap)))
  const pool = computed(() =>
    quiz.value
      ? quizPool(quiz.value.kind, Object.values(banks.value).flat(), progressStore.progress, now(), {
          reviewCap: today.value.left,
        })
      : [],
  )

  function begin(mode: QuizMode, length: number, options: { replace?: boolean } = {}): void {
    const kind = quiz.value?.kind
    if (!kind || status.value !== 'ready' || pool.value.length === 0) return
    const asked = kind === 'review' ? pool.value.length : questionCount(length, pool.value.length)
    launch(
      { quizId: quizId(), title: title.value, mode, rule: courseRule(kind), passMark: PRACTICE_PASS_MARK },
      (seed) => drawQuiz(kind, banks.value, pool.value, asked, seed),
      null,
      options,
    )
  }

  return { title, today, pool, begin }
}
