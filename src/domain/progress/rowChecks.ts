/**
 * Progress rows as read from storage or from another tab, each checked on its own: its shape, its
 * kind's schema, and that its key is the id inside it. Apart from rows.ts because only a device
 * that holds records reads them: a first visit does not download these checks (or valibot).
 */
import * as v from 'valibot'
import type { QuizAttempt, QuizSession } from '../quiz/session'
import type { ScenarioRun } from '../scenario/runs'
import type { SavedProgress } from './progress'
import {
  PROGRESS_KINDS,
  applyCheckedRowChanges,
  progressOfRows,
  type ProgressKind,
  type ProgressRow,
  type RowKey,
} from './rows'
import {
  QuizAttemptSchema,
  QuizSessionSchema,
  ReviewCardSchema,
  ScenarioRunSchema,
  isShortId,
  isoTime,
  describeIssues,
} from './savedData'

const KIND_NAMES: Record<ProgressKind, string> = {
  lesson: '已学课程',
  attempt: '测验记录',
  session: '未完成的测验',
  card: '复习卡片',
  run: '情景演练记录',
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
  // A row's key is an id too: `__proto__` would reach an object's prototype where rows are gathered by key.
  if (!isShortId(key)) return { ok: false, problem: `${name}的编号无效` }
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

/**
 * Applies rows another tab wrote to this tab's copy of the progress, checking each.
 * Returns a new progress object; rows that fail their check are ignored.
 */
export function applyRowChanges(
  progress: SavedProgress,
  changes: { put: readonly unknown[]; remove: readonly RowKey[] },
): SavedProgress {
  return applyCheckedRowChanges(progress, { put: checkRows(changes.put).checked, remove: changes.remove })
}
