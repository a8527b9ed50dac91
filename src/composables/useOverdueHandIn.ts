/**
 * The automatic hand-in of a timed quiz (the exam, a timed assignment) left open
 * past its deadline, whatever page is open. Its clock is useQuizTime.ts; the
 * rules are in src/domain/quiz/deadline.ts.
 */
import { onScopeDispose, ref, watch, type Ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { storeToRefs } from 'pinia'
import { useCourseStore } from '../stores/course'
import { useProgressStore } from '../stores/progress'
import { useQuestionStore } from '../stores/questions'
import { useQuizTime } from './useQuizTime'
import { repairExamSession } from '../domain/exam/exam'
import { describeQuiz } from '../domain/quiz/catalog'
import { handInTime } from '../domain/quiz/deadline'
import type { QuizSession } from '../domain/quiz/session'
import { now as clockNow } from '../platform/clock'
import { monotonicNow } from '../platform/monotonic'

/** How often the time of a running quiz is saved, in milliseconds. */
const SAVE_EVERY_MS = 15_000
/** How long to wait before trying again to hand in a quiz whose questions could not be loaded. */
const RETRY_AFTER_MS = 15_000

/** A quiz handed in because its time ran out while its page was not open. */
export interface HandedIn {
  attemptId: string
  quizId: string
  title: string
}

export interface UseOverdueHandInReturn {
  /** Quizzes handed in automatically since the app started, for a notice until dismissed. */
  handedIn: Ref<HandedIn[]>
  /** Takes one off the notice. */
  dismiss: (attemptId: string) => void
}

/**
 * Used once, by TheOverdueHandIn. A timed quiz past its deadline is handed in
 * automatically — on the next start of the app, whatever page opens, or as soon
 * as its time runs out while another page is open — exactly as its own page
 * hands it in, and the learner is told so once, with a link to the result. The
 * quiz's own page (quiz-play) hands in its quiz itself and is left to it. While
 * a timed quiz runs, its elapsed time is saved every 15 seconds.
 */
export function useOverdueHandIn(): UseOverdueHandInReturn {
  const router = useRouter()
  const route = useRoute()
  const progressStore = useProgressStore()
  const { progress } = storeToRefs(progressStore)
  const questionStore = useQuestionStore()
  const { index } = storeToRefs(useCourseStore())
  const time = useQuizTime()

  const handedIn = ref<HandedIn[]>([])
  /** Sessions being handed in now, and when a failed one may be tried again (monotonic clock). */
  const working = new Set<string>()
  const retryAt = new Map<string, number>()
  let lastSave = monotonicNow()

  async function handIn(session: QuizSession): Promise<void> {
    const quiz = describeQuiz(
      session.quizId,
      index.value.modules.map((module) => module.id),
    )
    // Not a quiz of this course, or the trainer's local bank (never timed): left for its own page.
    if (!quiz || quiz.kind === 'local') return
    await questionStore.loadBanks(quiz.moduleIds)
    if (questionStore.statusOf(quiz.moduleIds) !== 'ready') {
      retryAt.set(session.id, monotonicNow() + RETRY_AFTER_MS)
      return
    }
    const banks = questionStore.questionsOf(quiz.moduleIds)
    const { handIn: handInSession } = await import('../domain/review/schedule')
    // The exam's questions seen before, and the review cards, come from the whole history.
    await progressStore.whenHistoryLoaded()
    // Still the same quiz under way, and its page not opened meanwhile?
    const current = progress.value.sessions[session.quizId]
    if (current?.id !== session.id || onItsPage(current)) return
    const whole = repairExamSession(current, banks, index.value.exam?.weights ?? {}, progress.value.attempts)
    const finishedAt = handInTime(whole, time.limitOf(whole.quizId), clockNow())
    const { attempt, reschedule } = handInSession(whole, Object.values(banks).flat(), finishedAt)
    await progressStore.recordAttempt(attempt, reschedule)
    handedIn.value = [...handedIn.value, { attemptId: attempt.id, quizId: attempt.quizId, title: attempt.title }]
  }

  function onItsPage(session: QuizSession): boolean {
    return route.name === 'quiz-play' && route.params.quizId === session.quizId
  }

  /** Hands in every timed quiz whose time is up, except on its own page. */
  function check(): void {
    const at = monotonicNow()
    for (const session of Object.values(progress.value.sessions)) {
      if (working.has(session.id) || (retryAt.get(session.id) ?? 0) > at || onItsPage(session)) continue
      if (time.msLeft(session) !== 0) continue
      working.add(session.id)
      handIn(session)
        // A chunk that could not be fetched (offline on a first visit): tried again later.
        .catch(() => retryAt.set(session.id, monotonicNow() + RETRY_AFTER_MS))
        .finally(() => working.delete(session.id))
    }
  }

  /** Saves the elapsed time of every timed quiz still running. */
  function saveTimes(): void {
    lastSave = monotonicNow()
    for (const session of Object.values(progress.value.sessions)) {
      if (!time.msLeft(session)) continue
      const timed = time.withTime(session)
      if (timed !== session) void progressStore.saveSession(timed)
    }
  }

  // Once the first page is known (the quiz's own page hands in its quiz), then on every change of
  // the progress (another learner chosen, another tab's change) and every second.
  let ready = false
  let disposed = false
  void router.isReady().then(() => {
    if (disposed) return
    ready = true
    check()
  })
  watch(progress, () => {
    if (ready) check()
  })
  const timer = window.setInterval(() => {
    if (!ready) return
    if (monotonicNow() - lastSave >= SAVE_EVERY_MS) saveTimes()
    check()
  }, 1000)
  onScopeDispose(() => {
    disposed = true
    window.clearInterval(timer)
  })

  function dismiss(attemptId: string): void {
    handedIn.value = handedIn.value.filter((item) => item.attemptId !== attemptId)
  }

  return { handedIn, dismiss }
}
