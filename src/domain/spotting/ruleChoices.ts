/**
 * The rules a learner chooses from when naming what a marked line breaks: the transcript's own
 * rules plus a few others as distractors, so the list does not give the answer away. The choice
 * and the order are fixed per transcript (seeded by its id), so every visit shows the same list.
 */
import { seededRandom, shuffled } from '../quiz/random'

/** How many rules a transcript does not break are offered beside its own. */
export const SPOTTING_DISTRACTORS = 3

/** FNV-1a over a string: a stable 32-bit seed. */
function seedOf(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/**
 * The rule ids to offer for a transcript, in the order shown: every rule its lines break, and
 * `distractors` of the others, shuffled together. The same arguments give the same list.
 *
 * @example
 * ruleChoices('silent-call', ['silent-call-wait'], ['silent-call-wait', 'greet', 'hold', 'transfer', 'close'])
 * // e.g. ['hold', 'silent-call-wait', 'close', 'greet']: always this order for 'silent-call'
 */
export function ruleChoices(
  transcriptId: string,
  broken: readonly string[],
  allRules: readonly string[],
  distractors = SPOTTING_DISTRACTORS,
): string[] {
  const random = seededRandom(seedOf(transcriptId))
  const own = [...new Set(broken)]
  const others = shuffled(
    allRules.filter((id) => !own.includes(id)),
    random,
  ).slice(0, distractors)
  return shuffled([...own, ...others], random)
}
