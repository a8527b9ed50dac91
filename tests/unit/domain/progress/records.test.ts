import { describe, expect, it, vi } from 'vitest'
import { emptyProgress } from '../../../../src/domain/progress/progress'
import {
  sessionOf,
  withAttempt,
  withScenarioRun,
  withSession,
  withoutSession,
} from '../../../../src/domain/progress/records'
import { finishSession, startSession, type QuizSession } from '../../../../src/domain/quiz/session'
import type { ScenarioRun } from '../../../../src/domain/scenario/runs'
import { fixtureQuestions, fixtureSettings } from '../../../fixtures/quiz'
import { reviewCardDue } from '../../../fixtures/reviewCard'

const settings = fixtureSettings
const session = (id: string): QuizSession =>
  startSession(settings, fixtureQuestions, 7, new Date('2026-03-01T01:00:00Z'), id)
// An attempt keeps the id of the session it finishes.
const attemptOf = (s: QuizSession) =>
  finishSession({ ...s, answers: { 'q-single': 0 } }, fixtureQuestions, new Date('2026-03-01T01:10:00Z'), s.id)
const run = (id: string) => ({ id, scenarioId: 'silent-call' }) as ScenarioRun

describe('withAttempt', () => {
  it('adds the attempt, closes its session and moves the review cards once', () => {
    const s = session('s1')
    const start = withSession(emptyProgress(), s)
    const reschedule = vi.fn(() => ({ 'q-single': reviewCardDue('2026-03-05T00:00:00Z') }))
    const after = withAttempt(start, attemptOf(s), reschedule)
    expect(after.attempts.map((attempt) => attempt.id)).toEqual(['s1'])
    expect(after.sessions).toEqual({})
    expect(after.reviewCards).toEqual({ 'q-single': reviewCardDue('2026-03-05T00:00:00Z') })
    expect(reschedule).toHaveBeenCalledTimes(1)
  })

  it('records the attempt and keeps the cards when moving them throws (a hand-in is never lost)', () => {
    const s = session('s1')
    const cards = { 'q-single': reviewCardDue('2026-03-05T00:00:00Z') }
    const start = { ...withSession(emptyProgress(), s), reviewCards: cards }
    const after = withAttempt(start, attemptOf(s), () => {
      throw new Error('FSRSValidationError: Invalid delta_t "-365"')
    })
    expect(after.attempts.map((attempt) => attempt.id)).toEqual(['s1'])
    expect(after.sessions).toEqual({})
    expect(after.reviewCards).toBe(cards)
  })

  it('keeps the cards when the reschedule gives back nothing', () => {
    const s = session('s1')
    const after = withAttempt(emptyProgress(), attemptOf(s), () => undefined as never)
    expect(after.attempts).toHaveLength(1)
    expect(after.reviewCards).toEqual({})
  })

  it('changes nothing when the same attempt is recorded again (a double click, a second tab)', () => {
    const s = session('s1')
    const once = withAttempt(emptyProgress(), attemptOf(s))
    const reschedule = vi.fn(() => ({}))
    const twice = withAttempt(once, attemptOf(s), reschedule)
    expect(twice.attempts).toHaveLength(1)
    expect(reschedule).not.toHaveBeenCalled()
  })

  it('keeps a newer session of the same quiz that was started in another tab', () => {
    const older = session('s-old')
    const newer = session('s-new')
    const after = withAttempt(withSession(emptyProgress(), newer), attemptOf(older))
    expect(after.sessions['m-basics']?.id).toBe('s-new')
  })
})

describe('withScenarioRun', () => {
  it('adds a run once', () => {
    const once = withScenarioRun(emptyProgress(), run('r1'))
    expect(withScenarioRun(once, run('r1')).scenarioRuns).toHaveLength(1)
    expect(withScenarioRun(once, run('r2')).scenarioRuns.map((r) => r.id)).toEqual(['r1', 'r2'])
  })
})

describe('withSession and withoutSession', () => {
  it('replaces the session of the same quiz and drops it by quiz id', () => {
    const first = withSession(emptyProgress(), session('s1'))
    const second = withSession(first, session('s2'))
    expect(second.sessions['m-basics']?.id).toBe('s2')
    expect(withoutSession(second, 'm-basics').sessions).toEqual({})
    expect(withoutSession(second, 'other')).toBe(second)
  })

  it.each(['constructor', '__proto__', 'toString'])(
    'finds no session for a quiz id from a link such as %s, and drops none',
    (quizId) => {
      const progress = withSession(emptyProgress(), session('s1'))
      expect(sessionOf(progress, 'm-basics')?.id).toBe('s1')
      expect(sessionOf(progress, quizId)).toBeUndefined()
      expect(withoutSession(progress, quizId)).toBe(progress)
    },
  )
})
