/**
 * Item analysis on a fixture of thirty submissions (tests/fixtures/itemAnalysis.ts), each figure
 * worked out by hand below with the point-biserial formula
 *   r = (M1 − M0) / s · √(p·q)
 * where M1 and M0 are the mean rest scores (total right minus this question) of those who got the
 * question right and wrong, s the standard deviation of all rest scores (divided by n) and p the
 * facility, q = 1 − p. Every fixture learner answered all five questions, so the rest score as a
 * count (used here) and as a share of the other four (used by the code) correlate alike.
 */
import { describe, expect, it } from 'vitest'
import {
  analyseItems,
  analysisCoverage,
  itemAnalysisCsv,
  MIN_SUBMISSIONS,
  shownFigures,
  type ItemSubmission,
} from '../../../../src/domain/trainer/itemAnalysis'
import type { QuestionMark } from '../../../../src/domain/trainer/questionMarks'
import { csvCell, csvText } from '../../../../src/domain/trainer/csv'
import { ITEM_IDS, itemSubmissions } from '../../../fixtures/itemAnalysis'

const analysis = analyseItems(itemSubmissions)
const item = (id: string) => analysis.items.find((row) => row.questionId === id)!

/** `count` learners who got the given questions right or wrong, in this order. */
function learners(count: number, answers: Record<string, boolean>, from = 1): ItemSubmission[] {
  return Array.from({ length: count }, (_, index) => ({
    learner: `学员 ${from + index}`,
    answers: Object.entries(answers).map(([questionId, correct]) => ({ questionId, correct })),
  }))
}

describe('analyseItems on the thirty hand-checked submissions', () => {
  it('counts thirty submissions and lists the five questions by id', () => {
    expect(analysis.submissions).toBe(30)
    expect(analysis.items.map((row) => [row.number, row.questionId, row.answered])).toEqual(
      ITEM_IDS.map((id, index) => [index + 1, id, 30]),
    )
  })

  it('basics-q001: almost everyone right, discriminates weakly', () => {
    // Right: every pattern but 00100 → 4+8+1+3+4+6+2 = 28 of 30; facility 28/30 = 0.933 ≥ 0.9.
    // Rest scores of the right: 3×4 + 2×8 + 4×1 + 2×3 + 2×4 + 1×6 + 0×2 = 52 → M1 = 52/28 = 1.857143
    // Rest score of the wrong (00100, total 1): 1×2 = 2 → M0 = 2/2 = 1
    // All rest scores: sum 54, mean 1.8; sum of squares 9×4 + 4×8 + 16 + 4×3 + 4×4 + 1×6 + 1×2 + 0 = 120
    //   s² = 120/30 − 1.8² = 4 − 3.24 = 0.76, s = 0.871780
    // √(p·q) = √(0.933333 × 0.066667) = √0.062222 = 0.249444
    // r = (1.857143 − 1) / 0.871780 × 0.249444 = 0.983210 × 0.249444 = 0.245
    const row = item('basics-q001')
    expect(row.right).toBe(28)
    expect(row.facility).toBeCloseTo(0.933, 3)
    expect(row.discrimination).toBeCloseTo(0.245, 3)
    expect(row.flags).toEqual(['easy'])
  })

  it('basics-q002: almost everyone wrong, but the strong get it', () => {
    // Right: 11011 ×4 and 11111 ×1 = 5 of 30; facility 5/30 = 0.167 ≤ 0.2.
    // Rest of the right: 3×4 + 4×1 = 16 → M1 = 16/5 = 3.2
    // Rest of the wrong: 3×8 + 3×3 + 3×4 + 2×6 + 1×2 + 1×2 = 61 → M0 = 61/25 = 2.44
    // All: sum 77, mean 2.566667; squares 9×4 + 16 + 9×8 + 9×3 + 9×4 + 4×6 + 1×2 + 1×2 = 215
    //   s² = 215/30 − 2.566667² = 7.166667 − 6.587778 = 0.578889, s = 0.760847
    // √(p·q) = √(1/6 × 5/6) = √0.138889 = 0.372678
    // r = 0.76 / 0.760847 × 0.372678 = 0.998887 × 0.372678 = 0.372
    const row = item('basics-q002')
    expect(row.right).toBe(5)
    expect(row.facility).toBeCloseTo(0.167, 3)
    expect(row.discrimination).toBeCloseTo(0.372, 3)
    expect(row.flags).toEqual(['hard'])
  })

  it('basics-q003: the weak get it right more often than the strong, so it is flagged', () => {
    // Right: 11111 ×1, 10110 ×3, 10101 ×4, 10100 ×6, 00100 ×2 = 16; facility 16/30 = 0.533.
    // Rest of the right: 4×1 + 2×3 + 2×4 + 1×6 + 0×2 = 24 → M1 = 24/16 = 1.5
    // Rest of the wrong: 4×4 + 3×8 + 1×2 = 42 → M0 = 42/14 = 3
    // All: sum 66, mean 2.2; squares 16 + 4×3 + 4×4 + 1×6 + 0 + 16×4 + 9×8 + 1×2 = 188
    //   s² = 188/30 − 2.2² = 6.266667 − 4.84 = 1.426667, s = 1.194432
    // √(p·q) = √(0.533333 × 0.466667) = √0.248889 = 0.498888
    // r = (1.5 − 3) / 1.194432 × 0.498888 = −1.255828 × 0.498888 = −0.627
    const row = item('basics-q003')
    expect(row.right).toBe(16)
    expect(row.facility).toBeCloseTo(0.533, 3)
    expect(row.discrimination).toBeCloseTo(-0.627, 3)
    expect(row.flags).toEqual(['negative'])
  })

  it('basics-q004: a sound question, no flag', () => {
    // Right: 11011 ×4, 10011 ×8, 11111 ×1, 10110 ×3 = 16; facility 0.533.
    // Rest of the right: 3×4 + 2×8 + 4×1 + 2×3 = 38 → M1 = 38/16 = 2.375
    // Rest of the wrong: 3×4 + 2×6 + 1×2 + 1×2 = 28 → M0 = 28/14 = 2
    // All: sum 66, mean 2.2; squares 9×4 + 4×8 + 16 + 4×3 + 9×4 + 4×6 + 1×2 + 1×2 = 160
    //   s² = 160/30 − 4.84 = 5.333333 − 4.84 = 0.493333, s = 0.702377
    // r = 0.375 / 0.702377 × 0.498888 = 0.533902 × 0.498888 = 0.266
    const row = item('basics-q004')
    expect(row.facility).toBeCloseTo(0.533, 3)
    expect(row.discrimination).toBeCloseTo(0.266, 3)
    expect(row.flags).toEqual([])
  })

  it('gives the same figures whatever order the submissions come in (ties in score included)', () => {
    // Sums taken in another order differ in the last bits only, so the figures are compared to 12 places.
    const figures = (result: ReturnType<typeof analyseItems>) =>
      result.items.map((row) => [row.questionId, row.facility, row.discrimination?.toFixed(12)])
    expect(figures(analyseItems([...itemSubmissions].reverse()))).toEqual(figures(analysis))
  })
})

describe('analyseItems at the edges', () => {
  it('gives no discrimination when everyone got the question right, and flags it as easy', () => {
    const result = analyseItems([...learners(6, { q1: true, q2: true }), ...learners(6, { q1: true, q2: false }, 7)])
    const [q1, q2] = result.items
    expect(q1).toMatchObject({ answered: 12, right: 12, facility: 1, discrimination: null, flags: ['easy'] })
    // q2's rest score is q1, the same for all: nothing to correlate with either.
    expect(q2).toMatchObject({ right: 6, facility: 0.5, discrimination: null, flags: [] })
  })

  it('reads tied totals through the rest score: right here means wrong elsewhere', () => {
    // Every learner scored 2 of 3. q1 right → rest (q2 + q3) = 0 + 1 = 1; q1 wrong → rest = 1 + 1 = 2:
    // the rest falls exactly as q1 rises, r = −1, so q1 and q2 pull against each other and are flagged.
    // q3, right for all, has no spread: no discrimination.
    const result = analyseItems([
      ...learners(5, { q1: true, q2: false, q3: true }),
      ...learners(5, { q1: false, q2: true, q3: true }, 6),
    ])
    expect(result.items[0]!.discrimination).toBeCloseTo(-1, 6)
    expect(result.items[0]!.flags).toEqual(['negative'])
    expect(result.items[1]!.discrimination).toBeCloseTo(-1, 6)
    expect(result.items[2]).toMatchObject({ facility: 1, discrimination: null, flags: ['easy'] })
  })

  it('gives no figures for one submission, and says why', () => {
    // Codes from before choices travelled: nothing is known of what was picked.
    const picks = { reported: 0, byOption: [], unanswered: 0 }
    const result = analyseItems(learners(1, { q1: true, q2: false }))
    expect(result.submissions).toBe(1)
    expect(result.items).toEqual([
      {
        questionId: 'q1',
        number: 1,
        answered: 1,
        right: 1,
        facility: null,
        discrimination: null,
        flags: ['few'],
        picks,
      },
      {
        questionId: 'q2',
        number: 2,
        answered: 1,
        right: 0,
        facility: null,
        discrimination: null,
        flags: ['few'],
        picks,
      },
    ])
  })

  it(`needs ${MIN_SUBMISSIONS} learners answering a question, counted per question`, () => {
    const result = analyseItems([
      ...learners(MIN_SUBMISSIONS - 1, { q1: true, q2: false }),
      ...learners(1, { q1: false, q3: true }, MIN_SUBMISSIONS),
    ])
    expect(result.items.map((row) => [row.questionId, row.answered, row.facility])).toEqual([
      ['q1', MIN_SUBMISSIONS, 0.9],
      ['q2', MIN_SUBMISSIONS - 1, null],
      ['q3', 1, null],
    ])
    // Exactly 9 of 10 right is "almost everyone" (≥ 0.9), exactly 2 of 10 "almost no one" (≤ 0.2).
    expect(result.items[0]!.flags).toContain('easy')
    const hard = analyseItems([...learners(2, { q1: true, q2: true }), ...learners(8, { q1: false, q2: true }, 3)])
    expect(hard.items[0]!.facility).toBe(0.2)
    expect(hard.items[0]!.flags).toContain('hard')
  })

  it('says how much could be computed: none when every question is below the minimum, and the most answered', () => {
    // Drawn at random: five learners, each a different pair of questions.
    const drawn = Array.from({ length: 5 }, (_, i) =>
      learners(1, { [`q${i}`]: true, [`q${i + 1}`]: false }, i + 1),
    ).flat()
    expect(analysisCoverage(analyseItems(drawn))).toEqual({ computed: 0, tooFew: 6, mostAnswered: 2 })
    const some = analyseItems([
      ...learners(MIN_SUBMISSIONS, { q1: true, q2: false }),
      ...learners(1, { q3: true }, MIN_SUBMISSIONS + 1),
    ])
    expect(analysisCoverage(some)).toEqual({ computed: 2, tooFew: 1, mostAnswered: MIN_SUBMISSIONS })
    expect(analysisCoverage(analyseItems([]))).toEqual({ computed: 0, tooFew: 0, mostAnswered: 0 })
  })

  it('counts a question once per submission when its id repeats', () => {
    const twice: ItemSubmission = {
      learner: '学员 1',
      answers: [
        { questionId: 'q1', correct: true },
        { questionId: 'q1', correct: false },
      ],
    }
    const result = analyseItems(Array.from({ length: 10 }, () => twice))
    expect(result.items).toHaveLength(1)
    expect(result.items[0]).toMatchObject({ answered: 10, right: 10 })
  })

  it('gives no discrimination to a one-question assignment (no rest score)', () => {
    const result = analyseItems([...learners(5, { q1: true }), ...learners(5, { q1: false }, 6)])
    expect(result.items[0]).toMatchObject({ facility: 0.5, discrimination: null, flags: [] })
  })

  it('lists the questions by id whatever order each learner saw them in, or which were drawn', () => {
    const result = analyseItems([
      ...learners(1, { 'm-q3': true, 'm-q1': false }),
      ...learners(1, { 'm-q2': true, 'm-q1': true }, 2),
    ])
    expect(result.items.map((row) => [row.number, row.questionId, row.answered])).toEqual([
      [1, 'm-q1', 2],
      [2, 'm-q2', 1],
      [3, 'm-q3', 1],
    ])
  })

  it('has nothing to show for no submissions', () => {
    expect(analyseItems([])).toEqual({ submissions: 0, items: [] })
  })
})

describe('itemAnalysisCsv', () => {
  it('writes the table with a byte-order mark, the question text, and 「—」 where nothing is computed', () => {
    const stems: Record<string, string> = { 'basics-q001': '“处变不惊”的应变力属于哪一类素质?' }
    const csv = itemAnalysisCsv(analysis, (id) => stems[id] ?? '')
    const lines = csv.split('\r\n')
    expect(
      csv.startsWith('\uFEFF"题号","题目编号","题目","作答人数","答对人数","答对率（%）","区分度","提示","各选项人数"'),
    ).toBe(true)
    expect(lines[1]).toBe(
      '"1","basics-q001","“处变不惊”的应变力属于哪一类素质?","30","28","93.3","0.25","几乎人人答对","—"',
    )
    // A negative discrimination stays a number a spreadsheet can sort.
    expect(lines[3]).toBe('"3","basics-q003","","30","16","53.3","-0.63","区分度为负","—"')
    expect(lines.at(-1)).toBe('')
    const few = itemAnalysisCsv(analyseItems(learners(1, { q1: true })))
    expect(few.split('\r\n')[1]).toBe(`"1","q1","","1","1","—","—","作答不足 ${MIN_SUBMISSIONS} 人，不计算","—"`)
  })

  it('writes what learners picked, with the labels the caller gives and letters past them', () => {
    const picked = itemAnalysisCsv(
      analyseItems([
        { learner: '甲', answers: [{ questionId: 'tf', correct: true, given: true }] },
        { learner: '乙', answers: [{ questionId: 'tf', correct: false, given: false }] },
        { learner: '丙', answers: [{ questionId: 'tf', correct: false, given: null }] },
      ]),
      () => '',
      () => ['正确', '错误'],
    )
    expect(picked.split('\r\n')[1]).toMatch(/,"正确 1 人；错误 1 人；未作答 1 人"$/)
    const lettered = itemAnalysisCsv(
      analyseItems([{ learner: '甲', answers: [{ questionId: 'q1', correct: false, given: 2 }] }]),
    )
    expect(lettered.split('\r\n')[1]).toMatch(/,"A 0 人；B 0 人；C 1 人；未作答 0 人"$/)
  })
})

describe('what learners picked', () => {
  const mark = (questionId: string, correct: boolean, given?: QuestionMark['given']): QuestionMark =>
    given === undefined ? { questionId, correct } : { questionId, correct, given }

  it('counts each option of a single choice, the blanks, and over the learners whose code says', () => {
    const result = analyseItems([
      { learner: '甲', answers: [mark('q1', true, 1)] },
      { learner: '乙', answers: [mark('q1', false, 3)] },
      { learner: '丙', answers: [mark('q1', false, 3)] },
      { learner: '丁', answers: [mark('q1', false, null)] },
      // An older code: counted as answered and right or wrong, not in the picks.
      { learner: '戊', answers: [mark('q1', false)] },
    ])
    expect(result.items[0]).toMatchObject({
      answered: 5,
      right: 1,
      picks: { reported: 4, byOption: [0, 1, 0, 2], unanswered: 1 },
    })
  })

  it('counts each option ticked of a multiple choice, and 对 / 错 as options 0 and 1', () => {
    const result = analyseItems([
      { learner: '甲', answers: [mark('multi', true, [0, 2]), mark('tf', true, true)] },
      { learner: '乙', answers: [mark('multi', false, [0]), mark('tf', false, false)] },
      { learner: '丙', answers: [mark('multi', false, [1, 2, 3]), mark('tf', false, false)] },
    ])
    expect(result.items.map((row) => row.picks)).toEqual([
      { reported: 3, byOption: [2, 1, 2, 1], unanswered: 0 },
      { reported: 3, byOption: [1, 2], unanswered: 0 },
    ])
  })
})

describe('csvCell', () => {
  it.each<[string | number, string]>([
    ['王芳', '"王芳"'],
    ['说"好"', '"说""好"""'],
    ['=1+1', `"'=1+1"`],
    ['-2+3+cmd|x', `"'-2+3+cmd|x"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['+86 138', `"'+86 138"`],
    [-0.63, '"-0.63"'],
    ['-0.63', '"-0.63"'],
    [12, '"12"'],
  ])('%s → %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell)
  })

  it('csvText joins a header and rows with CRLF after a byte-order mark', () => {
    expect(csvText(['学员', '得分'], [['王芳', 90]])).toBe('\uFEFF"学员","得分"\r\n"王芳","90"\r\n')
  })
})

describe('shownFigures', () => {
  it.each<[number | null, number | null, string | null, string | null]>([
    [0.9333333, 0.2452557, '93.3', '0.25'],
    [0.5333333, -0.6265168, '53.3', '-0.63'],
    [1, null, '100.0', null],
    [0.5, -0.0004, '50.0', '0.00'],
    [null, null, null, null],
  ])('facility %s, discrimination %s → %s, %s', (facility, discrimination, shownFacility, shownDiscrimination) => {
    expect(shownFigures({ facility, discrimination })).toEqual({
      facility: shownFacility,
      discrimination: shownDiscrimination,
    })
  })
})
