/**
 * Saved progress as one JSON value (what earlier versions kept, exported files): migrations
 * from every earlier version and validation, salvaging every good record. Apart from progress.ts
 * because only an old device's move or a file reads it: a first visit does not download it.
 */
import * as v from 'valibot'
import type { QuizAttempt, QuizSession } from '../quiz/session'
import type { ScenarioRun } from '../scenario/runs'
import type { ReviewCard } from '../review/queue'
import { PROGRESS_VERSION, emptyProgress, type SavedProgress } from './progress'
import {
  LearnedSchema,
  QuizAttemptSchema,
  QuizSessionSchema,
  ReviewCardSchema,
  ScenarioRunSchema,
  describeIssues,
} from './savedData'

export type ProgressReadResult =
  { ok: true; progress: SavedProgress } | { ok: false; progress: SavedProgress; problem: string }

type Migration = (data: Record<string, unknown>) => Record<string, unknown>

/** One step per version: MIGRATIONS[n] turns version n into version n + 1. */
const MIGRATIONS: Record<number, Migration> = {
  // Version 1 kept only the lessons marked learned.
  1: (data) => ({ ...data, version: 2, attempts: [], sessions: {}, scenarioRuns: [], reviewCards: {} }),
}

/** Brings saved data of any earlier version up to the current one. */
export function migrate(data: Record<string, unknown>): Record<string, unknown> {
  let current = data
  while (typeof current.version === 'number' && current.version < PROGRESS_VERSION) {
    const step = MIGRATIONS[current.version]
    if (!step) break
    current = step(current)
  }
  return current
}

/** The items of a saved list that pass their schema, and how many did not. */
function keepValid(list: unknown, schema: v.GenericSchema): { kept: unknown[]; dropped: number } {
  const items = Array.isArray(list) ? list : []
  const kept = items.flatMap((item) => {
    const parsed = v.safeParse(schema, item)
    return parsed.success ? [parsed.output] : []
  })
  return { kept, dropped: items.length - kept.length }
}

/**
 * Validates saved progress. Absent data is a fresh start. Records that fail
 * their schema are dropped one by one, keeping every good one, and the result
 * says what was dropped (the caller keeps the raw text as a backup).
 *
 * @example
 * parseProgress('{"version":1,"learned":{"a":"2026-01-01T00:00:00.000Z"}}').ok // true (migrated)
 * parseProgress('{oops').ok // false
 */
export function parseProgress(raw: string | null): ProgressReadResult {
  if (raw === null || raw === '') return { ok: true, progress: emptyProgress() }
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return { ok: false, progress: emptyProgress(), problem: '保存的数据已损坏，读不出内容' }
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, progress: emptyProgress(), problem: '保存的数据不是一个对象' }
  }
  const version = (data as Record<string, unknown>).version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > PROGRESS_VERSION) {
    return { ok: false, progress: emptyProgress(), problem: `不认识的数据版本：${String(version)}` }
  }
  const record = migrate(data as Record<string, unknown>)
  const problems: string[] = []

  // A list is an object to valibot's record check, but never valid here.
  const learned = v.safeParse(LearnedSchema, Array.isArray(record.learned) ? null : (record.learned ?? {}))
  if (!learned.success) problems.push(`已学课程记录无效（${describeIssues(learned.issues)}）`)

  if (!Array.isArray(record.attempts)) problems.push('测验记录不是列表')
  const { kept, dropped: badAttempts } = keepValid(record.attempts, QuizAttemptSchema)
  const attempts = kept as QuizAttempt[]
  if (badAttempts > 0) problems.push(`${badAttempts} 条测验记录无法读取`)

  const sessions: Record<string, QuizSession> = {}
  const rawSessions =
    record.sessions && typeof record.sessions === 'object' ? (record.sessions as Record<string, unknown>) : {}
  let badSessions = 0
  for (const [quizId, item] of Object.entries(rawSessions)) {
    const parsed = v.safeParse(QuizSessionSchema, item)
    if (parsed.success && parsed.output.quizId === quizId) sessions[quizId] = parsed.output as QuizSession
    else badSessions += 1
  }
  if (badSessions > 0) problems.push(`${badSessions} 个未完成的测验无法读取`)

  const { kept: scenarioRuns, dropped: badRuns } = keepValid(record.scenarioRuns, ScenarioRunSchema)
  if (badRuns > 0) problems.push(`${badRuns} 条情景演练记录无法读取`)

  const reviewCards: Record<string, ReviewCard> = {}
  const rawCards =
    record.reviewCards && typeof record.reviewCards === 'object' ? (record.reviewCards as Record<string, unknown>) : {}
  let badCards = 0
  for (const [questionId, item] of Object.entries(rawCards)) {
    const parsed = v.safeParse(ReviewCardSchema, item)
    if (parsed.success && questionId.length <= 200) reviewCards[questionId] = parsed.output as ReviewCard
    else badCards += 1
  }
  if (badCards > 0) problems.push(`${badCards} 张复习卡片无法读取`)

  const progress: SavedProgress = {
    version: PROGRESS_VERSION,
    learned: learned.success ? learned.output : {},
    attempts,
    sessions,
    scenarioRuns: scenarioRuns as ScenarioRun[],
    reviewCards,
  }
  return problems.length === 0 ? { ok: true, progress } : { ok: false, progress, problem: problems.join('；') }
}
