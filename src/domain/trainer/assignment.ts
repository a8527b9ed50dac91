/**
 * A trainer's assignment, carried whole in a link: what to take (modules or
 * hand-picked questions), how many questions, the pass mark, a time limit and
 * a due date. No server holds it; the link is checked before anything is shown.
 */
import * as v from 'valibot'
import { packCode, unpackCode, type Decoded } from './transferCode'
import { describeProblem } from '../text/problems'
import { cleanText } from '../text/sanitize'
import { isCalendarDate } from '../text/dates'
import { assignmentQuizIdOf } from '../quiz/catalog'
import { latestAttempt } from '../quiz/records'
import type { CalendarDate } from '../time/calendar'
import type { QuizAttempt } from '../quiz/session'

export const ASSIGNMENT_VERSION = 1
export const MAX_ASSIGNMENT_CODE = 6000

export interface Assignment {
  id: string
  title: string
  trainer: string
  /** Modules to draw from; empty when questions are hand-picked. */
  modules: string[]
  /** Hand-picked question ids; empty when drawing from modules. */
  questions: string[]
  /** Role-plays to complete as part of the assignment; their best ratings travel with the result. */
  scenarios: string[]
  count: number
  passMark: number
  /** Minutes, or null for no limit. */
  timeLimit: number | null
  /** YYYY-MM-DD, or null. */
  due: string | null
  /**
   * One hand-in only: the assignment page offers no second try once the learner has handed it in
   * on that device. Absent (not false) otherwise, so a link without it reads as before.
   */
  oneTry?: true
}

/** The most questions one assignment asks; hand-picking stops here too. */
export const MAX_ASSIGNMENT_COUNT = 100

const LABELS: Record<string, string> = {
  id: '作业编号',
  title: '作业标题',
  trainer: '培训师姓名',
  modules: '模块',
  questions: '题目',
  scenarios: '情景演练',
  count: '题量',
  passMark: '及格线',
  timeLimit: '时间限制',
  due: '截止日期',
  oneTry: '只能交一次',
}

/** Text from outside: cleaned of invisible and bidirectional characters, then measured. */
const text = (label: string, max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max * 4, `${label}最多 ${max} 个字`),
    v.transform(cleanText),
    v.minLength(1, `${label}不能为空`),
    v.maxLength(max, `${label}最多 ${max} 个字`),
  )
const ids = (label: string, unit: string, max: number) =>
  v.pipe(
    v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/, `${label}编号格式不对`))),
    v.maxLength(max, `${label}最多 ${max} ${unit}`),
    v.check((list) => new Set(list).size === list.length, `${label}有重复`),
  )

const AssignmentSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9]{4,24}$/, '作业编号格式不对')),
    title: text('作业标题', 60),
    trainer: text('培训师姓名', 30),
    modules: ids('模块', '个', 200),
    questions: ids('题目', '道', 200),
    scenarios: v.optional(ids('情景', '个', 20), []),
    count: v.pipe(
      v.number(),
      v.integer('题量应为整数'),
      v.minValue(1, '题量至少 1'),
      v.maxValue(MAX_ASSIGNMENT_COUNT, `题量最多 ${MAX_ASSIGNMENT_COUNT}`),
    ),
    passMark: v.pipe(
      v.number(),
      v.finite('及格线应在 0–100% 之间'),
      v.minValue(0, '及格线应在 0–100% 之间'),
      v.maxValue(100, '及格线应在 0–100% 之间'),
    ),
    timeLimit: v.nullable(
      v.pipe(
        v.number(),
        v.integer('时间限制应为整数分钟'),
        v.minValue(1, '时间限制应为 1–300 分钟'),
        v.maxValue(300, '时间限制应为 1–300 分钟'),
      ),
    ),
    due: v.nullable(v.pipe(v.string(), v.check(isCalendarDate, '截止日期不是 2000 年至 2100 年之间的有效日期'))),
    oneTry: v.optional(v.literal(true, '只能交一次的设置无效')),
  }),
  v.check((assignment) => assignment.modules.length > 0 || assignment.questions.length > 0, '没有选择模块或题目'),
)

/** Problems with an assignment before it is shared, or an empty list. */
export function assignmentProblems(assignment: Assignment, knownModules: readonly string[]): string[] {
  const parsed = v.safeParse(AssignmentSchema, assignment)
  const problems = parsed.success ? [] : [describeProblem(parsed.issues, LABELS)]
  for (const moduleId of assignment.modules)
    if (!knownModules.includes(moduleId)) problems.push(`没有模块「${moduleId}」`)
  return problems
}

/** A value saved on this device as an assignment, checked by the rules a link's is; null when it breaks one. */
export function checkedAssignment(value: unknown): Assignment | null {
  const parsed = v.safeParse(AssignmentSchema, value)
  return parsed.success ? parsed.output : null
}

/** The questions a learner is drawn from: the hand-picked ones, or every question of the chosen modules. */
export function assignmentPool<T extends { id: string }>(
  assignment: Pick<Assignment, 'modules' | 'questions'>,
  banks: Readonly<Record<string, readonly T[]>>,
): T[] {
  if (assignment.questions.length > 0) {
    const byId = new Map(
      Object.values(banks)
        .flat()
        .map((question) => [question.id, question]),
    )
    return assignment.questions.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
  }
  return assignment.modules.flatMap((moduleId) => [...(banks[moduleId] ?? [])])
}

/** @example decodeAssignment(encodeAssignment(a), modules) // { ok: true, value: a } */
export function encodeAssignment(assignment: Assignment): string {
  return packCode('A', ASSIGNMENT_VERSION, assignment)
}

/**
 * Reads an assignment from a link. Anything malformed, truncated, tampered,
 * of another version, or naming modules (or, when `knownScenarios` is given, role-plays)
 * this course does not have is refused. Pages that show an assignment to a learner pass the
 * role-plays; a lookup of an assignment already opened (its time limit, say) need not.
 */
export function decodeAssignment(
  code: string,
  knownModules: readonly string[],
  knownScenarios?: readonly string[],
): Decoded<Assignment> {
  const unpacked = unpackCode(code, 'A', ASSIGNMENT_VERSION, MAX_ASSIGNMENT_CODE)
  if (!unpacked.ok) return { ok: false, problem: `作业链接无效：${unpacked.problem}` }
  const parsed = v.safeParse(AssignmentSchema, unpacked.value)
  if (!parsed.success) return { ok: false, problem: `作业链接无效：${describeProblem(parsed.issues, LABELS)}` }
  const unknown = parsed.output.modules.filter((moduleId) => !knownModules.includes(moduleId))
  if (unknown.length > 0) return { ok: false, problem: `作业链接无效：课程里没有模块 ${unknown.join('、')}` }
  const unknownScenarios = knownScenarios
    ? parsed.output.scenarios.filter((scenarioId) => !knownScenarios.includes(scenarioId))
    : []
  if (unknownScenarios.length > 0)
    return { ok: false, problem: `作业链接无效：课程里没有情景演练 ${unknownScenarios.join('、')}` }
  return { ok: true, value: parsed.output }
}

/** The quiz id under which a learner takes an assignment. */
export function assignmentQuizId(assignment: Pick<Assignment, 'id'>): string {
  return assignmentQuizIdOf(assignment.id)
}

/** An assignment opened on this device, with the learner's latest hand-in of it, if any. */
export interface OpenedAssignmentRow {
  assignment: Assignment
  /** Its link code, to open its page again. */
  code: string
  latest: Pick<QuizAttempt, 'finishedAt' | 'score'> | null
}

/**
 * The assignments opened on this device as the learner finds them again: the latest handed in
 * first, then those not handed in yet by title.
 *
 * @example
 * openedAssignmentRows([{ assignment: a, code }], [{ quizId: 'as-' + a.id, finishedAt, score }])[0].latest // that attempt
 */
export function openedAssignmentRows(
  opened: readonly { assignment: Assignment; code: string }[],
  attempts: readonly Pick<QuizAttempt, 'quizId' | 'finishedAt' | 'score'>[],
): OpenedAssignmentRow[] {
  const rows = opened.map(({ assignment, code }) => ({
    assignment,
    code,
    latest: latestAttempt(attempts, assignmentQuizId(assignment)),
  }))
  return rows.sort((a, b) => {
    if (a.latest && b.latest) return a.latest.finishedAt < b.latest.finishedAt ? 1 : -1
    if (a.latest || b.latest) return a.latest ? -1 : 1
    return a.assignment.title.localeCompare(b.assignment.title, 'zh-CN')
  })
}

/** Where an assignment's due date stands on the learner's calendar. */
export type DueState = 'none' | 'open' | 'overdue'

/**
 * An assignment is overdue from the day after its due date, on the learner's own calendar.
 *
 * @example
 * dueState('2026-03-01', '2026-03-01') // 'open'
 * dueState('2026-03-01', '2026-03-02') // 'overdue'
 */
export function dueState(due: CalendarDate | null | undefined, today: CalendarDate): DueState {
  if (!due) return 'none'
  return due < today ? 'overdue' : 'open'
}

/** What a trainer fills in on the trainer page. */
export interface AssignmentForm {
  title: string
  trainer: string
  source: 'modules' | 'picked'
  modules: string[]
  picked: string[]
  scenarios: string[]
  /** The number asked for when drawing from modules; hand-picked questions are all asked. */
  count: number | string
  passMark: number | string
  /** Minutes; empty for no limit. */
  timeLimit: number | string
  /** YYYY-MM-DD; empty for none. */
  due: string
  /** One hand-in only. */
  oneTry: boolean
}

/**
 * The assignment a form describes, ready to be checked with `assignmentProblems`.
 * Hand-picked questions are all asked; drawing from modules asks the chosen count.
 *
 * @example
 * assignmentFromForm({ …form, source: 'picked', picked: ['q1', 'q2'] }, 'k3j9x2').count // 2
 */
export function assignmentFromForm(form: AssignmentForm, id: string): Assignment {
  const picked = form.source === 'picked'
  return {
    id,
    title: form.title.trim(),
    trainer: form.trainer.trim(),
    modules: picked ? [] : form.modules,
    questions: picked ? form.picked : [],
    scenarios: form.scenarios,
    count: picked ? Math.max(1, form.picked.length) : Number(form.count),
    passMark: Number(form.passMark),
    timeLimit: form.timeLimit === '' ? null : Number(form.timeLimit),
    due: form.due || null,
    ...(form.oneTry ? { oneTry: true as const } : {}),
  }
}

/**
 * Whether the learner may start the assignment's quiz: always, unless it takes one hand-in only and
 * they have handed it in already.
 *
 * @example mayStartAssignment({ oneTry: true }, true) // false
 */
export function mayStartAssignment(assignment: Pick<Assignment, 'oneTry'>, handedIn: boolean): boolean {
  return !(assignment.oneTry && handedIn)
}
