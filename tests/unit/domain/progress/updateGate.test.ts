import { describe, expect, it } from 'vitest'
import { mayOfferUpdate, timedQuizUnderWay } from '../../../../src/domain/progress/updateGate'
import { newSession } from '../../../../src/domain/quiz/session'
import { fixtureQuestions, fixtureSettings } from '../../../fixtures/quiz'

const started = new Date('2026-03-01T09:00:00Z')
const untimed = newSession(fixtureSettings, fixtureQuestions, 7, started)
const exam = newSession({ ...fixtureSettings, quizId: 'exam' }, fixtureQuestions, 8, started, 60)
const during = new Date('2026-03-01T09:30:00Z')
const after = new Date('2026-03-01T10:00:01Z')

describe('timedQuizUnderWay', () => {
  it('is false with no session, or only untimed ones', () => {
    expect(timedQuizUnderWay({}, during)).toBe(false)
    expect(timedQuizUnderWay({ [untimed.quizId]: untimed }, during)).toBe(false)
  })

  it('is true while a session with a deadline still ahead is saved', () => {
    expect(timedQuizUnderWay({ [untimed.quizId]: untimed, exam }, during)).toBe(true)
  })

  it('is false once the deadline has passed (the quiz is handed in when it is opened)', () => {
    expect(timedQuizUnderWay({ exam }, after)).toBe(false)
  })
})

describe('mayOfferUpdate', () => {
  it('offers a ready update when no timed quiz is under way', () => {
    expect(mayOfferUpdate(true, { [untimed.quizId]: untimed }, during)).toBe(true)
  })

  it('holds the offer back during a timed quiz, and offers it after hand-in', () => {
    expect(mayOfferUpdate(true, { exam }, during)).toBe(false)
    expect(mayOfferUpdate(true, {}, during)).toBe(true)
  })

  it('offers nothing when no update is ready', () => {
    expect(mayOfferUpdate(false, {}, during)).toBe(false)
  })
})
