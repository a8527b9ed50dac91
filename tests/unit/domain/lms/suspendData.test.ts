import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import LZString from 'lz-string'
import { decodeResume, encodeResume, MAX_SUSPEND_DATA, RESUME_PREFIX } from '../../../../src/domain/lms/suspendData'
import { emptyProgress } from '../../../../src/domain/progress/progress'
import { at, attempt, everythingManyTimes, run } from './fixtures'

const ASCII = /^[\x20-\x7e]*$/

describe('encodeResume', () => {
  it('keeps a small history whole, and decodes to the same lessons, best scores, exams, plays and cards', () => {
    const progress = emptyProgress()
    progress.learned = { 'overview-definitions': at(1), 'overview-customer': at(2) }
    progress.attempts = [
      attempt('module:overview', 1, 60),
      attempt('module:overview', 2, 90),
      attempt('module:overview', 3, 70),
      attempt('exam', 4, 50),
      attempt('exam', 5, 85),
    ]
    progress.scenarioRuns = [run('bad-line', 1, 40), run('bad-line', 2, 88)]
    progress.reviewCards = {
      'overview-q001': {
        due: at(100),
        stability: 2.5,
        difficulty: 6.25,
        elapsed_days: 1,
        scheduled_days: 2,
        learning_steps: 0,
        reps: 3,
        lapses: 1,
        state: 2,
        last_review: at(50),
      },
    }
    const encoded = encodeResume(progress)
    expect(encoded.startsWith(RESUME_PREFIX)).toBe(true)
    expect(encoded).toMatch(ASCII)
    const read = decodeResume(encoded)
    if (!read.ok) throw new Error(read.problem)
    expect(read.data.learned).toEqual(progress.learned)
    expect(read.data.quizzes).toEqual([
      expect.objectContaining({ quizId: 'module:overview', percent: 90, passed: true, finishedAt: at(19) }),
    ])
    expect(read.data.exams.map((exam) => exam.percent)).toEqual([50, 85])
    expect(read.data.plays).toEqual([
      { scenarioId: 'bad-line', finishedAt: at(31), rating: 'excellent', percent: 88, points: 8.8, max: 10 },
    ])
    expect(read.data.cards['overview-q001']).toMatchObject({
      due: at(100),
      reps: 3,
      lapses: 1,
      state: 2,
      stability: 2.5,
    })
  })

  it('stays within 4,096 ASCII characters for a learner who has done everything many times', () => {
    const progress = everythingManyTimes()
    const encoded = encodeResume(progress)
    expect(encoded.length).toBeLessThanOrEqual(MAX_SUSPEND_DATA)
    expect(encoded).toMatch(ASCII)
    const read = decodeResume(encoded)
    if (!read.ok) throw new Error(read.problem)
    // The least useful detail goes first: every lesson, quiz best and role-play stays.
    expect(Object.keys(read.data.learned)).toHaveLength(70)
    expect(read.data.quizzes).toHaveLength(13)
    expect(read.data.plays).toHaveLength(16)
    // The best and the latest exam attempts are always kept.
    expect(Math.max(...read.data.exams.map((exam) => exam.percent))).toBe(100)
    const latest = progress.attempts.filter((item) => item.quizId === 'exam').at(-1)!
    expect(read.data.exams.at(-1)!.percent).toBe(latest.score.percent)
    // Cards are kept soonest due first.
    const dues = Object.values(read.data.cards).map((card) => card.due)
    expect(dues.length).toBeGreaterThan(0)
    expect(dues.every((due) => due <= at(5000 + (dues.length - 1) * 13))).toBe(true)
  })

  it('is deterministic', () => {
    expect(encodeResume(everythingManyTimes())).toBe(encodeResume(everythingManyTimes()))
  })

  it('never exceeds the limit, whatever the history (property)', () => {
    const id = fc.stringMatching(/^[a-z0-9:_.-]{1,200}$/)
    const minute = fc.integer({ min: 0, max: 3_000_000 })
    fc.assert(
      fc.property(
        fc.dictionary(id, minute, { maxKeys: 300 }),
        fc.array(fc.tuple(fc.oneof(id, fc.constant('exam')), minute, fc.integer({ min: 0, max: 100 })), {
          maxLength: 400,
        }),
        fc.array(fc.tuple(id, minute, fc.integer({ min: 0, max: 100 })), { maxLength: 200 }),
        fc.dictionary(id, fc.tuple(minute, fc.double({ min: 0, max: 1e5, noNaN: true })), { maxKeys: 600 }),
        (learned, attempts, runs, cards) => {
          const progress = emptyProgress()
          for (const [lessonId, m] of Object.entries(learned)) progress.learned[lessonId] = at(m)
          progress.attempts = attempts.map(([quizId, m, percent], n) => ({
            ...attempt(quizId, n, percent),
            finishedAt: at(m),
          }))
          progress.scenarioRuns = runs.map(([scenarioId, m, percent], n) => ({
            ...run(scenarioId, n, percent),
            finishedAt: at(m),
          }))
          for (const [questionId, [m, stability]] of Object.entries(cards))
            progress.reviewCards[questionId] = {
              due: at(m),
              stability,
              difficulty: 5,
              elapsed_days: 0,
              scheduled_days: 0,
              learning_steps: 0,
              reps: 1,
              lapses: 0,
              state: 1,
            }
          const encoded = encodeResume(progress)
          expect(encoded.length).toBeLessThanOrEqual(MAX_SUSPEND_DATA)
          expect(encoded).toMatch(ASCII)
          expect(decodeResume(encoded).ok).toBe(true)
        },
      ),
      { numRuns: 40 },
    )
  })

  it('honours a smaller limit', () => {
    expect(encodeResume(everythingManyTimes(), 1000).length).toBeLessThanOrEqual(1000)
  })
})

describe('decodeResume', () => {
  const wrap = (payload: unknown) => RESUME_PREFIX + LZString.compressToEncodedURIComponent(JSON.stringify(payload))

  it.each([
    ['', '学习平台保存的进度格式不对，无法恢复'],
    ['hello', '学习平台保存的进度格式不对，无法恢复'],
    [`${RESUME_PREFIX}<script>`, '学习平台保存的进度格式不对，无法恢复'],
    [`${RESUME_PREFIX}abc`, '学习平台保存的进度已损坏，无法恢复'],
    [wrap({ learned: 1 }), '学习平台保存的进度内容不对，无法恢复'],
    [wrap([2, [], [], [], [], []]), '学习平台保存的进度内容不对，无法恢复'],
    [wrap([1, [['a b', 30_000_000]], [], [], [], []]), '学习平台保存的进度内容不对，无法恢复'],
    [wrap([1, [['lesson', 1e12]], [], [], [], []]), '学习平台保存的进度内容不对，无法恢复'],
    [wrap([1, [], [['q', 30_000_000, 1, 1, 1, 101, 80, 1]], [], [], []]), '学习平台保存的进度内容不对，无法恢复'],
  ])('refuses %j', (text, problem) => {
    expect(decodeResume(text)).toEqual({ ok: false, problem })
  })

  it('refuses a value longer than any LMS keeps', () => {
    expect(decodeResume(`${RESUME_PREFIX}${'A'.repeat(64_001)}`)).toEqual({
      ok: false,
      problem: '学习平台保存的进度格式不对，无法恢复',
    })
  })

  it('reads an empty history', () => {
    expect(decodeResume(encodeResume(emptyProgress()))).toEqual({
      ok: true,
      data: { learned: {}, quizzes: [], exams: [], plays: [], cards: {} },
    })
  })
})
