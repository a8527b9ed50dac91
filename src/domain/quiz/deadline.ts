/**
 * Timed quizzes (the exam, a timed assignment). The deadline is fixed when the
 * quiz starts and saved with it, so a reload keeps counting down; neither an
 * edit of the saved data nor a clock turned back gives more time:
 *
 * - the deadline that holds is never later than the start plus the quiz's time
 *   limit, and a deleted deadline means exactly that;
 * - the time used is the larger of the wall clock since the start and the
 *   elapsed time measured by the page's monotonic clock (saved with the session
 *   as it runs, so a reload keeps it).
 */
/** The longest time limit any quiz may have, in minutes (the exam allows up to 600, an assignment 300). */
export const MAX_TIME_LIMIT_MINUTES = 600

const MINUTE = 60_000

/** What a session saves about its time. */
export interface SessionTime {
  startedAt: string
  /** When the quiz is handed in automatically. */
  deadline?: string
  /** Milliseconds the quiz has run, as last saved. */
  elapsedMs?: number
}

/** @example deadlineAfter(new Date('2026-01-01T09:00:00Z'), 60) // '2026-01-01T10:00:00.000Z' */
export function deadlineAfter(startedAt: Date, minutes: number): string {
  return new Date(startedAt.getTime() + minutes * MINUTE).toISOString()
}

/** Whole seconds left before the deadline, never below 0 (the wall clock alone; see `timeLeftMs`). */
export function secondsLeft(deadline: string, now: Date): number {
  return Math.max(0, Math.ceil((Date.parse(deadline) - now.getTime()) / 1000))
}

/** A saved or measured duration that can be trusted: a finite number of milliseconds, else 0. */
function duration(ms: number | undefined): number {
  return typeof ms === 'number' && Number.isFinite(ms) && ms > 0 ? ms : 0
}

function isLimit(minutes: number | null | undefined): minutes is number {
  return typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0
}

/**
 * The deadline that holds, in milliseconds since 1970, or null for a quiz without a time limit.
 * It is the saved deadline, but never later than the start plus the time limit
 * (`limitMinutes`, from the course or the assignment link); a session that lost its
 * deadline ends at the start plus the limit. When the limit is not known, the saved
 * deadline holds, capped at the start plus `MAX_TIME_LIMIT_MINUTES`.
 *
 * @example
 * effectiveDeadline({ startedAt: '2026-05-01T09:00:00Z', deadline: '2027-05-01T10:00:00Z' }, 60) // 09:00 + 60 min
 * effectiveDeadline({ startedAt: '2026-05-01T09:00:00Z' }, 60) // 09:00 + 60 min
 */
export function effectiveDeadline(session: SessionTime, limitMinutes: number | null | undefined): number | null {
  const saved = session.deadline === undefined ? NaN : Date.parse(session.deadline)
  const limited = isLimit(limitMinutes)
  if (!limited && Number.isNaN(saved)) return null
  const start = Date.parse(session.startedAt)
  // A start time that cannot be read (the schema refuses one) leaves nothing to count from: the time is up.
  if (Number.isNaN(start)) return 0
  const cap = start + (limited ? limitMinutes : MAX_TIME_LIMIT_MINUTES) * MINUTE
  return Number.isNaN(saved) ? cap : Math.min(saved, cap)
}

/**
 * Milliseconds the quiz has run: the largest of the wall clock since its start, the
 * elapsed time saved with it, and `runningMs` (what this page measured with its
 * monotonic clock: the elapsed time saved when the page first saw the session, plus
 * the monotonic time since). A clock turned back shortens only the first.
 *
 * @example
 * // Started 09:00; at 09:55 the clock was set back to 09:05: the page measured 55 minutes.
 * elapsedMs({ startedAt: '2026-05-01T09:00:00Z' }, new Date('2026-05-01T09:05:00Z'), 55 * 60_000) // 55 minutes
 */
export function elapsedMs(session: SessionTime, now: Date, runningMs = 0): number {
  const wall = duration(now.getTime() - Date.parse(session.startedAt))
  return Math.max(wall, duration(session.elapsedMs), duration(runningMs))
}

/**
 * Milliseconds left before a timed quiz is handed in, never below 0; null for a quiz
 * without a time limit. The time allowed (deadline − start) minus the time used
 * (`elapsedMs`), so it never grows when the clock is turned back.
 *
 * @example
 * // 60 minutes, started 09:00, the clock set back to 09:05 at minute 55: 5 minutes left, not 55.
 * timeLeftMs({ startedAt: '2026-05-01T09:00:00Z' }, 60, new Date('2026-05-01T09:05:00Z'), 55 * 60_000) // 300000
 */
export function timeLeftMs(
  session: SessionTime,
  limitMinutes: number | null | undefined,
  now: Date,
  runningMs = 0,
): number | null {
  const deadline = effectiveDeadline(session, limitMinutes)
  if (deadline === null) return null
  const allowed = deadline - Date.parse(session.startedAt)
  if (!Number.isFinite(allowed)) return 0
  return Math.max(0, allowed - elapsedMs(session, now, runningMs))
}

/**
 * The session with its time as it stands, to save as it runs: the elapsed time
 * (`elapsedMs`) and the deadline that holds, so a reload, a clock turned back or a
 * deleted deadline changes nothing. A quiz without a time limit comes back as it was.
 */
export function withTimeSaved<T extends SessionTime>(
  session: T,
  limitMinutes: number | null | undefined,
  now: Date,
  runningMs = 0,
): T {
  const deadline = effectiveDeadline(session, limitMinutes)
  if (deadline === null || Number.isNaN(Date.parse(session.startedAt))) return session
  return {
    ...session,
    deadline: new Date(deadline).toISOString(),
    elapsedMs: Math.round(elapsedMs(session, now, runningMs)),
  }
}

/**
 * When a quiz handed in now counts as finished: now, or its deadline if that has
 * passed (a quiz left open past its deadline is handed in as it stood at the deadline).
 */
export function handInTime(session: SessionTime, limitMinutes: number | null | undefined, now: Date): Date {
  const deadline = effectiveDeadline(session, limitMinutes)
  return deadline !== null && deadline < now.getTime() && deadline >= Date.parse(session.startedAt)
    ? new Date(deadline)
    : now
}

/**
 * The time left as a countdown shows it, minutes and seconds.
 *
 * @example clockText(125) // '2:05'
 */
export function clockText(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}
