/**
 * Answers that give themselves away by their form rather than their sense: a
 * role-play a learner passes by always choosing the longest (or shortest) reply,
 * lesson self-checks whose key is the longest option, a true/false bank that
 * mostly says 错. Shuffling hides positions; only the writing can hide these.
 */
import type { ScenarioContent } from '../types.ts'
import type { SpottingTranscriptContent } from '../spottingTypes.ts'
import { bestReplyIndex, ratePlay, type Rating } from '../../domain/scenario/engine.ts'
import { playChoosing } from '../../domain/scenario/graph.ts'
import { keyIsUniquelyLongest, visibleLength } from '../../domain/course/learnerText.ts'

export const GIVEAWAY_RULES = {
  /** Of all choice steps, the share whose best reply may be the uniquely longest one. */
  maxBestReplyLongestShare: 0.35,
  /** The share of true/false questions whose answer is 对, kept between these. */
  trueShare: { min: 0.35, max: 0.65 },
  /** Of the 找茬 calls, the share whose rule-breaking lines may be shorter on average than the agent's good ones. */
  maxShorterMistakesShare: 0.5,
} as const

export type LengthPick = 'longest' | 'shortest'

/** The reply a learner who goes by length alone would choose: the first of the longest (or shortest) ones. */
function pickByLength(texts: readonly string[], pick: LengthPick): number {
  let chosen = 0
  texts.forEach((text, index) => {
    const length = visibleLength(text)
    const best = visibleLength(texts[chosen]!)
    if (pick === 'longest' ? length > best : length < best) chosen = index
  })
  return chosen
}

/**
 * The rating of a play that always chooses the longest (or shortest) reply; a
 * typed reply is taken as the model answer, which only helps the player.
 *
 * @example
 * lengthStrategyRating(scenario, 'longest') // 'improve' when length gives nothing away
 */
export function lengthStrategyRating(scenario: ScenarioContent, pick: LengthPick): Rating {
  const play = playChoosing(scenario, (step) =>
    pickByLength(
      step.replies.map((reply) => reply.text),
      pick,
    ),
  )
  return ratePlay(scenario, play).rating
}

/** The share of choice steps whose highest-scoring reply is longer than every other reply, 0–1. */
export function bestReplyLongestShare(scenarios: readonly ScenarioContent[]): number {
  const steps = scenarios.flatMap((scenario) =>
    scenario.steps.flatMap((step) => (step.kind === 'choice' ? [step] : [])),
  )
  const longest = steps.filter((step) =>
    keyIsUniquelyLongest(
      step.replies.map((reply) => reply.text),
      bestReplyIndex(step),
    ),
  )
  return steps.length === 0 ? 0 : Math.round((longest.length / steps.length) * 1000) / 1000
}

/**
 * Each role-play a learner passes by length alone, as a sentence naming it.
 *
 * @example
 * lengthStrategyProblems([beijingMap]) // ['beijing-map：每步都选最长的回应也能得到「合格」…']
 */
export function lengthStrategyProblems(scenarios: readonly ScenarioContent[]): string[] {
  const words: Record<LengthPick, string> = { longest: '最长', shortest: '最短' }
  const ratings: Record<Rating, string> = { excellent: '优秀', pass: '合格', improve: '需改进' }
  return scenarios.flatMap((scenario) =>
    (['longest', 'shortest'] as const).flatMap((pick) => {
      const rating = lengthStrategyRating(scenario, pick)
      return rating === 'improve'
        ? []
        : [
            `${scenario.id}：每步都选${words[pick]}的回应也能得到「${ratings[rating]}」：把最佳回应写得精炼，再写一条又长又客气、却做错了的回应`,
          ]
    }),
  )
}

/**
 * The share of 找茬 calls whose rule-breaking lines are shorter, on average, than the agent's good
 * lines: where most are, marking the short lines finds the mistakes without knowing a rule.
 *
 * @example
 * shorterMistakesShare([{ lines: [{ speaker: 'agent', text: '喂？', breaks: ['greet'] }, …] }]) // 1
 */
export function shorterMistakesShare(transcripts: readonly Pick<SpottingTranscriptContent, 'lines'>[]): number {
  const average = (texts: string[]) => texts.reduce((sum, text) => sum + visibleLength(text), 0) / texts.length
  const shorter = transcripts.filter(({ lines }) => {
    const agent = lines.filter((line) => line.speaker === 'agent')
    const mistakes = agent.filter((line) => line.breaks.length > 0).map((line) => line.text)
    const good = agent.filter((line) => line.breaks.length === 0).map((line) => line.text)
    return mistakes.length > 0 && good.length > 0 && average(mistakes) < average(good)
  })
  return transcripts.length === 0 ? 0 : Math.round((shorter.length / transcripts.length) * 1000) / 1000
}
