/**
 * What the first screen needs of a learner's glance (summary.ts): its shape, the row it is saved
 * in, an empty one and the glance the pages read. The code that makes a glance and keeps it up to date
 * (summary.ts, figures.ts) is apart from it: a first visit's home has nothing to make it from.
 */
import type { QuizAttempt } from '../quiz/session'
import type { ScenarioRun } from '../scenario/runs'
import type { SavedProgress } from './progress'

// 2: with 我的进度's figures. 3: review cards as times in milliseconds (`CardDues`). A glance of an
// earlier version is read as none: the history is read and it is written again. 4: the chart's days
// leave out 今日复习 and 错题练习.
export const SUMMARY_VERSION = 4
/** The row that holds a learner's glance. */
export const SUMMARY_ROW = { kind: 'summary', key: 'progress' } as const

/** What the first screen reads of a quiz attempt. */
export type AttemptHead = Pick<
  QuizAttempt,
  'id' | 'quizId' | 'startedAt' | 'finishedAt' | 'questionIds' | 'score' | 'summaryOnly'
>
/** What the first screen reads of a role-play run. */
export type RunHead = Pick<ScenarioRun, 'id' | 'scenarioId' | 'finishedAt' | 'rating' | 'percent'>
/**
 * Each review card's due time and last review in milliseconds (0: never reviewed), by question id,
 * in three lists of one length. Numbers rather than a card object of dates per question: a learner
 * with 2,000 cards reads, checks and counts these before the first page.
 */
export interface CardDues {
  ids: string[]
  due: number[]
  reviewed: number[]
}

/** One day's quizzes: its local date (`YYYY-MM-DD`), the sum of their percents and how many. */
export interface DayTotal {
  date: string
  sum: number
  quizzes: number
}

export interface HistoryFigures {
  attempts: number
  runs: number
  /** Milliseconds of every quiz and role-play sitting, each counted for at most 90 minutes. */
  sittingMs: number
  /** Finished attempts per quiz id. */
  quizCounts: Record<string, number>
  /** Finished runs per scenario id. */
  scenarioCounts: Record<string, number>
  /** Per question id: how often it was asked and how often answered fully right. */
  questions: Record<string, [asked: number, right: number]>
  /** The last days with quizzes, oldest first (at most `TREND_DAYS`). */
  days: DayTotal[]
}

export interface ProgressSummary {
  version: typeof SUMMARY_VERSION
  /** The attempts the first screen's figures depend on, oldest first. */
  attempts: AttemptHead[]
  /** The role-play runs they depend on, oldest first. */
  runs: RunHead[]
  reviewDue: CardDues
  /** Local dates (YYYY-MM-DD) with a finished quiz or role-play, oldest first. */
  activeDays: string[]
  figures: HistoryFigures
}

/** The saved progress as the first screen reads it: lessons in full, the long lists as their glance. */
export type ProgressGlance = Pick<SavedProgress, 'learned'> & {
  attempts: readonly AttemptHead[]
  scenarioRuns: readonly RunHead[]
  reviewDue: Readonly<CardDues>
  activeDays: readonly string[]
  figures: HistoryFigures
}

/** @example emptyFigures().attempts // 0 */
export function emptyFigures(): HistoryFigures {
  return { attempts: 0, runs: 0, sittingMs: 0, quizCounts: {}, scenarioCounts: {}, questions: {}, days: [] }
}

/** @example emptySummary().attempts // [] */
export function emptySummary(): ProgressSummary {
  return {
    version: SUMMARY_VERSION,
    attempts: [],
    runs: [],
    reviewDue: { ids: [], due: [], reviewed: [] },
    activeDays: [],
    figures: emptyFigures(),
  }
}

/** The glance the first screen reads: the lessons learned and a learner's summary. */
export function glanceOf(learned: SavedProgress['learned'], summary: ProgressSummary): ProgressGlance {
  return {
    learned,
    attempts: summary.attempts,
    scenarioRuns: summary.runs,
    reviewDue: summary.reviewDue,
    activeDays: summary.activeDays,
    figures: summary.figures,
  }
}
