/**
 * A learner's glance: the few records of a long history that the first screen's figures
 * read, saved as one row beside the history. Start-up reads that row instead of every
 * attempt, so a learner with 10,000 quizzes opens the course as fast as a new one; the
 * full history loads after the first paint.
 *
 * The glance keeps, per quiz, its best attempt, its latest and one passed attempt; every
 * exam attempt; the attempts of the last two days; per role-play, its latest run and one
 * rated 优秀; each review card's due time; and the days with any activity. Over these the
 * path, 今日, the exam card and the streak come out exactly as over the full history
 * (tests check this), and adding a record to the glance gives the glance of the history
 * with that record, so every change updates it without reading the history again.
 * It also keeps 我的进度's figures over the whole history (figures.ts), followed the same way.
 */
import { EXAM_QUIZ_ID } from '../exam/standing'
import type { QuizAttempt } from '../quiz/session'
import type { ReviewCard } from '../review/queue'
import type { ScenarioRun } from '../scenario/runs'
import { localDayOf } from '../time/calendar'
import { betterRun } from '../scenario/rank'
import { sameFigures, withRecords } from './figures'
import {
  SUMMARY_VERSION,
  emptySummary,
  type AttemptHead,
  type CardDues,
  type ProgressSummary,
  type RunHead,
} from './glance'
import type { SavedProgress } from './progress'
import type { ProgressRow, RowKey } from './rows'

// The first screen's part of the glance lives in glance.ts; it is named here too, as before.
export {
  SUMMARY_ROW,
  SUMMARY_VERSION,
  emptySummary,
  glanceOf,
  type AttemptHead,
  type CardDues,
  type ProgressGlance,
  type ProgressSummary,
  type RunHead,
} from './glance'

/** Attempts this recent are kept whole, for today's counts in any time zone. */
const RECENT_MS = 2 * 24 * 60 * 60 * 1000
/** Active days kept: enough for any streak a learner will reach in this course. */
export const MAX_ACTIVE_DAYS = 800

/** The most cards a glance holds: far more questions than the course will ever have. */
export const MAX_CARDS = 20_000

const head = (attempt: AttemptHead): AttemptHead => {
  const { id, quizId, startedAt, finishedAt, questionIds, score, summaryOnly } = attempt
  return summaryOnly
    ? { id, quizId, startedAt, finishedAt, questionIds, score, summaryOnly }
    : { id, quizId, startedAt, finishedAt, questionIds, score }
}
const runHead = ({ id, scenarioId, finishedAt, rating, percent }: RunHead): RunHead => ({
  id,
  scenarioId,
  finishedAt,
  rating,
  percent,
})
type Finished = { id: string; finishedAt: string }
/** Oldest first; records finished in the same millisecond by id, so the choice never depends on the order read. */
const byFinish = (a: Finished, b: Finished) => a.finishedAt.localeCompare(b.finishedAt) || a.id.localeCompare(b.id)
const later = (a: Finished, b: Finished | undefined) => !b || byFinish(a, b) > 0
const earlier = (a: Finished, b: Finished | undefined) => !b || byFinish(a, b) < 0

/** The attempts the figures depend on: per quiz its best, latest and a passed one; every exam; the recent ones. */
function keptAttempts(attempts: Iterable<AttemptHead>, now: Date): AttemptHead[] {
  const kept = new Map<string, AttemptHead>()
  const best = new Map<string, AttemptHead>()
  const latest = new Map<string, AttemptHead>()
  const passed = new Map<string, AttemptHead>()
  const recentFrom = now.getTime() - RECENT_MS
  for (const attempt of attempts) {
    const quiz = attempt.quizId
    if (quiz === EXAM_QUIZ_ID || Date.parse(attempt.finishedAt) >= recentFrom) kept.set(attempt.id, attempt)
    const top = best.get(quiz)
    if (
      !top ||
      attempt.score.percent > top.score.percent ||
      (attempt.score.percent === top.score.percent && earlier(attempt, top))
    )
      best.set(quiz, attempt)
    if (later(attempt, latest.get(quiz))) latest.set(quiz, attempt)
    if (attempt.score.passed && earlier(attempt, passed.get(quiz))) passed.set(quiz, attempt)
  }
  for (const chosen of [best, latest, passed]) for (const attempt of chosen.values()) kept.set(attempt.id, attempt)
  return [...kept.values()].map(head).sort(byFinish)
}

/** The runs the figures depend on: per role-play its latest, its best and one rated 优秀. */
function keptRuns(runs: Iterable<RunHead>): RunHead[] {
  const latest = new Map<string, RunHead>()
  const best = new Map<string, RunHead>()
  const excellent = new Map<string, RunHead>()
  for (const run of runs) {
    if (later(run, latest.get(run.scenarioId))) latest.set(run.scenarioId, run)
    const top = best.get(run.scenarioId)
    // The first of equal runs stays the best, as scenarioRecord picks it over the whole history.
    if (!top || betterRun(top, run) || (!betterRun(run, top) && earlier(run, top))) best.set(run.scenarioId, run)
    if (run.rating === 'excellent' && earlier(run, excellent.get(run.scenarioId))) excellent.set(run.scenarioId, run)
  }
  const kept = new Map([...latest.values(), ...best.values(), ...excellent.values()].map((run) => [run.id, run]))
  return [...kept.values()].map(runHead).sort(byFinish)
}

function withDays(days: readonly string[], finished: Iterable<{ finishedAt: string }>): string[] {
  const all = new Set(days)
  for (const record of finished) {
    const day = localDayOf(record.finishedAt)
    if (day) all.add(day)
  }
  return [...all].sort().slice(-MAX_ACTIVE_DAYS)
}

type CardDate = Pick<ReviewCard, 'due' | 'last_review'>
const reviewedOf = (card: CardDate) => (card.last_review === undefined ? 0 : Date.parse(card.last_review))

/**
 * The glance's form of review cards.
 *
 * @example cardDuesOf({ q1: { due: '2026-01-01T00:00:00.000Z', … } }).ids // ['q1']
 */
export function cardDuesOf(cards: Readonly<Record<string, CardDate>>): CardDues {
  const ids = Object.keys(cards)
  return {
    ids,
    due: ids.map((id) => Date.parse(cards[id]!.due)),
    reviewed: ids.map((id) => reviewedOf(cards[id]!)),
  }
}

/** The cards after some were saved (`put`) and some removed (`gone`, by question id). */
function withCards(
  dues: CardDues,
  put: readonly { key: string; value: CardDate }[],
  gone: readonly string[],
): CardDues {
  const times = new Map(dues.ids.map((id, i) => [id, [dues.due[i]!, dues.reviewed[i]!] as const]))
  for (const { key, value } of put) times.set(key, [Date.parse(value.due), reviewedOf(value)])
  for (const key of gone) times.delete(key)
  const ids = [...times.keys()]
  return { ids, due: ids.map((id) => times.get(id)![0]), reviewed: ids.map((id) => times.get(id)![1]) }
}

/**
 * The glance of a whole history.
 *
 * @example summarise(emptyProgress(), new Date()).attempts // []
 */
export function summarise(
  progress: Pick<SavedProgress, 'attempts' | 'scenarioRuns' | 'reviewCards'>,
  now: Date,
): ProgressSummary {
  return withFinished(cardsOnly(progress), progress.attempts, progress.scenarioRuns, now)
}

/** The glance of a history with its review cards and no finished attempt or run yet. */
function cardsOnly(progress: Pick<SavedProgress, 'reviewCards'>): ProgressSummary {
  return { ...emptySummary(), reviewDue: cardDuesOf(progress.reviewCards) }
}

/** Attempts added to the glance at a time by `summariseInSteps`: a short task on a slow phone. */
export const SUMMARY_STEP = 1_000

/**
 * The glance of a whole history as `summarise` makes it, made a step of `SUMMARY_STEP` attempts at a
 * time with `between` awaited before each, so a long history never holds the page in one task.
 *
 * @example await summariseInSteps(progress, now, nextTask) // the same glance as summarise(progress, now)
 */
export async function summariseInSteps(
  progress: Pick<SavedProgress, 'attempts' | 'scenarioRuns' | 'reviewCards'>,
  now: Date,
  between: () => Promise<void>,
  step = SUMMARY_STEP,
): Promise<ProgressSummary> {
  let summary = withFinished(cardsOnly(progress), [], progress.scenarioRuns, now)
  for (let from = 0; from < progress.attempts.length; from += step) {
    await between()
    summary = withFinished(summary, progress.attempts.slice(from, from + step), [], now)
  }
  return summary
}

/** The glance with some finished attempts and runs added: that of the history with them. */
function withFinished(
  summary: ProgressSummary,
  attempts: readonly QuizAttempt[],
  runs: readonly ScenarioRun[],
  now: Date,
): ProgressSummary {
  return {
    version: SUMMARY_VERSION,
    attempts: attempts.length ? keptAttempts([...summary.attempts, ...attempts], now) : summary.attempts,
    runs: runs.length ? keptRuns([...summary.runs, ...runs]) : summary.runs,
    reviewDue: summary.reviewDue,
    activeDays: withDays(summary.activeDays, [...attempts, ...runs]),
    figures: withRecords(summary.figures, attempts, runs),
  }
}

/**
 * The glance after some rows were written; null when a finished attempt or run was removed,
 * which a glance cannot follow (the caller summarises the history again).
 *
 * @example
 * withRows(emptySummary(), { put: [attemptRow], remove: [] }, now).attempts.length // 1
 */
export function withRows(
  summary: ProgressSummary,
  changes: { put: readonly ProgressRow[]; remove: readonly RowKey[] },
  now: Date,
): ProgressSummary | null {
  if (changes.remove.some((key) => key.kind === 'attempt' || key.kind === 'run')) return null
  const attempts = newRecords<QuizAttempt>(changes.put, 'attempt', summary.attempts)
  const runs = newRecords<ScenarioRun>(changes.put, 'run', summary.runs)
  const cards = changes.put.filter((row) => row.kind === 'card')
  const goneCards = changes.remove.filter((key) => key.kind === 'card')
  if (attempts.length + runs.length + cards.length + goneCards.length === 0) return summary
  const reviewDue =
    cards.length + goneCards.length === 0
      ? summary.reviewDue
      : withCards(
          summary.reviewDue,
          cards.map((row) => ({ key: row.key, value: row.value as ReviewCard })),
          goneCards.map((key) => key.key),
        )
  return withFinished({ ...summary, reviewDue }, attempts, runs, now)
}

/**
 * The finished records of one kind among rows written, less those the glance holds already: those are
 * counted already (another tab's copy of one, read back). Most writes (an answer, a lesson) have none.
 */
function newRecords<T>(put: readonly ProgressRow[], kind: 'attempt' | 'run', held: readonly { id: string }[]): T[] {
  const rows = put.filter((row) => row.kind === kind)
  if (rows.length === 0) return []
  const heldIds = new Set(held.map((record) => record.id))
  return rows.filter((row) => !heldIds.has(row.key)).map((row) => row.value as T)
}

/**
 * Whether two glances hold the same records: after the history has loaded, a saved glance
 * that differs (written by an older version, or by two tabs at the same moment) is replaced.
 */
export function sameSummary(a: ProgressSummary, b: ProgressSummary): boolean {
  const ids = (list: readonly { id: string; finishedAt: string }[]) =>
    list.map((item) => `${item.id}@${item.finishedAt}`).join('\n')
  const cards = ({ reviewDue: { ids, due, reviewed } }: ProgressSummary) =>
    ids
      .map((id, i) => `${id}:${due[i]}:${reviewed[i]}`)
      .sort()
      .join('\n')
  return (
    ids(a.attempts) === ids(b.attempts) &&
    ids(a.runs) === ids(b.runs) &&
    a.activeDays.join() === b.activeDays.join() &&
    cards(a) === cards(b) &&
    sameFigures(a.figures, b.figures)
  )
}
