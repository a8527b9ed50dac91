/**
 * What a learner sends back after an assignment: a short result code to paste
 * into a chat, or the same as a file. The trainer's roster reads either.
 */
import * as v from 'valibot'
import { packCode, unpackCode, type Decoded } from './transferCode'
import { describeIssues } from '../progress/savedData'
import type { Assignment } from './assignment'
import type { QuizAttempt } from '../quiz/session'
import { scenarioRecord, type ScenarioRun } from '../scenario/runs'

export const RESULT_VERSION = 1
export const MAX_RESULT_CODE = 1500
export const RESULT_FILE_FORMAT = 'kefu-course-result'

export interface AssignmentResult {
  /** The assignment's id and title. */
  assignment: string
  title: string
  learner: string
  percent: number
  correct: number
  total: number
  passed: boolean
  startedAt: string
  finishedAt: string
  /** Best rating so far in each role-play the assignment asked for. */
  scenarios: { id: string; rating: 'excellent' | 'pass' | 'improve' | 'none'; percent: number }[]
}

const iso = v.pipe(
  v.string(),
  v.maxLength(40),
  v.check((value) => !Number.isNaN(Date.parse(value)), '时间无效'),
)
const ResultSchema = v.strictObject({
  assignment: v.pipe(v.string(), v.regex(/^[a-z0-9]{4,24}$/, '作业编号格式不对')),
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(60)),
  learner: v.pipe(v.string(), v.trim(), v.minLength(1, '缺少姓名'), v.maxLength(40)),
  percent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  correct: v.pipe(v.number(), v.integer(), v.minValue(0)),
  total: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)),
  passed: v.boolean(),
  startedAt: iso,
  finishedAt: iso,
  scenarios: v.optional(
    v.pipe(
      v.array(
        v.strictObject({
          id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/)),
          rating: v.picklist(['excellent', 'pass', 'improve', 'none']),
          percent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
        }),
      ),
      v.maxLength(20),
    ),
    [],
  ),
})

/** The result of an assignment attempt, for a named learner. */
export function resultOf(
  assignment: Pick<Assignment, 'id' | 'title'> & { scenarios?: readonly string[] },
  attempt: QuizAttempt,
  learner: string,
  runs: readonly ScenarioRun[] = [],
): AssignmentResult {
  return {
    assignment: assignment.id,
    title: assignment.title,
    learner: learner.trim().slice(0, 40),
    percent: attempt.score.percent,
    correct: attempt.score.correct,
    total: attempt.score.max,
    passed: attempt.score.passed,
    startedAt: attempt.startedAt,
    finishedAt: attempt.finishedAt,
    scenarios: (assignment.scenarios ?? []).map((id) => {
      const record = scenarioRecord(runs, id)
      return { id, rating: record?.best.rating ?? 'none', percent: record?.best.percent ?? 0 }
    }),
  }
}

export function encodeResult(result: AssignmentResult): string {
  return packCode('R', RESULT_VERSION, result)
}

export function validateResult(value: unknown): Decoded<AssignmentResult> {
  const parsed = v.safeParse(ResultSchema, value)
  if (!parsed.success) return { ok: false, problem: describeIssues(parsed.issues) }
  const result = parsed.output
  if (result.correct > result.total) return { ok: false, problem: '答对题数多于总题数' }
  if (Date.parse(result.finishedAt) < Date.parse(result.startedAt))
    return { ok: false, problem: '交卷时间早于开始时间' }
  return { ok: true, value: result as AssignmentResult }
}

/** Reads a pasted result code. */
export function decodeResult(code: string): Decoded<AssignmentResult> {
  const unpacked = unpackCode(code, 'R', RESULT_VERSION, MAX_RESULT_CODE)
  return unpacked.ok ? validateResult(unpacked.value) : unpacked
}

/** The result as a file a learner can send. */
export function resultFile(result: AssignmentResult): string {
  return JSON.stringify({ format: RESULT_FILE_FORMAT, code: encodeResult(result), result }, null, 2)
}

/** Reads a result file: the code inside is what counts, so an edited file is caught. */
export function decodeResultFile(text: string): Decoded<AssignmentResult> {
  if (text.length > 20_000) return { ok: false, problem: '文件太大，不是成绩文件' }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, problem: '文件不是有效的 JSON' }
  }
  const file = data as { format?: unknown; code?: unknown } | null
  if (!file || typeof file !== 'object' || file.format !== RESULT_FILE_FORMAT || typeof file.code !== 'string') {
    return { ok: false, problem: '这不是本课程的成绩文件' }
  }
  return decodeResult(file.code)
}
