/**
 * A learner's progress as a file: exported to keep or move to another device,
 * imported back. An imported file may come from anyone, so it is checked in
 * full and refused, with the reason, unless every part of it is sound.
 */
import type { SavedProgress } from './progress'
import { parseProgress } from './progressParse'
import { mergeProgress } from './merge'
import { progressFromRows } from './rowChecks'

export const PROGRESS_FILE_FORMAT = 'kefu-course-progress'
export const BACKUP_FILE_FORMAT = 'kefu-course-backup'
/** Far above any history the course can hold (10,000 attempts export to about 7 MB). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024

export interface ProgressFile {
  format: typeof PROGRESS_FILE_FORMAT
  exportedAt: string
  learner: string
  progress: SavedProgress
}

/** @example JSON.parse(exportProgress(progress, '小王', new Date())).format // 'kefu-course-progress' */
export function exportProgress(progress: SavedProgress, learner: string, now: Date): string {
  const file: ProgressFile = { format: PROGRESS_FILE_FORMAT, exportedAt: now.toISOString(), learner, progress }
  // Compact: a long history is several megabytes, and indentation would double it.
  return JSON.stringify(file)
}

export interface ImportSummary {
  lessons: number
  attempts: number
  scenarioRuns: number
}

export type ImportResult =
  | {
      ok: true
      learner: string
      exportedAt: string
      progress: SavedProgress
      summary: ImportSummary
      /** Records of a backup file that still could not be read (a progress file is refused whole instead). */
      unreadable?: number
    }
  | { ok: false; problem: string }

/** What an import brings, as the learner is told before it is added. */
function summaryOf(progress: SavedProgress): ImportSummary {
  return {
    lessons: Object.keys(progress.learned).length,
    attempts: progress.attempts.length,
    scenarioRuns: progress.scenarioRuns.length,
  }
}

/**
 * A file's date as the course writes it (an ISO time); '' for anything else. `Date.parse` alone takes
 * "1" or "May 5" too, which the import's message would then show as the date the file was made.
 */
function fileDate(value: unknown): string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value)) ? value : ''
}

/**
 * Reads an exported file. Nothing is salvaged from a damaged file: it is refused whole.
 *
 * @example
 * importProgress('not json') // { ok: false, problem: '文件已损坏或不完整，读不出内容' }
 */
export function importProgress(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, problem: '文件太大（超过 64 MB），不是本课程导出的学习记录' }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, problem: '文件已损坏或不完整，读不出内容' }
  }
  if (data && typeof data === 'object' && (data as Record<string, unknown>).format === BACKUP_FILE_FORMAT) {
    return importBackup(data as Record<string, unknown>)
  }
  if (!data || typeof data !== 'object' || (data as Record<string, unknown>).format !== PROGRESS_FILE_FORMAT) {
    return { ok: false, problem: '这不是本课程导出的学习记录文件' }
  }
  const file = data as Record<string, unknown>
  const learner = typeof file.learner === 'string' ? file.learner.slice(0, 40) : ''
  const exportedAt = fileDate(file.exportedAt)
  if (!exportedAt) return { ok: false, problem: '文件缺少有效的导出时间' }
  if (!file.progress || typeof file.progress !== 'object') return { ok: false, problem: '文件里没有学习记录' }
  const parsed = parseProgress(JSON.stringify(file.progress))
  if (!parsed.ok) return { ok: false, problem: `文件里的学习记录有问题：${parsed.problem}` }
  const progress = parsed.progress
  return {
    ok: true,
    learner,
    exportedAt,
    progress,
    summary: summaryOf(progress),
  }
}

/** A set-aside backup as the learner downloads it: the original rows or text, exactly as read. */
export interface BackupFile {
  format: typeof BACKUP_FILE_FORMAT
  createdAt: string
  learner: string
  reason: string
  items: unknown[]
}

/** @example JSON.parse(exportBackup({ createdAt, reason, items }, '小王')).format // 'kefu-course-backup' */
export function exportBackup(backup: { createdAt: string; reason: string; items: unknown[] }, learner: string): string {
  const file: BackupFile = { format: BACKUP_FILE_FORMAT, ...backup, learner }
  return JSON.stringify(file)
}

/**
 * Reads a downloaded backup: it holds what could not be read before, so it is
 * salvaged record by record (saved rows, or the whole text an earlier version saved),
 * and the result says how many records are still unreadable.
 */
function importBackup(file: Record<string, unknown>): ImportResult {
  if (!Array.isArray(file.items) || file.items.length === 0) return { ok: false, problem: '备份文件里没有记录' }
  const items: unknown[] = file.items
  const createdAt = fileDate(file.createdAt)
  if (!createdAt) return { ok: false, problem: '备份文件缺少有效的时间' }
  const rows = items.filter((item) => item && typeof item === 'object')
  const texts = items.filter((item): item is string => typeof item === 'string')
  const read = progressFromRows(rows)
  let progress = read.progress
  // A record that is neither a saved row nor an earlier version's text (a number, null) is unreadable too.
  let unreadable = read.dropped.length + items.length - rows.length - texts.length
  for (const text of texts) {
    const parsed = parseProgress(text)
    progress = mergeProgress(progress, parsed.progress)
    if (!parsed.ok) unreadable += 1
  }
  const { learned, attempts, sessions, scenarioRuns, reviewCards } = progress
  const salvaged =
    Object.keys(learned).length +
    attempts.length +
    Object.keys(sessions).length +
    scenarioRuns.length +
    Object.keys(reviewCards).length
  if (salvaged === 0) return { ok: false, problem: `备份文件里的 ${items.length} 条记录都已损坏，读不出来` }
  return {
    ok: true,
    learner: typeof file.learner === 'string' ? file.learner.slice(0, 40) : '',
    exportedAt: createdAt,
    progress,
    unreadable,
    summary: summaryOf(progress),
  }
}
