/**
 * A learner's progress as a file: exported to keep or move to another device,
 * imported back. An imported file may come from anyone, so it is checked in
 * full and refused, with the reason, unless every part of it is sound.
 */
import { parseProgress, type SavedProgress } from './progress'

export const PROGRESS_FILE_FORMAT = 'kefu-course-progress'
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

export interface ProgressFile {
  format: typeof PROGRESS_FILE_FORMAT
  exportedAt: string
  learner: string
  progress: SavedProgress
}

/** @example JSON.parse(exportProgress(progress, '小王', new Date())).format // 'kefu-course-progress' */
export function exportProgress(progress: SavedProgress, learner: string, now: Date): string {
  const file: ProgressFile = { format: PROGRESS_FILE_FORMAT, exportedAt: now.toISOString(), learner, progress }
  return JSON.stringify(file, null, 2)
}

export interface ImportSummary {
  lessons: number
  attempts: number
  scenarioRuns: number
}

export type ImportResult =
  | { ok: true; learner: string; exportedAt: string; progress: SavedProgress; summary: ImportSummary }
  | { ok: false; problem: string }

/**
 * Reads an exported file. Nothing is salvaged from a damaged file: it is refused whole.
 *
 * @example
 * importProgress('not json') // { ok: false, problem: '文件不是有效的 JSON' }
 */
export function importProgress(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, problem: '文件太大（超过 5 MB），不是本课程导出的学习记录' }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, problem: '文件不是有效的 JSON' }
  }
  if (!data || typeof data !== 'object' || (data as Record<string, unknown>).format !== PROGRESS_FILE_FORMAT) {
    return { ok: false, problem: '这不是本课程导出的学习记录文件' }
  }
  const file = data as Record<string, unknown>
  const learner = typeof file.learner === 'string' ? file.learner.slice(0, 40) : ''
  const exportedAt =
    typeof file.exportedAt === 'string' && !Number.isNaN(Date.parse(file.exportedAt)) ? file.exportedAt : ''
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
    summary: {
      lessons: Object.keys(progress.learned).length,
      attempts: progress.attempts.length,
      scenarioRuns: progress.scenarioRuns.length,
    },
  }
}
