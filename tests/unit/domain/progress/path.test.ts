import { describe, expect, it } from 'vitest'
import {
  courseComplete,
  currentModuleId,
  examReadiness,
  moduleJustCompleted,
  moduleStanding,
  nextLessonFor,
  pathOrder,
  scenariosOfModule,
  suggestedScenario,
} from '../../../../src/domain/progress/path'
import { emptyProgress } from '../../../../src/domain/progress/progress'
import { finishSession, startSession, type QuizAttempt } from '../../../../src/domain/quiz/session'
import { fixtureQuestions } from '../../../fixtures/quiz'

const modules = [
  { id: 'basics', lessons: [{ id: 'b1' }, { id: 'b2' }, { id: 'b-more', optional: true }] },
  { id: 'phone', lessons: [{ id: 'p1' }] },
  { id: 'interview', lessons: [{ id: 'i1' }, { id: 'i2' }] },
]

/** A finished module quiz; all three fixture questions right when `pass`. */
function quiz(quizId: string, pass: boolean): QuizAttempt {
  const session = startSession(
    { quizId, title: quizId, mode: 'test', rule: 'all-or-nothing', passMark: 60 },
    fixtureQuestions,
    1,
    new Date('2026-05-01T09:00:00Z'),
    `${quizId}-${pass}`,
  )
  const answers: QuizAttempt['answers'] = pass ? { 'q-single': 0, 'q-multiple': [0, 1, 2], 'q-tf': false } : {}
  return finishSession({ ...session, answers }, fixtureQuestions, new Date('2026-05-01T09:10:00Z'), session.id)
}

describe('pathOrder and nextLessonFor', () => {
  it.each([
    ['a new hire follows the course order', undefined, {}, { moduleId: 'basics', lessonId: 'b1' }],
    ['so does a trainer', 'trainer', {}, { moduleId: 'basics', lessonId: 'b1' }],
    ['an interviewee starts with the interview module', 'interview', {}, { moduleId: 'interview', lessonId: 'i1' }],
    ['…then goes on in course order', 'interview', { i1: 't', i2: 't' }, { moduleId: 'basics', lessonId: 'b1' }],
    ['further reading is never next', undefined, { b1: 't', b2: 't' }, { moduleId: 'phone', lessonId: 'p1' }],
    ['all learned: nothing', undefined, { b1: 't', b2: 't', p1: 't', i1: 't', i2: 't' }, null],
  ])('%s', (_name, purpose, learned, expected) => {
    expect(nextLessonFor(modules, { learned }, purpose)).toEqual(expected)
  })

  it('keeps the course order for a course without an interview module', () => {
    expect(pathOrder(modules.slice(0, 2), 'interview').map((module) => module.id)).toEqual(['basics', 'phone'])
  })
})

describe('moduleStanding', () => {
  it.each([
    ['nothing done', {}, [], { lessonsDone: 0, quizBest: null, quizPassed: false, done: false }],
    [
      'lessons learned, no quiz',
      { b1: 't', b2: 't' },
      [],
      { lessonsDone: 2, quizBest: null, quizPassed: false, done: false },
    ],
    [
      'quiz passed, a lesson left',
      { b1: 't' },
      [quiz('m-basics', true)],
      { lessonsDone: 1, quizBest: 100, quizPassed: true, done: false },
    ],
    [
      'lessons learned and the quiz passed: the badge',
      { b1: 't', b2: 't' },
      [quiz('m-basics', false), quiz('m-basics', true)],
      { lessonsDone: 2, quizBest: 100, quizPassed: true, done: true },
    ],
    [
      'another module’s quiz does not count',
      { b1: 't', b2: 't' },
      [quiz('m-phone', true)],
      { lessonsDone: 2, quizBest: null, quizPassed: false, done: false },
    ],
  ])('%s', (_name, learned, attempts, expected) => {
    expect(moduleStanding(modules[0]!, { learned, attempts }, 'm-basics')).toEqual({
      moduleId: 'basics',
      lessonsTotal: 2,
      ...expected,
    })
  })
})

describe('courseComplete and examReadiness', () => {
  it.each([
    [[], false, { ready: true, modulesLeft: 0 }],
    [[{ done: true }, { done: false }], false, { ready: false, modulesLeft: 1 }],
    [[{ done: true }, { done: true }], true, { ready: true, modulesLeft: 0 }],
  ])('%j', (standings, complete, readiness) => {
    expect(courseComplete(standings)).toBe(complete)
    expect(examReadiness(standings)).toEqual(readiness)
  })
})

describe('moduleJustCompleted', () => {
  const basics = modules[0]!
  it.each([
    [
      'the last required lesson learned finishes the module',
      { b1: '2026-05-01T09:00:00Z', b2: '2026-05-02T09:00:00Z' },
      'b2',
      true,
    ],
    [
      'an earlier lesson of the module does not',
      { b1: '2026-05-01T09:00:00Z', b2: '2026-05-02T09:00:00Z' },
      'b1',
      false,
    ],
    ['a lesson still missing: not yet', { b2: '2026-05-02T09:00:00Z' }, 'b2', false],
    ['further reading never finishes a module', { b1: 'a', b2: 'a', 'b-more': 'b' }, 'b-more', false],
    ['a lesson of another module', { b1: 'a', b2: 'a' }, 'p1', false],
    [
      'learned at the same moment: either is the last',
      { b1: '2026-05-01T09:00:00Z', b2: '2026-05-01T09:00:00Z' },
      'b1',
      true,
    ],
  ])('%s', (_name, learned, lessonId, expected) => {
    expect(moduleJustCompleted(basics, learned, lessonId)).toBe(expected)
  })
})

describe('currentModuleId', () => {
  const standings = [
    { moduleId: 'basics', done: true },
    { moduleId: 'phone', done: false },
  ]
  it.each([
    ['the next lesson’s module', { moduleId: 'basics', lessonId: 'b2' }, 'basics'],
    ['all learned: the first without its badge', null, 'phone'],
  ])('%s', (_name, next, expected) => {
    expect(currentModuleId(standings, next)).toBe(expected)
  })

  it('every badge earned: the last module; no modules: null', () => {
    expect(
      currentModuleId(
        [
          { moduleId: 'a', done: true },
          { moduleId: 'b', done: true },
        ],
        null,
      ),
    ).toBe('b')
    expect(currentModuleId([], null)).toBeNull()
  })
})

describe('suggestedScenario and scenariosOfModule', () => {
  const scenarios = [
    { id: 's1', modules: ['basics'] },
    { id: 's2', modules: ['phone', 'basics'] },
    { id: 's3', modules: ['phone'] },
  ]
  it.each([
    ['the first that practises the module', [], 'phone', 's2'],
    ['skipping one rated 优秀', [{ scenarioId: 's2', rating: 'excellent' as const }], 'phone', 's3'],
    ['one rated 合格 is still suggested', [{ scenarioId: 's2', rating: 'pass' as const }], 'phone', 's2'],
    [
      'every one of the module 优秀: another not yet 优秀',
      [
        { scenarioId: 's2', rating: 'excellent' as const },
        { scenarioId: 's3', rating: 'excellent' as const },
      ],
      'phone',
      's1',
    ],
    ['no module known: the first', [], null, 's1'],
    [
      'every one 优秀: none',
      ['s1', 's2', 's3'].map((scenarioId) => ({ scenarioId, rating: 'excellent' as const })),
      'phone',
      null,
    ],
  ])('%s', (_name, runs, moduleId, expected) => {
    expect(suggestedScenario(scenarios, runs, moduleId)?.id ?? null).toBe(expected)
  })

  it('names the module that made it the suggestion: the learner’s, else the nearest one on', () => {
    expect(suggestedScenario(scenarios, [], 'basics')).toEqual({ id: 's1', moduleId: 'basics' })
    const excellent = [{ scenarioId: 's1', rating: 'excellent' as const }]
    // s2 practises phone first, but the learner is in basics: basics is why.
    expect(suggestedScenario(scenarios, excellent, 'basics')).toEqual({ id: 's2', moduleId: 'basics' })
    const course = ['m1', 'm2', 'm3', 'm4']
    const wide = [{ id: 'wide', modules: ['m1', 'm4', 'm3'] }]
    expect(suggestedScenario(wide, [], 'm2', course)).toEqual({ id: 'wide', moduleId: 'm3' })
    expect(suggestedScenario(wide, [], null, course)).toEqual({ id: 'wide', moduleId: 'm1' })
  })

  it('offers, for a module without role-plays, the next module’s before one further on or behind', () => {
    const course = ['m1', 'm2', 'm3', 'm4']
    const spread = [
      { id: 'late', modules: ['m4'] },
      { id: 'behind', modules: ['m1'] },
      { id: 'next', modules: ['m3'] },
    ]
    expect(suggestedScenario(spread, [], 'm2', course)?.id).toBe('next')
    const nextDone = [{ scenarioId: 'next', rating: 'excellent' as const }]
    expect(suggestedScenario(spread, nextDone, 'm2', course)?.id).toBe('late')
    const aheadDone = [...nextDone, { scenarioId: 'late', rating: 'excellent' as const }]
    expect(suggestedScenario(spread, aheadDone, 'm2', course)?.id).toBe('behind')
    // A module the course does not list: the first not yet 优秀, as before.
    expect(suggestedScenario(spread, [], 'gone', course)?.id).toBe('late')
  })

  it('lists the role-plays of a module in order', () => {
    expect(scenariosOfModule(scenarios, 'basics').map((s) => s.id)).toEqual(['s1', 's2'])
    expect(scenariosOfModule(scenarios, 'nope')).toEqual([])
  })
})

it('an empty progress has no badge', () => {
  expect(moduleStanding(modules[1]!, emptyProgress(), 'm-phone').done).toBe(false)
})
