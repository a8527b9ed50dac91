/**
 * Wrong PINs in a row, per learner on a shared device: the first few cost nothing, then each
 * try waits longer (30 s, 1 min, 2 min … up to 15 min), so a colleague's 4-digit PIN cannot be
 * found by trying numbers by hand. A right PIN forgets the count.
 */

/** Wrong PINs allowed before the first wait. */
export const FREE_PIN_TRIES = 5
const FIRST_WAIT_MS = 30_000
const LONGEST_WAIT_MS = 15 * 60_000
/** More wrong tries than anyone makes by hand; a saved count above it is not one this course wrote. */
const MAX_COUNTED = 10_000

/** One learner's wrong PINs since their last right one, and when the last was entered (ms since 1970). */
export interface PinTries {
  failures: number
  lastAt: number
}
export type PinTriesByLearner = Readonly<Record<string, PinTries>>

/**
 * How long a try must wait after `failures` wrong PINs in a row.
 *
 * @example
 * pinWaitMs(4) // 0
 * pinWaitMs(5) // 30000
 * pinWaitMs(7) // 120000
 */
export function pinWaitMs(failures: number): number {
  if (failures < FREE_PIN_TRIES) return 0
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.min(failures - FREE_PIN_TRIES, 10))
}

/**
 * How much of the wait is left at `now`. A clock set back since the last wrong PIN never locks a
 * learner out until it catches up: the wait counts as served.
 */
export function pinWaitLeft(tries: PinTries | undefined, now: number): number {
  if (!tries) return 0
  const elapsed = now - tries.lastAt
  return elapsed < 0 ? 0 : Math.max(0, pinWaitMs(tries.failures) - elapsed)
}

/** The counts after a wrong PIN for `learner` at `now`. */
export function afterWrongPin(all: PinTriesByLearner, learner: string, now: number): PinTriesByLearner {
  const failures = Math.min(MAX_COUNTED, (all[learner]?.failures ?? 0) + 1)
  return { ...all, [learner]: { failures, lastAt: now } }
}

/** The counts after a right PIN (or the learner deleted): theirs are forgotten. */
export function forgetPinTries(all: PinTriesByLearner, learner: string): PinTriesByLearner {
  const rest = { ...all }
  delete rest[learner]
  return rest
}

/** Saved counts as read back: anything that is not a count this course wrote is dropped, never trusted. */
export function parsePinTries(value: unknown): PinTriesByLearner {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {}
  const counts: Record<string, PinTries> = {}
  for (const [learner, tries] of Object.entries(value as Record<string, unknown>)) {
    const { failures, lastAt } = (tries ?? {}) as Partial<Record<keyof PinTries, unknown>>
    if (!Number.isInteger(failures) || (failures as number) < 1 || (failures as number) > MAX_COUNTED) continue
    if (typeof lastAt !== 'number' || !Number.isFinite(lastAt)) continue
    counts[learner] = { failures: failures as number, lastAt }
  }
  return counts
}

/**
 * A wait in words, rounded up to the second.
 *
 * @example
 * waitInWords(30_000) // '30 秒'
 * waitInWords(120_000) // '2 分钟'
 * waitInWords(89_500) // '1 分 30 秒'
 */
export function waitInWords(ms: number): string {
  const seconds = Math.ceil(ms / 1000)
  if (seconds < 60) return `${seconds} 秒`
  const minutes = Math.floor(seconds / 60)
  return seconds % 60 === 0 ? `${minutes} 分钟` : `${minutes} 分 ${seconds % 60} 秒`
}
