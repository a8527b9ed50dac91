/**
 * Fresh randomness for new quizzes and new ids, in one place, so tests can make
 * a quiz's draw and order repeatable (`vi.mock` this module).
 */

/** A fresh seed for a new quiz; the quiz's order is rebuilt from it after a reload. */
export function newSeed(): number {
  return Math.floor(Math.random() * 2 ** 32)
}

/**
 * A short id, unique enough on one device: the time in base 36 and a random tail.
 *
 * @example
 * newId('p-') // 'p-m3x9k2a1-4f7q'
 */
export function newId(prefix = '', at: Date = new Date()): string {
  return `${prefix}${at.getTime().toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`
}
