/**
 * Scoring 找茬 (spot the violations): the learner marks the lines of a call that break a rule
 * and names the rule for each. A violation found with the right rule earns a point, found with
 * another rule half a point (the learner heard something was wrong), and each fine line marked
 * costs half a point, so marking every line does not pay; the total never goes below 0.
 */

/** Points for each verdict; shown to the learner beside the result. */
export const SPOTTING_POINTS = { found: 1, wrongRule: 0.5, wronglyMarked: -0.5 } as const

/**
 * What became of one line: a violation `found` (with the right rule), found with the `wrongRule`,
 * `missed`; a fine line `wronglyMarked`, or left alone (`fine`).
 */
export type SpottingVerdict = 'found' | 'wrongRule' | 'missed' | 'wronglyMarked' | 'fine'

/** The learner's marks: line index → the rule id named for that line ('' while none is chosen). */
export type SpottingMarks = ReadonlyMap<number, string>

export interface SpottingScore {
  /** One verdict per line, in line order. */
  verdicts: SpottingVerdict[]
  counts: Record<Exclude<SpottingVerdict, 'fine'>, number>
  /** Points earned (halves possible), never below 0. */
  points: number
  /** One point per line that breaks a rule. */
  max: number
  /** points / max, rounded to a whole percent. */
  percent: number
}

/**
 * The marked lines that have no rule named yet, in line order: the form asks for each before scoring.
 *
 * @example
 * unnamedMarks(new Map([[3, ''], [1, 'greet']])) // [3]
 */
export function unnamedMarks(marks: SpottingMarks): number[] {
  return [...marks]
    .filter(([, ruleId]) => ruleId === '')
    .map(([index]) => index)
    .sort((a, b) => a - b)
}

/**
 * Scores the marks against the lines (`breaks`: the rule ids a line breaks, empty when it is fine).
 * A line that breaks several rules is found when any of them is named.
 *
 * @example
 * scoreSpotting([{ breaks: ['greet'] }, { breaks: [] }, { breaks: ['hold'] }], new Map([[0, 'greet'], [1, 'hold']]))
 * // { verdicts: ['found', 'wronglyMarked', 'missed'], points: 0.5, max: 2, percent: 25, … }
 */
export function scoreSpotting(lines: readonly { breaks: readonly string[] }[], marks: SpottingMarks): SpottingScore {
  const verdicts = lines.map((line, index): SpottingVerdict => {
    const named = marks.get(index)
    if (line.breaks.length === 0) return named === undefined ? 'fine' : 'wronglyMarked'
    if (named === undefined) return 'missed'
    return line.breaks.includes(named) ? 'found' : 'wrongRule'
  })
  const counts = { found: 0, wrongRule: 0, missed: 0, wronglyMarked: 0 }
  for (const verdict of verdicts) if (verdict !== 'fine') counts[verdict]++
  const max = lines.filter((line) => line.breaks.length > 0).length
  const points = Math.max(
    0,
    counts.found * SPOTTING_POINTS.found +
      counts.wrongRule * SPOTTING_POINTS.wrongRule +
      counts.wronglyMarked * SPOTTING_POINTS.wronglyMarked,
  )
  return { verdicts, counts, points, max, percent: max === 0 ? 0 : Math.round((points / max) * 100) }
}
