/**
 * Timed quizzes (the exam, a timed assignment) as the pages see them: how much
 * time is left, measured so that neither an edit of the saved data nor a clock
 * turned back gives more (the rules are in src/domain/quiz/deadline.ts), and the
 * automatic hand-in of a quiz left open past its deadline, whatever page is open.
 */
import { computed, onScopeDispose, ref, watch, type ComputedRef, type Ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { storeToRefs } from 'pinia'
import { useCourseStore } from '../stores/course'
import { useProgressStore } from '../stores/progress'
import { useQuestionStore } from '../stores/questions'
import { useOpenedAssignments } from './useOpenedAssignments'
import { repairExamSession } from '../domain/exam/exam'
import { EXAM_QUIZ_ID } from '../domain/exam/standing'
import { assignmentQuizIdOf, describeQuiz, isAssignmentQuizId } from '../domain/quiz/catalog'
import { handInTime, timeLeftMs, withTimeSaved } from '../domain/quiz/deadline'
import type { QuizSession } from '../domain/quiz/session'
import { now as clockNow } from '../platform/clock'
import { monotonicNow } from '../platform/monotonic'

/** How often the time of a running quiz is saved, in milliseconds. */
const SAVE_EVERY_MS = 15_000
/** How long to wait before trying again to hand in a quiz whose questions could not be loaded. */
const RETRY_AFTER_MS = 15_000

/**
 * Per session id: the elapsed time saved with it when this page first saw it, and
 * the monotonic clock then. Shared by every page, so a reload starts it afresh
 * from what was saved.
 */
const firstSeen = new Map<string, { savedMs: number; at: number }>()

/** What this page has measured of a session: its saved elapsed time plus the monotonic time since the page first saw it. */
function runningMs(session: QuizSession): number {
  let seen = firstSeen.get(session.id)
  if (!seen) {
    seen = { savedMs: session.elapsedMs ?? 0, at: monotonicNow() }
    firstSeen.set(session.id, seen)
  }
  return seen.savedMs + (monotonicNow() - seen.at)
}

export interface UseQuizTimeReturn {
  /** The time limit of a quiz in minutes: the exam's from the course, an assignment's from its link; null for none or unknown. */
  limitOf: (quizId: string) => number | null
  /** Milliseconds left for a session at `now`; null for a quiz without a time limit. */
  msLeft: (session: QuizSession, now?: Date) => number | null
  /** The session with its elapsed time and its deadline as they stand, to save; an untimed one as it was. */
  withTime: (session: QuizSession) => QuizSession
}

/** The time rules of timed quizzes, with this course's limits and this page's monotonic clock. */
export function useQuizTime(): UseQuizTimeReturn {
  const { index } = storeToRefs(useCourseStore())
  const opened = useOpenedAssignments()

  function limitOf(quizId: string): number | null {
    if (quizId === EXAM_QUIZ_ID) return index.value.exam?.timeLimitMinutes ?? null
    if (!isAssignmentQuizId(quizId)) return null
    const assignmentId = quizId.slice(assignmentQuizIdOf('').length)
    const modules = index.value.modules.map((module) => module.id)
    return opened.find(assignmentId, modules)?.timeLimit ?? null
  }

  return {
    limitOf,
    msLeft: (session, now = clockNow()) => timeLeftMs(session, limitOf(session.quizId), now, runningMs(session)),
    withTime: (session) => withTimeSaved(session, limitOf(session.quizId), clockNow(), runningMs(session)),
  }
}

export interface UseTimeLeftReturn {
  /** Whole seconds left, updated every second; null when there is no session or it has no time limit. */
  seconds: ComputedRef<number | null>
  /** The session with its elapsed time and deadline as they stand, to save. */
  withTime: (session: QuizSession) => QuizSession
}

/** A countdown for the session `session()` returns, ticking every second while the caller is mounted. */
export function useTimeLeft(session: () => QuizSession | undefined): UseTimeLeftReturn {
  const time = useQuizTime()
  const now = ref(clockNow())
  const timer = window.setInterval(() => {
    now.value = clockNow()
  }, 1000)
  onScopeDispose(() => window.clearInterval(timer))
  const seconds = computed(() => {
    const current = session()
    const ms = current ? time.msLeft(current, now.value) : null
    return ms === null ? null : Math.ceil(ms / 1000)
  })
  return { seconds, withTime: time.withTime }
}

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
