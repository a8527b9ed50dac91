/**
 * The PIN's hashing (pin.ts), loaded only when a PIN is set or asked, so the first page stays small;
 * or why it cannot be used, in plain words. A learner's PIN and the trainer's are checked alike.
 */
import { pinProblem, type PinRecord } from '../domain/progress/profiles'

const PIN_NOT_LOADED = 'PIN 功能没有加载成功，请检查网络后重试。'
/** A PIN that is not the one set: the learners page counts these (src/domain/progress/pinTries.ts). */
export const WRONG_PIN = 'PIN 不对，请再试一次。'

export async function loadPinCrypto(): Promise<typeof import('./pin') | string> {
  const code = await import('./pin').catch(() => null)
  return code ? (code.pinUnsupported() ?? code) : PIN_NOT_LOADED
}

/** A new record of `pin`, with a fresh salt; or why it cannot be set (not 4 digits, no hashing here). */
export async function newPinRecord(pin: string): Promise<PinRecord | string> {
  const problem = pinProblem(pin)
  if (problem) return problem
  const crypto = await loadPinCrypto()
  return typeof crypto === 'string' ? crypto : crypto.hashPin(pin)
}

/** Whether `pin` is the one `record` was made from: null when it is, else why not (`empty` when none was typed). */
export async function pinMismatch(record: PinRecord, pin: string, empty: string): Promise<string | null> {
  if (pin.trim() === '') return empty
  const problem = pinProblem(pin)
  if (problem) return problem
  const crypto = await loadPinCrypto()
  if (typeof crypto === 'string') return crypto
  return (await crypto.pinMatches(pin, record)) ? null : WRONG_PIN
}
