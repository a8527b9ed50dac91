/**
 * Spaced review with FSRS (the ts-fsrs package): every question a learner
 * misses gets a card; each later answer to it moves the card's next review
 * date — soon after a miss, further out after each success.
 *
 * Moving the cards never stops a quiz from being handed in: a card saved while
 * the device clock was ahead, or with impossible values, is repaired first, and
 * a card the scheduler still refuses keeps its old schedule.
 */
import { Rating, State, createEmptyCard, fsrs, type Card } from 'ts-fsrs'
import { finishSession, type QuizAttempt, type QuizSession } from '../quiz/session'
import { hasAnswer } from '../quiz/answered'
import type { ScorableQuestion } from '../quiz/scoring'
import type { Reschedule } from '../progress/records'
import type { ReviewCard } from './queue'

const scheduler = fsrs({ enable_fuzz: false })

/** The smallest stability ts-fsrs accepts for a card it has seen before. */
const MIN_STABILITY = 0.001

/** A whole count that can be trusted, else 0. */
function count(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0
}

/** A number of days that can be trusted, else 0. */
function days(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0
}

/**
 * A saved card as the scheduler needs it at `now`, repaired so it cannot be refused:
 * dates after `now` (saved while the device clock was ahead) or unreadable become `now`;
 * a memory state that cannot be (negative, zero or non-finite stability, non-finite
 * difficulty, an unknown state) starts again as a new card, keeping its counts; a
 * difficulty outside 1–10 is brought within it.
 *
 * @example
 * repairCard({ …card, last_review: '2027-05-01T09:00:00Z' }, new Date('2026-05-01T09:00:00Z')).last_review // now
 */
export function repairCard(saved: ReviewCard, now: Date): Card {
  const at = now.getTime()
  const due = Date.parse(saved.due)
  const reviewed = saved.last_review === undefined ? NaN : Date.parse(saved.last_review)
  const card: Card = {
    due: new Date(Number.isNaN(due) || due > at ? at : due),
    stability: saved.stability,
    difficulty: saved.difficulty,
    elapsed_days: days(saved.elapsed_days),
    scheduled_days: days(saved.scheduled_days),
    learning_steps: count(saved.learning_steps),
    reps: count(saved.reps),
    lapses: count(saved.lapses),
    state: saved.state as State,
    last_review: Number.isNaN(reviewed) ? undefined : new Date(Math.min(reviewed, at)),
  }
  const fresh = { ...card, state: State.New, stability: 0, difficulty: 0, learning_steps: 0, elapsed_days: 0 }
  if (![State.Learning, State.Review, State.Relearning].includes(card.state)) return fresh
  // Both 0: never scheduled; the scheduler starts its memory from the grade.
  if (card.stability === 0 && card.difficulty === 0) return card
  if (!Number.isFinite(card.stability) || !Number.isFinite(card.difficulty) || card.stability < MIN_STABILITY)
    return fresh
  return { ...card, difficulty: Math.min(10, Math.max(1, card.difficulty)) }
}

function toSaved(card: Card): ReviewCard {
  const saved: ReviewCard = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  }
  if (card.last_review) saved.last_review = card.last_review.toISOString()
  return saved
}

/** True when every number of a scheduled card can be saved and read back. */
function isSound(card: ReviewCard): boolean {
  return [card.stability, card.difficulty, card.elapsed_days, card.scheduled_days].every(Number.isFinite)
}

/**
 * The cards after a finished quiz: a missed question is graded Again (and
 * enters review if it was not there), a fully right one already in review is
 * graded Good. Questions answered right that never were missed stay out, and
 * so do questions left unanswered.
 * A card the scheduler refuses even after `repairCard` keeps its schedule.
 *
 * @example
 * scheduleAfterAttempt({}, attemptWithOneMiss, now) // { missedId: { due: …soon… } }
 */
export function scheduleAfterAttempt(
  cards: Readonly<Record<string, ReviewCard>>,
  attempt: QuizAttempt,
  now: Date,
): Record<string, ReviewCard> {
  const next = { ...cards }
  for (const questionId of attempt.questionIds) {
    // Left unanswered (often never reached before the time ran out) says nothing of what is remembered:
    // the 错题本 keeps it, but it neither enters review nor moves a card already there.
    if (!hasAnswer(attempt.answers[questionId] ?? null)) continue
    const right = attempt.points[questionId] === 1
    const existing = next[questionId]
    if (!existing && right) continue
    try {
      const card = existing ? repairCard(existing, now) : createEmptyCard(now)
      const scheduled = toSaved(scheduler.next(card, now, right ? Rating.Good : Rating.Again).card)
      if (isSound(scheduled)) next[questionId] = scheduled
    } catch {
      // Left as it was: a review date is not worth losing the attempt over.
    }
  }
  return next
}

/**
 * Hands a quiz in: its attempt (with the session's id, so recording it twice changes
 * nothing) and how it moves the review cards. The quiz page and the automatic hand-in
 * of a quiz left past its deadline both record exactly this.
 *
 * @example
 * const { attempt, reschedule } = handIn(session, questions, now)
 * progressStore.recordAttempt(attempt, reschedule)
 */
export function handIn(
  session: QuizSession,
  questions: readonly ScorableQuestion[],
  finishedAt: Date,
): { attempt: QuizAttempt; reschedule: Reschedule } {
  const attempt = finishSession(session, questions, finishedAt, session.id)
  return { attempt, reschedule: (cards) => scheduleAfterAttempt(cards, attempt, finishedAt) }
}
