/**
 * The step-by-step review shown after a role-play: for each step passed, what
 * was said, what the learner answered, and the best reply with why.
 */
import { bestReplyIndex, type ChoiceStepDef, type FreeStepDef, type HistoryEntry } from './engine'

/** A choice step as the review needs it: any reply shape, as long as it is a step the engine knows. */
type ChoiceStep<R> = Omit<ChoiceStepDef, 'replies'> & { replies: readonly R[] }
type FreeStep = FreeStepDef & { modelReply: string }

export type ReviewItem<S, R> =
  | { index: number; step: S; kind: 'choice'; chosen?: R; best?: R; isBest: boolean }
  | { index: number; step: S; kind: 'free'; free: string; modelReply: string }

/**
 * One review item per step in the run's history, in order; steps no longer in
 * the scenario (an edited course) are left out.
 *
 * @example
 * runReview(scenario.steps, run.history)[0] // { kind: 'choice', chosen, best, isBest: false, … }
 */
export function runReview<R extends ChoiceStepDef['replies'][number], S extends ChoiceStep<R> | FreeStep>(
  steps: readonly S[],
  history: readonly HistoryEntry[],
): ReviewItem<S, R>[] {
  return history.flatMap((entry, index): ReviewItem<S, R>[] => {
    const step = steps.find((candidate) => candidate.id === entry.stepId)
    if (!step) return []
    if (step.kind === 'free' || entry.kind === 'free') {
      return [
        {
          index,
          step,
          kind: 'free',
          free: entry.kind === 'free' ? entry.text : '',
          modelReply: step.kind === 'free' ? (step as FreeStep).modelReply : '',
        },
      ]
    }
    const replies = (step as ChoiceStep<R>).replies
    const best = bestReplyIndex({ ...step, kind: 'choice', replies } as ChoiceStepDef)
    return [
      { index, step, kind: 'choice', chosen: replies[entry.reply], best: replies[best], isBest: entry.reply === best },
    ]
  })
}
