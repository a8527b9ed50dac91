/**
 * Spaced review with FSRS (the ts-fsrs package): every question a learner
 * misses gets a card; each later answer to it moves the card's next review
 * date — soon after a miss, further out after each success.
 */
import { Rating, createEmptyCard, fsrs, type Card } from 'ts-fsrs'
import type { QuizAttempt } from '../quiz/session'
import type { ReviewCard } from './queue'

const scheduler = fsrs({ enable_fuzz: false })

function toCard(saved: ReviewCard): Card {
  return {
    ...saved,
    due: new Date(saved.due),
    state: saved.state as Card['state'],
    last_review: saved.last_review ? new Date(saved.last_review) : undefined,
  }
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

/**
 * The cards after a finished quiz: a missed question is graded Again (and
 * enters review if it was not there), a fully right one already in review is
 * graded Good. Questions answered right that never were missed stay out.
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
    const right = attempt.points[questionId] === 1
    const existing = next[questionId]
    if (!existing && right) continue
    const card = existing ? toCard(existing) : createEmptyCard(now)
    next[questionId] = toSaved(scheduler.next(card, now, right ? Rating.Good : Rating.Again).card)
  }
  return next
}
