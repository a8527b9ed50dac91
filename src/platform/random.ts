/**
 * Fresh randomness for new quizzes and new ids, in one place, so tests can make
 * a quiz's draw and order repeatable (`vi.mock` this module).
 */

/** A fresh seed for a new quiz; the quiz's order is rebuilt from it after a reload. */
export function newSeed(): number {
  return Math.floor(Math.random() * 2 ** 32)
}

/**
 * A short id of lower-case letters and digits, unique enough on one device:
 * the time in base 36 and a random tail.
 *
 * @example
 * newId('p-') // 'p-m3x9k2a14f7q'
 */
export function newId(prefix = ''): string {
  const tail = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0')
  return `${prefix}${Date.now().toString(36)}${tail}`
}
