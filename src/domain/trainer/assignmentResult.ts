/**
 * What a learner sends back after an assignment: a short result code to paste
 * into a chat, or the same as a file. The trainer's roster reads either.
 * A result is checked for being internally consistent (the percent follows from
 * the answers, the verdict from the percent and the pass mark), so a hand-made
 * code that claims 100% with nothing right is refused with the reason.
 */
import * as v from 'valibot'
import { packCode, startsLikeCode, unpackVersionedCode, type Decoded } from './transferCode'
import type { Assignment } from './assignment'
import { choiceOf, isChoice, packMarks, unpackMarks, QUESTION_ID, type QuestionMark } from './questionMarks'
import type { QuizAttempt } from '../quiz/session'
import { MAX_TEAM_LENGTH, type Profile } from '../progress/profiles'
import { scenarioRecord, type ScenarioRun } from '../scenario/runs'
import { clip, cleanText } from '../text/sanitize'
import { describeProblem } from '../text/problems'
import { inSaneRange, isCalendarDate, isoInstant } from '../text/dates'

/**
 * 6 added what the learner chose for each question, so the item analysis can show which option drew them.
 * 5 added the learner's 班组, so the roster can show one team at a time.
 * 4 added the assignment's due date, so the roster can tell a late hand-in.
 * 3 added who the learner is (their profile id and 工号) and which questions they got right.
 * 2 added the pass mark, so that "passed" can be checked; version 2 codes are still read
 * (each as a learner of their own), version 1 codes are refused as old.
 */
export const RESULT_VERSION = 6
export const OLDEST_RESULT_VERSION = 2
export const MAX_RESULT_CODE = 1500
/** A result file is about 1 KB; anything this size or more is not one. */
export const MAX_RESULT_FILE = 20 * 1024
export const RESULT_FILE_FORMAT = 'kefu-course-result'
export const MAX_TITLE = 60
export const MAX_LEARNER = 40
export const MAX_QUESTIONS = 100

export type ScenarioRating = 'excellent' | 'pass' | 'improve' | 'none'

export interface AssignmentResult {
  /** The assignment's id and title. */
  assignment: string
  title: string
  learner: string
  /**
   * The learner's profile id on their device (see `learnerIdOf`): the roster tells two people
   * with the same name apart by it. Absent on codes from before version 3.
   */
  learnerId?: string
  /** 工号, if the learner gave one. */
  staffId?: string
  /** 班组, if the learner gave one; absent on codes from before version 5. */
  team?: string
  /** 0–100, one decimal, from `correct` and `total` (see `resultPercent`). */
  percent: number
  correct: number
  total: number
  /** The assignment's pass mark, 0–100. */
  passMark: number
  passed: boolean
  startedAt: string
  finishedAt: string
  /** The assignment's due date (YYYY-MM-DD), when it had one; absent on codes from before version 4. */
  due?: string
  /** Best rating so far in each role-play the assignment asked for. */
  scenarios: { id: string; rating: ScenarioRating; percent: number }[]
  /**
   * Whether each question asked was answered right, sorted by question id, with what the learner
   * chose from version 6 on; absent on codes from before version 3, and when the attempt no
   * longer knows its questions.
   */
  answers?: QuestionMark[]
}

/** What a result needs of the learner's profile. */
export type LearnerProfile = Pick<Profile, 'id' | 'name' | 'createdAt' | 'staffId' | 'team'>

/**
 * The id a result carries for a learner. A device's first learner is `default` on every
 * device, so their id also carries when that profile was made and the random tail of their
 * first finished attempt's id (profiles made in the same millisecond on two devices stay apart);
 * any other profile id is random already.
 *
 * @example
 * learnerIdOf({ id: 'p-m3x9k2a14f7q', createdAt }) // 'p-m3x9k2a14f7q'
 * learnerIdOf({ id: 'default', createdAt: '2026-11-29T09:00:00.000Z' }, [{ id: 'mijr01x2k7q9', finishedAt }])
 * // 'default-mijqcbk0-k7q9'
 */
export function learnerIdOf(
  profile: Pick<Profile, 'id' | 'createdAt'>,
  attempts: readonly Pick<QuizAttempt, 'id' | 'finishedAt'>[] = [],
): string {
  if (profile.id !== 'default') return profile.id
  const made = Date.parse(profile.createdAt)
  const first = attempts.reduce<Pick<QuizAttempt, 'id' | 'finishedAt'> | null>(
    (earliest, attempt) => (!earliest || attempt.finishedAt < earliest.finishedAt ? attempt : earliest),
    null,
  )
  const tail = /[a-z0-9]{4}$/.exec(first?.id ?? '')?.[0]
  return ['default', Number.isFinite(made) && made >= 0 ? made.toString(36) : '', tail ?? '']
    .filter((part) => part !== '')
    .join('-')
}

/**
 * The percent of an assignment, exactly as the quiz scores it (all-or-nothing, one decimal).
 *
 * @example
 * resultPercent(2, 3) // 66.7
 */
export function resultPercent(correct: number, total: number): number {
  return Math.round((correct / total) * 100 * 10) / 10
}

/** Passed, exactly as the quiz decides it: on the unrounded percent. */
export function resultPassed(correct: number, total: number, passMark: number): boolean {
  return total > 0 && (correct / total) * 100 >= passMark
}

const LABELS: Record<string, string> = {
  assignment: '作业编号',
  title: '作业标题',
  learner: '姓名',
  percent: '得分',
  correct: '答对题数',
  total: '总题数',
  passMark: '及格线',
  passed: '是否通过',
  startedAt: '开始时间',
  finishedAt: '交卷时间',
  due: '截止日期',
  scenarios: '情景演练',
  id: '情景编号',
  rating: '情景评级',
  learnerId: '学员编号',
  staffId: '工号',
  team: '班组',
  answers: '每题对错',
  questionId: '题目编号',
  questions: '每题对错',
  marks: '每题对错',
  given: '所选答案',
  choices: '每题所选答案',
}

const percentSchema = (message: string) =>
  v.pipe(v.number(), v.finite(message), v.minValue(0, message), v.maxValue(100, message))

const instant = (label: string) =>
  v.pipe(
    v.string(),
    v.maxLength(40, `${label}不是有效的时间`),
    v.check((value) => isoInstant(value) !== null, `${label}不是有效的时间`),
    v.check((value) => inSaneRange(isoInstant(value)!), `${label}不在 2000 年至 2100 年之间`),
  )

const cleaned = (label: string, max: number, empty: string) =>
  v.pipe(
    v.string(),
    v.maxLength(max * 4, `${label}最多 ${max} 个字`),
    v.transform(cleanText),
    v.minLength(1, empty),
    v.maxLength(max, `${label}最多 ${max} 个字`),
  )

const ScenarioSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/, '情景编号格式不对')),
  rating: v.picklist(['excellent', 'pass', 'improve', 'none'], '情景评级无效'),
  percent: percentSchema('情景得分应在 0–100% 之间'),
})

const entries = {
  assignment: v.pipe(v.string(), v.regex(/^[a-z0-9]{4,24}$/, '作业编号格式不对')),
  title: cleaned('作业标题', MAX_TITLE, '作业标题不能为空'),
  learner: cleaned('姓名', MAX_LEARNER, '缺少姓名'),
  percent: percentSchema('得分应在 0–100% 之间'),
  correct: v.pipe(v.number(), v.integer('答对题数应为 0 或正整数'), v.minValue(0, '答对题数应为 0 或正整数')),
  total: v.pipe(
    v.number(),
    v.integer(`总题数应为 1–${MAX_QUESTIONS} 的整数`),
    v.minValue(1, `总题数应为 1–${MAX_QUESTIONS} 的整数`),
    v.maxValue(MAX_QUESTIONS, `总题数应为 1–${MAX_QUESTIONS} 的整数`),
  ),
  passMark: percentSchema('及格线应在 0–100% 之间'),
  passed: v.boolean(),
  startedAt: instant('开始时间'),
  finishedAt: instant('交卷时间'),
  scenarios: v.optional(v.pipe(v.array(ScenarioSchema), v.maxLength(20, '情景演练最多 20 个')), []),
}
const learnerId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/, '学员编号格式不对'))
const due = v.optional(v.pipe(v.string(), v.check(isCalendarDate, '截止日期不是 2000 年至 2100 年之间的有效日期')))
const staffId = v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,20}$/, '工号格式不对')))
const team = v.optional(cleaned('班组', MAX_TEAM_LENGTH, '班组不能为空'))
const AnswerSchema = v.strictObject({
  questionId: v.pipe(v.string(), v.regex(QUESTION_ID, '题目编号格式不对')),
  correct: v.boolean('每题对错的记录格式不对'),
  given: v.optional(v.custom<QuestionMark['given']>(isChoice, '每题所选答案的记录格式不对')),
})
/** A result as the roster keeps it: the learner's id and the answers are there when the code carried them. */
const ResultSchema = v.strictObject({
  ...entries,
  learnerId: v.optional(learnerId),
  staffId,
  team,
  due,
  answers: v.optional(v.pipe(v.array(AnswerSchema), v.maxLength(MAX_QUESTIONS, `每题对错最多 ${MAX_QUESTIONS} 题`))),
})
/** A version 2 code: no learner id, no answers. */
const CodeV2Schema = v.strictObject(entries)
/** A version 3 code: the learner's id is required; the answers travel packed (see questionMarks.ts). */
const CodeV3Schema = v.strictObject({
  ...entries,
  learnerId,
  staffId,
  questions: v.optional(v.pipe(v.string(), v.maxLength(MAX_QUESTIONS * 82, '每题对错的记录格式不对'))),
  marks: v.optional(v.pipe(v.string(), v.maxLength(MAX_QUESTIONS, '每题对错的记录格式不对'))),
})
/** A version 4 code: a version 3 code with the assignment's due date, if it had one. */
const CodeV4Schema = v.strictObject({ ...CodeV3Schema.entries, due })
/** A version 5 code: a version 4 code with the learner's 班组, if they gave one. */
const CodeV5Schema = v.strictObject({ ...CodeV4Schema.entries, team })
/** A version 6 code: a version 5 code with what the learner chose for each question, packed beside the marks. */
const CodeV6Schema = v.strictObject({
  ...CodeV5Schema.entries,
  choices: v.optional(v.pipe(v.string(), v.maxLength(MAX_QUESTIONS * 22, '每题所选答案的记录格式不对'))),
})
const LEARNER_CODE_SCHEMAS = { 3: CodeV3Schema, 4: CodeV4Schema, 5: CodeV5Schema, 6: CodeV6Schema } as const
/** Results saved in a roster before pass marks travelled with them. */
const LegacyResultSchema = v.strictObject({ ...entries, passMark: v.optional(v.null(), null) })

const RATING_WORDS = { excellent: '优秀', pass: '合格', improve: '需改进', none: '未演练' } as const
/** The lowest percent each rating can have (an ending may cap a rating lower, never raise it). */
const RATING_FLOOR = { excellent: 85, pass: 60, improve: 0, none: 0 } as const

/** The first way in which the numbers of a result contradict each other, or null. */
function inconsistency(result: Omit<AssignmentResult, 'passMark'> & { passMark: number | null }): string | null {
  const { correct, total, percent, passMark } = result
  if (correct > total) return `成绩不一致：答对 ${correct} 题，多于总题数 ${total} 题`
  if (percent !== resultPercent(correct, total)) return `成绩不一致：${correct} / ${total} 题正确，却写着 ${percent}%`
  if (passMark !== null && result.passed !== resultPassed(correct, total, passMark))
    return `成绩不一致：得分 ${percent}%，及格线 ${passMark}%，却标为${result.passed ? '通过' : '未通过'}`
  if (isoInstant(result.finishedAt)! < isoInstant(result.startedAt)!) return '交卷时间早于开始时间'
  if (result.answers) {
    const right = result.answers.filter((answer) => answer.correct).length
    if (result.answers.length !== total) return `每题对错的记录有 ${result.answers.length} 题，与总题数 ${total} 题不符`
    if (right !== correct) return `成绩不一致：每题对错的记录中答对 ${right} 题，却写着答对 ${correct} 题`
    const asked = new Set(result.answers.map((answer) => answer.questionId))
    if (asked.size !== result.answers.length) return '每题对错的记录中有题目出现了两次'
    if (result.answers.some((answer) => answer.given === null && answer.correct))
      return '成绩不一致：有一道题没有作答，却记为答对'
  }
  const seen = new Set<string>()
  for (const scenario of result.scenarios) {
    if (seen.has(scenario.id)) return `情景演练「${scenario.id}」出现了两次`
    seen.add(scenario.id)
    if (scenario.rating === 'none' && scenario.percent !== 0)
      return `成绩不一致：情景演练「${scenario.id}」未演练，却有得分 ${scenario.percent}%`
    if (scenario.percent < RATING_FLOOR[scenario.rating])
      return `成绩不一致：情景演练「${scenario.id}」评为${RATING_WORDS[scenario.rating]}，得分却只有 ${scenario.percent}%`
  }
  return null
}

/**
 * Whether each question of an attempt was answered right and what was chosen, or undefined
 * when the attempt cannot say (an attempt saved with its score alone, or whose marks disagree
 * with its score). The choices are left out of all when one cannot be carried or contradicts
 * its mark (a saved answer no quiz gives, a question right with nothing chosen).
 */
function answersOf(attempt: QuizAttempt): QuestionMark[] | undefined {
  const ids = attempt.questionIds ?? []
  if (ids.length !== attempt.score.max || new Set(ids).size !== ids.length) return undefined
  if (!ids.every((id) => QUESTION_ID.test(id))) return undefined
  const answers = ids
    .map((questionId) => ({
      questionId,
      correct: attempt.points?.[questionId] === 1,
      given: choiceOf(attempt.answers?.[questionId] ?? null),
    }))
    .sort((a, b) => (a.questionId < b.questionId ? -1 : 1))
  if (answers.filter((answer) => answer.correct).length !== attempt.score.correct) return undefined
  const choicesHold = answers.every(({ given, correct }) => given !== undefined && !(given === null && correct))
  return choicesHold ? answers : answers.map(({ questionId, correct }) => ({ questionId, correct }))
}

/** The learner's 班组 as a result carries it: cleaned, clipped, or '' when none was given. */
const teamOf = (learner: LearnerProfile) => clip(cleanText(learner.team ?? ''), MAX_TEAM_LENGTH)

/** The result of an assignment attempt, for a learner's profile. */
export function resultOf(
  assignment: Pick<Assignment, 'id' | 'title'> & { scenarios?: readonly string[]; due?: string | null },
  attempt: QuizAttempt,
  learner: LearnerProfile,
  runs: readonly ScenarioRun[] = [],
  /** The learner's finished attempts on this device, for `learnerIdOf`. */
  attempts: readonly Pick<QuizAttempt, 'id' | 'finishedAt'>[] = [],
): AssignmentResult {
  const answers = answersOf(attempt)
  return {
    assignment: assignment.id,
    title: clip(cleanText(assignment.title), MAX_TITLE),
    learner: clip(cleanText(learner.name), MAX_LEARNER),
    learnerId: learnerIdOf(learner, [...attempts, attempt]),
    ...(learner.staffId ? { staffId: learner.staffId } : {}),
    ...(teamOf(learner) ? { team: teamOf(learner) } : {}),
    percent: attempt.score.percent,
    correct: attempt.score.correct,
    total: attempt.score.max,
    passMark: attempt.score.passMark,
    passed: attempt.score.passed,
    startedAt: attempt.startedAt,
    finishedAt: attempt.finishedAt,
    ...(assignment.due ? { due: assignment.due } : {}),
    scenarios: (assignment.scenarios ?? []).map((id) => {
      const record = scenarioRecord(runs, id)
      return { id, rating: record?.best.rating ?? 'none', percent: record?.best.percent ?? 0 }
    }),
    ...(answers ? { answers } : {}),
  }
}

/**
 * The result as a code: the answers travel packed (see questionMarks.ts). In the rare case
 * they would make the code longer than a roster reads (very long question ids), the choices
 * are left out, then the marks too.
 * A result without a learner id is what version 2 codes carried, and is written as one.
 */
export function encodeResult(result: AssignmentResult): string {
  const { answers, ...rest } = result
  if (!rest.learnerId) {
    const old: Partial<AssignmentResult> = { ...rest }
    delete old.staffId
    delete old.team
    delete old.learnerId
    delete old.due
    return packCode('R', OLDEST_RESULT_VERSION, old)
  }
  if (answers) {
    const packed = packMarks(answers)
    const code = packCode('R', RESULT_VERSION, { ...rest, ...packed })
    if (code.length <= MAX_RESULT_CODE) return code
    const shorter = packCode('R', RESULT_VERSION, { ...rest, questions: packed.questions, marks: packed.marks })
    if (shorter.length <= MAX_RESULT_CODE) return shorter
  }
  return packCode('R', RESULT_VERSION, rest)
}

/**
 * Checks a result from outside: its shape, every number finite and in range,
 * real instants, cleaned names, and the numbers agreeing with each other.
 * What comes back is the cleaned result.
 */
export function validateResult(value: unknown): Decoded<AssignmentResult> {
  const parsed = v.safeParse(ResultSchema, value)
  if (!parsed.success) return { ok: false, problem: describeProblem(parsed.issues, LABELS) }
  const problem = inconsistency(parsed.output)
  return problem ? { ok: false, problem } : { ok: true, value: parsed.output }
}

/**
 * Like `validateResult`, for a result saved in a roster before results carried
 * their pass mark: it is kept with `passMark: null`, and everything else is checked.
 */
export function validateSavedResult(
  value: unknown,
): Decoded<Omit<AssignmentResult, 'passMark'> & { passMark: number | null }> {
  const current = validateResult(value)
  if (current.ok) return current
  const legacy = v.safeParse(LegacyResultSchema, value)
  if (!legacy.success) return current
  const problem = inconsistency(legacy.output)
  return problem ? { ok: false, problem } : { ok: true, value: legacy.output }
}

/** A version 3 to 6 code's data, its answers unpacked, checked like any result. */
function readLearnerCode(data: unknown, version: 3 | 4 | 5 | 6): Decoded<AssignmentResult> {
  const parsed = v.safeParse(LEARNER_CODE_SCHEMAS[version], data)
  if (!parsed.success) return { ok: false, problem: describeProblem(parsed.issues, LABELS) }
  const { questions, marks, choices, ...rest } = { choices: undefined, ...parsed.output }
  if ((questions === undefined) !== (marks === undefined)) return { ok: false, problem: '每题对错的记录不完整' }
  if (questions === undefined || marks === undefined)
    return choices === undefined ? validateResult(rest) : { ok: false, problem: '每题对错的记录不完整' }
  const answers = unpackMarks({ questions, marks, choices }, rest.total)
  return answers.ok ? validateResult({ ...rest, answers: answers.value }) : answers
}

/**
 * Reads a pasted result code. A version 2 code (from before learners carried an id)
 * is read too: it has no `learnerId` and no answers.
 */
export function decodeResult(code: string): Decoded<AssignmentResult> {
  const unpacked = unpackVersionedCode(
    code,
    'R',
    { oldest: OLDEST_RESULT_VERSION, newest: RESULT_VERSION },
    MAX_RESULT_CODE,
  )
  if (unpacked.ok) {
    const { version, data } = unpacked.value
    if (version >= 3) return readLearnerCode(data, version as 3 | 4 | 5 | 6)
    const parsed = v.safeParse(CodeV2Schema, data)
    return parsed.success
      ? validateResult(parsed.output)
      : { ok: false, problem: describeProblem(parsed.issues, LABELS) }
  }
  // An assignment's link sent back instead of the result it led to: the learner has one more step.
  if (startsLikeCode(code.trim(), 'A'))
    return { ok: false, problem: '这是作业代码，不是成绩代码：请学员打开作业、交卷，再把交卷后显示的成绩代码发来' }
  // Codes are made afresh from the learner's saved attempt, so an old one is one refresh away from a new one.
  if (unpacked.problem.includes('旧版本'))
    return { ok: false, problem: '成绩代码来自旧版本的课程：请学员刷新课程页面后重新复制成绩代码' }
  return unpacked
}

/** The result as a file a learner can send. */
export function resultFile(result: AssignmentResult): string {
  return JSON.stringify({ format: RESULT_FILE_FORMAT, code: encodeResult(result), result }, null, 2)
}

/** Reads a result file: the code inside is what counts, so an edited file is caught. */
export function decodeResultFile(text: string): Decoded<AssignmentResult> {
  if (text.length > MAX_RESULT_FILE) return { ok: false, problem: '文件太大，不是成绩文件' }
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { ok: false, problem: '文件已损坏或不完整，读不出内容' }
  }
  const file = data as { format?: unknown; code?: unknown } | null
  if (!file || typeof file !== 'object' || file.format !== RESULT_FILE_FORMAT || typeof file.code !== 'string') {
    return { ok: false, problem: '这不是本课程的成绩文件' }
  }
  return decodeResult(file.code)
}
