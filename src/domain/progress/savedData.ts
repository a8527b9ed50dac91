/**
 * The schema of everything saved in the browser, checked on every read.
 * Valibot keeps this validation small enough for the first page.
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
export const shortId = v.pipe(v.string(), v.minLength(1), v.maxLength(200))
export const percent = v.pipe(v.number(), v.finite('数值无效'), v.minValue(0), v.maxValue(100))
const givenAnswer = v.union([
  v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20)),
  v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20))), v.maxLength(20)),
  v.boolean(),
  v.null(),
])
const quizSettings = {
  quizId: shortId,
  title: v.pipe(v.string(), v.maxLength(200)),
  mode: v.picklist(['practice', 'test']),
  rule: v.picklist(['all-or-nothing', 'partial']),
  passMark: percent,
}
const questionIds = v.pipe(v.array(shortId), v.maxLength(500))

const questionTimes = v.record(shortId, v.pipe(v.number(), v.finite('数值无效'), v.minValue(0)))

export const QuizSessionSchema = v.object({
  ...quizSettings,
  id: shortId,
  seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 32)),
  questionIds,
  optionOrder: v.record(shortId, v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxLength(20))),
  answers: v.record(shortId, givenAnswer),
  revealed: questionIds,
  current: v.pipe(v.number(), v.integer(), v.minValue(0)),
  startedAt: isoTime,
  updatedAt: isoTime,
  deadline: v.optional(isoTime),
  /** A timed quiz: milliseconds it has run by the page's monotonic clock (deadline.ts). */
  elapsedMs: v.optional(v.pipe(v.number(), v.finite('数值无效'), v.minValue(0))),
  /** Milliseconds each question was on screen (see `withTimeOnQuestion`); absent before it was kept. */
  spentMs: v.optional(questionTimes),
})

/** A finished quiz's score: saved with each attempt and in the learner's glance. */
export const QuizScoreSchema = v.object({
  points: v.pipe(v.number(), v.finite('数值无效'), v.minValue(0)),
  max: v.pipe(v.number(), v.integer(), v.minValue(0)),
  correct: v.pipe(v.number(), v.integer(), v.minValue(0)),
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
  optionOrder: v.record(shortId, v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxLength(20))),
  answers: v.record(shortId, givenAnswer),
  points: v.record(shortId, v.pipe(v.number(), v.finite('数值无效'), v.minValue(0), v.maxValue(1))),
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
          reply: v.pipe(v.number(), v.integer(), v.minValue(0)),
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

const count = v.pipe(v.number(), v.integer(), v.minValue(0))
const finite = v.pipe(v.number(), v.finite('数值无效'))

export const ReviewCardSchema = v.object({
  due: isoTime,
  stability: finite,
  difficulty: finite,
  elapsed_days: finite,
  scheduled_days: finite,
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
