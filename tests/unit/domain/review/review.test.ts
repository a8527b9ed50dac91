import { describe, expect, it } from 'vitest'
import { dueQuestionIds } from '../../../../src/domain/review/queue'
import { scheduleAfterAttempt } from '../../../../src/domain/review/schedule'
import { finishSession, startSession, type QuizAttempt } from '../../../../src/domain/quiz/session'
import { fixtureQuestions, fixtureSettings } from '../../../fixtures/quiz'
import { reviewCardDue } from '../../../fixtures/reviewCard'

const settings = fixtureSettings

function attemptAt(iso: string, answers: QuizAttempt['answers']): QuizAttempt {
  const session = { ...startSession(settings, fixtureQuestions, 1, new Date(iso), `s-${iso}`), answers }
  return finishSession(session, fixtureQuestions, new Date(iso), `a-${iso}`)
}

const day = 24 * 60 * 60 * 1000

describe('scheduleAfterAttempt', () => {
  it('puts missed questions into review and leaves questions answered right out', () => {
    const cards = scheduleAfterAttempt(
      {},
      attemptAt('2026-05-01T09:00:00Z', { 'q-single': 0, 'q-multiple': [0], 'q-tf': true }),
      new Date('2026-05-01T09:00:00Z'),
    )
    expect(Object.keys(cards).sort()).toEqual(['q-multiple', 'q-tf'])
    // A miss comes back soon: within a day.
    for (const card of Object.values(cards))
      expect(Date.parse(card.due) - Date.parse('2026-05-01T09:00:00Z')).toBeLessThan(day)
  })

  it('leaves a question left unanswered out of review, and a card already there where it was', () => {
    const now = new Date('2026-05-01T09:00:00Z')
    const before = scheduleAfterAttempt({}, attemptAt(now.toISOString(), { 'q-tf': true }), now)
    const later = new Date('2026-05-03T09:00:00Z')
    // The time ran out before q-single and q-multiple were reached, and q-tf was not answered this time.
    const cards = scheduleAfterAttempt(before, attemptAt(later.toISOString(), { 'q-multiple': [] }), later)
    expect(Object.keys(cards)).toEqual(['q-tf'])
    expect(cards['q-tf']).toEqual(before['q-tf'])
  })

  it('pushes a question further out each time it is answered right', () => {
    let now = new Date('2026-05-01T09:00:00Z')
    let cards = scheduleAfterAttempt({}, attemptAt(now.toISOString(), { 'q-single': 1 }), now)
    const gaps: number[] = []
    for (let i = 0; i < 4; i++) {
      now = new Date(cards['q-single']!.due)
      cards = scheduleAfterAttempt(cards, attemptAt(now.toISOString(), { 'q-single': 0 }), now)
      gaps.push(Date.parse(cards['q-single']!.due) - now.getTime())
    }
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1]!)
    expect(cards['q-single']!.reps).toBe(5)
  })

  it('brings a lapsed question back soon', () => {
    let now = new Date('2026-05-01T09:00:00Z')
    let cards = scheduleAfterAttempt({}, attemptAt(now.toISOString(), { 'q-tf': true }), now)
    // Learned well enough to be in long-term review…
    for (let i = 0; i < 3; i++) {
      now = new Date(cards['q-tf']!.due)
      cards = scheduleAfterAttempt(cards, attemptAt(now.toISOString(), { 'q-tf': false }), now)
    }
    expect(cards['q-tf']!.lapses).toBe(0)
    // …then missed again: it comes back within a day.
    const later = new Date('2026-06-01T09:00:00Z')
    cards = scheduleAfterAttempt(cards, attemptAt(later.toISOString(), { 'q-tf': true }), later)
    expect(Date.parse(cards['q-tf']!.due) - later.getTime()).toBeLessThan(day)
    expect(cards['q-tf']!.lapses).toBeGreaterThanOrEqual(1)
  })
})

describe('dueQuestionIds', () => {
  const card = reviewCardDue
  it('lists what is due by the end of today, most overdue first', () => {
    const cards = { a: card('2026-05-03T10:00:00'), b: card('2026-05-01T10:00:00'), c: card('2026-05-04T08:00:00') }
    expect(dueQuestionIds(cards, new Date('2026-05-03T08:00:00'))).toEqual(['b', 'a'])
    expect(dueQuestionIds({}, new Date())).toEqual([])
  })
})
