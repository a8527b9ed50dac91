/**
 * The order a role-play shows its replies in. Authors write the best reply
 * anywhere; learners see them shuffled, so pressing the same position every
 * time does not pay. The order is rebuilt from the run's seed, so a reload or
 * a resumed play shows the same order.
 */
import { seededRandom, shuffled } from '../quiz/random'

/** FNV-1a over the step id, mixed with the run's seed: each step of a run gets its own order. */
function stepSeed(seed: number, stepId: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0
  for (let i = 0; i < stepId.length; i++) {
    hash ^= stepId.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/**
 * The authored indexes of a step's replies in the order they are shown.
 *
 * @example
 * replyOrder(42, 'greet', 3) // e.g. [2, 0, 1]; always the same for seed 42 and step 'greet'
 */
export function replyOrder(seed: number, stepId: string, count: number): number[] {
  return shuffled(
    Array.from({ length: count }, (_, index) => index),
    seededRandom(stepSeed(seed, stepId)),
  )
}

/** A play under way as kept on the device: its seed and the replies given so far. */
export interface SavedPlay {
  seed: number
  history: unknown[]
}

/**
 * Reads a saved play; a play saved before replies were shuffled (a bare list)
 * keeps its replies and gets `freshSeed`. Anything else is an empty play.
 *
 * @example
 * readSavedPlay([{ stepId: 'a' }], 7) // { seed: 7, history: [{ stepId: 'a' }] }
 */
export function readSavedPlay(value: unknown, freshSeed: number): SavedPlay {
  if (Array.isArray(value)) return { seed: freshSeed, history: value }
  if (value && typeof value === 'object') {
    const { seed, history } = value as { seed?: unknown; history?: unknown }
    const validSeed = typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32
    return { seed: validSeed ? seed : freshSeed, history: Array.isArray(history) ? history : [] }
  }
  return { seed: freshSeed, history: [] }
}
