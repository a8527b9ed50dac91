import { describe, expect, it } from 'vitest'
import {
  ASSIGNMENT_FIELDS,
  assignmentFormProblems,
  firstProblemField,
  problemsStillShown,
  type AssignmentFormProblems,
} from '../../../../src/domain/trainer/assignmentForm'
import { assignmentFromForm, assignmentProblems, type AssignmentForm } from '../../../../src/domain/trainer/assignment'
import { translate } from '../../../../src/i18n'
import strings from '../../../../src/i18n/zh-CN/trainerForms'

const context = {
  modules: [
    { id: 'qualities', questionCount: 40 },
    { id: 'phone-etiquette', questionCount: 25 },
  ],
  today: '2026-03-02',
}
const form: AssignmentForm = {
  title: '第一周测验',
  trainer: '王老师',
  source: 'modules',
  modules: ['qualities'],
  picked: [],
  scenarios: [],
  count: 20,
  passMark: 60,
  timeLimit: '',
  due: '',
  oneTry: false,
}
/** The problems as the trainer reads them, beside each field. */
const shown = (problems: AssignmentFormProblems) =>
  Object.fromEntries(
    Object.entries(problems).map(([field, problem]) => [
      field,
      translate(strings, `trainerForm.${problem.code}`, problem.params),
    ]),
  )

describe('assignmentFormProblems', () => {
  it('finds nothing wrong with a sound form, and such a form makes a sound assignment', () => {
    expect(assignmentFormProblems(form, context)).toEqual({})
    const dated = { ...form, timeLimit: 30, due: '2026-03-02', count: '25' }
    expect(assignmentFormProblems(dated, context)).toEqual({})
    expect(assignmentProblems(assignmentFromForm(dated, 'k3j9x2'), ['qualities'])).toEqual([])
  })

  it('names every wrong field at once, each in plain Chinese, when drawing from modules', () => {
    const wrong: AssignmentForm = {
      ...form,
      title: ' \u200B ',
      trainer: '',
      modules: [],
      count: 0,
      passMark: 150,
      timeLimit: 0,
      due: '2026-03-01',
    }
    const problems = assignmentFormProblems(wrong, context)
    expect(shown(problems)).toEqual({
      title: '请填写作业标题',
      trainer: '请填写培训师姓名',
      modules: '请至少选择一个模块',
      count: '题目数量应在 1–100 之间（整数）',
      passMark: '及格线应在 0–100% 之间',
      timeLimit: '时间限制应在 1–300 分钟之间（整数），不限时请留空',
      due: '截止日期不能早于今天（2026-03-02）',
    })
    expect(firstProblemField(problems)).toBe('title')
  })

  it('names every wrong field at once when questions are picked by hand, and ignores the count then', () => {
    const wrong: AssignmentForm = {
      ...form,
      source: 'picked',
      title: '题'.repeat(61),
      trainer: '张'.repeat(31),
      count: 'x',
      passMark: '',
      timeLimit: 2.5,
      due: '2026-02-30',
    }
    expect(shown(assignmentFormProblems(wrong, context))).toEqual({
      title: '作业标题最多 60 个字',
      trainer: '培训师姓名最多 30 个字',
      picked: '请至少选择一道题',
      passMark: '请填写及格分数',
      timeLimit: '时间限制应在 1–300 分钟之间（整数），不限时请留空',
      due: '截止日期不是有效的日期',
    })
  })

  it.each<[string, Partial<AssignmentForm>, AssignmentFormProblems]>([
    ['an empty count', { count: '' }, { count: { code: 'countMissing' } }],
    ['a fractional count', { count: 2.5 }, { count: { code: 'countRange', params: { max: 40 } } }],
    [
      'more questions than the chosen module holds',
      { count: 41 },
      { count: { code: 'countRange', params: { max: 40 } } },
    ],
    ['all the questions of two modules', { modules: ['qualities', 'phone-etiquette'], count: 65 }, {}],
    [
      'more than an assignment may ask',
      { modules: ['qualities', 'phone-etiquette'], count: 101 },
      { count: { code: 'countRange', params: { max: 65 } } },
    ],
    ['a module the course lacks', { modules: ['hacking'] }, { modules: { code: 'modulesUnknown' } }],
    ['a pass mark below zero', { passMark: -1 }, { passMark: { code: 'passMarkRange' } }],
    ['a pass mark that is not a number', { passMark: 'abc' }, { passMark: { code: 'passMarkRange' } }],
    ['a pass mark of 0 and of 100', { passMark: 0, timeLimit: 300 }, {}],
    ['a pass mark of 100', { passMark: '100' }, {}],
    [
      'a time limit over 300 minutes',
      { timeLimit: 301 },
      { timeLimit: { code: 'timeLimitRange', params: { max: 300 } } },
    ],
    ['a due date that is no date', { due: 'tomorrow' }, { due: { code: 'dueInvalid' } }],
    ['a due date of today', { due: '2026-03-02' }, {}],
    ['a title of 60 characters', { title: '题'.repeat(60) }, {}],
  ])('%s', (_name, change, expected) => {
    expect(assignmentFormProblems({ ...form, ...change }, context)).toEqual(expected)
  })

  it('stops a hand-picked assignment at 100 questions', () => {
    const picked = Array.from({ length: 101 }, (_, i) => `q${i}`)
    expect(assignmentFormProblems({ ...form, source: 'picked', picked }, context)).toEqual({
      picked: { code: 'pickedTooMany', params: { max: 100 } },
    })
  })
})

describe('firstProblemField', () => {
  it('follows the order of the page, not the order problems were found', () => {
    expect(firstProblemField({})).toBeNull()
    expect(firstProblemField({ due: { code: 'duePast' }, count: { code: 'countMissing' } })).toBe('count')
    expect(ASSIGNMENT_FIELDS[0]).toBe('title')
  })
})

describe('problemsStillShown', () => {
  it('drops a message once its field is right, rewords one still wrong, and adds none', () => {
    const shown = assignmentFormProblems({ ...form, title: ' ', count: 500, passMark: 150 }, context)
    const afterEdit = assignmentFormProblems(
      { ...form, title: '第一周', count: 50, passMark: 150, due: '2020-01-01' },
      context,
    )
    // 50 is still more than the module's 40 questions, so the count's message stays, with its new maximum.
    expect(problemsStillShown(shown, afterEdit)).toEqual({
      count: { code: 'countRange', params: { max: 40 } },
      passMark: { code: 'passMarkRange' },
    })
    expect(afterEdit.due).toEqual({ code: 'duePast', params: { today: '2026-03-02' } })
    expect(problemsStillShown({}, afterEdit)).toEqual({})
  })
})

describe('the trainerForm strings', () => {
  it('are plain Chinese with full-width punctuation, never a key or an English word', () => {
    for (const [key, text] of Object.entries(strings.trainerForm)) {
      expect(text, key).toMatch(/[\u4e00-\u9fff]/)
      expect(text.replace(/\{\w+\}/g, ''), key).not.toMatch(/[A-Za-z]|[,;:!?()]/)
    }
  })
})
