import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { emptyProgress, type SavedProgress } from '../../../../src/domain/progress/progress'
import {
  MAX_ACTIVE_DAYS,
  cardDuesOf,
  emptySummary,
  glanceOf,
  sameSummary,
  summarise,
  summariseInSteps,
  withRows,
} from '../../../../src/domain/progress/summary'
import { readSummary } from '../../../../src/domain/progress/summaryCheck'
import { progressRows, type ProgressRow } from '../../../../src/domain/progress/rows'
import { goalProgress, streakDays, todaysReview } from '../../../../src/domain/progress/daily'
import { moduleStanding, suggestedScenario } from '../../../../src/domain/progress/path'
import { nextStep, tagStats, timeSpentMinutes } from '../../../../src/domain/progress/dashboard'
import { TREND_DAYS, countOf } from '../../../../src/domain/progress/figures'
import { dailyScores } from '../../../../src/domain/progress/trend'
import { quizRecord } from '../../../../src/domain/quiz/records'
import { scenarioRecord } from '../../../../src/domain/scenario/runs'
import { examStanding } from '../../../../src/domain/exam/standing'
import { localDayOf } from '../../../../src/domain/time/calendar'
import type { QuizAttempt } from '../../../../src/domain/quiz/session'
import type { ScenarioRun } from '../../../../src/domain/scenario/runs'
import { reviewCardDue } from '../../../fixtures/reviewCard'

const NOW = new Date('2026-05-03T12:40:00Z')
const HOUR = 3600_000
const QUIZZES = ['m-a', 'm-b', 'exam', 'review']
const SCENARIOS = ['s1', 's2', 's3']

function attempt(
  id: string,
  quizId: string,
  hoursAgo: number,
  percent: number,
  questions = 3,
  passMark = 60,
): QuizAttempt {
  const finishedAt = new Date(NOW.getTime() - hoursAgo * HOUR).toISOString()
  return {
    id,
    quizId,
    title: quizId,
    mode: 'practice',
    rule: 'all-or-nothing',
    passMark: 60,
    startedAt: new Date(Date.parse(finishedAt) - 60_000).toISOString(),
    finishedAt,
    questionIds: Array.from({ length: questions }, (_, i) => `q${i}`),
    optionOrder: {},
    answers: { q0: 1 },
    points: { q0: 1 },
    score: { points: 1, max: questions, correct: 1, percent, passMark, passed: percent >= passMark },
  }
}

function run(id: string, scenarioId: string, hoursAgo: number, rating: ScenarioRun['rating']): ScenarioRun {
  const finishedAt = new Date(NOW.getTime() - hoursAgo * HOUR).toISOString()
  return {
    id,
    scenarioId,
    title: scenarioId,
    startedAt: finishedAt,
    finishedAt,
    endingId: 'end',
    rating,
    percent: 50,
    points: 1,
    max: 2,
    totals: { courtesy: 0, empathy: 0, solving: 0, rules: 0 },
    history: [],
  }
}

/** A random history: attempts of four quizzes over the last 30 days (some within the last two), runs, cards and lessons. */
const histories = fc
  .record({
    attempts: fc.array(
      fc.record({
        quiz: fc.constantFrom(...QUIZZES),
        hoursAgo: fc.integer({ min: 0, max: 30 * 24 }),
        percent: fc.constantFrom(0, 33.3, 60, 66.7, 100),
        questions: fc.integer({ min: 1, max: 20 }),
        // The pass mark can change between attempts: the best score is then not always a pass.
        passMark: fc.constantFrom(60, 80),
      }),
      { maxLength: 60 },
    ),
    runs: fc.array(
      fc.record({
        scenario: fc.constantFrom(...SCENARIOS),
        hoursAgo: fc.integer({ min: 0, max: 30 * 24 }),
        rating: fc.constantFrom<ScenarioRun['rating']>('excellent', 'pass', 'improve'),
      }),
      { maxLength: 20 },
    ),
    cardsDueInDays: fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 30 }),
    lessonHoursAgo: fc.array(fc.integer({ min: 0, max: 10 * 24 }), { maxLength: 5 }),
  })
  .map(({ attempts, runs, cardsDueInDays, lessonHoursAgo }): SavedProgress => {
    const progress = emptyProgress()
    attempts.forEach((a, i) =>
      progress.attempts.push(attempt(`a${i}`, a.quiz, a.hoursAgo, a.percent, a.questions, a.passMark)),
    )
    runs.forEach((r, i) => progress.scenarioRuns.push(run(`r${i}`, r.scenario, r.hoursAgo, r.rating)))
    progress.attempts.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt))
    progress.scenarioRuns.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt))
    cardsDueInDays.forEach((days, i) => {
      progress.reviewCards[`q${i}`] = reviewCardDue(new Date(NOW.getTime() + days * 24 * HOUR).toISOString())
    })
    lessonHoursAgo.forEach((hours, i) => {
      progress.learned[`l${i}`] = new Date(NOW.getTime() - hours * HOUR).toISOString()
    })
    return progress
  })

const module = { id: 'a', lessons: [{ id: 'l0' }, { id: 'l1' }] }

/** The whole history with its review cards as the glance keeps them, as `todaysReview` reads them. */
const withDues = (progress: SavedProgress) => ({ ...progress, reviewDue: cardDuesOf(progress.reviewCards) })

/** Every figure the first screen shows, over whatever it is given. */
function figures(progress: Parameters<typeof moduleStanding>[1] & Parameters<typeof todaysReview>[0]) {
  return {
    standings: ['m-a', 'm-b'].map((quizId) => moduleStanding(module, progress, quizId)),
    review: todaysReview(progress, NOW, 20),
    questionsGoal: goalProgress(progress, NOW, { kind: 'questions', count: 30 }),
    lessonsGoal: goalProgress(progress, NOW, { kind: 'lessons', count: 1 }),
    exam: examStanding(progress.attempts, { maxAttempts: 3, counting: 'highest' }),
    latestExam: examStanding(progress.attempts, { maxAttempts: 3, counting: 'latest' }),
  }
}

describe('the glance', () => {
  it('gives every first-screen figure exactly as the whole history does', () => {
    fc.assert(
      fc.property(histories, (progress) => {
        const glance = glanceOf(progress.learned, summarise(progress, NOW))
        const whole = figures(withDues(progress))
        const seen = figures(glance)
        expect({ ...seen, exam: seen.exam.counted?.id, latestExam: seen.latestExam.counted?.id }).toEqual({
          ...whole,
          exam: whole.exam.counted?.id,
          latestExam: whole.latestExam.counted?.id,
        })
        expect(seen.exam.used).toBe(whole.exam.used)
        expect(
          suggestedScenario(
            SCENARIOS.map((id) => ({ id, modules: ['a'] })),
            glance.scenarioRuns,
            'a',
          ),
        ).toEqual(
          suggestedScenario(
            SCENARIOS.map((id) => ({ id, modules: ['a'] })),
            progress.scenarioRuns,
            'a',
          ),
        )
        // The streak, against the days counted straight from every record.
        const days = [...progress.attempts, ...progress.scenarioRuns].map((record) => localDayOf(record.finishedAt))
        expect(streakDays(glance, NOW)).toBe(
          streakDays({ learned: progress.learned, activeDays: days.filter((day) => day !== null) }, NOW),
        )
      }),
    )
  })

  it('gives every 我的进度 figure exactly as the whole history does', () => {
    const tags: Record<string, string[]> = { q0: ['开场'], q1: ['开场', '倾听'], q2: ['倾听'], q5: ['结束'] }
    const tagsOf = (id: string) => tags[id]
    fc.assert(
      fc.property(histories, (progress) => {
        const glance = glanceOf(progress.learned, summarise(progress, NOW))
        const { figures } = glance
        expect(figures.attempts).toBe(progress.attempts.length)
        expect(figures.runs).toBe(progress.scenarioRuns.length)
        // Minutes: reading time plus each sitting, counted straight from every record.
        const sittings = [...progress.attempts, ...progress.scenarioRuns].reduce(
          (sum, record) => sum + Math.min(Date.parse(record.finishedAt) - Date.parse(record.startedAt), 90 * 60_000),
          0,
        )
        expect(timeSpentMinutes(glance, { l0: 4, l1: 7 })).toBe(
          Math.round(
            sittings / 60_000 + Object.keys(progress.learned).reduce((sum, id) => sum + ({ l0: 4, l1: 7 }[id] ?? 0), 0),
          ),
        )
        for (const quizId of QUIZZES) {
          const whole = quizRecord(progress.attempts, quizId)
          const seen = quizRecord(glance.attempts, quizId)
          expect(seen && { ...seen, count: countOf(figures.quizCounts, quizId) }).toEqual(whole)
        }
        for (const scenarioId of SCENARIOS) {
          const whole = scenarioRecord(progress.scenarioRuns, scenarioId)
          const seen = scenarioRecord(glance.scenarioRuns, scenarioId)
          expect(seen && { ...seen, count: countOf(figures.scenarioCounts, scenarioId) }).toEqual(whole)
        }
        // Weakest topics, against tallies counted straight from every attempt's questions.
        const asked = new Map<string, [number, number]>()
        for (const made of progress.attempts)
          for (const id of made.questionIds) {
            const [n, right] = asked.get(id) ?? [0, 0]
            asked.set(id, [n + 1, right + (made.points[id] === 1 ? 1 : 0)])
          }
        expect(tagStats(figures.questions, tagsOf)).toEqual(tagStats(Object.fromEntries(asked), tagsOf))
        // The chart: each of the last days with quizzes that measure (not 今日复习), its mean score, against the attempts themselves.
        const byDay = new Map<string, number[]>()
        for (const made of progress.attempts.filter((one) => one.quizId !== 'review')) {
          const day = localDayOf(made.finishedAt)!
          byDay.set(day, [...(byDay.get(day) ?? []), made.score.percent])
        }
        const lastDays = [...byDay].sort(([a], [b]) => a.localeCompare(b)).slice(-TREND_DAYS)
        expect(dailyScores(figures.days)).toEqual(
          lastDays.map(([date, scores]) => ({
            date,
            percent: Math.round(scores.reduce((sum, score) => sum + score, 0) / scores.length),
            quizzes: scores.length,
          })),
        )
        expect(nextStep(glance, { modules: [module], scenarioIds: SCENARIOS }, NOW, 20)).toEqual(
          nextStep(withDues(progress), { modules: [module], scenarioIds: SCENARIOS }, NOW, 20),
        )
      }),
    )
  })

  it('keeps few records of a long history: the best, latest and a passed one per quiz, every exam, the last two days', () => {
    const progress = emptyProgress()
    for (let i = 0; i < 500; i++) progress.attempts.push(attempt(`old${i}`, 'm-a', 100 + i, i === 7 ? 100 : 40))
    progress.attempts.push(attempt('exam1', 'exam', 300, 70), attempt('today', 'm-b', 1, 50))
    progress.attempts.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt))

    const kept = summarise(progress, NOW).attempts.map((head) => head.id)

    // old7 is the best and the one passed; old0 the latest of m-a.
    expect(kept.sort()).toEqual(['exam1', 'old0', 'old7', 'today'])
  })

  it('followed row by row, is the glance of the whole history', () => {
    fc.assert(
      fc.property(histories, (progress) => {
        const rows = progressRows(progress, 'p1')
        let followed = emptySummary()
        for (const row of rows) followed = withRows(followed, { put: [row], remove: [] }, NOW) ?? followed
        expect(sameSummary(followed, summarise(progress, NOW))).toBe(true)
      }),
    )
  })

  it('made in steps, is the glance of the whole history made at once, whatever the step and the order read', async () => {
    await fc.assert(
      fc.asyncProperty(histories, fc.integer({ min: 1, max: 25 }), fc.boolean(), async (progress, step, reversed) => {
        const read = reversed ? { ...progress, attempts: [...progress.attempts].reverse() } : progress
        let steps = 0
        const made = await summariseInSteps(read, NOW, async () => void (steps += 1), step)
        expect(sameSummary(made, summarise(progress, NOW))).toBe(true)
        // One step per `step` attempts, each after the caller's pause: never all at once.
        expect(steps).toBe(Math.ceil(progress.attempts.length / step))
      }),
    )
  })

  it('is the same glance whatever the order a day’s percents were added in, though their float sum differs in its last bits', () => {
    // 33.3 + 33.3 + 100 is 166.6; 100 + 33.3 + 33.3 is 166.60000000000002.
    const attempts = [attempt('a1', 'm-a', 2, 33.3), attempt('a2', 'm-a', 2, 33.3), attempt('a0', 'm-a', 1, 100)]
    const forward = summarise({ ...emptyProgress(), attempts }, NOW)
    const backward = summarise({ ...emptyProgress(), attempts: [...attempts].reverse() }, NOW)
    expect(forward.figures.days.map((day) => day.sum)).not.toEqual(backward.figures.days.map((day) => day.sum))
    expect(sameSummary(forward, backward)).toBe(true)
    // A sum a tenth of a percent apart is a different glance.
    const days = forward.figures.days.map((day, i) => (i === 0 ? { ...day, sum: day.sum + 0.1 } : day))
    expect(sameSummary(forward, { ...forward, figures: { ...forward.figures, days } })).toBe(false)
  })

  it('counts a record it already holds once, when another tab’s copy of it is written again', () => {
    const made = attempt('a1', 'm-a', 1, 100)
    const once = withRows(
      emptySummary(),
      { put: progressRows({ ...emptyProgress(), attempts: [made] }, 'p1'), remove: [] },
      NOW,
    )!
    const again = withRows(
      once,
      { put: progressRows({ ...emptyProgress(), attempts: [{ ...made }] }, 'p1'), remove: [] },
      NOW,
    )!
    expect(again.figures.attempts).toBe(1)
    expect(again.figures.quizCounts).toEqual({ 'm-a': 1 })
  })

  it('forgets a card removed, and cannot follow a removed attempt (the caller summarises again)', () => {
    const progress = emptyProgress()
    progress.reviewCards.q1 = reviewCardDue('2026-05-01T00:00:00Z')
    progress.attempts.push(attempt('a1', 'm-a', 1, 100))
    const summary = summarise(progress, NOW)

    const withoutCard = withRows(summary, { put: [], remove: [{ owner: 'p1', kind: 'card', key: 'q1' }] }, NOW)
    expect(withoutCard?.reviewDue).toEqual({ ids: [], due: [], reviewed: [] })
    expect(withRows(summary, { put: [], remove: [{ owner: 'p1', kind: 'attempt', key: 'a1' }] }, NOW)).toBeNull()
  })

  it('is the same object when a change touches only lessons or quizzes under way, so it is not written again', () => {
    const summary = summarise(emptyProgress(), NOW)
    const lesson: ProgressRow = { owner: 'p1', kind: 'lesson', key: 'l1', value: NOW.toISOString() }
    expect(withRows(summary, { put: [lesson], remove: [] }, NOW)).toBe(summary)
  })

  it('reads back what it saved, and refuses a damaged or foreign one so the history is read instead', () => {
    fc.assert(
      fc.property(histories, (progress) => {
        const summary = summarise(progress, NOW)
        expect(readSummary(structuredClone(summary))).toEqual(summary)
      }),
      { numRuns: 30 },
    )
    const good = summarise({ ...emptyProgress(), attempts: [attempt('a1', 'm-a', 1, 100)] }, NOW)
    for (const bad of [
      undefined,
      'text',
      // A glance of the version before 我的进度's figures were kept: the history is read and it is written again.
      { ...good, version: 1 },
      { ...good, figures: undefined },
      { ...good, figures: { ...good.figures, attempts: -1 } },
      { ...good, figures: { ...good.figures, questions: { q0: [1] } } },
      { ...good, figures: { ...good.figures, days: [{ date: '5/3', sum: 1, quizzes: 1 }] } },
      { ...good, attempts: [{ ...good.attempts[0], finishedAt: 'Jan 2 2026' }] },
      { ...good, attempts: [{ ...good.attempts[0], score: { ...good.attempts[0]!.score, percent: 1e999 } }] },
      // A glance of the version before review cards were kept as times.
      { ...good, version: 2, reviewCards: {} },
      { ...good, reviewDue: { ids: ['q1'], due: [8.64e15], reviewed: [0] } },
      { ...good, reviewDue: { ids: ['q1'], due: [NOW.getTime()], reviewed: [-1] } },
      { ...good, reviewDue: { ids: ['q1', 'q1'], due: [NOW.getTime(), NOW.getTime()], reviewed: [0, 0] } },
      { ...good, reviewDue: { ids: ['q1'], due: [], reviewed: [] } },
      { ...good, reviewDue: { ids: ['__proto__'], due: [NOW.getTime()], reviewed: [0] } },
      { ...good, reviewDue: { ids: [''], due: [NOW.getTime()], reviewed: [0] } },
      { ...good, activeDays: ['yesterday'] },
      { ...good, activeDays: '2026-03-05' },
      { ...good, activeDays: Array.from({ length: MAX_ACTIVE_DAYS + 1 }, () => '2026-03-05') },
      { ...good, figures: { ...good.figures, questions: { q0: [1, 0.5] } } },
      { ...good, figures: { ...good.figures, questions: { q0: [1, 1, 1] } } },
      { ...good, figures: { ...good.figures, questions: { q0: ['1', 0] } } },
      { ...good, figures: { ...good.figures, questions: JSON.parse('{"__proto__": [1, 1]}') as unknown } },
      { ...good, figures: { ...good.figures, questions: [[1, 1]] } },
      { ...good, figures: { ...good.figures, quizCounts: { 'm-a': -1 } } },
      { ...good, figures: { ...good.figures, scenarioCounts: { s1: 1.5 } } },
      { ...good, figures: { ...good.figures, sittingMs: Infinity } },
    ]) {
      expect(readSummary(bad)).toBeNull()
    }
  })
})
