/**
 * Checking the trainer's assignment form field by field, so every problem can be shown beside its
 * own field at once. A problem is a message key of the `trainerForm` strings with its numbers, never
 * text: the words live in src/i18n/zh-CN/trainerForms.ts.
 */
import { cleanText } from '../text/sanitize'
import { isCalendarDate } from '../text/dates'
import type { CalendarDate } from '../time/calendar'
import { MAX_ASSIGNMENT_COUNT, type AssignmentForm } from './assignment'

/** The form's fields that can be wrong, in the order they appear on the page. */
export const ASSIGNMENT_FIELDS = [
  'title',
  'trainer',
  'modules',
  'picked',
  'count',
  'passMark',
  'timeLimit',
  'due',
] as const
export type AssignmentField = (typeof ASSIGNMENT_FIELDS)[number]

/** What can be wrong with a field: each is a key of `trainerForm` in the interface strings. */
export type AssignmentProblemCode =
  | 'titleMissing'
  | 'titleTooLong'
  | 'trainerMissing'
  | 'trainerTooLong'
  | 'modulesMissing'
  | 'modulesUnknown'
  | 'pickedMissing'
  | 'pickedTooMany'
  | 'countMissing'
  | 'countRange'
  | 'passMarkMissing'
  | 'passMarkRange'
  | 'timeLimitRange'
  | 'dueInvalid'
  | 'duePast'

export interface FormProblem {
  code: AssignmentProblemCode
  /** The numbers or dates the message names, e.g. `{ max: 30 }`. */
  params?: Record<string, string | number>
}

/** Each wrong field's problem; a field that is fine has no entry. */
export type AssignmentFormProblems = Partial<Record<AssignmentField, FormProblem>>

export const MAX_TITLE = 60
export const MAX_TRAINER = 30
export const MAX_TIME_LIMIT = 300

/** What the check needs to know besides the form: the course's modules and the trainer's today. */
export interface AssignmentFormContext {
  modules: readonly { id: string; questionCount: number }[]
  today: CalendarDate
}

/** A number field's value: null when left empty, NaN when it is not a number. */
function numberOf(value: number | string): number | null {
  if (typeof value === 'number') return value
  return value.trim() === '' ? null : Number(value)
}

const whole = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max

function textProblem(
  value: string,
  max: number,
  missing: AssignmentProblemCode,
  tooLong: AssignmentProblemCode,
): FormProblem | undefined {
  const text = cleanText(value)
  if (text === '') return { code: missing }
  if (text.length > max) return { code: tooLong, params: { max } }
  return undefined
}

/**
 * Every problem of the form at once, one per field (the first rule a field breaks). Only the
 * fields in use are checked: the chosen modules and the count when drawing from modules, the
 * picked questions when picking by hand. The count can be at most the questions the chosen
 * modules hold (and never more than `MAX_ASSIGNMENT_COUNT`).
 *
 * @example
 * assignmentFormProblems({ ...form, title: ' ', passMark: 150 }, { modules, today: '2026-03-01' })
 * // { title: { code: 'titleMissing' }, passMark: { code: 'passMarkRange' } }
 */
export function assignmentFormProblems(form: AssignmentForm, context: AssignmentFormContext): AssignmentFormProblems {
  const problems: AssignmentFormProblems = {}
  problems.title = textProblem(form.title, MAX_TITLE, 'titleMissing', 'titleTooLong')
  problems.trainer = textProblem(form.trainer, MAX_TRAINER, 'trainerMissing', 'trainerTooLong')

  if (form.source === 'picked') {
    if (form.picked.length === 0) problems.picked = { code: 'pickedMissing' }
    else if (form.picked.length > MAX_ASSIGNMENT_COUNT)
      problems.picked = { code: 'pickedTooMany', params: { max: MAX_ASSIGNMENT_COUNT } }
  } else {
    const chosen = context.modules.filter((module) => form.modules.includes(module.id))
    if (form.modules.length === 0) problems.modules = { code: 'modulesMissing' }
    else if (chosen.length !== new Set(form.modules).size) problems.modules = { code: 'modulesUnknown' }
    const inModules = chosen.reduce((sum, module) => sum + module.questionCount, 0)
    const max = chosen.length > 0 ? Math.max(1, Math.min(MAX_ASSIGNMENT_COUNT, inModules)) : MAX_ASSIGNMENT_COUNT
    const count = numberOf(form.count)
    if (count === null) problems.count = { code: 'countMissing' }
    else if (!whole(count, 1, max)) problems.count = { code: 'countRange', params: { max } }
  }

  const passMark = numberOf(form.passMark)
  if (passMark === null) problems.passMark = { code: 'passMarkMissing' }
  else if (!(passMark >= 0 && passMark <= 100)) problems.passMark = { code: 'passMarkRange' }

  const timeLimit = numberOf(form.timeLimit)
  if (timeLimit !== null && !whole(timeLimit, 1, MAX_TIME_LIMIT))
    problems.timeLimit = { code: 'timeLimitRange', params: { max: MAX_TIME_LIMIT } }

  if (form.due !== '') {
    if (!isCalendarDate(form.due)) problems.due = { code: 'dueInvalid' }
    else if (form.due < context.today) problems.due = { code: 'duePast', params: { today: context.today } }
  }

  for (const field of ASSIGNMENT_FIELDS) if (problems[field] === undefined) delete problems[field]
  return problems
}

/**
 * The first wrong field in page order, where focus goes; null when the form is fine.
 *
 * @example firstProblemField({ due: { code: 'duePast' }, title: { code: 'titleMissing' } }) // 'title'
 */
/**
 * The problems shown after an edit: each shown one the form still has, with its current wording;
 * one put right goes, and a field not shown before gets no message until the form is sent again.
 *
 * @example
 * problemsStillShown({ title: { code: 'titleMissing' }, count: { code: 'countRange' } }, { count: { code: 'countRange' }, due: { code: 'duePast' } })
 * // { count: { code: 'countRange' } }
 */
export function problemsStillShown(
  shown: AssignmentFormProblems,
  current: AssignmentFormProblems,
): AssignmentFormProblems {
  const still: AssignmentFormProblems = {}
  for (const field of ASSIGNMENT_FIELDS) {
    if (shown[field] && current[field]) still[field] = current[field]
  }
  return still
}

export function firstProblemField(problems: AssignmentFormProblems): AssignmentField | null {
  return ASSIGNMENT_FIELDS.find((field) => problems[field] !== undefined) ?? null
}
