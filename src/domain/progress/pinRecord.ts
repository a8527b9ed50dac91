/** A saved PIN record read back: the same rule for a learner's PIN and the trainer's. */
import { MIN_PIN_ITERATIONS, type PinRecord } from './profiles'

/**
 * Whether a saved value is a whole PIN record: a 16-byte salt and a 32-byte hash in hex, and a count
 * of rounds no weaker than the course makes.
 *
 * @example isPinRecord({ salt: 'a'.repeat(32), hash: 'b'.repeat(64), iterations: 150000 }) // true
 */
export function isPinRecord(value: unknown): value is PinRecord {
  if (!value || typeof value !== 'object') return false
  const { salt, hash, iterations } = value as Partial<Record<keyof PinRecord, unknown>>
  return (
    typeof salt === 'string' &&
    /^[0-9a-f]{32}$/.test(salt) &&
    typeof hash === 'string' &&
    /^[0-9a-f]{64}$/.test(hash) &&
    typeof iterations === 'number' &&
    Number.isInteger(iterations) &&
    iterations >= MIN_PIN_ITERATIONS &&
    iterations <= 10_000_000
  )
}
