/**
 * The class list: read from what a trainer pastes (typed lines or a spreadsheet's columns), kept
 * sound when read back, and held against the roster to say who has not handed an assignment in.
 */
import { describe, expect, it } from 'vitest'
import { encodeResult, type AssignmentResult } from '../../../../src/domain/trainer/assignmentResult'
import { addToRoster } from '../../../../src/domain/trainer/roster'
import { mergeLearners, rosterOverview } from '../../../../src/domain/trainer/rosterLearners'
import {
  checkClass,
  classListText,
  parseClassList,
  readClassList,
  MAX_CLASS_SIZE,
} from '../../../../src/domain/trainer/classList'
import { fixtureResult } from '../../../fixtures/trainer'

const base: AssignmentResult = { ...fixtureResult, scenarios: [], passMark: 60 }
const result = (learner: string, extra: Partial<AssignmentResult> = {}): AssignmentResult => ({
  ...base,
  learner,
  learnerId:
    `p-${[...learner].map((c) => c.codePointAt(0)!.toString(16)).join('')}${extra.staffId ?? ''}`.toLowerCase(),
  ...extra,
})
function rosterOf(...results: AssignmentResult[]) {
  const report = addToRoster(
    [],
    results.map((item, i) => ({ source: `第 ${i + 1} 行`, text: encodeResult(item) })),
  )
  expect(report.refused).toEqual([])
  return report.roster
}

describe('readClassList', () => {
  it('reads typed lines, with a 工号 before or after the name, and skips blank lines', () => {
    const read = readClassList('王芳\n\n李强 KF-07\nKF-08 张  小红\nAnna Li\n')
    expect(read).toEqual({
      ok: true,
      members: [
        { name: '王芳' },
        { name: '李强', staffId: 'KF-07' },
        { name: '张 小红', staffId: 'KF-08' },
        { name: 'Anna Li' },
      ],
      refused: [],
    })
  })

  it("reads a spreadsheet's columns, skipping its header row and columns beyond the name and 工号", () => {
    const read = readClassList('姓名\t工号\t班组\r\n王芳\tKF-07\t一班\r\nKF-09,李强,二班\r\n')
    expect(read.ok && read.members).toEqual([
      { name: '王芳', staffId: 'KF-07' },
      { name: '李强', staffId: 'KF-09' },
    ])
  })

  it('takes the 工号 from its header’s column, and never a row number or a phone number for one', () => {
    const sheet = readClassList('序号\t工号\t姓名\t手机\n1\tKF-07\t王芳\t13800138000\n2\t1024\t李强\t13900139000')
    expect(sheet.ok && sheet.members).toEqual([
      { name: '王芳', staffId: 'KF-07' },
      { name: '李强', staffId: '1024' },
    ])
    // No header: a row number and a phone number are passed over, a 4-digit 工号 is kept.
    const bare = readClassList('1\t王芳\t13800138000\n2\t李强\t2048')
    expect(bare.ok && bare.members).toEqual([{ name: '王芳' }, { name: '李强', staffId: '2048' }])
    // A header row naming the 工号 first is a header, not a learner called 工号.
    const idFirst = readClassList('工号,姓名\nKF-1,王芳')
    expect(idFirst.ok && idFirst.members).toEqual([{ name: '王芳', staffId: 'KF-1' }])
  })

  it('keeps the same learner once, and refuses by number a line that names no learner', () => {
    const read = readClassList('王芳\n王芳\nKF-07\n' + '长'.repeat(41))
    expect(read.ok && read.members).toEqual([{ name: '王芳' }])
    expect(read.ok && read.refused).toEqual([
      { line: 3, text: 'KF-07', problem: '只有工号，缺少姓名' },
      { line: 4, text: '长'.repeat(41), problem: '姓名最多 40 个字' },
    ])
  })

  it('refuses an empty paste and one longer than a class', () => {
    expect(readClassList(' \n ')).toEqual({ ok: false, problem: '请粘贴名单：每行一位学员的姓名，可以加上工号' })
    const many = Array.from({ length: MAX_CLASS_SIZE + 1 }, (_, i) => `学员${i}`).join('\n')
    expect(readClassList(many)).toEqual({ ok: false, problem: `名单太长：一次最多 ${MAX_CLASS_SIZE} 位学员` })
  })

  it('gives back, as text to edit in name order, a list that reads the same again', () => {
    const members = [{ name: '王芳' }, { name: '李强', staffId: 'KF-07' }]
    expect(classListText(members)).toBe('李强 KF-07\n王芳')
    expect(readClassList(classListText(members))).toEqual({ ok: true, members: members.reverse(), refused: [] })
  })
})

describe('parseClassList', () => {
  it('keeps the sound members of a saved list and drops the rest', () => {
    const saved = JSON.stringify([
      { name: '王芳' },
      { name: '李强', staffId: 'KF-07' },
      { name: '<b>x</b>', staffId: 'not an id!' },
      { name: '' },
      { name: ' 空格 ' },
      'text',
      null,
    ])
    expect(parseClassList(saved)).toEqual([{ name: '王芳' }, { name: '李强', staffId: 'KF-07' }])
    expect(parseClassList('{')).toEqual([])
    expect(parseClassList('{"name":"王芳"}')).toEqual([])
  })
})

describe('checkClass', () => {
  const week1 = { assignment: 'week1aaa', title: '第一周' }
  const week2 = { assignment: 'week2bbb', title: '第二周' }

  it('names, per assignment, the members without a result, matching a 工号 before a name', () => {
    const roster = rosterOf(
      result('王芳', week1),
      result('王芳', week2),
      // Another 李强, with another 工号: not the 李强 of the list.
      result('李强', { ...week1, staffId: 'KF-99' }),
      result('张伟', { ...week2, staffId: 'KF-08' }),
    )
    const members = [{ name: '王 芳' }, { name: '李强', staffId: 'KF-07' }, { name: '张伟', staffId: 'kf-08' }]
    const check = checkClass(members, rosterOverview(roster))
    expect(check.missing.get('week1aaa')).toEqual([
      { name: '李强', staffId: 'KF-07' },
      { name: '张伟', staffId: 'kf-08' },
    ])
    expect(check.missing.get('week2bbb')).toEqual([{ name: '李强', staffId: 'KF-07' }])
    expect(check.notListed.map((learner) => [learner.name, learner.staffId])).toEqual([['李强', 'KF-99']])
  })

  it('finds a listed 工号 no result carries by the name of a learner who gave none', () => {
    const roster = rosterOf(result('王芳', week1))
    const check = checkClass([{ name: '王芳', staffId: 'KF-07' }], rosterOverview(roster))
    expect(check.missing.get('week1aaa')).toEqual([])
    expect(check.notListed).toEqual([])
  })

  it('takes a learner merged into another as handed in under either name', () => {
    const roster = rosterOf(result('王芳', week1), result('王小芳', week2))
    const overview = rosterOverview(roster)
    const [from, into] = ['王小芳', '王芳'].map((name) => overview.learners.find((l) => l.name === name)!.key)
    const merged = mergeLearners(roster, from!, into!)
    if (!merged.ok) throw new Error(merged.problem)
    const check = checkClass([{ name: '王小芳' }, { name: '王芳' }], rosterOverview(merged.value))
    expect(check.missing.get('week1aaa')).toEqual([])
    expect(check.missing.get('week2bbb')).toEqual([])
    expect(check.notListed).toEqual([])
  })

  it('with no results yet, has no assignment to miss and no one off the list', () => {
    const check = checkClass([{ name: '王芳' }], rosterOverview([]))
    expect(check).toEqual({ missing: new Map(), notListed: [] })
  })
})
