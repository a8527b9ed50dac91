/**
 * Result codes version 3: who the learner is (profile id, 工号) and which questions they got
 * right travel with the score, compactly, and are checked against it; version 4 adds the
 * assignment's due date, version 5 the learner's 班组, version 6 what they chose for each
 * question; version 2 to 5 codes still import.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  decodeResult,
  decodeResultFile,
  encodeResult,
  learnerIdOf,
  MAX_RESULT_CODE,
  MAX_QUESTIONS,
  resultFile,
  resultOf,
  resultPassed,
  resultPercent,
  type AssignmentResult,
} from '../../../../src/domain/trainer/assignmentResult'
import { packMarks, unpackMarks, type QuestionMark } from '../../../../src/domain/trainer/questionMarks'
import { packCode } from '../../../../src/domain/trainer/transferCode'
import type { QuizAttempt } from '../../../../src/domain/quiz/session'
import { fixtureResult } from '../../../fixtures/trainer'

const MODULES = ['overview', 'qualities', 'voice', 'communication', 'phone', 'phrases', 'reception', 'complaints']
/** Ids shaped like the course's: `<module>-q<3 digits>`. */
const courseIds = (count: number, step = 3) =>
  Array.from({ length: count }, (_, i) => {
    const n = i * step
    return `${MODULES[n % MODULES.length]}-q${String(Math.floor(n / MODULES.length) + 1).padStart(3, '0')}`
  })
const marksOf = (ids: readonly string[], right: (index: number) => boolean): QuestionMark[] =>
  ids
    .map((questionId, index) => ({ questionId, correct: right(index) }))
    .sort((a, b) => (a.questionId < b.questionId ? -1 : 1))

const tenIds = courseIds(10)
/** 王芳 on her own phone, 工号 KF-1024: 9 of 10, the fourth question (by id) wrong. */
const named: AssignmentResult = {
  ...fixtureResult,
  learnerId: 'p-m3x9k2a14f7q',
  staffId: 'KF-1024',
  answers: marksOf(tenIds, (i) => i !== 3),
}
const withoutAnswers: AssignmentResult = { ...named }
delete withoutAnswers.answers

describe('packMarks and unpackMarks', () => {
  it('front-codes sorted ids and writes one bit per question in hex', () => {
    const packed = packMarks([
      { questionId: 'phone-q002', correct: false },
      { questionId: 'phone-q001', correct: true },
      { questionId: 'phone-q010', correct: true },
      { questionId: 'voice-q001', correct: true },
      { questionId: 'voice-q003', correct: true },
    ])
    // 1 0 1 1 | 1 000 → b8
    expect(packed).toEqual({ questions: '0phone-q001,92,810,0voice-q001,93', marks: 'b8' })
    expect(unpackMarks(packed, 5)).toEqual({
      ok: true,
      value: [
        { questionId: 'phone-q001', correct: true },
        { questionId: 'phone-q002', correct: false },
        { questionId: 'phone-q010', correct: true },
        { questionId: 'voice-q001', correct: true },
        { questionId: 'voice-q003', correct: true },
      ],
    })
  })

  it('round-trips any set of question ids and marks', () => {
    const id = fc.stringMatching(/^[a-z0-9-]{1,80}$/)
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(id, fc.boolean()), { maxLength: 100, selector: ([q]) => q }), (items) => {
        const answers = items.map(([questionId, correct]) => ({ questionId, correct }))
        const unpacked = unpackMarks(packMarks(answers), answers.length)
        const expected = [...answers].sort((a, b) => (a.questionId < b.questionId ? -1 : 1))
        return unpacked.ok && JSON.stringify(unpacked.value) === JSON.stringify(expected)
      }),
    )
  })

  it('packs what each learner chose, one token per question in id order', () => {
    const answers: QuestionMark[] = [
      { questionId: 'q4', correct: false, given: null },
      { questionId: 'q1', correct: true, given: 2 },
      { questionId: 'q3', correct: true, given: [0, 3] },
      { questionId: 'q2', correct: false, given: false },
    ]
    const packed = packMarks(answers)
    expect(packed).toEqual({ questions: '0q1,12,13,14', marks: 'a', choices: '2,F,*03,-' })
    expect(unpackMarks(packed, 4)).toEqual({
      ok: true,
      value: [...answers].sort((a, b) => (a.questionId < b.questionId ? -1 : 1)),
    })
    // One mark without a choice (an older record): the marks travel alone.
    expect(packMarks([...answers, { questionId: 'q5', correct: true }])).not.toHaveProperty('choices')
  })

  it('round-trips any set of marks with choices', () => {
    const choice = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.integer({ min: 0, max: 19 }),
      fc.uniqueArray(fc.integer({ min: 0, max: 19 }), { maxLength: 20 }).map((ticked) => ticked.sort((a, b) => a - b)),
    )
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z0-9-]{1,20}$/), fc.boolean(), choice), {
          minLength: 1,
          maxLength: 100,
          selector: ([q]) => q,
        }),
        (items) => {
          const answers = items.map(([questionId, correct, given]) => ({ questionId, correct, given }))
          const expected = [...answers].sort((a, b) => (a.questionId < b.questionId ? -1 : 1))
          expect(unpackMarks(packMarks(answers), answers.length)).toEqual({ ok: true, value: expected })
        },
      ),
    )
  })

  it.each<[string, string]>([
    ['one choice fewer than questions', '1'],
    ['a letter past the twentieth option', 'k,1'],
    ['options ticked out of order', '*30,1'],
    ['an option ticked twice', '*11,1'],
    ['markup', '<b>,1'],
  ])('refuses choices with %s', (_name, choices) => {
    expect(unpackMarks({ questions: '0q1,12', marks: '8', choices }, 2)).toEqual({
      ok: false,
      problem: '每题所选答案的记录格式不对',
    })
  })

  it.each<[string, { questions: string; marks: string }, number, string]>([
    ['fewer ids than questions', { questions: '0q1,12', marks: '8' }, 3, '每题对错的记录有 2 题，与总题数 3 题不符'],
    ['more marks than questions', { questions: '0q1,12', marks: '80' }, 2, '每题对错的记录有 2 题，与总题数 2 题不符'],
    ['a mark after the last question', { questions: '0q1,12', marks: '9' }, 2, '每题对错的记录格式不对'],
    ['marks that are not hex', { questions: '0q1,12', marks: 'g' }, 2, '每题对错的记录格式不对'],
    ['the same id twice', { questions: '0q1,2', marks: '8' }, 2, '每题对错的记录格式不对'],
    ['ids out of order', { questions: '0q2,11', marks: '8' }, 2, '每题对错的记录格式不对'],
    ['a prefix longer than the id before', { questions: '0q1,9x', marks: '8' }, 2, '每题对错的记录格式不对'],
    ['an id with markup', { questions: '0<b>,0q1', marks: '8' }, 2, '每题对错的记录格式不对'],
    ['an empty id', { questions: '0q1,', marks: '8' }, 2, '每题对错的记录格式不对'],
  ])('refuses %s', (_name, packed, total, problem) => {
    expect(unpackMarks(packed, total)).toEqual({ ok: false, problem })
  })
})

describe('result codes version 3 to 6', () => {
  it('round-trip the learner’s id, 工号 and answers, as a code and as a file', () => {
    const code = encodeResult(named)
    expect(code).toMatch(/^R6\./)
    expect(decodeResult(code)).toEqual({ ok: true, value: named })
    expect(decodeResultFile(resultFile(named))).toEqual({ ok: true, value: named })
    expect(decodeResult(encodeResult(withoutAnswers))).toEqual({ ok: true, value: withoutAnswers })
  })

  it('carry the assignment’s due date from version 4, and read a version 3 code without one', () => {
    const due = { ...named, due: '2026-11-22' }
    expect(decodeResult(encodeResult(due))).toEqual({ ok: true, value: due })
    expect(decodeResultFile(resultFile(due))).toEqual({ ok: true, value: due })
    const version3 = packCode('R', 3, { ...withoutAnswers, ...packMarks(named.answers!) })
    expect(decodeResult(version3)).toEqual({ ok: true, value: named })
    // A version 3 code never had one: a due date in it is refused as the forgery it is.
    expect(decodeResult(packCode('R', 3, { ...withoutAnswers, due: '2026-11-22' }))).toEqual({
      ok: false,
      problem: '多了不认识的内容「due」',
    })
  })

  it('carry what was chosen from version 6, and refuse choices in a version 5 code', () => {
    const chosen: AssignmentResult = {
      ...named,
      answers: named.answers!.map((answer, index) => ({
        ...answer,
        given: answer.correct ? [0, true, [1, 3]][index % 3]! : null,
      })),
    }
    const code = encodeResult(chosen)
    expect(code).toMatch(/^R6\./)
    expect(decodeResult(code)).toEqual({ ok: true, value: chosen })
    expect(decodeResultFile(resultFile(chosen))).toEqual({ ok: true, value: chosen })
    expect(decodeResult(packCode('R', 5, { ...withoutAnswers, ...packMarks(chosen.answers!) }))).toEqual({
      ok: false,
      problem: '多了不认识的内容「choices」',
    })
    // Choices without the marks they belong to, and a blank scored right, are not what a learner's device writes.
    expect(decodeResult(packCode('R', 6, { ...withoutAnswers, choices: '-' }))).toEqual({
      ok: false,
      problem: '每题对错的记录不完整',
    })
    const { questions, marks } = packMarks(named.answers!)
    expect(
      decodeResult(packCode('R', 6, { ...withoutAnswers, questions, marks, choices: '-,'.repeat(9) + '-' })),
    ).toEqual({ ok: false, problem: '成绩不一致：有一道题没有作答，却记为答对' })
  })

  it('carry the learner’s 班组 from version 5, and read a version 4 code without one', () => {
    const teamed = { ...named, team: '二组' }
    expect(decodeResult(encodeResult(teamed))).toEqual({ ok: true, value: teamed })
    expect(decodeResultFile(resultFile(teamed))).toEqual({ ok: true, value: teamed })
    const version4 = packCode('R', 4, { ...withoutAnswers, ...packMarks(named.answers!) })
    expect(decodeResult(version4)).toEqual({ ok: true, value: named })
    // A version 4 code never had one: a 班组 in it is refused as the forgery it is.
    expect(decodeResult(packCode('R', 4, { ...withoutAnswers, team: '二组' }))).toEqual({
      ok: false,
      problem: '多了不认识的内容「team」',
    })
  })

  it('refuse a 班组 that is empty once cleaned or longer than a learner can type', () => {
    expect(decodeResult(packCode('R', 5, { ...withoutAnswers, team: '   ' }))).toEqual({
      ok: false,
      problem: '班组不能为空',
    })
    expect(decodeResult(packCode('R', 5, { ...withoutAnswers, team: '组'.repeat(21) }))).toEqual({
      ok: false,
      problem: '班组最多 20 个字',
    })
    // Shown as text, never markup: what arrives is what the roster shows, cleaned of control characters.
    const marked = decodeResult(packCode('R', 5, { ...withoutAnswers, team: '<b>二组</b>\u0007' }))
    expect(marked).toMatchObject({ ok: true, value: { team: '<b>二组</b>' } })
  })

  it('stay under the length limit with 100 questions, the longest title and name and role-plays', () => {
    const ids = courseIds(MAX_QUESTIONS, 4)
    const longest: AssignmentResult = {
      ...named,
      title: '题'.repeat(60),
      learner: '芳'.repeat(40),
      staffId: 'K'.repeat(20),
      team: '组'.repeat(20),
      due: '2026-12-31',
      correct: 50,
      total: 100,
      percent: 50,
      passMark: 50,
      passed: true,
      scenarios: [
        { id: 'bad-line', rating: 'pass', percent: 72 },
        { id: 'service-desk-rush', rating: 'excellent', percent: 90 },
      ],
      answers: marksOf(ids, (i) => i % 2 === 0),
    }
    const code = encodeResult(longest)
    expect(code.length).toBeLessThanOrEqual(MAX_RESULT_CODE)
    expect(decodeResult(code)).toEqual({ ok: true, value: longest })
  })

  it('leave the answers out rather than make a code the roster cannot read (ids of 80 characters)', () => {
    // Ids of 80 characters with nothing in common, as a hostile or careless bank could have.
    let seed = 7
    const char = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return 'abcdefghijklmnopqrstuvwxyz0123456789'[seed % 36]!
    }
    const ids = Array.from({ length: 100 }, () => Array.from({ length: 80 }, char).join(''))
    const long = { ...named, correct: 100, total: 100, percent: 100, answers: marksOf(ids, () => true) }
    const decoded = decodeResult(encodeResult(long))
    expect(decoded.ok && decoded.value.answers).toBeUndefined()
    expect(decoded.ok && decoded.value.correct).toBe(100)
  })

  const forged = (changes: Record<string, unknown>) =>
    packCode('R', 4, { ...withoutAnswers, ...packMarks(named.answers!), ...changes })
  it.each<[string, Record<string, unknown>, string]>([
    ['no learner id', { learnerId: undefined }, '缺少学员编号'],
    ['a learner id with markup', { learnerId: '<script>' }, '学员编号格式不对'],
    ['a 工号 with spaces', { staffId: 'KF 1' }, '工号格式不对'],
    [
      'marks saying 10 right where the score says 9',
      { marks: 'ffc' },
      '成绩不一致：每题对错的记录中答对 10 题，却写着答对 9 题',
    ],
    [
      'marks of 11 questions for 10',
      { questions: `${packMarks(named.answers!).questions},0zz`, marks: 'efe' },
      '每题对错的记录有 11 题，与总题数 10 题不符',
    ],
    ['ids without marks', { marks: undefined }, '每题对错的记录不完整'],
    ['marks as a number', { marks: 7 }, '每题对错格式不对'],
    ['an overlong list of ids', { questions: 'x'.repeat(9000) }, '每题对错的记录格式不对'],
    ['a due date that is no day', { due: '2026-02-30' }, '截止日期不是 2000 年至 2100 年之间的有效日期'],
    ['a due date as a number', { due: 20261201 }, '截止日期格式不对'],
  ])('are refused with %s', (_name, changes, problem) => {
    expect(decodeResult(forged(changes))).toEqual({ ok: false, problem })
  })

  it('refuse a saved answer list that disagrees with the score', () => {
    const twice = { ...named, answers: [...named.answers!.slice(0, 9), named.answers![0]!] }
    expect(resultFile(twice)).toContain('"answers"')
    expect(decodeResult(packCode('R', 3, { ...withoutAnswers, ...packMarks(twice.answers) }))).toEqual({
      ok: false,
      problem: '每题对错的记录格式不对',
    })
  })
})

describe('older result codes', () => {
  it('version 2 codes still import, without a learner id or answers', () => {
    const old = { ...fixtureResult }
    const code = packCode('R', 2, old)
    expect(decodeResult(code)).toEqual({ ok: true, value: old })
    expect(encodeResult(old)).toBe(code)
  })
  it('a version 2 code cannot claim an id: it is read as the old shape it is', () => {
    expect(decodeResult(packCode('R', 2, { ...fixtureResult, learnerId: 'p-1' }))).toEqual({
      ok: false,
      problem: '多了不认识的内容「learnerId」',
    })
  })
  it('version 1 codes are refused, saying what to do', () => {
    expect(decodeResult(packCode('R', 1, fixtureResult))).toEqual({
      ok: false,
      problem: '成绩代码来自旧版本的课程：请学员刷新课程页面后重新复制成绩代码',
    })
  })
})

describe('learnerIdOf', () => {
  const made = '2026-11-29T09:00:00.000Z'
  const ms36 = Date.parse(made).toString(36)
  const attempts = [
    { id: 'mijr9zzzb2c4', finishedAt: '2026-11-29T10:00:00.000Z' },
    { id: 'mijr01x2k7q9', finishedAt: '2026-11-29T09:30:00.000Z' },
  ]
  it.each([
    ['keeps a random profile id as it is', { id: 'p-m3x9k2a14f7q', createdAt: made }, attempts, 'p-m3x9k2a14f7q'],
    [
      'gives the first learner of a device when it was made and the random tail of their first attempt',
      { id: 'default', createdAt: made },
      attempts,
      `default-${ms36}-k7q9`,
    ],
    [
      'gives a first learner without attempts when it was made',
      { id: 'default', createdAt: made },
      [],
      `default-${ms36}`,
    ],
    [
      'tells apart two first learners made in the same millisecond by their attempts',
      { id: 'default', createdAt: made },
      [{ id: 'mijr01x2a1b2', finishedAt: made }],
      `default-${ms36}-a1b2`,
    ],
  ])('%s', (_name, profile, list, id) => {
    expect(learnerIdOf(profile, list)).toBe(id)
    expect(id).toMatch(/^[a-z0-9-]{1,40}$/)
  })
})

describe('resultOf', () => {
  const attemptOf = (ids: string[], right: (index: number) => boolean, passMark = 60): QuizAttempt => {
    const correct = ids.filter((_, i) => right(i)).length
    return {
      startedAt: fixtureResult.startedAt,
      finishedAt: fixtureResult.finishedAt,
      questionIds: ids,
      // Right: option 1; wrong: in turn left blank, option 3, or options 2 and 0 ticked (saved in the order ticked).
      answers: Object.fromEntries(ids.map((id, i) => [id, right(i) ? 1 : [null, 3, [2, 0]][i % 3]!])),
      points: Object.fromEntries(ids.map((id, i) => [id, right(i) ? 1 : 0])),
      score: {
        points: correct,
        max: ids.length,
        correct,
        percent: resultPercent(correct, ids.length),
        passMark,
        passed: resultPassed(correct, ids.length, passMark),
      },
    } as QuizAttempt
  }
  const profile = { id: 'default', name: '王芳', createdAt: '2026-11-01T08:00:00.000Z', staffId: 'KF-1024' }

  it('carries the learner’s id and 工号 and whether each question was right, and is read back', () => {
    const ids = ['phone-q003', 'phone-q001', 'voice-q002']
    const made = resultOf(
      { id: 'abc123', title: '小测' },
      attemptOf(ids, (i) => i !== 1),
      profile,
    )
    expect(made).toMatchObject({
      learner: '王芳',
      learnerId: learnerIdOf(profile),
      staffId: 'KF-1024',
      correct: 2,
      answers: [
        { questionId: 'phone-q001', correct: false, given: 3 },
        { questionId: 'phone-q003', correct: true, given: 1 },
        { questionId: 'voice-q002', correct: true, given: 1 },
      ],
    })
    expect(decodeResult(encodeResult(made))).toEqual({ ok: true, value: made })
  })

  it('carries the options ticked in their written order, and no choices when one contradicts its mark', () => {
    const ids = ['phone-q001', 'phone-q002', 'phone-q003']
    const made = resultOf(
      { id: 'abc123', title: '小测' },
      attemptOf(ids, (i) => i === 0),
      profile,
    )
    expect(made.answers!.map((answer) => answer.given)).toEqual([1, 3, [0, 2]])
    // A question scored right with nothing saved as chosen: the marks travel, the choices do not.
    const odd = attemptOf(ids, (i) => i === 0)
    odd.answers = { ...odd.answers, 'phone-q001': null }
    const marksOnly = resultOf({ id: 'abc123', title: '小测' }, odd, profile)
    expect(marksOnly.answers).toEqual([
      { questionId: 'phone-q001', correct: true },
      { questionId: 'phone-q002', correct: false },
      { questionId: 'phone-q003', correct: false },
    ])
    expect(decodeResult(encodeResult(marksOnly))).toEqual({ ok: true, value: marksOnly })
  })

  it('carries the assignment’s due date when it had one, and no date when it had none', () => {
    const attempt = attemptOf(['phone-q001'], () => true)
    expect(resultOf({ id: 'abc123', title: '小测', due: '2026-12-01' }, attempt, profile).due).toBe('2026-12-01')
    expect(resultOf({ id: 'abc123', title: '小测', due: null }, attempt, profile)).not.toHaveProperty('due')
  })

  it('carries the learner’s 班组 when they gave one, and none when they left it empty', () => {
    const attempt = attemptOf(['phone-q001'], () => true)
    expect(resultOf({ id: 'abc123', title: '小测' }, attempt, { ...profile, team: ' 二组 ' }).team).toBe('二组')
    expect(resultOf({ id: 'abc123', title: '小测' }, attempt, { ...profile, team: '' })).not.toHaveProperty('team')
    expect(resultOf({ id: 'abc123', title: '小测' }, attempt, profile)).not.toHaveProperty('team')
  })

  it('leaves the answers out of an attempt that no longer knows its questions', () => {
    const summary = { ...attemptOf(['q1', 'q2'], () => true), questionIds: [] } as QuizAttempt
    expect(resultOf({ id: 'abc123', title: '小测' }, summary, profile).answers).toBeUndefined()
  })

  it('every attempt of up to 100 course questions makes a code that is read back whole', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.boolean(), { minLength: 100, maxLength: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (count, step, right, passMark) => {
          const made = resultOf(
            { id: 'abc123', title: '小测' },
            attemptOf(courseIds(count, step), (i) => right[i]!, passMark),
            profile,
          )
          expect(decodeResult(encodeResult(made))).toEqual({ ok: true, value: made })
        },
      ),
    )
  })
})

// Hostile input: the packed answers of a forged code never make the decoder throw, and what is
// taken always agrees with its score.
describe('version 3 decoding under random and mutated input', () => {
  const mutate = (text: string) =>
    fc
      .tuple(
        fc.nat({ max: text.length - 1 }),
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

  it('a mutated code is refused or reads as the original', () => {
    const code = encodeResult(named)
    const original = decodeResult(code)
    fc.assert(
      fc.property(mutate(code), (text) => {
        const decoded = decodeResult(text)
        return !decoded.ok || JSON.stringify(decoded) === JSON.stringify(original)
      }),
    )
  })

  it('forged packed answers are refused or agree with the score', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.string({ maxLength: 30 }),
        fc.integer({ min: 1, max: 12 }),
        (questions, marks, total) => {
          const correct = Math.min(total, 3)
          const decoded = decodeResult(
            packCode('R', 3, {
              ...withoutAnswers,
              total,
              correct,
              percent: resultPercent(correct, total),
              passed: resultPassed(correct, total, withoutAnswers.passMark),
              questions,
              marks,
            }),
          )
          if (!decoded.ok) return typeof decoded.problem === 'string'
          const answers = decoded.value.answers ?? []
          return answers.length === total && answers.filter((answer) => answer.correct).length === correct
        },
      ),
    )
  })

  it('a well-formed forgery whose marks disagree with its score is refused', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { minLength: 1, maxLength: 100 }),
        fc.array(fc.boolean(), { minLength: 100, maxLength: 100 }),
        fc.nat({ max: 100 }),
        (ids, right, claimed) => {
          const answers = ids.map((questionId, i) => ({ questionId, correct: right[i]! }))
          const correct = Math.min(claimed, ids.length)
          const decoded = decodeResult(
            packCode('R', 3, {
              ...withoutAnswers,
              total: ids.length,
              correct,
              percent: resultPercent(correct, ids.length),
              passed: resultPassed(correct, ids.length, withoutAnswers.passMark),
              ...packMarks(answers),
            }),
          )
          const agrees = answers.filter((answer) => answer.correct).length === correct
          return decoded.ok === agrees
        },
      ),
    )
  })
})
