/**
 * The saved learning progress: its versioned shape, validation of what comes
 * back from storage, and the rules that read it (what is learned, what to do
 * next). Pure data in, data out; the Pinia store does the storing.
 */

export const PROGRESS_VERSION = 1

/** What is kept per learner. `learned` maps a lesson id to when it was marked learned (ISO time). */
export interface SavedProgress {
  version: typeof PROGRESS_VERSION
  learned: Record<string, string>
}

export type ProgressReadResult =
  | { ok: true; progress: SavedProgress }
  | { ok: false; progress: SavedProgress; problem: string }

/** @example emptyProgress() // { version: 1, learned: {} } */
export function emptyProgress(): SavedProgress {
  return { version: PROGRESS_VERSION, learned: {} }
}

function isIsoTime(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value))
}

/**
 * Validates saved progress. Absent data is a fresh start; anything malformed
 * is refused with the reason, and an empty progress is returned in its place
 * (the caller keeps the raw text as a backup).
 *
 * @example
 * parseProgress('{"version":1,"learned":{"a":"2026-01-01T00:00:00.000Z"}}').ok // true
 * parseProgress('{oops').ok // false
 */
export function parseProgress(raw: string | null): ProgressReadResult {
  if (raw === null || raw === '') return { ok: true, progress: emptyProgress() }
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return { ok: false, progress: emptyProgress(), problem: '保存的数据不是有效的 JSON' }
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, progress: emptyProgress(), problem: '保存的数据不是一个对象' }
  }
  const record = data as Record<string, unknown>
  if (record.version !== PROGRESS_VERSION) {
    return { ok: false, progress: emptyProgress(), problem: `不认识的数据版本：${String(record.version)}` }
  }
  const learned = record.learned
  if (!learned || typeof learned !== 'object' || Array.isArray(learned)) {
    return { ok: false, progress: emptyProgress(), problem: '“已学课程”一项格式不对' }
  }
  const entries = Object.entries(learned as Record<string, unknown>)
  const bad = entries.find(([lessonId, at]) => lessonId.length > 200 || !isIsoTime(at))
  if (bad) return { ok: false, progress: emptyProgress(), problem: `课程「${bad[0].slice(0, 40)}」的学习时间无效` }
  return { ok: true, progress: { version: PROGRESS_VERSION, learned: Object.fromEntries(entries) as Record<string, string> } }
}

/**
 * Marks a lesson learned (or not), returning a new progress object.
 *
 * @example
 * setLearned(emptyProgress(), 'l1', true, new Date(0)).learned // { l1: '1970-01-01T00:00:00.000Z' }
 */
export function setLearned(progress: SavedProgress, lessonId: string, learned: boolean, at: Date): SavedProgress {
  const next = { ...progress.learned }
  if (learned) next[lessonId] = next[lessonId] ?? at.toISOString()
  else delete next[lessonId]
  return { version: PROGRESS_VERSION, learned: next }
}

/**
 * Combines two copies of progress (this tab's and another tab's): a lesson
 * learned in either stays learned, with the earlier time.
 *
 * @example
 * mergeProgress(a, b).learned // every lesson in a or b
 */
export function mergeProgress(mine: SavedProgress, theirs: SavedProgress): SavedProgress {
  const learned = { ...theirs.learned }
  for (const [lessonId, at] of Object.entries(mine.learned)) {
    const other = learned[lessonId]
    learned[lessonId] = other && other < at ? other : at
  }
  return { version: PROGRESS_VERSION, learned }
}

export interface Completion {
  done: number
  total: number
  /** Whole percent, 0 when there is nothing to do. */
  percent: number
}

/** @example completion({ version: 1, learned: { a: '…' } }, ['a', 'b']) // { done: 1, total: 2, percent: 50 } */
export function completion(progress: SavedProgress, lessonIds: readonly string[]): Completion {
  const done = lessonIds.filter((lessonId) => lessonId in progress.learned).length
  const total = lessonIds.length
  return { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100) }
}

export interface LessonRef {
  moduleId: string
  lessonId: string
}

/**
 * The first lesson, in course order, that is not learned yet; null when all are.
 *
 * @example
 * nextUnlearned([{ id: 'm', lessons: [{ id: 'a' }, { id: 'b' }] }], { version: 1, learned: { a: '…' } })
 * // { moduleId: 'm', lessonId: 'b' }
 */
export function nextUnlearned(
  modules: readonly { id: string; lessons: readonly { id: string }[] }[],
  progress: SavedProgress,
): LessonRef | null {
  for (const module of modules) {
    const lesson = module.lessons.find((candidate) => !(candidate.id in progress.learned))
    if (lesson) return { moduleId: module.id, lessonId: lesson.id }
  }
  return null
}
