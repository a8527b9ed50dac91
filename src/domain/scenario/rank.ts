/**
 * Which of two role-play results is better: the higher rating, then the higher percent. Apart from
 * runs.ts so the glance (on the first page) can keep each role-play's best without the engine.
 */
import type { Rating } from './engine'

const RANK: Record<Rating, number> = { improve: 0, pass: 1, excellent: 2 }

/**
 * True when `b` is better than `a`.
 *
 * @example
 * betterRun({ rating: 'pass', percent: 90 }, { rating: 'excellent', percent: 80 }) // true
 */
export function betterRun(a: { rating: Rating; percent: number }, b: { rating: Rating; percent: number }): boolean {
  return RANK[b.rating] > RANK[a.rating] || (RANK[b.rating] === RANK[a.rating] && b.percent > a.percent)
}
