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
 * How each assignment of the list is named to the trainer: by its title, and where two share a
 * title, with when it was made (`madeAt` formats the time), and its 编号 too when that is the same
 * minute, so their buttons and messages differ.
 *
 * @example
 * namesOf(list, (iso) => iso.slice(5, 16)) // Map { 'a1' => '第一周（03-01T08:00）', 'b2' => '第一周（03-02T09:00）', 'c3' => '第二周' }
 */
export function namesOf(
  list: readonly CreatedAssignment[],
  madeAt: (createdAt: string) => string,
): Map<string, string> {
  const shared = (names: readonly string[]) => {
    const seen = new Set<string>()
    const twice = new Set<string>()
    for (const name of names) (seen.has(name) ? twice : seen).add(name)
    return twice
  }
  const titles = shared(list.map(({ assignment }) => assignment.title))
  const timed = list.map(({ assignment, createdAt }) =>
    titles.has(assignment.title) ? `${assignment.title}（${madeAt(createdAt)}）` : assignment.title,
  )
  const sameMinute = shared(timed)
  return new Map(
    list.map(({ assignment }, at) => [
      assignment.id,
      sameMinute.has(timed[at]!) ? `${timed[at]!.slice(0, -1)}，编号 ${assignment.id}）` : timed[at]!,
    ]),
  )
}
