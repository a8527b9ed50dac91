/**
 * The roster's limits on pasted text and dropped files, and its saved data read again.
 */
import { describe, expect, it } from 'vitest'
import { encodeResult, resultFile, type AssignmentResult } from '../../../../src/domain/trainer/assignmentResult'
import {
  addToRoster,
  withoutAssignment,
  MAX_PASTE_CHARS,
  MAX_ROSTER_FILE_BYTES,
  MAX_ROSTER_ITEMS,
  parseRoster,
  codeInLine,
  groupRefusals,
  pastedInputs,
  refusedLinesLeft,
  rosterBatchRefusal,
} from '../../../../src/domain/trainer/roster'
import { encodeAssignment } from '../../../../src/domain/trainer/assignment'
import { fixtureAssignment as assignment, fixtureResult } from '../../../fixtures/trainer'

const result = { ...fixtureResult, scenarios: [] }

/** A result as saved or sent before results carried their pass mark. */
function withoutPassMark(value: AssignmentResult): Omit<AssignmentResult, 'passMark'> {
  const copy: Partial<AssignmentResult> = { ...value }
  delete copy.passMark
  return copy as Omit<AssignmentResult, 'passMark'>
}

describe('pasted text', () => {
  it.each<[string, string, string]>([
    [
      'more than 200 000 characters',
      'x'.repeat(MAX_PASTE_CHARS + 1),
      '共 200001 个字符，一次最多粘贴 200000 个字符，请分批粘贴',
    ],
    ['a 20 MB paste', 'R2.abc\n'.repeat(3_000_000), '共 21000000 个字符，一次最多粘贴 200000 个字符，请分批粘贴'],
    [
      'more than 500 codes',
      'R2.a.b\n'.repeat(MAX_ROSTER_ITEMS + 1),
      '共 501 行，一次最多粘贴 500 个成绩代码，请分批粘贴',
    ],
    [
      'a spreadsheet of 10,000 names, where splitting would not help',
      '姓名,工号\n'.repeat(10_000),
      '共 10000 行，没有一行是成绩代码。成绩代码是以“R6.”这样开头的一长串字母和数字。',
    ],
    ['nothing but blank lines', ' \n\r\n\t', '还没有粘贴成绩代码：请把学员发来的成绩代码粘贴到这里，每行一个'],
  ])('refuses %s before any work', (_name, text, problem) => {
    expect(pastedInputs(text)).toEqual({ ok: false, problem })
  })

  it('takes a code forwarded with words around it, and leaves a line that is all code as it is', () => {
    const code = encodeResult(result)
    const read = pastedInputs(`王芳的成绩码：${code} 谢谢！\n${code}\n成绩：${code}`)
    if (!read.ok) throw new Error(read.problem)
    expect(read.value.map((input) => input.text)).toEqual([code, code, code])
    expect(addToRoster([], read.value)).toMatchObject({ added: 1, duplicates: 2, refused: [] })
    // A chat that turned "+" into spaces is left to the decoder, which undoes it.
    expect(codeInLine(`R5.ab cd.ABCDEF`)).toBe('R5.ab cd.ABCDEF')
    expect(codeInLine('没有代码的一行')).toBe('没有代码的一行')
  })

  it('makes one code again of a code a chat broke over lines, with or without words around it', () => {
    const code = encodeResult(result)
    const [first, second, third] = [code.slice(0, 30), code.slice(30, code.length - 3), code.slice(code.length - 3)]
    const read = pastedInputs(`${first}\n${second}\n${third}\n王芳的成绩码：${first}\n${second}${third}，谢谢\n${code}`)
    if (!read.ok) throw new Error(read.problem)
    expect(read.value).toEqual([
      { source: '第 1–3 行', text: code },
      { source: '第 4–5 行', text: code },
      { source: '第 6 行', text: code },
    ])
    expect(addToRoster([], read.value)).toMatchObject({ added: 1, duplicates: 2, refused: [] })
  })

  it('leaves a cut-off code on its own line when no line after it completes it', () => {
    const code = encodeResult(result)
    const read = pastedInputs(`${code.slice(0, 30)}\n${code}\n${code.slice(0, 40)}\n下一位：张伟`)
    if (!read.ok) throw new Error(read.problem)
    expect(read.value.map((input) => input.source)).toEqual(['第 1 行', '第 2 行', '第 3 行', '第 4 行'])
    const report = addToRoster([], read.value)
    expect(report.added).toBe(1)
    expect(report.refused.map((item) => item.source)).toEqual(['第 1 行', '第 3 行', '第 4 行'])
  })

  it('reads a paste of the most lines it takes, each starting a code that never ends, in one pass', () => {
    // 33,000 lines, each looking like the start of a code cut short: none is joined, and none is a code.
    const text = '-R5.b\n'.repeat(33_000)
    expect(text.length).toBeLessThanOrEqual(MAX_PASTE_CHARS)
    expect(pastedInputs(text)).toEqual({
      ok: false,
      problem: '共 33000 行，没有一行是成绩代码。成绩代码是以“R6.”这样开头的一长串字母和数字。',
    })
  })

  it('names an assignment code or link pasted instead of a result code', () => {
    const assignmentCode = encodeAssignment(assignment)
    const link = `http://192.168.1.20:8080/#/assignment?${new URLSearchParams({ a: assignmentCode })}`
    const read = pastedInputs(`${assignmentCode}\n作业链接：${link} 请完成`)
    if (!read.ok) throw new Error(read.problem)
    expect(read.value.map((input) => input.text)).toEqual([assignmentCode, assignmentCode])
    const problem = '这是作业代码，不是成绩代码：请学员打开作业、交卷，再把交卷后显示的成绩代码发来'
    expect(addToRoster([], read.value).refused).toEqual([
      { source: '第 1 行', problem },
      { source: '第 2 行', problem },
    ])
  })

  it('takes up to 500 codes, one per non-empty line', () => {
    const read = pastedInputs(`${encodeResult(result)}\n`.repeat(MAX_ROSTER_ITEMS))
    expect(read.ok && read.value.length).toBe(500)
  })

  it('leaves only the refused lines to correct, named by where they now stand', () => {
    const code = encodeResult(result)
    const read = pastedInputs(`半截代码\n\n${code}\n  R9.坏的  \n${code}`)
    if (!read.ok) throw new Error(read.problem)
    const report = addToRoster([], read.value)
    expect(report).toMatchObject({ added: 1, duplicates: 1 })
    expect(report.refused.map((item) => item.source)).toEqual(['第 1 行', '第 4 行'])
    const left = refusedLinesLeft(read.value, report.refused)
    expect(left.text).toBe('半截代码\nR9.坏的')
    expect(left.refused).toEqual([
      { source: '第 1 行', problem: report.refused[0]!.problem },
      { source: '第 2 行', problem: report.refused[1]!.problem },
    ])
    // Added again as it stands, the box refuses the same two and counts nothing twice.
    const again = pastedInputs(left.text)
    expect(again.ok && addToRoster(report.roster, again.value)).toMatchObject({
      added: 0,
      duplicates: 0,
      refused: left.refused,
    })
  })

  it('leaves the box empty when nothing was refused', () => {
    const read = pastedInputs(encodeResult(result))
    if (!read.ok) throw new Error(read.problem)
    expect(refusedLinesLeft(read.value, addToRoster([], read.value).refused)).toEqual({ text: '', refused: [] })
  })
})

describe('dropped files', () => {
  it.each<[string, { size: number }[], string]>([
    [
      'more than 500 files',
      Array.from({ length: 501 }, () => ({ size: 900 })),
      '共 501 个，一次最多添加 500 个文件，请分批添加',
    ],
    [
      'more than 2 MB together',
      Array.from({ length: 103 }, () => ({ size: MAX_ROSTER_FILE_BYTES })),
      '共 2.1 MB，一次最多添加 2 MB，请分批添加',
    ],
    [
      '3 MB together',
      Array.from({ length: 150 }, () => ({ size: MAX_ROSTER_FILE_BYTES })),
      '共 3 MB，一次最多添加 2 MB，请分批添加',
    ],
  ])('refuses %s before any is read', (_name, files, problem) => {
    expect(rosterBatchRefusal(files)).toEqual({ source: '所选文件', text: '', file: true, problem })
  })

  it('leaves a file over the one-file limit out of the batch, so it is refused alone and the others are read', () => {
    expect(rosterBatchRefusal([{ size: 5 * 1024 * 1024 }, { size: 1200 }])).toBeNull()
  })

  it('lets a batch of 500 result files through', () => {
    expect(rosterBatchRefusal(Array.from({ length: 500 }, () => ({ size: 1200 })))).toBeNull()
  })

  it('reports a file already refused when read (too big, unreadable) with its reason', () => {
    const report = addToRoster(
      [],
      [
        { source: 'big.json', text: '', file: true, problem: '文件太大（35 KB），最多 20 KB' },
        { source: 'ok.json', text: resultFile(result), file: true },
      ],
    )
    expect(report.added).toBe(1)
    expect(report.refused).toEqual([{ source: 'big.json', problem: '文件太大（35 KB），最多 20 KB' }])
  })
})

describe('the saved roster, read again', () => {
  const legacy = withoutPassMark(result)
  it('keeps results saved before pass marks travelled with them, without a pass mark', () => {
    expect(parseRoster(JSON.stringify([legacy, result]))).toEqual([{ ...legacy, passMark: null }])
    const once = parseRoster(JSON.stringify([legacy]))
    expect(parseRoster(JSON.stringify(once))).toEqual(once)
  })
  it('drops entries that break today’s rules, and cleans names so look-alikes become one', () => {
    const forged = { ...result, learner: '李强', percent: 100, correct: 0 }
    const spoofed = { ...result, learner: '王\u200B芳' }
    expect(parseRoster(JSON.stringify([result, forged, spoofed]))).toEqual([result])
  })
})

describe('one hand-in sent twice', () => {
  const quizFirst = { ...fixtureResult, scenarios: [{ id: 'bad-line', rating: 'none' as const, percent: 0 }] }
  const playedSince = { ...fixtureResult, scenarios: [{ id: 'bad-line', rating: 'pass' as const, percent: 72 }] }
  const code = (value: AssignmentResult) => [{ source: '第 1 行', text: encodeResult(value) }]

  it('takes on the better role-play rating of a code copied again after playing, in either order', () => {
    const sentAgain = addToRoster(addToRoster([], code(quizFirst)).roster, code(playedSince))
    expect(sentAgain).toMatchObject({ added: 0, updated: 1, duplicates: 1 })
    expect(sentAgain.roster).toHaveLength(1)
    expect(sentAgain.roster[0]!.scenarios).toEqual(playedSince.scenarios)

    // The older code pasted after the newer changes nothing.
    const older = addToRoster(sentAgain.roster, code(quizFirst))
    expect(older).toMatchObject({ added: 0, updated: 0, duplicates: 1 })
    expect(older.roster[0]!.scenarios).toEqual(playedSince.scenarios)
  })

  it('accounts for every line pasted: the old and the new code together are one added and one sent again', () => {
    const both = addToRoster([], [...code(quizFirst), { source: '第 2 行', text: encodeResult(playedSince) }])
    expect(both).toMatchObject({ added: 1, duplicates: 1, updated: 1, refused: [] })
    expect(both.roster[0]!.scenarios).toEqual(playedSince.scenarios)
  })

  it('keeps a merge the trainer made when the ratings are taken on', () => {
    const first = addToRoster([], code(quizFirst)).roster.map((entry) => ({ ...entry, mergedInto: 'id:p-1' }))
    const again = addToRoster(first, code(playedSince))
    expect(again.roster[0]).toMatchObject({ mergedInto: 'id:p-1', scenarios: playedSince.scenarios })
  })
})

describe('groupRefusals', () => {
  it('names each reason once, with its lines in order, so a rarer reason among many alike is not hidden', () => {
    const refused = [
      ...Array.from({ length: 20 }, (_, i) => ({ source: `第 ${i + 1} 行`, problem: '格式不对' })),
      { source: '第 21 行', problem: '代码来自旧版本的课程，已不再支持' },
      { source: '第 22 行', problem: '格式不对' },
    ]
    const groups = groupRefusals(refused)
    expect(groups.map((group) => [group.problem, group.sources.length])).toEqual([
      ['格式不对', 21],
      ['代码来自旧版本的课程，已不再支持', 1],
    ])
    expect(groups[0]!.sources.slice(-2)).toEqual(['第 20 行', '第 22 行'])
  })
})

describe('an assignment the roster did not hold', () => {
  const line = (value: AssignmentResult, n = 1) => ({ source: `第 ${n} 行`, text: encodeResult(value) })
  const other = { ...result, assignment: 'zzz999', title: '第二周小测', learner: '李强' }

  it('is named when the roster held others, so a code of the wrong assignment is seen', () => {
    const { roster } = addToRoster([], [line(result)])
    expect(addToRoster(roster, [line(other)]).newAssignments).toEqual([{ id: other.assignment, title: '第二周小测' }])
    // Titled as the overview's column: one of the same title is told apart by its 编号.
    const sameTitle = { ...other, title: result.title }
    expect(addToRoster(roster, [line(sameTitle)]).newAssignments).toEqual([
      { id: 'zzz999', title: `${result.title}（编号 zzz999）` },
    ])
  })

  it('is not named on a first paste, nor for more results of an assignment already held', () => {
    expect(addToRoster([], [line(result), line(other, 2)]).newAssignments).toEqual([])
    const { roster } = addToRoster([], [line(result)])
    expect(addToRoster(roster, [line({ ...result, learner: '赵敏' })]).newAssignments).toEqual([])
  })

  it('is taken out again whole, leaving every other result as it was', () => {
    const { roster } = addToRoster([], [line(result), line({ ...result, learner: '赵敏' }, 2)])
    const mistaken = addToRoster(roster, [line(other)]).roster
    expect(mistaken).toHaveLength(3)
    expect(withoutAssignment(mistaken, other.assignment)).toEqual(roster)
  })
})
