/**
 * The trainer's class list: who is in the room, so the roster can say who has not handed an
 * assignment in yet, not only who has. Pasted one learner a line (a name, and a 工号 where the
 * class uses them), typed or copied from a spreadsheet's columns; kept on the trainer's device.
 */
import { cleanText } from '../text/sanitize'
import { MAX_LEARNER } from './assignmentResult'
import { nameOrder } from './roster'
import { cellKey, type RosterLearner } from './rosterLearners'

/** One learner of the class list. */
export interface ClassMember {
  name: string
  /** 工号, when the list gives one: it is matched before the name, which two learners may share. */
  staffId?: string
}

/** A class of some hundreds at most; a longer paste is a mistake (a whole export, not a list). */
export const MAX_CLASS_SIZE = 500
const MAX_CLASS_TEXT = 40_000

/** A 工号 as results carry it (letters, digits, hyphens), with at least one digit, so an English name is not one. */
const STAFF_ID = /^(?=.*\d)[A-Za-z0-9-]{1,20}$/
/** Digits alone that are not a 工号 on a list: a row number (序号, up to 3 digits) or a phone number (7 or more). */
const NOT_STAFF_ID = /^(\d{1,3}|\d{7,})$/
const isStaffId = (text: string) => STAFF_ID.test(text) && !NOT_STAFF_ID.test(text)
/** A name or column as typed, its spaces one at most between words. */
const oneSpaced = (text: string) => cleanText(text).replace(/\s+/g, ' ')
/** How names are compared: 「张 小红」 and 「张小红」 are one name, however the spaces were typed. */
const compact = (name: string) => name.replace(/\s+/g, '')

/** A spreadsheet's header row names its columns: the name's and the 工号's are found by these words. */
const NAME_HEADERS = new Set(['姓名', '名字', '学员', '学员姓名', '员工姓名', 'name'])
const STAFF_ID_HEADERS = new Set(['工号', '员工号', '员工编号', '编号'])
/** Words of a header row's other columns: a row holding one of them is a header, not a learner. */
const OTHER_HEADERS = new Set(['班组', '部门', '序号', '手机', '电话', '手机号', '备注'])

/** Where a header row put the name and the 工号. */
interface Columns {
  name: number
  staffId: number
}

const splitColumns = (raw: string) => raw.split(/[\t,，;；]/).map(oneSpaced)

/** The columns a header row names, or null when the row is a learner's. */
function headerOf(raw: string): Columns | null {
  const columns = splitColumns(raw).map((column) => column.toLowerCase())
  const headers = columns.filter(
    (column) => NAME_HEADERS.has(column) || STAFF_ID_HEADERS.has(column) || OTHER_HEADERS.has(column),
  )
  if (headers.length === 0 || headers.length < columns.filter(Boolean).length / 2) return null
  return {
    name: columns.findIndex((column) => NAME_HEADERS.has(column)),
    staffId: columns.findIndex((column) => STAFF_ID_HEADERS.has(column)),
  }
}

export const memberKey = (member: ClassMember): string => `${member.name}|${member.staffId ?? ''}`

export type ClassListRead =
  | { ok: true; members: ClassMember[]; refused: { line: number; text: string; problem: string }[] }
  | { ok: false; problem: string }

/**
 * One line of a pasted list. Spreadsheet columns (tabs or commas) are read by the header row's
 * names when there was one; otherwise the 工号 is the column that looks like one (not a row number
 * or a phone number) and the name the first other column; the rest (a 班组, a phone) are ignored.
 * A typed line is a name with a 工号 before or after it, or a name alone.
 */
function readLine(raw: string, header: Columns | null): ClassMember | string {
  const line = oneSpaced(raw)
  const all = splitColumns(raw)
  const columns = all.filter(Boolean)
  let staffId: string | undefined
  let name: string | undefined
  const byHeader = header && header.name >= 0 ? all[header.name] : undefined
  if (byHeader && !STAFF_ID.test(byHeader)) {
    name = byHeader
    const id = header!.staffId >= 0 ? all[header!.staffId] : undefined
    staffId = id && STAFF_ID.test(id) ? id : undefined
  } else if (columns.length > 1) {
    staffId = columns.find(isStaffId)
    name = columns.find((column) => column !== staffId && !STAFF_ID.test(column))
  } else {
    // A typed line: 「王芳 KF-07」 or 「KF-07 王芳」; a name of several words stays whole.
    const words = line.split(' ')
    if (words.length > 1 && isStaffId(words[0]!)) [staffId, name] = [words[0], words.slice(1).join(' ')]
    else if (words.length > 1 && isStaffId(words.at(-1)!))
      [staffId, name] = [words.at(-1), words.slice(0, -1).join(' ')]
    else if (STAFF_ID.test(line)) staffId = line
    else name = line
  }
  if (!name) return '只有工号，缺少姓名'
  if (name.length > MAX_LEARNER) return `姓名最多 ${MAX_LEARNER} 个字`
  return staffId ? { name, staffId } : { name }
}

/**
 * Reads a pasted class list: one learner a line, blank lines and a header row skipped, the same
 * learner twice kept once. A line that cannot be a learner is refused by its number; the rest are read.
 *
 * @example
 * readClassList('姓名\t工号\n王芳\tKF-07\n李强').members // [{ name: '王芳', staffId: 'KF-07' }, { name: '李强' }]
 */
export function readClassList(text: string): ClassListRead {
  if (text.length > MAX_CLASS_TEXT) return { ok: false, problem: `名单太长：一次最多 ${MAX_CLASS_SIZE} 位学员` }
  const members = new Map<string, ClassMember>()
  const refused: { line: number; text: string; problem: string }[] = []
  let header: Columns | null = null
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = cleanText(raw)
    if (!line) return
    const named = headerOf(raw)
    if (named) {
      header = named
      return
    }
    const read = readLine(raw, header)
    if (typeof read === 'string') refused.push({ line: index + 1, text: line, problem: read })
    else members.set(memberKey(read), read)
  })
  if (members.size > MAX_CLASS_SIZE) return { ok: false, problem: `名单太长：一次最多 ${MAX_CLASS_SIZE} 位学员` }
  if (members.size === 0 && refused.length === 0)
    return { ok: false, problem: '请粘贴名单：每行一位学员的姓名，可以加上工号' }
  return { ok: true, members: [...members.values()], refused }
}

/** The list as a trainer edits it again: one learner a line, as it would be pasted, in name order. */
export function classListText(members: readonly ClassMember[]): string {
  return [...members]
    .sort((a, b) => nameOrder(a.name, b.name))
    .map((member) => (member.staffId ? `${member.name} ${member.staffId}` : member.name))
    .join('\n')
}

/** A saved class list (as JSON text), keeping the members that are sound. */
export function parseClassList(text: string): ClassMember[] {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return []
  }
  if (!Array.isArray(data)) return []
  return data.flatMap((item): ClassMember[] => {
    const { name, staffId } = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>
    if (typeof name !== 'string' || !name || name.length > MAX_LEARNER || cleanText(name) !== name) return []
    if (staffId === undefined) return [{ name }]
    return typeof staffId === 'string' && STAFF_ID.test(staffId) ? [{ name, staffId }] : []
  })
}

/** The class list held against the roster: who is missing, and who handed in without being on it. */
export interface ClassCheck {
  /** Per assignment id, the members with no result for it, by name. */
  missing: Map<string, ClassMember[]>
  /** Roster learners no member of the list matched: a name typed differently, or a learner not in the class. */
  notListed: RosterLearner[]
}

/**
 * Holds the class list against the roster's learners and the results that count (`best`, keyed by
 * `cellKey`). A member with a 工号 is the learner with that 工号 (when no result carries it, the learner
 * of that name who gave none); one without is every learner of that name (a merged row answers to each
 * name merged into it).
 *
 * @example
 * checkClass([{ name: '王芳' }, { name: '李强' }], overview).missing.get('week2a1') // [{ name: '李强' }] when only 王芳 handed in
 */
export function checkClass(
  members: readonly ClassMember[],
  overview: {
    learners: readonly RosterLearner[]
    assignments: readonly { id: string }[]
    best: ReadonlyMap<string, unknown>
  },
): ClassCheck {
  const sameId = (a: string, b: string) => a.toUpperCase() === b.toUpperCase()
  const sameName = (member: ClassMember, learner: RosterLearner) =>
    [learner.name, ...learner.mergedNames].some((name) => compact(name) === compact(member.name))
  // A listed 工号 no result carries (learners who gave none): the member is found by name among those without one.
  const carried = new Set(
    overview.learners.flatMap((learner) => (learner.staffId ? [learner.staffId.toUpperCase()] : [])),
  )
  const matches = (member: ClassMember, learner: RosterLearner) =>
    member.staffId && carried.has(member.staffId.toUpperCase())
      ? learner.staffId !== undefined && sameId(member.staffId, learner.staffId)
      : member.staffId
        ? !learner.staffId && sameName(member, learner)
        : sameName(member, learner)
  const sorted = [...members].sort((a, b) => nameOrder(a.name, b.name))
  const matched = new Set<string>()
  const learnersOf = new Map(
    sorted.map((member) => {
      const learners = overview.learners.filter((learner) => matches(member, learner))
      for (const learner of learners) matched.add(learner.key)
      return [member, learners] as const
    }),
  )
  const missing = new Map(
    overview.assignments.map(({ id }) => [
      id,
      sorted.filter(
        (member) => !learnersOf.get(member)!.some((learner) => overview.best.has(cellKey(learner.key, id))),
      ),
    ]),
  )
  return { missing, notListed: overview.learners.filter((learner) => !matched.has(learner.key)) }
}
