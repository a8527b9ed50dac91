/**
 * How a single reply is marked in the conversation: good, acceptable or poor,
 * judged against the best reply the step offered.
 */
import { FREE_REPLY_MAX, bestReplyIndex, type ChoiceStepDef, type DimensionScores, DIMENSIONS } from './engine'

export type ReplyMark = 'good' | 'acceptable' | 'poor'

/** The points a reply earns over the four areas (negative points count against it). */
export function replyTotal(scores: DimensionScores): number {
  return DIMENSIONS.reduce((sum, dimension) => sum + (scores[dimension] ?? 0), 0)
}

/**
 * The rule: a reply earning as much as the step's best reply is 很好 (good);
 * one earning at least half of the best (and more than nothing) is 还可以
 * (acceptable); anything less is 不妥 (poor). When even the best earns
 * nothing, only the best is good.
 *
 * @example
 * markFor(5, 5) // 'good'
 * markFor(3, 5) // 'acceptable' (3 ≥ 2.5)
 * markFor(2, 5) // 'poor'
 * markFor(-1, 5) // 'poor'
 */
export function markFor(total: number, best: number): ReplyMark {
  if (total >= best) return 'good'
  if (total > 0 && total * 2 >= best) return 'acceptable'
  return 'poor'
}

/**
 * The mark of reply `index` at a choice step, against that step's best reply.
 *
 * @example
 * replyMark({ id: 'greet', kind: 'choice', replies: [{ scores: { courtesy: 2 }, next: 'a' }, { scores: { courtesy: -1 }, next: 'a' }] }, 1) // 'poor'
 */
export function replyMark(step: ChoiceStepDef, index: number): ReplyMark {
  const reply = step.replies[index]
  const best = step.replies[bestReplyIndex(step)]
  if (!reply || !best) return 'poor'
  return markFor(replyTotal(reply.scores), replyTotal(best.scores))
}

/**
 * The mark of a typed reply, against the most the reply checker can give.
 *
 * @example
 * freeReplyMark({ courtesy: 1, solving: 2 }) // 'good'
 * freeReplyMark({ courtesy: 1 }) // 'poor' (1 of 3 is less than half)
 */
export function freeReplyMark(scores: DimensionScores): ReplyMark {
  return markFor(replyTotal(scores), FREE_REPLY_MAX)
}
