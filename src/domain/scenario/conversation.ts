/**
 * The conversation of a role-play as it reads on screen: what the other person
 * said, the learner's reply with its mark and feedback, and the reaction.
 */
import type { ChoiceStepDef, FreeStepDef, HistoryEntry, ReplyDef } from './engine'
import { freeReplyMark, replyMark, type ReplyMark } from './marks'

/** A reply as the conversation needs it: the engine's reply with its words. */
type SpokenReply = ReplyDef & { text: string; feedback: string; reaction: string; reactionSpeaker?: string }
type Spoken = { speaker: string; text: string }
type SpokenStep =
  (Omit<ChoiceStepDef, 'replies'> & Spoken & { replies: readonly SpokenReply[] }) | (FreeStepDef & Spoken)

export type ConversationLine =
  | { key: string; kind: 'said'; speaker: string; text: string }
  | { key: string; kind: 'mine'; text: string; mark: ReplyMark; feedback: string }

/**
 * The lines of the conversation so far, from the replies given; a reply to a
 * step no longer in the scenario is left out.
 *
 * @example
 * conversationLines(scenario.steps, play.history)
 * // [{ kind: 'said', speaker: 'customer', text: '…' }, { kind: 'mine', text: '…', mark: 'good', feedback: '…' }, { kind: 'said', … }]
 */
export function conversationLines(steps: readonly SpokenStep[], history: readonly HistoryEntry[]): ConversationLine[] {
  const byId = new Map(steps.map((step) => [step.id, step]))
  return history.flatMap((entry, index): ConversationLine[] => {
    const step = byId.get(entry.stepId)
    if (!step) return []
    const said: ConversationLine = { key: `${index}-s`, kind: 'said', speaker: step.speaker, text: step.text }
    if (entry.kind === 'free' || step.kind === 'free') {
      const text = entry.kind === 'free' ? entry.text : ''
      return [said, { key: `${index}-m`, kind: 'mine', text, mark: freeReplyMark(entry.scores), feedback: '' }]
    }
    const reply = step.replies[entry.reply]
    if (!reply) return [said]
    return [
      said,
      {
        key: `${index}-m`,
        kind: 'mine',
        text: reply.text,
        mark: replyMark(step, entry.reply),
        feedback: reply.feedback,
      },
      // A narrator's step may be answered by a person: the reaction is then theirs.
      { key: `${index}-r`, kind: 'said', speaker: reply.reactionSpeaker ?? step.speaker, text: reply.reaction },
    ]
  })
}
