import { describe, expect, it } from 'vitest'
import { lessonToReview, nextStep, tagStats, timeSpentMinutes } from '../../../../src/domain/progress/dashboard'
import { emptyFigures, withRecords } from '../../../../src/domain/progress/figures'
import { streakDays } from '../../../../src/domain/progress/daily'
import { emptyProgress, type SavedProgress } from '../../../../src/domain/progress/progress'
import { finishSession, startSession, type QuizAttempt } from '../../../../src/domain/quiz/session'
import { fixtureQuestions } from '../../../fixtures/quiz'
import { reviewCardDue } from '../../../fixtures/reviewCard'
import { cardDuesOf } from '../../../../src/domain/progress/summary'

function attempt(
  id: string,
  started: string,
  finished: string,
  answers: QuizAttempt['answers'],
  quizId = 'm-basics',
  passMark = 60,
): QuizAttempt {
  const session = {
    ...startSession(
      { quizId, title: id, mode: 'test', rule: 'all-or-nothing', passMark },
      fixtureQuestions,
      1,
      new Date(started),
      id,
    ),
    answers,
  }
  return finishSession(session, fixtureQuestions, new Date(finished), id)
}

describe('timeSpentMinutes', () => {
  it('adds reading time of learned lessons and the time of each quiz, capping a forgotten open quiz', () => {
    const progress: SavedProgress = {
      ...emptyProgress(),
      learned: { a: '2026-05-01T09:00:00Z', b: '2026-05-01T09:00:00Z' },
      attempts: [
        attempt('q1', '2026-05-01T09:00:00Z', '2026-05-01T09:12:00Z', {}),
        attempt('q2', '2026-05-01T10:00:00Z', '2026-05-01T15:00:00Z', {}),
      ],
    }
    const figures = withRecords(emptyFigures(), progress.attempts, progress.scenarioRuns)
    expect(timeSpentMinutes({ learned: progress.learned, figures }, { a: 3, b: 5, c: 7 })).toBe(3 + 5 + 12 + 90)
  })
})

describe('the days the score chart shows', () => {
  it('count the quizzes that measure, not 今日复习 or 错题练习, whose questions are the ones got wrong', () => {
    const right = { 'q-single': 0, 'q-multiple': [0, 1, 2], 'q-tf': false } as QuizAttempt['answers']
    const attempts = [
      attempt('m', '2026-05-01T09:00:00Z', '2026-05-01T09:10:00Z', right),
      attempt('r', '2026-05-01T10:00:00Z', '2026-05-01T10:05:00Z', {}, 'review'),
      attempt('x', '2026-05-02T10:00:00Z', '2026-05-02T10:05:00Z', {}, 'mistakes'),
    ]
    const figures = withRecords(emptyFigures(), attempts, [])
    expect(figures.days).toEqual([{ date: '2026-05-01', sum: 100, quizzes: 1 }])
    // They still count as quizzes done, and their answers still tell which topics are weakest.
    expect(figures.attempts).toBe(3)
    expect(figures.questions['q-single']).toEqual([3, 1])
  })
})

describe('streakDays', () => {
  // Lessons learned on the first days given, and a quiz finished on the others (the glance keeps its day).
  const on = (lessonDays: string[], quizDays: string[] = []) => ({
    learned: Object.fromEntries(lessonDays.map((day, i) => [`l${i}`, `${day}T10:00:00`])),
    activeDays: quizDays,
  })
  it.each([
    [on(['2026-05-03', '2026-05-02', '2026-05-01']), 3],
    [on(['2026-05-02', '2026-05-01']), 2],
    [on(['2026-05-03', '2026-05-01']), 1],
    [on(['2026-05-03'], ['2026-05-02', '2026-05-01', '2026-04-29']), 3],
    [on([], ['2026-05-02']), 1],
    [on(['2026-04-30']), 0],
    [on([]), 0],
  ])('%#', (glance, days) => {
    expect(streakDays(glance, new Date('2026-05-03T20:00:00'))).toBe(days)
  })
})

describe('lessonToReview', () => {
  const meta: Record<string, { lesson: string; tags: string[] }> = {
    'phone-q1': { lesson: 'phone-rings', tags: ['电话礼仪'] },
    'phone-q2': { lesson: 'phone-greeting', tags: ['电话礼仪', '规范用语'] },
    'phrases-q1': { lesson: 'phrases-basic', tags: ['规范用语'] },
    'phrases-q2': { lesson: 'phrases-basic', tags: ['规范用语'] },
  }
  const metaOf = (id: string) => meta[id]

  it('sends a topic to the lesson where its questions went wrong most, not where they were asked most', () => {
    const questions: Record<string, [number, number]> = {
      'phone-q2': [2, 0],
      'phrases-q1': [5, 4],
      'phrases-q2': [1, 1],
    }
    expect(lessonToReview(questions, '规范用语', metaOf)).toBe('phone-greeting')
    // Two questions of one lesson add up.
    expect(lessonToReview({ ...questions, 'phrases-q2': [3, 1] }, '规范用语', metaOf)).toBe('phrases-basic')
  })

  it('takes the lesson answered most among equals, and none for a topic whose questions have left the course', () => {
    expect(lessonToReview({ 'phone-q2': [1, 0], 'phrases-q1': [4, 3] }, '规范用语', metaOf)).toBe('phrases-basic')
    expect(lessonToReview({ 'gone-q1': [3, 0] }, '规范用语', metaOf)).toBeUndefined()
  })
})

describe('tagStats', () => {
  it('lists the weakest topics first and leaves out topics with too few answers', () => {
    const attempts = [
      attempt('a', '2026-05-01T09:00:00Z', '2026-05-01T09:10:00Z', { 'q-single': 0, 'q-multiple': [0], 'q-tf': true }),
      attempt('b', '2026-05-02T09:00:00Z', '2026-05-02T09:10:00Z', {
        'q-single': 0,
        'q-multiple': [0, 1, 2],
        'q-tf': true,
      }),
      attempt('c', '2026-05-03T09:00:00Z', '2026-05-03T09:10:00Z', { 'q-single': 1, 'q-multiple': [0], 'q-tf': true }),
    ]
    const tags: Record<string, string[]> = {
      'q-single': ['心理素质'],
      'q-multiple': ['沟通'],
      'q-tf': ['电话礼仪', '沟通'],
    }
    const { questions } = withRecords(emptyFigures(), attempts, [])
    expect(tagStats(questions, (id) => tags[id])).toEqual([
      { tag: '电话礼仪', answered: 3, correct: 0, percent: 0 },
      { tag: '沟通', answered: 6, correct: 1, percent: 17 },
      { tag: '心理素质', answered: 3, correct: 2, percent: 67 },
    ])
    expect(tagStats(questions, (id) => tags[id], 4).map((stat) => stat.tag)).toEqual(['沟通'])
    // A question tagged anew counts under its new tag at once: tallies are kept per question.
    expect(tagStats(questions, (id) => (id === 'q-tf' ? ['开场白'] : tags[id])).map((stat) => stat.tag)).toEqual([
      '开场白',
      '沟通',
      '心理素质',
    ])
  })
})

/** What the pages pass: the saved progress with its review cards as the glance keeps them. */
const glanceOfAll = (progress: SavedProgress) => ({ ...progress, reviewDue: cardDuesOf(progress.reviewCards) })

describe('nextStep', () => {
  const course = { modules: [{ id: 'm1', lessons: [{ id: 'l1' }] }], scenarioIds: ['s1'] }
  const now = new Date('2026-05-03T09:00:00Z')
  const dueCard = reviewCardDue('2026-05-01T00:00:00Z')
  const manyDue = Object.fromEntries([...Array(57).keys()].map((index) => [`q${index}`, dueCard]))
  const learned = { l1: now.toISOString() }
  it.each<[string, SavedProgress, ReturnType<typeof nextStep>]>([
    [
      'the next lesson first, as the home page offers it, even with reviews due',
      { ...emptyProgress(), reviewCards: { q: dueCard } },
      { kind: 'lesson', lesson: { moduleId: 'm1', lessonId: 'l1' } },
    ],
    ['then the review due', { ...emptyProgress(), learned, reviewCards: { q: dueCard } }, { kind: 'review', count: 1 }],
    [
      'a backlog of reviews is offered a day’s cap at a time',
      { ...emptyProgress(), learned, reviewCards: manyDue },
      { kind: 'review', count: 20 },
    ],
    ['then a module quiz not passed', { ...emptyProgress(), learned }, { kind: 'quiz', moduleId: 'm1' }],
    [
      'then a role-play not yet 优秀',
      {
        ...emptyProgress(),
        learned,
        attempts: [
          attempt(
            'x',
            '2026-05-01T09:00:00Z',
            '2026-05-01T09:10:00Z',
            { 'q-single': 0, 'q-multiple': [0, 1, 2], 'q-tf': false },
            'm-m1',
          ),
        ],
      },
      { kind: 'scenario', scenarioId: 's1' },
    ],
  ])('%s', (_name, progress, expected) => {
    expect(nextStep(glanceOfAll(progress), course, now)).toEqual(expected)
  })

  it('suggests what home suggests to an interview candidate: the interview module first', () => {
    const twoModules = {
      modules: [
        { id: 'm1', lessons: [{ id: 'l1' }] },
        { id: 'interview', lessons: [{ id: 'i1' }] },
      ],
      scenarioIds: ['s1'],
    }
    expect(nextStep(glanceOfAll(emptyProgress()), { ...twoModules, purpose: 'interview' }, now)).toEqual({
      kind: 'lesson',
      lesson: { moduleId: 'interview', lessonId: 'i1' },
    })
    expect(nextStep(glanceOfAll(emptyProgress()), twoModules, now)).toEqual({
      kind: 'lesson',
      lesson: { moduleId: 'm1', lessonId: 'l1' },
    })
  })

  it('follows the learner’s own cap', () => {
    expect(nextStep(glanceOfAll({ ...emptyProgress(), learned, reviewCards: manyDue }), course, now, 10)).toEqual({
      kind: 'review',
      count: 10,
    })
  })
})
