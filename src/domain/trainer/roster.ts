/**
 * The trainer's roster: results pasted as codes or dropped as files, kept
 * locally, shown as a table, exported to CSV that Excel opens correctly.
 * Pastes and file batches have a size limit, refused with a message before any work is done.
 */
import {
  decodeResult,
  decodeResultFile,
  validateSavedResult,
  MAX_RESULT_FILE,
  type AssignmentResult,
} from './assignmentResult'
import { formatBytes } from '../text/size'

/** A result in the roster; `passMark` is null for results saved before it travelled with them. */
export type RosterEntry = Omit<AssignmentResult, 'passMark'> & { passMark: number | null }

/** Pasted text: about 500 result codes of 400 characters. */
export const MAX_PASTE_CHARS = 200_000
/** Result codes in one paste, and result files in one batch. */
export const MAX_ROSTER_ITEMS = 500
/** One result file (about 1 KB each); the same limit `decodeResultFile` applies. */
export const MAX_ROSTER_FILE_BYTES = MAX_RESULT_FILE
/** All the files of one batch together. */
export const MAX_ROSTER_BATCH_BYTES = 2 * 1024 * 1024

/** One pasted line or one dropped file; `problem` marks one already refused (too big, unreadable). */
export interface RosterInput {
  source: string
  text: string
  file?: boolean
  problem?: string
}

function entryKey(entry: RosterEntry): string {
  return `${entry.assignment}|${entry.learner}|${entry.finishedAt}`
}

export interface AddReport {
  roster: RosterEntry[]
  added: number
  duplicates: number
  /** Lines or files that were refused, each with why. */
  refused: { source: string; problem: string }[]
}

/**
 * Adds pasted codes (one per line) or file texts to the roster; the same result twice is kept once.
 *
 * @example
 * addToRoster([], [{ source: '第 1 行', text: 'R1.…' }]).added // 1
 */
export function addToRoster(roster: readonly RosterEntry[], inputs: readonly RosterInput[]): AddReport {
  const byKey = new Map(roster.map((entry) => [entryKey(entry), entry]))
  let added = 0
  let duplicates = 0
  const refused: AddReport['refused'] = []
  for (const input of inputs) {
    if (input.problem) {
      refused.push({ source: input.source, problem: input.problem })
      continue
    }
    const decoded = input.file ? decodeResultFile(input.text) : decodeResult(input.text)
    if (!decoded.ok) {
      refused.push({ source: input.source, problem: decoded.problem })
      continue
    }
    const key = entryKey(decoded.value)
    if (byKey.has(key)) duplicates += 1
    else {
      byKey.set(key, decoded.value)
      added += 1
    }
  }
  return { roster: [...byKey.values()], added, duplicates, refused }
}

/**
 * Pasted text as one input per non-empty line, or why it is refused: more than
 * `MAX_PASTE_CHARS` characters or `MAX_ROSTER_ITEMS` lines is refused before it is split.
 *
 * @example
 * pastedInputs('R2.…\nR2.…') // { ok: true, value: [{ source: '第 1 行', … }, { source: '第 2 行', … }] }
 */
export function pastedInputs(text: string): { ok: true; value: RosterInput[] } | { ok: false; problem: string } {
  if (text.length > MAX_PASTE_CHARS)
    return {
      ok: false,
      problem: `共 ${text.length} 个字符，一次最多粘贴 ${MAX_PASTE_CHARS} 个字符，请分批粘贴`,
    }
  const lines = text
    .split(/\r?\n/)
    .map((line, index) => ({ source: `第 ${index + 1} 行`, text: line.trim() }))
    .filter((line) => line.text !== '')
  if (lines.length === 0) return { ok: false, problem: '没有成绩代码' }
  if (lines.length > MAX_ROSTER_ITEMS)
    return {
      ok: false,
      problem: `共 ${lines.length} 行，一次最多粘贴 ${MAX_ROSTER_ITEMS} 个成绩代码，请分批粘贴`,
    }
  return { ok: true, value: lines }
}

/**
 * Pasted text as inputs for `addToRoster`; a refused paste becomes one refused
 * input carrying the reason, so the report shows it.
 */
export function pastedLines(text: string): RosterInput[] {
  const read = pastedInputs(text)
  return read.ok ? read.value : [{ source: '粘贴的内容', text: '', problem: read.problem }]
}

/**
 * A batch of dropped files refused before any is read, as one refused input
 * for `addToRoster`, or null when the batch may be read: more than
 * `MAX_ROSTER_ITEMS` files, or more than `MAX_ROSTER_BATCH_BYTES` together, is refused.
 * (Each file is also limited to `MAX_ROSTER_FILE_BYTES` when it is read.)
 *
 * @example
 * rosterBatchRefusal([{ size: 900 }]) // null
 */
export function rosterBatchRefusal(files: readonly { size: number }[]): RosterInput | null {
  const refuse = (problem: string): RosterInput => ({ source: '所选文件', text: '', file: true, problem })
  if (files.length > MAX_ROSTER_ITEMS)
    return refuse(`共 ${files.length} 个，一次最多添加 ${MAX_ROSTER_ITEMS} 个文件，请分批添加`)
  const total = files.reduce((sum, file) => sum + file.size, 0)
  if (total > MAX_ROSTER_BATCH_BYTES)
    return refuse(`共 ${formatBytes(total, 'up')}，一次最多添加 ${formatBytes(MAX_ROSTER_BATCH_BYTES)}，请分批添加`)
  return null
}

/** Reads the saved roster, keeping every entry that is still valid. */
export function parseRoster(raw: string | null): RosterEntry[] {
  if (!raw) return []
  try {
    const data = JSON.parse(raw) as unknown
    if (!Array.isArray(data)) return []
    // Checked again with today's rules, and cleaned; two entries that clean to the same one are kept once.
    const byKey = new Map<string, RosterEntry>()
    for (const item of data) {
      const checked = validateSavedResult(item)
      if (checked.ok && !byKey.has(entryKey(checked.value))) byKey.set(entryKey(checked.value), checked.value)
    }
    return [...byKey.values()]
  } catch {
    return []
  }
}

export type RosterSort = 'learner' | 'score' | 'finished'

/** Minutes from start to hand-in, rounded up. */
export function minutesTaken(entry: RosterEntry): number {
  return Math.max(1, Math.ceil((Date.parse(entry.finishedAt) - Date.parse(entry.startedAt)) / 60_000))
}

/** The rows to show: filtered by assignment and by learner name, sorted. */
export function rosterRows(
  roster: readonly RosterEntry[],
  options: { assignment?: string; learner?: string; sort: RosterSort },
): RosterEntry[] {
  const needle = options.learner?.trim() ?? ''
  return roster
    .filter((entry) => !options.assignment || entry.assignment === options.assignment)
    .filter((entry) => needle === '' || entry.learner.includes(needle))
    .sort((a, b) => {
      if (options.sort === 'score') return b.percent - a.percent || a.learner.localeCompare(b.learner, 'zh-CN')
      if (options.sort === 'finished') return b.finishedAt.localeCompare(a.finishedAt)
      return a.learner.localeCompare(b.learner, 'zh-CN') || a.title.localeCompare(b.title, 'zh-CN')
    })
}

/** A cell for CSV: quoted, and never read by a spreadsheet as a formula. */
function cell(value: string | number): string {
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return `"${text.replace(/"/g, '""')}"`
}

/**
 * CSV with a byte-order mark and CRLF lines, which Excel opens with the Chinese intact.
 *
 * @example
 * rosterCsv(rows).startsWith('\uFEFF"学员"') // true
 */
export function rosterCsv(rows: readonly RosterEntry[], titleOf?: (id: string) => string): string {
  const header = ['学员', '作业', '得分（%）', '答对', '总题数', '是否通过', '用时（分钟）', '交卷时间', '情景演练']
  const lines = rows.map((entry) =>
    [
      entry.learner,
      entry.title,
      entry.percent,
      entry.correct,
      entry.total,
      entry.passed ? '通过' : '未通过',
      minutesTaken(entry),
      entry.finishedAt.slice(0, 16).replace('T', ' '),
      scenarioSummary(entry, titleOf),
    ]
      .map(cell)
      .join(','),
  )
  return `\uFEFF${[header.map(cell).join(','), ...lines].join('\r\n')}\r\n`
}

export interface RosterMatrix {
  learners: string[]
  assignments: { id: string; title: string }[]
  /** The best result per learner and assignment, keyed `learner|assignment`. */
  best: Map<string, RosterEntry>
}

/**
 * Learners × assignments, each cell the learner's best result in that assignment.
 *
 * @example
 * rosterMatrix(entries).best.get('王芳|abc123')?.percent // 90
 */
export function rosterMatrix(roster: readonly RosterEntry[]): RosterMatrix {
  const best = new Map<string, RosterEntry>()
  for (const entry of roster) {
    const key = `${entry.learner}|${entry.assignment}`
    const current = best.get(key)
    if (!current || entry.percent > current.percent) best.set(key, entry)
  }
  const learners = [...new Set(roster.map((entry) => entry.learner))].sort((a, b) => a.localeCompare(b, 'zh-CN'))
  const assignments = [...new Map(roster.map((entry) => [entry.assignment, entry.title])).entries()].map(
    ([id, title]) => ({ id, title }),
  )
  return { learners, assignments, best }
}

const RATING_WORDS = { excellent: '优秀', pass: '合格', improve: '需改进', none: '未演练' } as const

/** The role-play ratings of a result as one line, e.g. "bad-line 合格". */
export function scenarioSummary(entry: RosterEntry, titleOf: (id: string) => string = (id) => id): string {
  return entry.scenarios.map((item) => `${titleOf(item.id)} ${RATING_WORDS[item.rating]}`).join('、')
}
