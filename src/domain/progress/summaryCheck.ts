/**
 * A saved glance (summary.ts) as read back, checked. Apart from summary.ts because only a learner
 * with records has a glance to read: a first visit does not download this check (or valibot).
 */
import * as v from 'valibot'
import { TREND_DAYS } from './figures'
import {
  QuizScoreSchema,
  byIdOf,
  count,
  isCount,
  isSavedTime,
  isShortId,
  isoTime,
  listOf,
  nonNegative,
  percent,
  questionIds,
  shortId,
} from './savedData'
import { MAX_ACTIVE_DAYS, MAX_CARDS, SUMMARY_VERSION, type CardDues, type ProgressSummary } from './summary'

const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
const day = v.custom<string>(isDay, '日期无效')
/** How often a question was asked and answered fully right. */
const isTally = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length === 2 && isCount(value[0]) && isCount(value[1])

/** The glance's review cards, checked in one loop: ids as row keys are, each once; times as saved records' are. */
function isCardDues(value: unknown): value is CardDues {
  if (typeof value !== 'object' || value === null) return false
  const { ids, due, reviewed } = value as Record<string, unknown>
  if (!Array.isArray(ids) || !Array.isArray(due) || !Array.isArray(reviewed)) return false
  if (ids.length > MAX_CARDS || due.length !== ids.length || reviewed.length !== ids.length) return false
  const seen = new Set<string>()
  for (let i = 0; i < ids.length; i++) {
    const id: unknown = ids[i]
    if (!isShortId(id) || seen.has(id)) return false
    seen.add(id)
    if (!isSavedTime(due[i]) || !(reviewed[i] === 0 || isSavedTime(reviewed[i]))) return false
  }
  return true
}

const SummarySchema = v.object({
  version: v.literal(SUMMARY_VERSION),
  attempts: v.pipe(
    v.array(
      v.object({
        id: shortId,
        quizId: shortId,
        startedAt: isoTime,
        finishedAt: isoTime,
        questionIds,
        score: QuizScoreSchema,
        summaryOnly: v.optional(v.literal(true)),
      }),
    ),
    v.maxLength(5000),
  ),
  runs: v.pipe(
    v.array(
      v.object({
        id: shortId,
        scenarioId: shortId,
        finishedAt: isoTime,
        rating: v.picklist(['excellent', 'pass', 'improve']),
        percent,
      }),
    ),
    v.maxLength(1000),
  ),
  reviewDue: v.pipe(
    v.custom<CardDues>(isCardDues),
    v.transform(({ ids, due, reviewed }) => ({ ids, due, reviewed })),
  ),
  activeDays: v.custom<string[]>(listOf(isDay, MAX_ACTIVE_DAYS)),
  figures: v.object({
    attempts: count,
    runs: count,
    sittingMs: count,
    quizCounts: v.custom<Record<string, number>>(byIdOf(isCount)),
    scenarioCounts: v.custom<Record<string, number>>(byIdOf(isCount)),
    questions: v.custom<Record<string, [number, number]>>(byIdOf(isTally)),
    days: v.pipe(v.array(v.object({ date: day, sum: nonNegative, quizzes: count })), v.maxLength(TREND_DAYS)),
  }),
})

/**
 * A saved glance, checked; null when it is missing, of another version or damaged, and the
 * history is read in full instead (and the glance written again).
 */
export function readSummary(value: unknown): ProgressSummary | null {
  const parsed = v.safeParse(SummarySchema, value)
  return parsed.success ? parsed.output : null
}
