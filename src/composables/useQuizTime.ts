/**
 * The clock of a timed quiz (the exam, a timed assignment): its limit, the time left and the elapsed
 * time to save, measured with this page's monotonic clock so a changed wall clock gives no time.
 */
import { computed, onScopeDispose, ref, shallowRef, type ComputedRef } from 'vue'
import { storeToRefs } from 'pinia'
import { useCourseStore } from '../stores/course'
import type { UseOpenedAssignmentsReturn } from './useOpenedAssignments'
import { EXAM_QUIZ_ID } from '../domain/exam/standing'
import { assignmentQuizIdOf, isAssignmentQuizId } from '../domain/quiz/catalog'
import { timeLeftMs, withTimeSaved } from '../domain/quiz/deadline'
import type { QuizSession } from '../domain/quiz/session'
import { now as clockNow } from '../platform/clock'
import { monotonicNow } from '../platform/monotonic'

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
  // An assignment's limit is in its saved link, whose checks are fetched only for an assignment. Until
  // they are here the limit is unknown, and the saved deadline holds (deadline.ts), as while the list loads.
  const opened = shallowRef<UseOpenedAssignmentsReturn | null>(null)
  let asked = false
  function openedAssignments(): UseOpenedAssignmentsReturn | null {
    if (!asked) {
      asked = true
      import('./useOpenedAssignments')
        .then(({ useOpenedAssignments }) => {
          opened.value = useOpenedAssignments()
        })
        .catch(() => {
          asked = false
        })
    }
    return opened.value
  }

  function limitOf(quizId: string): number | null {
    if (quizId === EXAM_QUIZ_ID) return index.value.exam?.timeLimitMinutes ?? null
    if (!isAssignmentQuizId(quizId)) return null
    const assignmentId = quizId.slice(assignmentQuizIdOf('').length)
    const modules = index.value.modules.map((module) => module.id)
    return openedAssignments()?.find(assignmentId, modules)?.timeLimit ?? null
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
