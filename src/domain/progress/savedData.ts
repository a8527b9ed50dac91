/**
 * The schema of everything saved in the browser, checked on every read.
 * Valibot keeps this validation small enough for the first page. The values a record holds many
 * of (ids, answers, points, option orders) are checked by plain predicates inside it: valibot
 * builds a result for every value and every step of a pipe, and a long-time learner's history
 * holds about half a million such values.
 */
import * as v from 'valibot'

/** The earliest and latest times a saved record may carry: anything outside is a damaged value. */
const EARLIEST = Date.UTC(2000, 0, 1)
const LATEST = Date.UTC(2100, 0, 1)

/**
 * A real moment in ISO 8601 form with its zone (as `toISOString` writes it), between 2000 and 2100.
 * "Jan 2 2026" and "+275760-09-13T00:00:00.000Z" are refused: both parse, and both break date display.
 */
export const isoTime = v.pipe(
  v.string(),
  v.maxLength(40),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, '时间格式不对'),
  v.check((value) => isSavedTime(Date.parse(value)), '时间无效'),
)
/** A moment in milliseconds since 1970, between 2000 and 2100: the range `isoTime` allows, as the glance keeps review dates. */
export function isSavedTime(value: unknown): value is number {
  return typeof value === 'number' && value >= EARLIEST && value < LATEST
}
/** An id of 1–200 characters; never `__proto__`, which would reach an object's prototype where records are gathered by id. */
export function isShortId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= 200 && value !== '__proto__'
}
export const shortId = v.custom<string>(isShortId, '编号无效')
export const percent = v.pipe(v.number(), v.finite('数值无效'), v.minValue(0), v.maxValue(100))

/** A whole number from 0: a count, or a place in a list. */
export const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0
const isOptionIndex = (value: unknown): value is number => isCount(value) && value <= 20
const isGivenAnswer = (value: unknown): value is number | number[] | boolean | null =>
  value === null ||
  typeof value === 'boolean' ||
  isOptionIndex(value) ||
  (Array.isArray(value) && value.length <= 20 && value.every(isOptionIndex))
/** A list of at most `max` values, each passing `isItem`. */
export const listOf =
  <T>(isItem: (value: unknown) => value is T, max: number) =>
  (value: unknown): value is T[] =>
    Array.isArray(value) && value.length <= max && value.every(isItem)
/** An object of values by id, each passing `isValue`. */
export const byIdOf =
  <T>(isValue: (value: unknown) => value is T) =>
  (value: unknown): value is Record<string, T> => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return false
    for (const [key, item] of Object.entries(value)) if (!isShortId(key) || !isValue(item)) return false
    return true
  }
const isNonNegative = (value: unknown): value is number => Number.isFinite(value) && (value as number) >= 0
const isPoint = (value: unknown): value is number => isNonNegative(value) && value <= 1
export const count = v.custom<number>(isCount, '数值无效')
export const nonNegative = v.custom<number>(isNonNegative, '数值无效')
const quizSettings = {
  quizId: shortId,
  title: v.pipe(v.string(), v.maxLength(200)),
  mode: v.picklist(['practice', 'test']),
  rule: v.picklist(['all-or-nothing', 'partial']),
  passMark: percent,
}
export const questionIds = v.custom<string[]>(listOf(isShortId, 500), '题目编号无效')
const questionTimes = v.custom<Record<string, number>>(byIdOf(isNonNegative), '答题用时无效')
const optionOrder = v.custom<Record<string, number[]>>(byIdOf(listOf(isCount, 20)), '选项顺序无效')
const answers = v.custom<Record<string, number | number[] | boolean | null>>(byIdOf(isGivenAnswer), '答案无效')

export const QuizSessionSchema = v.object({
  ...quizSettings,
  id: shortId,
  seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 32)),
  questionIds,
  optionOrder,
  answers,
  revealed: questionIds,
  current: count,
  startedAt: isoTime,
  updatedAt: isoTime,
  deadline: v.optional(isoTime),
  /** A timed quiz: milliseconds it has run by the page's monotonic clock (deadline.ts). */
  elapsedMs: v.optional(nonNegative),
  /** Milliseconds each question was on screen (see `withTimeOnQuestion`); absent before it was kept. */
  spentMs: v.optional(questionTimes),
})

/** A finished quiz's score: saved with each attempt and in the learner's glance. */
export const QuizScoreSchema = v.object({
  points: nonNegative,
  max: count,
  correct: count,
  percent,
  passMark: percent,
  passed: v.boolean(),
})

export const QuizAttemptSchema = v.object({
  ...quizSettings,
  id: shortId,
  startedAt: isoTime,
  finishedAt: isoTime,
  questionIds,
  optionOrder,
  answers,
  points: v.custom<Record<string, number>>(byIdOf(isPoint), '得分无效'),
  /** Milliseconds each question was on screen; absent on attempts from before it was kept. */
  spentMs: v.optional(questionTimes),
  /** Set on attempts saved by earlier versions, which kept only the score of older attempts. */
  summaryOnly: v.optional(v.literal(true)),
  score: QuizScoreSchema,
})

const finiteNumber = v.pipe(v.number(), v.finite('数值无效'))
const dimensionTotals = v.object({
  courtesy: finiteNumber,
  empathy: finiteNumber,
  solving: finiteNumber,
  rules: finiteNumber,
})

export const ScenarioRunSchema = v.object({
  id: shortId,
  scenarioId: shortId,
  title: v.pipe(v.string(), v.maxLength(200)),
  startedAt: isoTime,
  finishedAt: isoTime,
  endingId: shortId,
  rating: v.picklist(['excellent', 'pass', 'improve']),
  percent: percent,
  points: finiteNumber,
  max: finiteNumber,
  totals: dimensionTotals,
  history: v.pipe(
    v.array(
      v.union([
        v.object({
          stepId: shortId,
          kind: v.literal('choice'),
          reply: count,
          scores: v.record(v.string(), finiteNumber),
        }),
        v.object({
          stepId: shortId,
          kind: v.literal('free'),
          text: v.pipe(v.string(), v.maxLength(2000)),
          scores: v.record(v.string(), finiteNumber),
        }),
      ]),
    ),
    v.maxLength(100),
  ),
})

export const ReviewCardSchema = v.object({
  due: isoTime,
  stability: finiteNumber,
  difficulty: finiteNumber,
  elapsed_days: finiteNumber,
  scheduled_days: finiteNumber,
  learning_steps: count,
  reps: count,
  lapses: count,
  state: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)),
  last_review: v.optional(isoTime),
})

export const LearnedSchema = v.record(shortId, isoTime)

/** Turns valibot's issues into one short sentence for the learner. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0]
  if (!first) return '格式不对'
  const path = first.path?.map((item) => String(item.key)).join('.') ?? ''
  return path ? `${path}:${first.message}` : first.message
}
