/**
 * Moving review cards never blocks a hand-in: cards saved while the device clock was
 * ahead, or with impossible values, are repaired; a card the scheduler still refuses
 * keeps its schedule.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { dueCountOf, dueQuestionIds, type ReviewCard } from '../../../../src/domain/review/queue'
import { cardDuesOf } from '../../../../src/domain/progress/summary'
import { handIn, repairCard, scheduleAfterAttempt } from '../../../../src/domain/review/schedule'
import { finishSession, startSession, type QuizAttempt } from '../../../../src/domain/quiz/session'
import { fixtureQuestions, fixtureSettings } from '../../../fixtures/quiz'

const DAY = 86_400_000
const now = new Date('2026-05-01T09:00:00Z')
const ahead = (ms: number) => new Date(now.getTime() + ms).toISOString()

/** An attempt at `now` that misses every question. */
function missedAll(): QuizAttempt {
  const session = {
    ...startSession(fixtureSettings, fixtureQuestions, 1, now, 's1'),
    answers: { 'q-single': 2, 'q-multiple': [3], 'q-tf': true },
  }
  return finishSession(session, fixtureQuestions, now, 's1')
}

/** A card as the scheduler left it after some reviews, last reviewed at `reviewed`. */
function card(reviewed: string, changes: Partial<ReviewCard> = {}): ReviewCard {
  return {
    due: new Date(Date.parse(reviewed) + 3 * DAY).toISOString(),
    stability: 3.2,
    difficulty: 5.1,
    elapsed_days: 1,
    scheduled_days: 3,
    learning_steps: 0,
    reps: 3,
    lapses: 0,
    state: 2,
    last_review: reviewed,
    ...changes,
  }
}

function expectSound(saved: ReviewCard): void {
  for (const value of [saved.stability, saved.difficulty, saved.elapsed_days, saved.scheduled_days])
    expect(Number.isFinite(value)).toBe(true)
  expect(Number.isNaN(Date.parse(saved.due))).toBe(false)
  expect(Date.parse(saved.due)).toBeGreaterThanOrEqual(now.getTime())
  expect(Date.parse(saved.last_review!)).toBe(now.getTime())
}

describe('scheduleAfterAttempt with cards from a clock that was ahead, or impossible values', () => {
  it.each([
    ['reviewed on a clock 1 day ahead', card(ahead(DAY))],
    ['reviewed on a clock 1 year ahead', card(ahead(365 * DAY))],
    ['in learning, reviewed on a clock 1 year ahead', card(ahead(365 * DAY), { state: 1, learning_steps: 1 })],
    ['due date far in the future, no review date', card(ahead(0), { due: ahead(365 * DAY), last_review: undefined })],
    ['negative stability', card(ahead(-2 * DAY), { stability: -4 })],
    ['zero stability with a difficulty', card(ahead(-2 * DAY), { stability: 0 })],
    ['NaN stability', card(ahead(-2 * DAY), { stability: Number.NaN })],
    ['NaN difficulty', card(ahead(-2 * DAY), { difficulty: Number.NaN })],
    ['infinite stability', card(ahead(-2 * DAY), { stability: Infinity })],
    ['difficulty out of range', card(ahead(-2 * DAY), { difficulty: 40 })],
    ['negative counts and days', card(ahead(-2 * DAY), { reps: -1, lapses: Number.NaN, elapsed_days: -3 })],
    ['an unknown state', card(ahead(-2 * DAY), { state: 9 })],
    ['an unreadable date', card(ahead(-2 * DAY), { due: 'never', last_review: 'not a date' })],
  ])('%s: moved, not refused', (_, saved) => {
    const cards = { 'q-single': saved, 'q-multiple': saved, 'q-tf': saved }
    const next = scheduleAfterAttempt(cards, missedAll(), now)
    for (const id of ['q-single', 'q-multiple', 'q-tf']) {
      expect(next[id]).not.toBe(saved)
      expectSound(next[id]!)
    }
  })

  it('keeps the old schedule of a card the scheduler still refuses, and moves the others', () => {
    // An invalid "now" makes every card fail: the cards stay, nothing throws.
    const cards = { 'q-single': card(ahead(-2 * DAY)) }
    expect(scheduleAfterAttempt(cards, missedAll(), new Date(Number.NaN))).toEqual(cards)
  })
})

describe('repairCard', () => {
  it('brings dates after now back to now and leaves a sound card as it was', () => {
    const repaired = repairCard(card(ahead(365 * DAY)), now)
    expect(repaired.last_review?.getTime()).toBe(now.getTime())
    expect(repaired.due.getTime()).toBe(now.getTime())
    expect(repaired).toMatchObject({ stability: 3.2, difficulty: 5.1, state: 2, reps: 3 })
    // A card reviewed before now keeps its review date and memory; its due date is read only up to now
    // (the scheduler computes the next one from the review).
    const sound = repairCard(card(ahead(-4 * DAY)), now)
    expect(sound.last_review?.toISOString()).toBe(ahead(-4 * DAY))
    expect(sound.due.toISOString()).toBe(ahead(-DAY))
    expect(repairCard(card(ahead(-2 * DAY)), now).due.toISOString()).toBe(now.toISOString())
    expect(sound).toMatchObject({ stability: 3.2, difficulty: 5.1, state: 2, reps: 3 })
  })

  it.each([
    ['negative stability', { stability: -1 }],
    ['NaN stability', { stability: Number.NaN }],
    ['NaN difficulty', { difficulty: Number.NaN }],
    ['an unknown state', { state: -1 }],
  ])('starts a card with %s again as new, keeping its counts', (_, changes) => {
    expect(repairCard(card(ahead(-2 * DAY), changes), now)).toMatchObject({
      state: 0,
      stability: 0,
      difficulty: 0,
      reps: 3,
      lapses: 0,
    })
  })
})

describe('handIn', () => {
  it('gives the attempt with the session id and the move of the review cards', () => {
    const session = {
      ...startSession(fixtureSettings, fixtureQuestions, 1, now, 's9'),
      answers: { 'q-tf': true, 'q-single': 0, 'q-multiple': [0] },
    }
    const { attempt, reschedule } = handIn(session, fixtureQuestions, now)
    expect(attempt.id).toBe('s9')
    expect(attempt.finishedAt).toBe(now.toISOString())
    const cards = reschedule({ 'q-single': card(ahead(365 * DAY)) })
    expect(Object.keys(cards).sort()).toEqual(['q-multiple', 'q-single', 'q-tf'])
  })
})

describe('dueQuestionIds with cards from a clock that was ahead', () => {
  it('counts a card reviewed after now as due now, not a year from now', () => {
    const wrongClock = card(ahead(365 * DAY), { due: ahead(365 * DAY + 600_000) })
    const later = card(ahead(-DAY), { due: ahead(3 * DAY) })
    const overdue = card(ahead(-3 * DAY), { due: ahead(-DAY) })
    expect(dueQuestionIds({ wrongClock, later, overdue }, now)).toEqual(['overdue', 'wrongClock'])
    // The home page's count, from the glance's times: the same two.
    expect(dueCountOf(cardDuesOf({ wrongClock, later, overdue }), now)).toBe(2)
  })

  it('counts from the glance exactly the questions the queue lists, whatever the dates', () => {
    const offset = fc.integer({ min: -400, max: 400 }).map((hours) => hours * 3_600_000)
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ minLength: 1, maxLength: 8 }),
          fc.record({ reviewed: fc.option(offset), due: offset }),
        ),
        (dates) => {
          const cards = Object.fromEntries(
            Object.entries(dates).map(([id, { reviewed, due }]) => [
              id,
              reviewed === null ? { due: ahead(due) } : { due: ahead(due), last_review: ahead(reviewed) },
            ]),
          )
          expect(dueCountOf(cardDuesOf(cards), now)).toBe(dueQuestionIds(cards, now).length)
        },
      ),
    )
  })

  it('counts a card with an unreadable due date as due', () => {
    expect(dueQuestionIds({ broken: card(ahead(-DAY), { due: 'never' }) }, now)).toEqual(['broken'])
  })
})
