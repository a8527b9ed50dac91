/**
 * The 今日复习 queue: which missed questions are due today. Reads only the due
 * dates, so the home page can show the count without the scheduler itself.
 */
import type { InferOutput } from 'valibot'
import type { ReviewCardSchema } from '../progress/savedData'

/**
 * A question's review schedule, saved with the learner's progress (ts-fsrs card fields, dates as
 * ISO text). The type is the saved-data schema's, so the two cannot drift apart.
 */
export type ReviewCard = InferOutput<typeof ReviewCardSchema>

/**
 * When a card is due, in milliseconds, as the queue reads it: its due date, except that a
 * card reviewed after `now` (saved while the device clock was ahead) or with an unreadable
 * date is due now, rather than hidden until the wrong clock's date comes round again.
 */
function dueTime(card: Pick<ReviewCard, 'due' | 'last_review'>, now: Date): number {
  return dueAt(Date.parse(card.due), card.last_review === undefined ? NaN : Date.parse(card.last_review), now)
}

/** `dueTime` over times in milliseconds (`reviewed` NaN or 0 when never reviewed). */
function dueAt(due: number, reviewed: number, now: Date): number {
  return Number.isNaN(due) || reviewed > now.getTime() ? now.getTime() : due
}

/** The last moment of `now`'s local day: a card due by then is in today's review. */
function endOfDay(now: Date): number {
  const end = new Date(now)
  end.setHours(23, 59, 59, 999)
  return end.getTime()
}

/**
 * Ids of the questions due by the end of `now`'s day, most overdue first, but for those already
 * answered in today's 今日复习 (`reviewedToday`): the scheduler brings a question back minutes
 * later, and the day's review would never end.
 *
 * @example
 * dueQuestionIds({ q1: { due: '2026-01-01T00:00:00Z', … } }, new Date('2026-01-02')) // ['q1']
 */
export function dueQuestionIds(
  cards: Readonly<Record<string, Pick<ReviewCard, 'due' | 'last_review'>>>,
  now: Date,
  reviewedToday: ReadonlySet<string> = new Set(),
): string[] {
  const end = endOfDay(now)
  return Object.entries(cards)
    .map(([questionId, card]) => ({ questionId, due: dueTime(card, now) }))
    .filter(({ questionId, due }) => due <= end && !reviewedToday.has(questionId))
    .sort((a, b) => a.due - b.due)
    .map(({ questionId }) => questionId)
}

/**
 * How many questions are due by the end of `now`'s day, from each card's due time and last review
 * in milliseconds (0: never reviewed), as the learner's glance keeps them: the same count as
 * `dueQuestionIds(cards, now, reviewedToday).length`.
 *
 * @example
 * dueCountOf({ ids: ['q1'], due: [Date.parse('2026-01-01T00:00:00Z')], reviewed: [0] }, new Date('2026-01-02')) // 1
 */
export function dueCountOf(
  cards: { ids: readonly string[]; due: readonly number[]; reviewed: readonly number[] },
  now: Date,
  reviewedToday: ReadonlySet<string> = new Set(),
): number {
  const end = endOfDay(now)
  let count = 0
  for (let i = 0; i < cards.due.length; i++)
    if (dueAt(cards.due[i]!, cards.reviewed[i]!, now) <= end && !reviewedToday.has(cards.ids[i]!)) count++
  return count
}
