/**
 * Result codes and files from hostile hands: every number finite and in range,
 * the numbers agreeing with each other, real instants, cleaned names.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  decodeResult,
  decodeResultFile,
  encodeResult,
  resultFile,
  resultOf,
  resultPassed,
  resultPercent,
  validateResult,
  validateSavedResult,
  type AssignmentResult,
} from '../../../../src/domain/trainer/assignmentResult'
import { packCode } from '../../../../src/domain/trainer/transferCode'
import { checkCode } from '../../../../src/domain/trainer/checksum'
import { compressToEncodedURIComponent } from 'lz-string'
import { scoreQuiz, type ScorableQuestion } from '../../../../src/domain/quiz/scoring'
import type { QuizAttempt } from '../../../../src/domain/quiz/session'
import { fixtureResult } from '../../../fixtures/trainer'

const result = fixtureResult
/** The learner who takes the assignments in these tests. */
const profile = { id: 'p-m3x9k2a14f7q', name: '王芳', createdAt: '2026-11-01T08:00:00.000Z' }

/** A result as saved or sent before results carried their pass mark. */
function withoutPassMark(value: AssignmentResult): Omit<AssignmentResult, 'passMark'> {
  const copy: Partial<AssignmentResult> = { ...value }
  delete copy.passMark
  return copy as Omit<AssignmentResult, 'passMark'>
}
/** A code as a hostile hand would make it: any JSON at all, correctly packed. */
const forged = (value: unknown) => packCode('R', 2, value)
const hostile = (changes: Record<string, unknown>) => forged({ ...result, ...changes })

describe('result codes: the numbers must agree', () => {
  it.each<[string, Record<string, unknown>, string]>([
    [
      '100% with none of 10 right',
      { percent: 100, correct: 0, passed: true },
      '成绩不一致：0 / 10 题正确，却写着 100%',
    ],
    ['90% with 10 of 10 right', { percent: 90, correct: 10 }, '成绩不一致：10 / 10 题正确，却写着 90%'],
    [
      'a percent rounded the wrong way',
      { total: 3, correct: 2, percent: 66.6, passMark: 60 },
      '成绩不一致：2 / 3 题正确，却写着 66.6%',
    ],
    [
      '5% marked passed',
      { percent: 5, correct: 1, total: 20, passed: true },
      '成绩不一致：得分 5%，及格线 80%，却标为通过',
    ],
    ['90% over a pass mark of 80 marked failed', { passed: false }, '成绩不一致：得分 90%，及格线 80%，却标为未通过'],
    ['more right than asked', { correct: 11, percent: 110 }, '得分应在 0–100% 之间'],
    ['more right than asked, percent in range', { correct: 11 }, '成绩不一致：答对 11 题，多于总题数 10 题'],
    [
      'a role-play rated excellent at 50%',
      { scenarios: [{ id: 'bad-line', rating: 'excellent', percent: 50 }] },
      '成绩不一致：情景演练「bad-line」评为优秀，得分却只有 50%',
    ],
    [
      'a role-play rated pass at 59.9%',
      { scenarios: [{ id: 'bad-line', rating: 'pass', percent: 59.9 }] },
      '成绩不一致：情景演练「bad-line」评为合格，得分却只有 59.9%',
    ],
    [
      'a role-play not taken, with a score',
      { scenarios: [{ id: 'bad-line', rating: 'none', percent: 40 }] },
      '成绩不一致：情景演练「bad-line」未演练，却有得分 40%',
    ],
    [
      'the same role-play twice',
      {
        scenarios: [
          { id: 'bad-line', rating: 'pass', percent: 72 },
          { id: 'bad-line', rating: 'excellent', percent: 90 },
        ],
      },
      '情景演练「bad-line」出现了两次',
    ],
    ['a hand-in before the start', { finishedAt: '2026-11-23T08:59:59.999Z' }, '交卷时间早于开始时间'],
  ])('refuses %s', (_name, changes, problem) => {
    expect(decodeResult(hostile(changes))).toEqual({ ok: false, problem })
  })
})

describe('result codes: every field finite, in range and of the right kind', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['a percent above 100', { percent: 101 }, '得分应在 0–100% 之间'],
    ['a negative percent', { percent: -1 }, '得分应在 0–100% 之间'],
    ['an infinite percent (1e999 in the JSON)', { percent: Infinity }, '得分应在 0–100% 之间'],
    ['a percent written as text', { percent: '90' }, '得分格式不对'],
    ['a fractional count of right answers', { correct: 8.5 }, '答对题数应为 0 或正整数'],
    ['a negative count of right answers', { correct: -1 }, '答对题数应为 0 或正整数'],
    ['no questions at all', { total: 0, correct: 0, percent: 0 }, '总题数应为 1–100 的整数'],
    ['more questions than an assignment can ask', { total: 101 }, '总题数应为 1–100 的整数'],
    ['a pass mark above 100', { passMark: 101 }, '及格线应在 0–100% 之间'],
    ['no pass mark', { passMark: undefined }, '缺少及格线'],
    ['a pass mark of null', { passMark: null }, '及格线格式不对'],
    ['"passed" as text', { passed: 'yes' }, '是否通过格式不对'],
    ['an impossible start date', { startedAt: '2026-02-30T09:00:00.000Z' }, '开始时间不是有效的时间'],
    ['a start as free text', { startedAt: 'yesterday' }, '开始时间不是有效的时间'],
    ['a start in 1970', { startedAt: '1970-01-01T00:00:00.000Z' }, '开始时间不在 2000 年至 2100 年之间'],
    ['a hand-in in the year 2500', { finishedAt: '2500-01-01T00:00:00.000Z' }, '交卷时间不在 2000 年至 2100 年之间'],
    ['an overlong time text', { finishedAt: `2026-11-23T09:12:00.000Z${' '.repeat(40)}` }, '交卷时间不是有效的时间'],
    ['a malformed assignment id', { assignment: '../etc' }, '作业编号格式不对'],
    ['an overlong title', { title: '题'.repeat(61) }, '作业标题最多 60 个字'],
    ['a title of nothing but invisible characters', { title: '\u200B\u202E' }, '作业标题不能为空'],
    ['an overlong name', { learner: '王'.repeat(41) }, '姓名最多 40 个字'],
    ['a name of zero-width spaces', { learner: '\u200B\u200B' }, '缺少姓名'],
    ['no name', { learner: undefined }, '缺少姓名'],
    ['an extra field', { admin: true }, '多了不认识的内容「admin」'],
    ['a role-play id with markup', { scenarios: [{ id: '<b>', rating: 'pass', percent: 70 }] }, '情景编号格式不对'],
    ['an unknown rating', { scenarios: [{ id: 'bad-line', rating: 'gold', percent: 70 }] }, '情景评级无效'],
    [
      'a role-play percent above 100',
      { scenarios: [{ id: 'bad-line', rating: 'pass', percent: 170 }] },
      '情景得分应在 0–100% 之间',
    ],
    [
      'too many role-plays',
      { scenarios: Array.from({ length: 21 }, (_, i) => ({ id: `s${i}`, rating: 'none', percent: 0 })) },
      '情景演练最多 20 个',
    ],
  ])('refuses %s', (_name, changes, problem) => {
    expect(validateResult({ ...result, ...changes })).toEqual({ ok: false, problem })
  })

  it.each<[string, unknown, string]>([
    ['an array', [], '缺少作业编号'],
    ['null', null, '内容格式不对'],
    ['a number', 7, '内容格式不对'],
  ])('refuses %s', (_name, value, problem) => {
    expect(validateResult(value)).toEqual({ ok: false, problem })
  })

  it('refuses an infinity written into the JSON itself', () => {
    const json = JSON.stringify(result).replace('"percent":90', '"percent":1e999')
    const payload = compressToEncodedURIComponent(json)
    const code = `R2.${payload}.${checkCode(`R2.${payload}`)}`
    expect(decodeResult(code)).toEqual({ ok: false, problem: '得分应在 0–100% 之间' })
  })

  it('refuses a code from the course before pass marks travelled with results, saying what to do', () => {
    const old = withoutPassMark(result)
    expect(decodeResult(packCode('R', 1, old))).toEqual({
      ok: false,
      problem: '成绩代码来自旧版本的课程：请学员刷新课程页面后重新复制成绩代码',
    })
  })
})

describe('result codes: names and titles arrive clean', () => {
  it.each<[string, string, string]>([
    ['a right-to-left override in the title', '作业\u202Eexe.gpj', '作业exe.gpj'],
    ['isolates around the title', '\u2067第一周\u2069', '第一周'],
    ['a line break in the title', '第一周\n小测', '第一周 小测'],
  ])('cleans %s', (_name, title, clean) => {
    expect(decodeResult(hostile({ title }))).toEqual({ ok: true, value: { ...result, title: clean } })
  })

  it.each<[string, string, string]>([
    ['a zero-width space inside a name', '王\u200B芳', '王芳'],
    ['marks and a byte-order mark', '\uFEFF\u200E王芳\u200F', '王芳'],
    ['a name padded with spaces', '  王芳  ', '王芳'],
  ])('cleans %s, so the same learner is one learner', (_name, learner, clean) => {
    expect(decodeResult(hostile({ learner }))).toEqual({ ok: true, value: { ...result, learner: clean } })
  })
})

describe('the percent and the verdict follow the quiz scoring exactly', () => {
  it('for every total, number right and pass mark', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }).chain((total) => fc.tuple(fc.constant(total), fc.nat({ max: total }))),
        fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
        ([total, correct], passMark) => {
          const questions: ScorableQuestion[] = Array.from({ length: total }, (_, i) => ({
            id: `q${i}`,
            type: 'truefalse',
            answer: true,
          }))
          const answers = Object.fromEntries(questions.map((q, i) => [q.id, i < correct]))
          const score = scoreQuiz(questions, answers, { rule: 'all-or-nothing', passMark })
          return (
            score.percent === resultPercent(correct, total) && score.passed === resultPassed(correct, total, passMark)
          )
        },
      ),
    )
  })

  it('so every result made from a real attempt is accepted', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }).chain((total) => fc.tuple(fc.constant(total), fc.nat({ max: total }))),
        fc.integer({ min: 0, max: 100 }),
        ([total, correct], passMark) => {
          const attempt = {
            startedAt: result.startedAt,
            finishedAt: result.finishedAt,
            score: {
              points: correct,
              max: total,
              correct,
              percent: resultPercent(correct, total),
              passMark,
              passed: resultPassed(correct, total, passMark),
            },
          } as QuizAttempt
          const made = resultOf({ id: 'abc123', title: '小测' }, attempt, profile)
          return decodeResult(encodeResult(made)).ok
        },
      ),
    )
  })

  it('makes a result with the pass mark, a clean name and a clean title', () => {
    const attempt = {
      startedAt: result.startedAt,
      finishedAt: result.finishedAt,
      score: { points: 9, max: 10, correct: 9, percent: 90, passMark: 80, passed: true },
    } as QuizAttempt
    const named = { ...profile, name: ` 王\u200B芳${'芳'.repeat(50)}` }
    expect(resultOf({ id: 'abc123', title: '\u202E第一周' }, attempt, named)).toMatchObject({
      title: '第一周',
      learner: `王${'芳'.repeat(39)}`,
      passMark: 80,
      passed: true,
    })
  })
})

describe('result files', () => {
  it('reads a file saved with a byte-order mark', () => {
    expect(decodeResultFile(`\uFEFF${resultFile(result)}`)).toEqual({ ok: true, value: result })
  })

  it.each<[string, string, string]>([
    ['a file too big to be a result', ' '.repeat(20 * 1024 + 1), '文件太大，不是成绩文件'],
    ['text that is not JSON', '成绩：90', '文件已损坏或不完整，读不出内容'],
    ['JSON of another kind', '{"format":"other"}', '这不是本课程的成绩文件'],
    [
      'a file whose code claims 100% with nothing right',
      JSON.stringify({ format: 'kefu-course-result', code: hostile({ percent: 100, correct: 0, passed: true }) }),
      '成绩不一致：0 / 10 题正确，却写着 100%',
    ],
  ])('refuses %s', (_name, text, problem) => {
    expect(decodeResultFile(text)).toEqual({ ok: false, problem })
  })
})

describe('results saved in a roster before pass marks travelled with them', () => {
  const saved = withoutPassMark(result)
  it('are kept, with no pass mark, and checked for everything else', () => {
    expect(validateSavedResult(saved)).toEqual({ ok: true, value: { ...saved, passMark: null } })
    expect(validateSavedResult({ ...saved, percent: 100, correct: 0 })).toEqual({
      ok: false,
      problem: '成绩不一致：0 / 10 题正确，却写着 100%',
    })
    expect(validateSavedResult({ ...saved, learner: '王\u202E芳' })).toEqual({
      ok: true,
      value: { ...saved, learner: '王芳', passMark: null },
    })
  })
  it('are not how new results may arrive', () => {
    expect(validateResult(saved)).toEqual({ ok: false, problem: '缺少及格线' })
  })
})
