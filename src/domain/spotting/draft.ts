/**
 * A 找茬 attempt not yet handed in: which lines the learner marked and the rule named for each,
 * kept as they go so a reload or a closed tab does not lose them.
 */
import * as v from 'valibot'
import { isoTime } from '../progress/savedData'

/** The marks of one transcript's attempt under way. */
export interface SpottingDraft {
  transcriptId: string
  /** Line index and the rule id named ('' while none is chosen), in line order. */
  marks: [number, string][]
  /** ISO time of the last change. */
  at: string
}

const MAX_LINES = 500

/** A saved draft, checked when read. */
export const SpottingDraftSchema = v.object({
  transcriptId: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  marks: v.pipe(
    v.array(
      v.tuple([
        v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_LINES)),
        v.pipe(v.string(), v.maxLength(80)),
      ]),
    ),
    v.maxLength(MAX_LINES),
  ),
  at: isoTime,
})

/**
 * The draft to keep for the marks on screen.
 *
 * @example
 * spottingDraft('silent-call', new Map([[3, 'no-greeting']]), new Date('2026-01-02T03:04:05Z'))
 * // { transcriptId: 'silent-call', marks: [[3, 'no-greeting']], at: '2026-01-02T03:04:05.000Z' }
 */
export function spottingDraft(transcriptId: string, marks: ReadonlyMap<number, string>, at: Date): SpottingDraft {
  return {
    transcriptId,
    marks: [...marks].sort(([a], [b]) => a - b),
    at: at.toISOString(),
  }
}

/**
 * The marks of a draft that still fit the transcript: only agent lines can be marked, and a rule
 * the transcript no longer offers is dropped (the line stays marked, its rule to choose again).
 *
 * @example
 * draftMarks(draft, [{ speaker: 'caller' }, { speaker: 'agent' }], new Set(['no-greeting']))
 * // Map { 1 => 'no-greeting' }
 */
export function draftMarks(
  draft: SpottingDraft | undefined,
  lines: readonly { speaker: string }[],
  ruleIds: ReadonlySet<string>,
): Map<number, string> {
  const marks = new Map<number, string>()
  for (const [index, ruleId] of draft?.marks ?? []) {
    if (lines[index]?.speaker !== 'agent') continue
    marks.set(index, ruleIds.has(ruleId) ? ruleId : '')
  }
  return marks
}
