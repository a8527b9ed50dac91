/**
 * Assignment links from hostile hands: a correctly packed link whose content
 * is wrong is refused with what is wrong; text arrives clean.
 */
import { describe, expect, it } from 'vitest'
import { compressToEncodedURIComponent } from 'lz-string'
import { decodeAssignment, encodeAssignment, type Assignment } from '../../../../src/domain/trainer/assignment'
import { packCode } from '../../../../src/domain/trainer/transferCode'
import { checkCode } from '../../../../src/domain/trainer/checksum'
import { fixtureAssignment } from '../../../fixtures/trainer'

const MODULES = ['qualities', 'phone-etiquette']
const assignment = fixtureAssignment
/** A link packed from any JSON text, e.g. one with 1e999 (Infinity) in it. */
function rawLink(json: string): string {
  const payload = compressToEncodedURIComponent(json)
  return `A1.${payload}.${checkCode(`A1.${payload}`)}`
}
const hostile = (changes: Record<string, unknown>) => packCode('A', 1, { ...assignment, ...changes })
const withNumber = (field: string, literal: string) =>
  rawLink(JSON.stringify({ ...assignment, [field]: 0 }).replace(`"${field}":0`, `"${field}":${literal}`))

describe('decodeAssignment refuses', () => {
  it.each<[string, string, string]>([
    ['a malformed id', hostile({ id: 'ABC/1' }), '作业编号格式不对'],
    ['a title of nothing but invisible characters', hostile({ title: '\u200B\u2066\u2069' }), '作业标题不能为空'],
    ['an overlong title', hostile({ title: '题'.repeat(61) }), '作业标题最多 60 个字'],
    ['an overlong trainer name', hostile({ trainer: '张'.repeat(31) }), '培训师姓名最多 30 个字'],
    ['a trainer name as a number', hostile({ trainer: 7 }), '培训师姓名格式不对'],
    ['a fractional count', hostile({ count: 1.5 }), '题量应为整数'],
    ['an infinite count (1e999)', withNumber('count', '1e999'), '题量应为整数'],
    ['a count of 0', hostile({ count: 0 }), '题量至少 1'],
    ['a count as text', hostile({ count: '10' }), '题量格式不对'],
    ['an infinite pass mark (1e999)', withNumber('passMark', '1e999'), '及格线应在 0–100% 之间'],
    ['a negative infinite pass mark', withNumber('passMark', '-1e999'), '及格线应在 0–100% 之间'],
    ['a pass mark above 100', hostile({ passMark: 101 }), '及格线应在 0–100% 之间'],
    ['a negative pass mark', hostile({ passMark: -5 }), '及格线应在 0–100% 之间'],
    ['a time limit of 0', hostile({ timeLimit: 0 }), '时间限制应为 1–300 分钟'],
    ['a time limit over 300 minutes', hostile({ timeLimit: 301 }), '时间限制应为 1–300 分钟'],
    ['a fractional time limit', hostile({ timeLimit: 2.5 }), '时间限制应为整数分钟'],
    ['an infinite time limit', withNumber('timeLimit', '1e999'), '时间限制应为整数分钟'],
    ['a due date that does not exist', hostile({ due: '2026-02-30' }), '截止日期不是 2000 年至 2100 年之间的有效日期'],
    ['a due date of 9999-99-99', hostile({ due: '9999-99-99' }), '截止日期不是 2000 年至 2100 年之间的有效日期'],
    ['a due date in 1999', hostile({ due: '1999-12-31' }), '截止日期不是 2000 年至 2100 年之间的有效日期'],
    ['a due date with a time', hostile({ due: '2026-12-01T00:00' }), '截止日期不是 2000 年至 2100 年之间的有效日期'],
    ['a due date as a number', hostile({ due: 20261201 }), '截止日期格式不对'],
    ['a module twice', hostile({ modules: ['qualities', 'qualities'] }), '模块有重复'],
    ['a module id with a path in it', hostile({ modules: ['../x'] }), '模块编号格式不对'],
    ['a question twice', hostile({ modules: [], questions: ['q1', 'q1'] }), '题目有重复'],
    [
      'more than 200 questions',
      hostile({ modules: [], questions: Array.from({ length: 201 }, (_, i) => `q${i}`) }),
      '题目最多 200 道',
    ],
    [
      'more than 20 role-plays',
      hostile({ scenarios: Array.from({ length: 21 }, (_, i) => `s${i}`) }),
      '情景最多 20 个',
    ],
    ['neither modules nor questions', hostile({ modules: [] }), '没有选择模块或题目'],
    ['a missing count', hostile({ count: undefined }), '缺少题量'],
    ['an extra field', hostile({ admin: true }), '多了不认识的内容「admin」'],
    [
      'a __proto__ key',
      rawLink(JSON.stringify(assignment).replace('{', '{"__proto__":{"count":1},')),
      '多了不认识的内容「__proto__」',
    ],
    ['a string instead of an object', packCode('A', 1, 'hello'), '内容格式不对'],
    ['JSON null', packCode('A', 1, null), '内容格式不对'],
  ])('%s', (_name, link, problem) => {
    expect(decodeAssignment(link, MODULES)).toEqual({ ok: false, problem: `作业链接无效：${problem}` })
  })
})

describe('decodeAssignment cleans text', () => {
  it.each<[string, Partial<Assignment>, Partial<Assignment>]>([
    ['a right-to-left override in the title', { title: '作业\u202Eexe.gpj' }, { title: '作业exe.gpj' }],
    ['isolates and marks in the trainer name', { trainer: '\u2067张\u200F老师\u2069' }, { trainer: '张老师' }],
    ['a zero-width joiner and a line break in the title', { title: '第一周\u200D\n小测' }, { title: '第一周 小测' }],
    ['spaces around both', { title: '  小测 ', trainer: '\u3000张老师' }, { title: '小测', trainer: '张老师' }],
  ])('%s', (_name, changes, clean) => {
    expect(decodeAssignment(encodeAssignment({ ...assignment, ...changes }), MODULES)).toEqual({
      ok: true,
      value: { ...assignment, ...clean },
    })
  })

  it('takes the edges of every range', () => {
    const edges = { count: 100, passMark: 0, timeLimit: 300, due: '2100-01-01', title: '题'.repeat(60) }
    expect(decodeAssignment(encodeAssignment({ ...assignment, ...edges }), MODULES)).toEqual({
      ok: true,
      value: { ...assignment, ...edges },
    })
  })
})

describe('decodeAssignment and role-plays', () => {
  const SCENARIOS = ['beijing-map', 'angry-caller']
  const withScenarios = (scenarios: string[]) => encodeAssignment({ ...assignment, scenarios })

  it('refuses a role-play this course does not have, naming it, when the page knows the role-plays', () => {
    expect(decodeAssignment(withScenarios(['beijing-map', 'constructor', 'gone']), MODULES, SCENARIOS)).toEqual({
      ok: false,
      problem: '作业链接无效：课程里没有情景演练 constructor、gone',
    })
  })

  it('takes role-plays the course has', () => {
    expect(decodeAssignment(withScenarios(['angry-caller']), MODULES, SCENARIOS)).toEqual({
      ok: true,
      value: { ...assignment, scenarios: ['angry-caller'] },
    })
  })
})
