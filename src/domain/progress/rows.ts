/**
 * A learner's progress as rows: one row per lesson learned, quiz attempt, quiz
 * under way, review card and role-play run. Rows are saved one by one, so two
 * tabs that save at the same moment each add their own rows and lose nothing;
 * each row is checked on its own when read, so one bad row costs only itself.
 */
import * as v from 'valibot'
import type { QuizAttempt, QuizSession } from '../quiz/session'
import type { ScenarioRun } from '../scenario/runs'
import type { ReviewCard } from '../review/queue'
import { emptyProgress, type SavedProgress } from './progress'
import {
  QuizAttemptSchema,
  QuizSessionSchema,
  ReviewCardSchema,
  ScenarioRunSchema,
  isoTime,
  describeIssues,
} from './savedData'

export const PROGRESS_KINDS = ['lesson', 'attempt', 'session', 'card', 'run'] as const
export type ProgressKind = (typeof PROGRESS_KINDS)[number]
/** Read before the first page: few rows. The long lists (attempts, cards, runs) are read after it. */
export const FIRST_SCREEN_KINDS = ['lesson', 'session'] as const satisfies readonly ProgressKind[]
export const HISTORY_KINDS = ['attempt', 'card', 'run'] as const satisfies readonly ProgressKind[]

/** One saved thing of one learner. `key` is the lesson, attempt, quiz, question or run id. */
export interface ProgressRow {
  owner: string
  kind: ProgressKind
  key: string
  value: unknown
}

export type RowKey = Pick<ProgressRow, 'owner' | 'kind' | 'key'>

const KIND_NAMES: Record<ProgressKind, string> = {
  lesson: '已学课程',
  attempt: '测验记录',
  session: '未完成的测验',
  card: '复习卡片',
  run: '情景演练记录',
}

// `__proto__` would reach an object's prototype where rows are gathered by key.
const KEY = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(200),
  v.check((key) => key !== '__proto__'),
)

/** Whether a value may be a row's key (and so a key of anything gathered by it, as the glance's card ids). */
export function isRowKey(value: unknown): value is string {
  return v.safeParse(KEY, value).success
}

/** Each kind's schema, and that the row's key matches the value it holds. */
const ROW_SCHEMAS: Record<ProgressKind, { schema: v.GenericSchema; keyOf: (value: never, key: string) => string }> = {
  lesson: { schema: isoTime, keyOf: (_value, key) => key },
  attempt: { schema: QuizAttemptSchema, keyOf: (value: QuizAttempt) => value.id },
  session: { schema: QuizSessionSchema, keyOf: (value: QuizSession) => value.quizId },
  card: { schema: ReviewCardSchema, keyOf: (_value, key) => key },
  run: { schema: ScenarioRunSchema, keyOf: (value: ScenarioRun) => value.id },
}

/** A row that was set aside when read, and why. */
export interface DroppedRow {
  row: unknown
  problem: string
}

/**
 * Checks one row as read from storage: its shape, its kind's schema, and that
 * its key is the id inside it. Returns the checked row or why it cannot be used.
 */
export function checkRow(raw: unknown): { ok: true; row: ProgressRow } | { ok: false; problem: string } {
  if (!raw || typeof raw !== 'object') return { ok: false, problem: '记录不是一个对象' }
  const { owner, kind, key, value } = raw as Record<string, unknown>
  if (typeof owner !== 'string' || !PROGRESS_KINDS.includes(kind as ProgressKind)) {
    return { ok: false, problem: '记录的类别不对' }
  }
  const name = KIND_NAMES[kind as ProgressKind]
  if (!v.is(KEY, key)) return { ok: false, problem: `${name}的编号无效` }
  const { schema, keyOf } = ROW_SCHEMAS[kind as ProgressKind]
  const parsed = v.safeParse(schema, value)
  if (!parsed.success) return { ok: false, problem: `${name}「${key}」无法读取（${describeIssues(parsed.issues)}）` }
  if (keyOf(parsed.output as never, key) !== key) return { ok: false, problem: `${name}「${key}」的编号与内容不符` }
  return { ok: true, row: { owner, kind: kind as ProgressKind, key, value: parsed.output } }
}

/**
 * A learner's progress from their rows, each checked on its own: a bad row is
 * set aside (with why) and every good one kept.
 *
 * @example
 * progressFromRows([{ owner: 'p1', kind: 'lesson', key: 'l1', value: 'oops' }]).dropped.length // 1
 */
export function progressFromRows(rows: readonly unknown[]): { progress: SavedProgress; dropped: DroppedRow[] } {
  const { checked, dropped } = checkRows(rows)
  return { progress: progressOfRows(checked), dropped }
}

/** Rows as read from storage, each checked on its own: the good ones, and the bad ones with why. */
export function checkRows(rows: readonly unknown[]): { checked: ProgressRow[]; dropped: DroppedRow[] } {
  const checked: ProgressRow[] = []
  const dropped: DroppedRow[] = []
  for (const raw of rows) {
    const result = checkRow(raw)
    if (result.ok) checked.push(result.row)
    else dropped.push({ row: raw, problem: result.problem })
  }
  return { checked, dropped }
}

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
 * Applies rows another tab wrote to this tab's copy of the progress, checking each.
 * Returns a new progress object; rows that fail their check are ignored.
 */
export function applyRowChanges(
  progress: SavedProgress,
  changes: { put: readonly unknown[]; remove: readonly RowKey[] },
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
  const puts = changes.put.flatMap((raw) => {
    const checked = checkRow(raw)
    return checked.ok ? [checked.row] : []
  })
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
