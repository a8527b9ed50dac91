/**
 * The assignments a trainer made on this device, kept so a link can be shown again (the same
 * assignment, so its results stay in one column of the roster) instead of being made anew.
 */
import { checkedAssignment, type Assignment } from './assignment'

export interface CreatedAssignment {
  assignment: Assignment
  /** When it was made (ISO time). */
  createdAt: string
}

/** At most this many are kept; the oldest give way. */
export const MAX_CREATED_ASSIGNMENTS = 200

/**
 * The sound items of a saved list (JSON text): each assignment checked as a link's would be;
 * anything else is left out.
 *
 * @example
 * checkCreatedAssignments('[{"assignment": {…}, "createdAt": "2026-12-03T08:00:00.000Z"}, 42]') // the first only
 */
export function checkCreatedAssignments(text: string): CreatedAssignment[] {
  return arrayIn(text).flatMap((item) => {
    const record = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>
    const assignment = checkedAssignment(record.assignment)
    const createdAt = record.createdAt
    return assignment && typeof createdAt === 'string' && !Number.isNaN(Date.parse(createdAt))
      ? [{ assignment, createdAt }]
      : []
  })
}

function arrayIn(text: string): unknown[] {
  try {
    const data = JSON.parse(text) as unknown
    return Array.isArray(data) ? data : []
  } catch {
    return []
  }
}

/** The list with `made` added, newest first, at most MAX_CREATED_ASSIGNMENTS. */
export function withCreated(list: readonly CreatedAssignment[], made: CreatedAssignment): CreatedAssignment[] {
  const rest = list.filter((item) => item.assignment.id !== made.assignment.id)
  return newestFirst([made, ...rest]).slice(0, MAX_CREATED_ASSIGNMENTS)
}

/** The list newest first, as the trainer page shows it. */
export function newestFirst(list: readonly CreatedAssignment[]): CreatedAssignment[] {
  return [...list].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
}

/**
 * Another assignment of the same title, made earlier: making a second one splits learners' results
 * into two columns of the roster, which the trainer should know before sharing it.
 *
 * @example
 * sameTitleBefore(list, { id: 'new1', title: '第一周' })?.assignment.id // the earlier one's id
 */
export function sameTitleBefore(
  list: readonly CreatedAssignment[],
  made: Pick<Assignment, 'id' | 'title'>,
): CreatedAssignment | null {
  return (
    newestFirst(list).find((item) => item.assignment.title === made.title && item.assignment.id !== made.id) ?? null
  )
}

/**
 * What the trainer is told besides an assignment's title so that two of one title on the list
 * differ: nothing (`'title'`, the only one of its title), when it was made (`'time'`), or that and
 * its 编号 (`'id'`, made the same minute). `minuteOf` gives the time as the trainer reads it.
 *
 * @example
 * tellApart(list, localDateTime) // Map { 'a1' => 'time', 'b2' => 'time', 'c3' => 'title' }
 */
export function tellApart(
  list: readonly CreatedAssignment[],
  minuteOf: (createdAt: string) => string,
): Map<string, 'title' | 'time' | 'id'> {
  const count = (keys: readonly string[]) => {
    const counts = new Map<string, number>()
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
    return counts
  }
  const titles = count(list.map(({ assignment }) => assignment.title))
  const minuteKey = ({ assignment, createdAt }: CreatedAssignment) =>
    JSON.stringify([assignment.title, minuteOf(createdAt)])
  const minutes = count(list.map(minuteKey))
  return new Map(
    list.map((item) => [
      item.assignment.id,
      titles.get(item.assignment.title)! < 2 ? 'title' : minutes.get(minuteKey(item))! < 2 ? 'time' : 'id',
    ]),
  )
}
