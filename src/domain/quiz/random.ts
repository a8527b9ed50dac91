/**
 * Seeded randomness, so a shuffled quiz can be rebuilt exactly after a reload
 * from nothing but its stored seed.
 */

/** A function returning numbers in [0, 1), like Math.random, but repeatable for a seed. */
export type RandomSource = () => number

/**
 * Mulberry32: a tiny, well-distributed 32-bit generator; plenty for ordering quiz questions.
 *
 * @example
 * const random = seededRandom(42); random() === seededRandom(42)() // true
 */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A shuffled copy (Fisher–Yates); the input is left as it was.
 *
 * @example
 * shuffled([1, 2, 3], seededRandom(1)) // the same order every time for seed 1
 */
export function shuffled<T>(items: readonly T[], random: RandomSource): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
  }
  return copy
}
