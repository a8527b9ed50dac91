/**
 * A learner's progress as rows: one row per lesson learned, quiz attempt, quiz
 * under way, review card and role-play run. Rows are saved one by one, so two
 * tabs that save at the same moment each add their own rows and lose nothing;
 * each row is checked on its own when read, so one bad row costs only itself (rowChecks.ts).
 */
import type { QuizAttempt, QuizSession } from '../quiz/session'
import type { ScenarioRun } from '../scenario/runs'
import type { ReviewCard } from '../review/queue'
import { emptyProgress, type SavedProgress } from './progress'
import type { ProgressKind } from './rowKinds'

// The kinds live in rowKinds.ts, for the first screen's reading; they are named here too, as before.
export { FIRST_SCREEN_KINDS, HISTORY_KINDS, PROGRESS_KINDS, type ProgressKind } from './rowKinds'

/** One saved thing of one learner. `key` is the lesson, attempt, quiz, question or run id. */
export interface ProgressRow {
  owner: string
  kind: ProgressKind
  key: string
  value: unknown
}

export type RowKey = Pick<ProgressRow, 'owner' | 'kind' | 'key'>

/** A learner's progress from rows already checked; finished lists oldest first. */
export function progressOfRows(rows: readonly ProgressRow[]): SavedProgress {
  const progress = emptyProgress()
  for (const row of rows) addRow(progress, row)
  progress.attempts.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt))
  progress.scenarioRuns.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt))
  return progress
}

/** Puts one checked row into a progress object being built (mutates it). */
function addRow(progress: SavedProgress, row: ProgressRow): void {
  switch (row.kind) {
    case 'lesson':
      progress.learned[row.key] = row.value as string
      break
    case 'attempt':
      progress.attempts.push(row.value as QuizAttempt)
      break
    case 'session':
      progress.sessions[row.key] = row.value as QuizSession
      break
    case 'card':
      progress.reviewCards[row.key] = row.value as ReviewCard
      break
    case 'run':
      progress.scenarioRuns.push(row.value as ScenarioRun)
      break
  }
}

/** Every row of a learner's progress. */
export function progressRows(progress: SavedProgress, owner: string): ProgressRow[] {
  return [
    ...Object.entries(progress.learned).map(([key, value]) => ({ owner, kind: 'lesson' as const, key, value })),
    ...progress.attempts.map((value) => ({ owner, kind: 'attempt' as const, key: value.id, value })),
    ...Object.entries(progress.sessions).map(([key, value]) => ({ owner, kind: 'session' as const, key, value })),
    ...Object.entries(progress.reviewCards).map(([key, value]) => ({ owner, kind: 'card' as const, key, value })),
    ...progress.scenarioRuns.map((value) => ({ owner, kind: 'run' as const, key: value.id, value })),
  ]
}

/** What to write to go from one progress to the next. */
export interface RowChanges {
  put: ProgressRow[]
  remove: RowKey[]
}

/**
 * The rows a change touched: records are replaced, never edited in place, so a
 * changed record is a different object. Finished attempts and runs are only ever added.
 *
 * @example
 * progressChanges(before, withAttempt(before, attempt), 'p1').put // [the attempt row]
 */
export function progressChanges(before: SavedProgress, after: SavedProgress, owner: string): RowChanges {
  const put: ProgressRow[] = []
  const remove: RowKey[] = []
  const byKey = <T>(kind: ProgressKind, a: Record<string, T>, b: Record<string, T>) => {
    for (const [key, value] of Object.entries(b)) if (a[key] !== value) put.push({ owner, kind, key, value })
    for (const key of Object.keys(a)) if (!(key in b)) remove.push({ owner, kind, key })
  }
  byKey('lesson', before.learned, after.learned)
  byKey('session', before.sessions, after.sessions)
  byKey('card', before.reviewCards, after.reviewCards)
  const added = <T extends { id: string }>(kind: ProgressKind, a: readonly T[], b: readonly T[]) => {
    if (a === b) return
    const known = new Map(a.map((item) => [item.id, item]))
    for (const item of b) if (known.get(item.id) !== item) put.push({ owner, kind, key: item.id, value: item })
  }
  added('attempt', before.attempts, after.attempts)
  added('run', before.scenarioRuns, after.scenarioRuns)
  return { put, remove }
}

/**
 * Applies rows another tab wrote, already checked (rowChecks.ts `applyRowChanges`), to this tab's
 * copy of the progress. Returns a new progress object.
 */
export function applyCheckedRowChanges(
  progress: SavedProgress,
  changes: { put: readonly ProgressRow[]; remove: readonly RowKey[] },
): SavedProgress {
  const next: SavedProgress = {
    ...progress,
    learned: { ...progress.learned },
    sessions: { ...progress.sessions },
    reviewCards: { ...progress.reviewCards },
  }
  const removed = (kind: ProgressKind) =>
    new Set(changes.remove.filter((key) => key.kind === kind).map((key) => key.key))
  for (const key of removed('lesson')) delete next.learned[key]
  for (const key of removed('session')) delete next.sessions[key]
  for (const key of removed('card')) delete next.reviewCards[key]
  const goneAttempts = removed('attempt')
  const goneRuns = removed('run')
  const puts = changes.put
  for (const row of puts) if (row.kind !== 'attempt' && row.kind !== 'run') addRow(next, row)
  // Lists are rebuilt only when they changed, so what is computed from them (the dashboard) is not redone.
  const newAttempts = puts.filter((row) => row.kind === 'attempt')
  if (newAttempts.length > 0 || goneAttempts.size > 0) {
    next.attempts = joined(
      progress.attempts,
      goneAttempts,
      newAttempts.map((row) => row.value as QuizAttempt),
    )
  }
  const newRuns = puts.filter((row) => row.kind === 'run')
  if (newRuns.length > 0 || goneRuns.size > 0) {
    next.scenarioRuns = joined(
      progress.scenarioRuns,
      goneRuns,
      newRuns.map((row) => row.value as ScenarioRun),
    )
  }
  return next
}

/**
 * The long lists read in the background joined with what is in memory: a record another tab
 * wrote meanwhile is in memory and perhaps in what was read; the one in memory wins.
 */
export function withHistory(
  current: SavedProgress,
  history: Pick<SavedProgress, 'attempts' | 'scenarioRuns' | 'reviewCards'>,
): SavedProgress {
  return {
    ...current,
    attempts: joined(history.attempts, new Set(), current.attempts),
    scenarioRuns: joined(history.scenarioRuns, new Set(), current.scenarioRuns),
    reviewCards: { ...history.reviewCards, ...current.reviewCards },
  }
}

/** A finished list with some removed and some added or replaced by id, oldest first. */
function joined<T extends { id: string; finishedAt: string }>(list: readonly T[], gone: Set<string>, added: T[]): T[] {
  const byId = new Map(list.filter((item) => !gone.has(item.id)).map((item) => [item.id, item]))
  for (const item of added) byId.set(item.id, item)
  return [...byId.values()].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt))
}
