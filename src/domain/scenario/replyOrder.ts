/**
 * The order a role-play shows its replies in. Authors write the best reply
 * anywhere; learners see them shuffled, so pressing the same position every
 * time does not pay. The order is rebuilt from the run's seed, so a reload or
 * a resumed play shows the same order.
 */
import { seededRandom, shuffled } from '../quiz/random'
import { FREE_REPLY_LIMIT } from './engine'

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

/** A typed reply not yet taken on (before 继续): its text, and whether it was handed to the checker. */
export interface FreeReplyDraft {
  stepId: string
  text: string
  checked: boolean
}

/** A play under way as kept on the device: its seed, the replies given so far, and a typed reply not yet taken on. */
export interface SavedPlay {
  seed: number
  history: unknown[]
  draft?: FreeReplyDraft
}

function readDraft(value: unknown): FreeReplyDraft | undefined {
  if (!value || typeof value !== 'object') return undefined
  const { stepId, text, checked } = value as Partial<Record<keyof FreeReplyDraft, unknown>>
  if (typeof stepId !== 'string' || typeof text !== 'string' || typeof checked !== 'boolean') return undefined
  return { stepId, text: text.slice(0, FREE_REPLY_LIMIT), checked }
}

/**
 * Reads a saved play; a play saved before replies were shuffled (a bare list)
 * keeps its replies and gets `freshSeed`. Anything else is an empty play. A
 * damaged draft is left out; the play itself is kept.
 *
 * @example
 * readSavedPlay([{ stepId: 'a' }], 7) // { seed: 7, history: [{ stepId: 'a' }] }
 */
export function readSavedPlay(value: unknown, freshSeed: number): SavedPlay {
  if (Array.isArray(value)) return { seed: freshSeed, history: value }
  if (value && typeof value === 'object') {
    const { seed, history, draft } = value as { seed?: unknown; history?: unknown; draft?: unknown }
    const validSeed = typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32
    const read: SavedPlay = { seed: validSeed ? seed : freshSeed, history: Array.isArray(history) ? history : [] }
    const readable = readDraft(draft)
    return readable ? { ...read, draft: readable } : read
  }
  return { seed: freshSeed, history: [] }
}
