/**
 * Timed quizzes (the exam, a timed assignment): the deadline is fixed when the
 * quiz starts and saved with it, so a reload keeps counting down.
 */

/** @example deadlineAfter(new Date('2026-01-01T09:00:00Z'), 60) // '2026-01-01T10:00:00.000Z' */
export function deadlineAfter(startedAt: Date, minutes: number): string {
  return new Date(startedAt.getTime() + minutes * 60_000).toISOString()
}

/** Whole seconds left before the deadline, never below 0. */
export function secondsLeft(deadline: string, now: Date): number {
  return Math.max(0, Math.ceil((Date.parse(deadline) - now.getTime()) / 1000))
}

/**
 * The time left as a countdown shows it, minutes and seconds.
 *
 * @example clockText(125) // '2:05'
 */
export function clockText(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}
