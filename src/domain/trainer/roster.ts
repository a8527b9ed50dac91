/**
 * The trainer's roster: results pasted as codes or dropped as files, kept
 * locally, shown as a table, exported to CSV that Excel opens correctly.
 * Pastes and file batches have a size limit, refused with a message before any work is done.
 */
import {
  decodeResult,
  decodeResultFile,
  validateSavedResult,
  MAX_RESULT_CODE,
  MAX_RESULT_FILE,
  RESULT_VERSION,
  type AssignmentResult,
} from './assignmentResult'
import { codeInText, startsLikeCode } from './transferCode'
import { formatBytes } from '../text/size'
import { csvText } from './csv'
import { localDateTime } from '../time/clockTime'
import { localDayOf } from '../time/calendar'

/**
 * A result in the roster; `passMark` is null for results saved before it travelled with them.
 * `mergedInto` is set when the trainer said this learner is the same person as another
 * learner of the roster (that learner's key, see rosterLearners.ts).
 */
export type RosterEntry = Omit<AssignmentResult, 'passMark'> & { passMark: number | null; mergedInto?: string }

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

/**
 * One result's key in the roster (and its saved row's). A result without a learner id keeps
 * the key such results were always saved under; one with an id is keyed by the id, so two
 * people with the same name who hand in at the same moment are two results.
 */
export function entryKey(entry: Pick<RosterEntry, 'assignment' | 'learner' | 'learnerId' | 'finishedAt'>): string {
  return entry.learnerId
    ? `${entry.assignment}#${entry.learnerId}#${entry.finishedAt}`
    : `${entry.assignment}|${entry.learner}|${entry.finishedAt}`
}

/**
 * Who handed a result in, as the roster tells learners apart: by profile id, and 工号 where
 * given. A result from before learners carried an id is a learner of its own: it is never
 * put together with another unless the trainer merges them.
 *
 * @example
 * learnerKey({ …result, learnerId: 'p-1', staffId: 'KF-7' }) // 'id:p-1/KF-7'
 */
export function learnerKey(entry: RosterEntry): string {
  if (!entry.learnerId) return `old:${entryKey(entry)}`
  return entry.staffId ? `id:${entry.learnerId}/${entry.staffId}` : `id:${entry.learnerId}`
}

export interface AddReport {
  roster: RosterEntry[]
  added: number
  /**
   * Of the duplicates, those sent again with better role-play ratings (a learner plays the
   * role-plays after the quiz and copies the code again): the ratings are taken on.
   */
  updated: number
  /** Results already in the roster, sent again: every input is added, a duplicate or refused. */
  duplicates: number
  /** Lines or files that were refused, each with why. */
  refused: { source: string; problem: string }[]
  /** The results read, added or sent again, in the order they came: whose they are can be said. */
  received: RosterEntry[]
  /**
   * The assignments these results brought that the roster held none of before, when it held some,
   * titled as the overview's columns are: a code of another assignment pasted in by mistake adds a
   * column the trainer should see, and may take out again.
   */
  newAssignments: { id: string; title: string }[]
}

/**
 * The role-play ratings of one hand-in sent twice: each role-play's better rating, whichever code
 * came first (a code carries the best rating so far, which only rises). Null when `sent` adds nothing.
 */
function betterScenarios(
  kept: RosterEntry['scenarios'],
  sent: RosterEntry['scenarios'],
): RosterEntry['scenarios'] | null {
  let better = false
  const merged = kept.map((scenario) => {
    const other = sent.find((candidate) => candidate.id === scenario.id)
    if (!other || other.percent <= scenario.percent) return scenario
    better = true
    return other
  })
  const added = sent.filter((candidate) => !kept.some((scenario) => scenario.id === candidate.id))
  return better || added.length > 0 ? [...merged, ...added] : null
}

/**
 * Adds pasted codes (one per line) or file texts to the roster; the same result twice is kept once,
 * with the better role-play ratings of the two.
 *
 * @example
 * addToRoster([], [{ source: '第 1 行', text: 'R1.…' }]).added // 1
 */
export function addToRoster(roster: readonly RosterEntry[], inputs: readonly RosterInput[]): AddReport {
  const byKey = new Map(roster.map((entry) => [entryKey(entry), entry]))
  // A learner the trainer merged into another stays merged when more of their results arrive.
  const merged = new Map(
    roster.flatMap((entry) => (entry.mergedInto ? [[learnerKey(entry), entry.mergedInto] as const] : [])),
  )
  let added = 0
  let updated = 0
  let duplicates = 0
  const refused: AddReport['refused'] = []
  const received: RosterEntry[] = []
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
    received.push(decoded.value)
    const key = entryKey(decoded.value)
    const kept = byKey.get(key)
    if (kept) {
      duplicates += 1
      const scenarios = betterScenarios(kept.scenarios, decoded.value.scenarios)
      if (scenarios) {
        byKey.set(key, { ...kept, scenarios })
        updated += 1
      }
    } else {
      const mergedInto = merged.get(learnerKey(decoded.value))
      byKey.set(key, mergedInto ? { ...decoded.value, mergedInto } : decoded.value)
      added += 1
    }
  }
  const before = new Set(roster.map((entry) => entry.assignment))
  // Titled as the overview's columns are (two of one title told apart by their 编号).
  const newAssignments =
    before.size === 0
      ? []
      : rosterAssignments([...byKey.values()])
          .filter(({ id }) => !before.has(id))
          .map(({ id, title }) => ({ id, title }))
  return { roster: [...byKey.values()], added, updated, duplicates, refused, received, newAssignments }
}

/**
 * The roster without one assignment's results: a code of another trainer's assignment, pasted by
 * mistake, is taken out again without clearing the roster.
 *
 * @example
 * withoutAssignment(roster, 'week2a1').some((entry) => entry.assignment === 'week2a1') // false
 */
export function withoutAssignment(roster: readonly RosterEntry[], assignment: string): RosterEntry[] {
  return roster.filter((entry) => entry.assignment !== assignment)
}

/** Refusals that share a reason, named together: the lines or files, in the order they came. */
export interface RefusalGroup {
  sources: string[]
  problem: string
}

/**
 * Refusals grouped by their reason, in the order each reason first came, so a different reason
 * among many alike is never hidden behind them.
 *
 * @example
 * groupRefusals([{ source: '第 1 行', problem: '格式不对' }, { source: '第 2 行', problem: '格式不对' }])
 * // [{ sources: ['第 1 行', '第 2 行'], problem: '格式不对' }]
 */
export function groupRefusals(refused: readonly { source: string; problem: string }[]): RefusalGroup[] {
  const byProblem = new Map<string, string[]>()
  for (const { source, problem } of refused) {
    const sources = byProblem.get(problem)
    if (sources) sources.push(source)
    else byProblem.set(problem, [source])
  }
  return [...byProblem].map(([problem, sources]) => ({ sources, problem }))
}

/** What may stand beside a code that is still the code: a chat's spaces for "+", or a stray dot. */
const CODE_LIKE = /^[A-Za-z0-9+$\-. ]*$/

/** A link's text with its escapes undone (an assignment link carries its code escaped), or as it is. */
function unescaped(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * The code in a line forwarded from a chat with words around it (「王芳的成绩码：R5.….XXXXXX 谢谢」), or
 * the line as it is: words are only taken off when they cannot be part of a code. An assignment's
 * code (its link, sent back by mistake) is taken too, so the refusal can say what it is.
 *
 * @example codeInLine('成绩码：R5.abc.ABCDEF，谢谢') // 'R5.abc.ABCDEF'
 */
export function codeInLine(line: string): string {
  const found = codeInText(line, 'R') ?? codeInText(unescaped(line), 'A')
  if (!found) return line
  const at = line.indexOf(found)
  return at >= 0 && CODE_LIKE.test(line.slice(0, at) + line.slice(at + found.length)) ? line : found
}

/** A result code's head (its letter, version and dot) anywhere in a line. */
const CODE_HEAD = /(?:^|[^A-Za-z0-9])R\d{1,3}\./
/** A line ending in a result code's start: its head and some of its payload (or all of it and a dot). */
const CODE_START_AT_END = /(?:^|[^A-Za-z0-9])R\d{1,3}\.[A-Za-z0-9+$\-.]*$/
/** A line that carries on a broken code: it starts with the code's letters. */
const CODE_GOES_ON = /^[A-Za-z0-9+$\-.]/

/**
 * A code a chat broke over several lines, made one again: a line that ends in the start of a result
 * code and holds no whole one takes the lines after it, while they go on in the code's letters, until
 * the code is whole. Lines that never make a whole code stay as they were, each refused on its own.
 */
function joinBrokenCodes(lines: readonly { number: number; text: string }[]): { source: string; text: string }[] {
  const joined: { source: string; text: string }[] = []
  let index = 0
  while (index < lines.length) {
    const first = lines[index]!
    if (CODE_START_AT_END.test(first.text) && !codeInText(first.text, 'R')) {
      let text = first.text
      let next = index + 1
      while (next < lines.length && text.length <= MAX_RESULT_CODE * 2 && !codeInText(text, 'R')) {
        const following = lines[next]!.text
        // A line in other words, or one with a code of its own, ends it: the code before was cut short.
        // (So a line is taken into one attempt at most, and a long paste is read in one pass.)
        if (!CODE_GOES_ON.test(following) || CODE_HEAD.test(following)) break
        text += following
        next += 1
      }
      if (next > index + 1 && codeInText(text, 'R')) {
        joined.push({ source: `第 ${first.number}–${lines[next - 1]!.number} 行`, text })
        index = next
        continue
      }
    }
    joined.push({ source: `第 ${first.number} 行`, text: first.text })
    index += 1
  }
  return joined
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
  const numbered = text
    .split(/\r?\n/)
    .map((line, index) => ({ number: index + 1, text: line.trim() }))
    .filter((line) => line.text !== '')
  const lines = joinBrokenCodes(numbered).map((line) => ({ source: line.source, text: codeInLine(line.text) }))
  if (lines.length === 0)
    return { ok: false, problem: '还没有粘贴成绩代码：请把学员发来的成绩代码粘贴到这里，每行一个' }
  // Splitting into batches would not help a paste with no code in it (a spreadsheet of names, say).
  if (lines.length > MAX_ROSTER_ITEMS && !lines.some((line) => startsLikeCode(line.text, 'R')))
    return {
      ok: false,
      problem: `共 ${lines.length} 行，没有一行是成绩代码。成绩代码是以“R${RESULT_VERSION}.”这样开头的一长串字母和数字。`,
    }
  if (lines.length > MAX_ROSTER_ITEMS)
    return {
      ok: false,
      problem: `共 ${lines.length} 行，一次最多粘贴 ${MAX_ROSTER_ITEMS} 个成绩代码，请分批粘贴`,
    }
  return { ok: true, value: lines }
}

/**
 * What stays in the paste box once a paste is added: only its refused lines, in their order, with
 * the refusals named by the lines as they now stand. Pasting the box again after a correction then
 * adds those lines, not the accepted ones a second time as 重复.
 *
 * @example
 * refusedLinesLeft([{ source: '第 1 行', text: 'R1.…' }, { source: '第 2 行', text: '半截' }], [{ source: '第 2 行', problem: '格式不对' }])
 * // { text: '半截', refused: [{ source: '第 1 行', problem: '格式不对' }] }
 */
export function refusedLinesLeft(
  lines: readonly RosterInput[],
  refused: AddReport['refused'],
): { text: string; refused: AddReport['refused'] } {
  const problems = new Map(refused.map((item) => [item.source, item.problem]))
  const left = lines.filter((line) => problems.has(line.source))
  return {
    text: left.map((line) => line.text).join('\n'),
    refused: left.map((line, index) => ({ source: `第 ${index + 1} 行`, problem: problems.get(line.source)! })),
  }
}

/**
 * A batch of dropped files refused before any is read, as one refused input
 * for `addToRoster`, or null when the batch may be read: more than
 * `MAX_ROSTER_ITEMS` files, or more than `MAX_ROSTER_BATCH_BYTES` together, is refused.
 * (Each file is also limited to `MAX_ROSTER_FILE_BYTES` when it is read; one over it is not counted here.)
 *
 * @example
 * rosterBatchRefusal([{ size: 900 }]) // null
 */
export function rosterBatchRefusal(files: readonly { size: number }[]): RosterInput | null {
  const refuse = (problem: string): RosterInput => ({ source: '所选文件', text: '', file: true, problem })
  if (files.length > MAX_ROSTER_ITEMS)
    return refuse(`共 ${files.length} 个，一次最多添加 ${MAX_ROSTER_ITEMS} 个文件，请分批添加`)
  // A file over the one-file limit is refused on its own, unread, and leaves the rest of the batch be.
  const total = files.reduce((sum, file) => sum + (file.size > MAX_ROSTER_FILE_BYTES ? 0 : file.size), 0)
  if (total > MAX_ROSTER_BATCH_BYTES)
    return refuse(`共 ${formatBytes(total, 'up')}，一次最多添加 ${formatBytes(MAX_ROSTER_BATCH_BYTES)}，请分批添加`)
  return null
}

/** A learner key is at most `old:` and an entry key: an id, a name of 40 characters and a time. */
const MAX_LEARNER_KEY = 200

/** Reads the saved roster, keeping every entry that is still valid. */
export function parseRoster(raw: string | null): RosterEntry[] {
  if (!raw) return []
  try {
    const data = JSON.parse(raw) as unknown
    if (!Array.isArray(data)) return []
    // Checked again with today's rules, and cleaned; two entries that clean to the same one are kept once.
    const byKey = new Map<string, RosterEntry>()
    for (const item of data) {
      const { mergedInto, ...result } = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>
      const checked = validateSavedResult(result)
      if (!checked.ok || byKey.has(entryKey(checked.value))) continue
      // A merge that cannot be read is dropped: the learner shows as their own row again, nothing is lost.
      const merge = typeof mergedInto === 'string' && mergedInto.length <= MAX_LEARNER_KEY ? { mergedInto } : {}
      byKey.set(entryKey(checked.value), { ...checked.value, ...merge })
    }
    return [...byKey.values()]
  } catch {
    return []
  }
}

export type RosterSort = 'learner' | 'score' | 'finished'

/** Seconds from start to hand-in; never below 0 (a device's clock set back between the two). */
export function secondsTaken(entry: Pick<RosterEntry, 'startedAt' | 'finishedAt'>): number {
  return Math.max(0, Math.round((Date.parse(entry.finishedAt) - Date.parse(entry.startedAt)) / 1000))
}

/**
 * The time a hand-in took, as the roster says it: a quiz clicked through in seconds reads as such
 * (it used to read 1 分钟, like one taken with care), else whole minutes, the nearest.
 *
 * @example timeTakenText({ startedAt: '2026-11-23T09:00:00Z', finishedAt: '2026-11-23T09:00:20Z' }) // '不到 1 分钟'
 * @example timeTakenText({ startedAt: '2026-11-23T09:00:00Z', finishedAt: '2026-11-23T09:12:20Z' }) // '12 分钟'
 */
export function timeTakenText(entry: Pick<RosterEntry, 'startedAt' | 'finishedAt'>): string {
  const seconds = secondsTaken(entry)
  return seconds < 60 ? '不到 1 分钟' : `${Math.round(seconds / 60)} 分钟`
}

/**
 * Whether a result was handed in after its assignment's due date: on a later day than the due
 * date, on this device's calendar. A result without a due date (none set, or a code from before
 * version 4) is never late.
 *
 * @example
 * handedInLate({ due: '2026-03-01', finishedAt: '2026-03-01T23:30:00Z' }) // true on a device in China (7:30 on 2 March)
 */
export function handedInLate(entry: Pick<RosterEntry, 'due' | 'finishedAt'>): boolean {
  const day = localDayOf(entry.finishedAt)
  return entry.due !== undefined && day !== null && day > entry.due
}

/**
 * Each assignment of the roster once, in the order results arrived, titled so that two of the same
 * title (one made again after a change to the form) are told apart by their 作业编号.
 *
 * @example
 * rosterAssignments(entries) // [{ id: 'a1b2', title: '第一周（编号 a1b2）' }, { id: 'c3d4', title: '第一周（编号 c3d4）' }]
 */
export function rosterAssignments(roster: readonly Pick<RosterEntry, 'assignment' | 'title'>[]): {
  id: string
  title: string
}[] {
  const titles = new Map(roster.map((entry) => [entry.assignment, entry.title]))
  const uses = new Map<string, number>()
  for (const title of titles.values()) uses.set(title, (uses.get(title) ?? 0) + 1)
  return [...titles].map(([id, title]) => ({ id, title: uses.get(title)! > 1 ? `${title}（编号 ${id}）` : title }))
}

/** Shown for results whose learner gave no 班组 (and the value that picks them). */
export const NO_TEAM = ''

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

/** A number written in Chinese up to 九十九 (一, 十, 十二, 二十, 二十三), or the text itself when it is not one. */
function chineseNumeral(text: string): string {
  const [tens, ones, extra] = text.split('十')
  if (extra !== undefined) return text
  if (ones === undefined) return text.length === 1 ? String(CHINESE_DIGITS[text]) : text
  const ten = tens === '' ? 1 : CHINESE_DIGITS[tens!]
  const one = ones === '' ? 0 : CHINESE_DIGITS[ones]
  return ten === undefined || one === undefined ? text : String(ten * 10 + one)
}

/** A team's name with its numbers in figures (一组 → 1组, 十二组 → 12组), for sorting by them. */
const countingKey = (team: string) => team.replace(/[零一二两三四五六七八九十]+/g, chineseNumeral)

/** Teams in the order people count them: 一组, 二组, 十组 (and 2组 before 10组), not by pinyin. */
const teamOrder = (a: string, b: string) =>
  countingKey(a).localeCompare(countingKey(b), 'zh-CN', { numeric: true }) || a.localeCompare(b, 'zh-CN')

/**
 * The roster's 班组, sorted as people count them (一组, 二组, 十组; 2组 before 10组), each once;
 * `NO_TEAM` last when some results have none. Empty when no result names a 班组, so the roster
 * shows no team choice at all.
 *
 * @example
 * rosterTeams([{ team: '10组' }, {}, { team: '2组' }]) // ['2组', '10组', '']
 */
export function rosterTeams(roster: readonly Pick<RosterEntry, 'team'>[]): string[] {
  const teams = [...new Set(roster.flatMap((entry) => (entry.team ? [entry.team] : [])))]
  if (teams.length === 0) return []
  teams.sort(teamOrder)
  return roster.some((entry) => !entry.team) ? [...teams, NO_TEAM] : teams
}

/** The results of one 班组 (`NO_TEAM`: those without one), or all of them when `team` is null. */
export function teamEntries<Entry extends Pick<RosterEntry, 'team'>>(
  roster: readonly Entry[],
  team: string | null,
): readonly Entry[] {
  return team === null ? roster : roster.filter((entry) => (entry.team ?? NO_TEAM) === team)
}

/** Learners' names in the order people read them: 学员2 before 学员10, other names by pinyin. */
export const nameOrder = (a: string, b: string) => a.localeCompare(b, 'zh-CN', { numeric: true })

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
      if (options.sort === 'score') return b.percent - a.percent || nameOrder(a.learner, b.learner)
      if (options.sort === 'finished') return b.finishedAt.localeCompare(a.finishedAt)
      return nameOrder(a.learner, b.learner) || a.title.localeCompare(b.title, 'zh-CN')
    })
}

/**
 * CSV with a byte-order mark and CRLF lines, which Excel opens with the Chinese intact.
 * 工号 and 学员编号 (the profile id) tell apart learners with the same name; results from
 * before learners carried an id leave both empty, and 班组 is empty where the learner gave none.
 *
 * @example
 * rosterCsv(rows).startsWith('\uFEFF"学员"') // true
 */
export function rosterCsv(
  rows: readonly RosterEntry[],
  titleOf?: (id: string) => string,
  /** Which of the learner's hand-ins of the assignment this is (see `tryNumbers`); 1 when not given. */
  tryOf: (entry: RosterEntry) => number = () => 1,
): string {
  const header = [
    '学员',
    '工号',
    '班组',
    '学员编号',
    '作业',
    '作业编号',
    '得分（%）',
    '答对',
    '总题数',
    '是否通过',
    '用时（分钟）',
    '交卷时间',
    '截止日期',
    '是否迟交',
    '情景演练',
    '第几次交卷',
  ]
  const lines = rows.map((entry) => [
    entry.learner,
    entry.staffId ?? '',
    entry.team ?? '',
    entry.learnerId ?? '',
    entry.title,
    entry.assignment,
    entry.percent,
    entry.correct,
    entry.total,
    entry.passed ? '通过' : '未通过',
    // To a tenth of a minute: a spreadsheet sorts and sums it, and a hand-in of seconds shows as one.
    Math.round(secondsTaken(entry) / 6) / 10,
    localDateTime(entry.finishedAt),
    entry.due ?? '',
    entry.due ? (handedInLate(entry) ? '迟交' : '按时') : '',
    scenarioSummary(entry, titleOf),
    tryOf(entry),
  ])
  return csvText(header, lines)
}

const RATING_WORDS = { excellent: '优秀', pass: '合格', improve: '需改进', none: '未演练' } as const

/**
 * Role-play ratings in words, in the assignment's order.
 *
 * @example ratingWords([{ id: 'bad-line', rating: 'pass', percent: 70 }]) // '合格'
 */
export function ratingWords(scenarios: RosterEntry['scenarios']): string {
  return scenarios.map((item) => RATING_WORDS[item.rating]).join('、')
}

/** The role-play ratings of a result as one line, e.g. "bad-line 合格". */
export function scenarioSummary(entry: RosterEntry, titleOf: (id: string) => string = (id) => id): string {
  return entry.scenarios.map((item) => `${titleOf(item.id)} ${RATING_WORDS[item.rating]}`).join('、')
}
