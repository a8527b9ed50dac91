import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  assignmentFromForm,
  assignmentProblems,
  decodeAssignment,
  dueState,
  encodeAssignment,
  mayStartAssignment,
} from '../../../../src/domain/trainer/assignment'
import {
  decodeResult,
  decodeResultFile,
  encodeResult,
  resultFile,
} from '../../../../src/domain/trainer/assignmentResult'
import {
  addToRoster,
  handedInLate,
  parseRoster,
  pastedInputs,
  rosterCsv,
  rosterRows,
  timeTakenText,
  rosterTeams,
  teamEntries,
  NO_TEAM,
} from '../../../../src/domain/trainer/roster'
import { rosterOverview } from '../../../../src/domain/trainer/rosterLearners'
import { importProgress } from '../../../../src/domain/progress/progressFile'
import { packCode } from '../../../../src/domain/trainer/transferCode'
import { fixtureAssignment, fixtureResult } from '../../../fixtures/trainer'

const MODULES = ['qualities', 'phone-etiquette']
const assignment = fixtureAssignment
const result = fixtureResult

describe('assignment links', () => {
  it('round-trips an assignment', () => {
    expect(decodeAssignment(encodeAssignment(assignment), MODULES)).toEqual({ ok: true, value: assignment })
  })

  it('reads a code with a stray space in it, a full-width one too, and still refuses one changed', () => {
    const code = encodeAssignment(assignment)
    for (const at of [12, Math.floor(code.length / 2), code.length - 3])
      for (const space of [' ', '\u3000'])
        expect(decodeAssignment(code.slice(0, at) + space + code.slice(at), MODULES)).toEqual({
          ok: true,
          value: assignment,
        })
    const changed = code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + ' ' + code.slice(21)
    expect(decodeAssignment(changed, MODULES)).toMatchObject({ ok: false })
  })

  it('survives a query string that turned "+" into spaces, and a code broken over lines', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== ''),
        (title) => {
          const code = encodeAssignment({ ...assignment, title: title.trim() })
          const mangled = code.replace(/\+/g, ' ').replace(/(.{40})/g, '$1\n')
          return decodeAssignment(mangled, MODULES).ok
        },
      ),
    )
  })

  it('carries 只能交一次 only when it is set, so a link without it reads as it always did', () => {
    const oneTry = { ...assignment, oneTry: true as const }
    expect(decodeAssignment(encodeAssignment(oneTry), MODULES)).toEqual({ ok: true, value: oneTry })
    // The plain assignment's link holds no such field at all.
    expect(encodeAssignment(assignment)).toBe(packCode('A', 1, assignment))
    expect(decodeAssignment(encodeAssignment(assignment), MODULES)).toEqual({ ok: true, value: assignment })
  })

  it('lets the learner start again unless the assignment takes one hand-in and they made it', () => {
    expect(mayStartAssignment({}, false)).toBe(true)
    expect(mayStartAssignment({}, true)).toBe(true)
    expect(mayStartAssignment({ oneTry: true }, false)).toBe(true)
    expect(mayStartAssignment({ oneTry: true }, true)).toBe(false)
  })

  it('checks an assignment before it is shared', () => {
    expect(assignmentProblems(assignment, MODULES)).toEqual([])
    expect(assignmentProblems({ ...assignment, modules: [] }, MODULES)).toEqual(['没有选择模块或题目'])
    expect(assignmentProblems({ ...assignment, title: ' ' }, MODULES)).toEqual(['作业标题不能为空'])
    expect(assignmentProblems({ ...assignment, modules: ['hacking'] }, MODULES)).toEqual(['没有模块「hacking」'])
  })

  const code = encodeAssignment(assignment)
  it.each<[string, string, string]>([
    ['an empty link', '', '内容是空的'],
    ['a link cut short by a chat app', code.slice(0, 20) + code.slice(30), '校验码不符，内容可能被改动或复制不完整'],
    ['a link missing its checksum', code.split('.').slice(0, 2).join('.'), '格式不对，可能复制得不完整'],
    ['a line of chat', '老师好，这是我的成绩', '这不是本课程的代码'],
    [
      'a tampered payload',
      code.replace(/\.(.)/, (_m, c: string) => `.${c === 'N' ? 'M' : 'N'}`),
      '校验码不符，内容可能被改动或复制不完整',
    ],
    ['a result code instead', encodeResult(result), '这是成绩代码，不是作业代码'],
    ['a code of no kind the course makes', packCode('X', 1, assignment), '这不是这一类代码'],
    ['a newer version', packCode('A', 9, assignment), '代码来自更新版本的课程，请先更新课程'],
    ['an oversized link', `A1.${'x'.repeat(7000)}.AAAAAA`, '内容太长，不是本课程生成的代码'],
    ['a valid code with a bad shape', packCode('A', 1, { ...assignment, count: 999 }), '题量最多 100'],
    ['a module the course lacks', packCode('A', 1, { ...assignment, modules: ['hacking'] }), '课程里没有模块 hacking'],
    ['an overlong title', packCode('A', 1, { ...assignment, title: 'x'.repeat(61) }), '作业标题最多 60 个字'],
    ['a 只能交一次 that is not a yes', packCode('A', 1, { ...assignment, oneTry: false }), '只能交一次的设置无效'],
  ])('refuses %s', (_name, text, problem) => {
    expect(decodeAssignment(text, MODULES)).toEqual({ ok: false, problem: `作业链接无效：${problem}` })
  })
})

describe('result codes and files', () => {
  it('round-trips a result as a code and as a file', () => {
    expect(decodeResult(encodeResult(result))).toEqual({ ok: true, value: result })
    expect(decodeResultFile(resultFile(result))).toEqual({ ok: true, value: result })
  })

  it('keeps a result code short enough for a chat message', () => {
    expect(encodeResult(result).length).toBeLessThan(400)
  })

  it.each<[string, string, string]>([
    ['more right than asked', encodeResult({ ...result, correct: 11 }), '成绩不一致：答对 11 题，多于总题数 10 题'],
    [
      'a hand-in before the start',
      encodeResult({ ...result, finishedAt: '2026-11-22T00:00:00.000Z' }),
      '交卷时间早于开始时间',
    ],
    ['a missing name', encodeResult({ ...result, learner: '  ' }), '缺少姓名'],
  ])('refuses %s', (_name, code, problem) => {
    expect(decodeResult(code)).toEqual({ ok: false, problem })
  })

  it('catches an edited result file: the code inside is what counts', () => {
    const edited = JSON.parse(resultFile(result))
    edited.result.percent = 100
    edited.code = edited.code.slice(0, -1) + (edited.code.endsWith('2') ? '3' : '2')
    expect(decodeResultFile(JSON.stringify(edited)).ok).toBe(false)
    expect(decodeResultFile('{"format":"other"}')).toEqual({ ok: false, problem: '这不是本课程的成绩文件' })
  })
})

describe('the roster', () => {
  const second = {
    ...result,
    learner: '李强',
    percent: 60,
    correct: 6,
    passed: false,
    finishedAt: '2026-11-23T09:30:00.000Z',
  }
  it('adds codes and files, keeps each result once, and reports what it refused', () => {
    const report = addToRoster(
      [],
      [
        { source: '第 1 行', text: encodeResult(result) },
        { source: '第 2 行', text: encodeResult(result) },
        { source: '第 3 行', text: 'nonsense' },
        { source: 'li.json', text: resultFile(second), file: true },
      ],
    )
    expect(report.added).toBe(2)
    expect(report.duplicates).toBe(1)
    expect(report.refused).toEqual([{ source: '第 3 行', problem: '这不是本课程的代码' }])
    expect(parseRoster(JSON.stringify(report.roster))).toEqual(report.roster)
  })

  it('filters and sorts', () => {
    const roster = [result, second]
    expect(rosterRows(roster, { sort: 'score' }).map((e) => e.learner)).toEqual(['王芳', '李强'])
    expect(rosterRows(roster, { sort: 'learner', learner: '李' }).map((e) => e.learner)).toEqual(['李强'])
    expect(rosterRows(roster, { sort: 'finished', assignment: 'other' })).toEqual([])
  })

  it('exports CSV that Excel opens with Chinese intact and never runs a formula', () => {
    const csv = rosterCsv([
      result,
      { ...second, learner: '=HYPERLINK("x")', learnerId: 'p-2', staffId: 'KF-7', team: '二组' },
    ])
    expect(csv.startsWith('\uFEFF"学员","工号","班组","学员编号","作业"')).toBe(true)
    expect(csv).toContain(`"'=HYPERLINK(""x"")","KF-7","二组","p-2"`)
    expect(csv).toContain(
      '"王芳","","","","第一周电话礼仪小测","abc123","90","9","10","通过","12","2026-11-23 09:12","","","bad-line 合格","1"\r\n',
    )
    const late = rosterCsv([
      { ...result, due: '2026-11-22' },
      { ...result, due: '2026-11-23' },
    ])
    expect(late).toContain('"2026-11-23 09:12","2026-11-22","迟交","bad-line 合格","1"\r\n')
    expect(late).toContain('"2026-11-23 09:12","2026-11-23","按时","bad-line 合格","1"\r\n')
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`)
    // Which hand-in each row is, as the caller counts them (the roster page counts over every hand-in).
    const retaken = rosterCsv([result, { ...result, percent: 100 }], undefined, (entry) =>
      entry.percent === 100 ? 2 : 1,
    )
    expect(retaken.split('\r\n').map((line) => line.split(',').at(-1))).toEqual(['"第几次交卷"', '"1"', '"2"', ''])
    // A hand-in of seconds is not written as a minute, as one taken with care would be.
    const quick = rosterCsv([{ ...result, finishedAt: '2026-11-23T09:00:20.000Z' }])
    expect(quick).toContain('"通过","0.3","2026-11-23 09:00"')
  })

  it('says a hand-in of seconds took under a minute, and a longer one its nearest whole minutes', () => {
    const taking = (finishedAt: string) => timeTakenText({ startedAt: '2026-11-23T09:00:00.000Z', finishedAt })
    expect(taking('2026-11-23T09:00:05.000Z')).toBe('不到 1 分钟')
    expect(taking('2026-11-23T09:00:59.000Z')).toBe('不到 1 分钟')
    expect(taking('2026-11-23T09:01:00.000Z')).toBe('1 分钟')
    expect(taking('2026-11-23T09:12:20.000Z')).toBe('12 分钟')
    expect(taking('2026-11-23T09:12:40.000Z')).toBe('13 分钟')
    // A clock set back between start and hand-in: not a negative time.
    expect(taking('2026-11-23T08:59:00.000Z')).toBe('不到 1 分钟')
  })

  it('offers each 班组 once, in order, and shows one at a time, those without one included', () => {
    const one = { ...result, learnerId: 'p-1', team: '2组' }
    const two = { ...second, learnerId: 'p-2', team: '10组' }
    const none = { ...second, learnerId: 'p-3', learner: '赵敏' }
    expect(rosterTeams([result, second])).toEqual([])
    // Numbers in a name in their order: 2组 before 10组.
    expect(rosterTeams([two, one, { ...two, assignment: 'xyz789' }])).toEqual(['2组', '10组'])
    expect(rosterTeams([two, none, one])).toEqual(['2组', '10组', NO_TEAM])
    // Chinese numbers too, as people count them rather than by pinyin (二 èr would come before 一 yī).
    const named = ['十二组', '二组', '客服一组', '一组', '十组', '甲组', '二十组'].map((team) => ({ team }))
    expect(rosterTeams(named)).toEqual(['一组', '二组', '十组', '十二组', '二十组', '甲组', '客服一组'])
    expect(teamEntries([one, two, none], '10组')).toEqual([two])
    expect(teamEntries([one, two, none], NO_TEAM)).toEqual([none])
    expect(teamEntries([one, two, none], null)).toEqual([one, two, none])
    // A learner's 班组 is the one on their latest hand-in.
    const moved = { ...one, team: '10组', finishedAt: '2026-11-25T09:00:00.000Z' }
    expect(rosterOverview([one, moved]).learners.map((learner) => learner.team)).toEqual(['10组'])
  })

  it('calls a hand-in late from the day after the due date, on this device’s calendar', () => {
    // Handed in at 09:12 UTC on 23 November: the same day on a device at UTC, where these tests run.
    expect(handedInLate({ ...result, due: '2026-11-22' })).toBe(true)
    expect(handedInLate({ ...result, due: '2026-11-23' })).toBe(false)
    expect(handedInLate(result)).toBe(false)
  })

  it('shows learners against assignments, each cell the learner’s best result', () => {
    const li = { ...second, learnerId: 'p-li' }
    const retake = { ...li, percent: 80, correct: 8, passed: true, finishedAt: '2026-11-24T09:30:00.000Z' }
    const other = { ...result, assignment: 'xyz789', title: '第二周', learner: '李强', learnerId: 'p-li' }
    const wang = { ...result, learnerId: 'p-wang' }
    const matrix = rosterOverview([wang, li, retake, other])
    expect(matrix.learners.map((learner) => [learner.name, learner.key])).toEqual([
      ['李强', 'id:p-li'],
      ['王芳', 'id:p-wang'],
    ])
    expect(matrix.assignments).toEqual([
      { id: 'abc123', title: '第一周电话礼仪小测' },
      { id: 'xyz789', title: '第二周' },
    ])
    expect(matrix.best.get('id:p-li|abc123')?.percent).toBe(80)
    expect(matrix.best.get('id:p-wang|xyz789')).toBeUndefined()
  })

  it('tells apart two assignments of the same title by their 作业编号, in the overview and the CSV', () => {
    const remade = { ...result, assignment: 'def456', learnerId: 'p-wang', finishedAt: '2026-11-24T09:00:00.000Z' }
    const other = { ...result, assignment: 'xyz789', title: '第二周' }
    const matrix = rosterOverview([result, remade, other])
    expect(matrix.assignments).toEqual([
      { id: 'abc123', title: '第一周电话礼仪小测（编号 abc123）' },
      { id: 'def456', title: '第一周电话礼仪小测（编号 def456）' },
      { id: 'xyz789', title: '第二周' },
    ])
    const lines = rosterCsv([result, remade]).split('\r\n')
    expect(lines[0]).toContain('"作业","作业编号"')
    expect(lines[1]).toContain('"第一周电话礼仪小测","abc123"')
    expect(lines[2]).toContain('"第一周电话礼仪小测","def456"')
  })

  it('marks a cell late only when no hand-in of that learner came by the due date', () => {
    // result was handed in on 23 November.
    const late = { ...result, learnerId: 'p-late', due: '2026-11-22' }
    const lateThenOnTime = [
      { ...result, learnerId: 'p-both', due: '2026-11-23' },
      { ...result, learnerId: 'p-both', due: '2026-11-23', finishedAt: '2026-11-25T09:00:00.000Z', percent: 100 },
    ]
    const noDue = { ...result, learnerId: 'p-free' }
    const matrix = rosterOverview([late, ...lateThenOnTime, noDue])
    expect([...matrix.late]).toEqual(['id:p-late|abc123'])
    // The best result is the late retake, yet the learner handed in on time once.
    expect(matrix.best.get('id:p-both|abc123')?.percent).toBe(100)
  })

  it('splits pasted text into lines', () => {
    expect(pastedInputs('a\r\n\n b \n')).toEqual({
      ok: true,
      value: [
        { source: '第 1 行', text: 'a' },
        { source: '第 3 行', text: 'b' },
      ],
    })
  })
})

// Every decoder treats its input as hostile: random and mutated input never throws and is never taken.
describe('decoders under random and mutated input', () => {
  const mutate = (text: string) =>
    fc
      .tuple(
        fc.nat({ max: Math.max(0, text.length - 1) }),
        fc.string({ minLength: 1, maxLength: 3 }),
        fc.constantFrom('replace', 'delete', 'insert'),
      )
      .map(([at, piece, how]) =>
        how === 'delete'
          ? text.slice(0, at) + text.slice(at + 1)
          : how === 'insert'
            ? text.slice(0, at) + piece + text.slice(at)
            : text.slice(0, at) + piece + text.slice(at + 1),
      )
      .filter((changed) => changed !== text)

  it('assignment links: random text is refused without throwing', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => decodeAssignment(text, MODULES).ok === false))
  })
  it('assignment links: any mutation of a valid link is refused', () => {
    fc.assert(
      fc.property(mutate(encodeAssignment(assignment)), (text) => {
        const decoded = decodeAssignment(text, MODULES)
        return !decoded.ok || JSON.stringify(decoded.value) === JSON.stringify(assignment)
      }),
    )
  })
  it('result codes: random and mutated codes are refused without throwing', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => decodeResult(text).ok === false))
    fc.assert(
      fc.property(mutate(encodeResult(result)), (text) => {
        const decoded = decodeResult(text)
        return !decoded.ok || JSON.stringify(decoded.value) === JSON.stringify(result)
      }),
    )
  })
  it('result files: arbitrary JSON is refused without throwing', () => {
    fc.assert(fc.property(fc.json(), (text) => decodeResultFile(text).ok === false))
  })
  it('progress imports: arbitrary JSON and objects are refused without throwing', () => {
    fc.assert(fc.property(fc.json(), (text) => importProgress(text).ok === false))
    fc.assert(
      fc.property(
        fc.anything(),
        (value) =>
          importProgress(
            JSON.stringify({ format: 'kefu-course-progress', exportedAt: '2026-01-01T00:00:00Z', progress: value }) ??
              '',
          ).ok !== undefined,
      ),
    )
  })
})

describe('dueState', () => {
  it.each([
    ['no due date', null, '2026-03-02', 'none'],
    ['due today', '2026-03-02', '2026-03-02', 'open'],
    ['due tomorrow', '2026-03-03', '2026-03-02', 'open'],
    ['due yesterday', '2026-03-01', '2026-03-02', 'overdue'],
    ['due last year', '2025-12-31', '2026-01-01', 'overdue'],
  ] as const)('%s', (_name, due, today, expected) => {
    expect(dueState(due, today)).toBe(expected)
  })
})

describe('assignmentFromForm', () => {
  const form = {
    title: '  第一周测验 ',
    trainer: '王老师',
    source: 'modules' as const,
    modules: ['qualities'],
    picked: ['q1', 'q2', 'q3'],
    scenarios: [],
    count: '15',
    passMark: '80',
    timeLimit: '',
    due: '',
    oneTry: false,
  }

  it('draws the chosen number from the chosen modules, with no limit or due date left empty', () => {
    expect(assignmentFromForm(form, 'k3j9x2')).toEqual({
      id: 'k3j9x2',
      title: '第一周测验',
      trainer: '王老师',
      modules: ['qualities'],
      questions: [],
      scenarios: [],
      count: 15,
      passMark: 80,
      timeLimit: null,
      due: null,
    })
  })

  it('asks every hand-picked question, whatever count was typed', () => {
    const assignment = assignmentFromForm({ ...form, source: 'picked', timeLimit: 30, due: '2026-03-01' }, 'k3j9x2')
    expect(assignment).toMatchObject({
      modules: [],
      questions: ['q1', 'q2', 'q3'],
      count: 3,
      timeLimit: 30,
      due: '2026-03-01',
    })
  })

  it('sets 只能交一次 when ticked, and leaves it out otherwise', () => {
    expect(assignmentFromForm({ ...form, oneTry: true }, 'k3j9x2').oneTry).toBe(true)
    expect('oneTry' in assignmentFromForm(form, 'k3j9x2')).toBe(false)
  })
})
