/**
 * The learners of a roster: each result belongs to the learner who handed it in (by profile
 * id and 工号, see `learnerKey`), so two people with the same name are two learners, and
 * results from before learners carried an id are each a learner of their own. The trainer
 * can say two learners are one person (a merge, saved on the results, undone by a split).
 */
import { entryKey, handedInLate, learnerKey, nameOrder, rosterAssignments, type RosterEntry } from './roster'
import type { Decoded } from './transferCode'
import type { QuestionMark } from './questionMarks'

/** One learner of the roster: one row of the overview. */
export interface RosterLearner {
  /** The row's key: the learner key the trainer merged these results into, or their own. */
  key: string
  /** The name on the learner's latest result (for a merged row, the latest of the learner merged into). */
  name: string
  /** 工号 on the latest result, if given. */
  staffId?: string
  /** 班组 on the latest result, if given. */
  team?: string
  /** The last characters of the learner's profile id, to tell same-named learners apart; absent for old results. */
  shortId?: string
  /** When the learner's latest result was handed in (an old result's only one tells it apart). */
  finishedAt: string
  /** A result from before learners carried an id: one learner per result. */
  old: boolean
  /** How many other learners the trainer merged into this one. */
  mergedCount: number
  /** Their names, each once, as on their latest results: the row still says who is in it. */
  mergedNames: string[]
  /** Another learner of the roster has the same name. */
  sharedName: boolean
}

/** The row a result shows in: the learner it was merged into, or its own. */
export function rowKey(entry: RosterEntry): string {
  return entry.mergedInto ?? learnerKey(entry)
}

const byName = (a: { name: string; key: string }, b: { name: string; key: string }) =>
  nameOrder(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)

/**
 * The roster's learners, sorted by name; each with the details that tell same-named ones apart.
 *
 * @example
 * rosterLearners([wangFangA, wangFangB]).map((l) => l.sharedName) // [true, true]
 */
export function rosterLearners(roster: readonly RosterEntry[]): RosterLearner[] {
  const rows = new Map<string, RosterEntry[]>()
  for (const entry of roster) {
    const row = rows.get(rowKey(entry))
    if (row) row.push(entry)
    else rows.set(rowKey(entry), [entry])
  }
  const learners = [...rows].map(([key, entries]): RosterLearner => {
    // A merged row is named as the learner the others were merged into: their own latest result.
    const own = entries.filter((entry) => learnerKey(entry) === key)
    const latest = (own.length > 0 ? own : entries).reduce((a, b) => (b.finishedAt > a.finishedAt ? b : a))
    // Each learner merged in, by their latest result.
    const merged = new Map<string, RosterEntry>()
    for (const entry of entries) {
      const other = learnerKey(entry)
      const kept = merged.get(other)
      if (other !== key && (!kept || entry.finishedAt > kept.finishedAt)) merged.set(other, entry)
    }
    return {
      key,
      name: latest.learner,
      ...(latest.staffId ? { staffId: latest.staffId } : {}),
      ...(latest.team ? { team: latest.team } : {}),
      ...(latest.learnerId ? { shortId: latest.learnerId.slice(-4) } : {}),
      finishedAt: latest.finishedAt,
      old: !latest.learnerId,
      mergedCount: merged.size,
      mergedNames: [...new Set([...merged.values()].map((entry) => entry.learner))].sort(nameOrder),
      sharedName: false,
    }
  })
  const named = new Map<string, number>()
  for (const learner of learners) named.set(learner.name, (named.get(learner.name) ?? 0) + 1)
  return learners.map((learner) => ({ ...learner, sharedName: named.get(learner.name)! > 1 })).sort(byName)
}

/**
 * Names more than one learner of the roster has, each with those learners: the roster warns
 * about each, since they may be two people (kept apart) or one person on two devices (merge them).
 */
export function sharedNames(learners: readonly RosterLearner[]): { name: string; learners: RosterLearner[] }[] {
  const groups = new Map<string, RosterLearner[]>()
  for (const learner of learners)
    if (learner.sharedName) groups.set(learner.name, [...(groups.get(learner.name) ?? []), learner])
  return [...groups].map(([name, group]) => ({ name, learners: group }))
}

/** The key of one cell of the overview: a learner's row (`rowKey`) and an assignment's id. */
export function cellKey(row: string, assignment: string): string {
  return `${row}|${assignment}`
}

export interface RosterOverview {
  learners: RosterLearner[]
  assignments: { id: string; title: string }[]
  /**
   * The result that counts per learner and assignment, by `cellKey`: the best, or the first handed in
   * for an assignment that takes one hand-in only (`firstCounts`).
   */
  best: Map<string, RosterEntry>
  /** The same keys where every hand-in came after the due date: none was on time. */
  late: Set<string>
  /** How many times each learner handed each assignment in, by the same keys (1 when once). */
  tries: Map<string, number>
  /** Per assignment id: how many learners handed it in, and how many of them passed (on the result that counts). */
  totals: Map<string, { handedIn: number; passed: number }>
  /**
   * The keys whose learner has still not played a role-play the assignment asked for, by their
   * latest hand-in (a code carries the best rating so far, so the latest knows the most).
   */
  unplayed: Set<string>
  /** The role-play ratings per key, by the latest hand-in: the overview shows them beside the quiz's score. */
  rolePlays: Map<string, RosterEntry['scenarios']>
  /** The assignments whose first hand-in counts, as given. */
  firstCounts: ReadonlySet<string>
}

/** Whether some column of the overview counts the first hand-in, so its heading and caption say so. */
export function countsFirstAnywhere({
  assignments,
  firstCounts,
}: Pick<RosterOverview, 'assignments' | 'firstCounts'>): boolean {
  return assignments.some(({ id }) => firstCounts.has(id))
}

/**
 * Learners × assignments, each cell that learner's best result; never two learners in one row. For the
 * assignments in `firstCounts` (只能交一次, known from this device's own assignments) the first hand-in
 * counts instead: a retake made on another device, or after the learner was removed and added again,
 * is not taken over it.
 *
 * @example
 * rosterOverview(entries).best.get(`${learner.key}|abc123`)?.percent // 90
 * rosterOverview(entries).late.has(`${learner.key}|abc123`) // true: handed in, but only after the due date
 */
export function rosterOverview(
  roster: readonly RosterEntry[],
  firstCounts: ReadonlySet<string> = new Set(),
): RosterOverview {
  const best = new Map<string, RosterEntry>()
  const late = new Set<string>()
  const onTime = new Set<string>()
  const tries = new Map<string, number>()
  const latest = new Map<string, RosterEntry>()
  for (const entry of roster) {
    const key = cellKey(rowKey(entry), entry.assignment)
    const current = best.get(key)
    const counts = firstCounts.has(entry.assignment)
      ? !current || entry.finishedAt < current.finishedAt
      : !current || entry.percent > current.percent
    if (counts) best.set(key, entry)
    if (handedInLate(entry)) late.add(key)
    else onTime.add(key)
    tries.set(key, (tries.get(key) ?? 0) + 1)
    if (!latest.has(key) || entry.finishedAt > latest.get(key)!.finishedAt) latest.set(key, entry)
  }
  for (const key of onTime) late.delete(key)
  const rolePlays = new Map(
    [...latest].filter(([, entry]) => entry.scenarios.length > 0).map(([key, entry]) => [key, entry.scenarios]),
  )
  const unplayed = new Set(
    [...rolePlays]
      .filter(([, scenarios]) => scenarios.some((scenario) => scenario.rating === 'none'))
      .map(([key]) => key),
  )
  const totals = new Map<string, { handedIn: number; passed: number }>()
  for (const entry of best.values()) {
    const total = totals.get(entry.assignment) ?? { handedIn: 0, passed: 0 }
    totals.set(entry.assignment, { handedIn: total.handedIn + 1, passed: total.passed + (entry.passed ? 1 : 0) })
  }
  return {
    learners: rosterLearners(roster),
    assignments: rosterAssignments(roster),
    best,
    late,
    tries,
    totals,
    unplayed,
    rolePlays,
    firstCounts,
  }
}

/**
 * Which of a learner's hand-ins of an assignment each result is, by `entryKey`: 1 for the first
 * handed in, 2 for a retake after it, and so on (a merged row counts its learners' hand-ins together).
 *
 * @example
 * tryNumbers([first, retake]).get(entryKey(retake)) // 2
 */
export function tryNumbers(roster: readonly RosterEntry[]): Map<string, number> {
  const byLearner = new Map<string, RosterEntry[]>()
  for (const entry of roster) {
    const key = cellKey(rowKey(entry), entry.assignment)
    const entries = byLearner.get(key)
    if (entries) entries.push(entry)
    else byLearner.set(key, [entry])
  }
  const numbers = new Map<string, number>()
  for (const entries of byLearner.values()) {
    const inOrder = [...entries].sort((a, b) =>
      a.finishedAt < b.finishedAt ? -1 : a.finishedAt > b.finishedAt ? 1 : 0,
    )
    inOrder.forEach((entry, index) => numbers.set(entryKey(entry), index + 1))
  }
  return numbers
}

/**
 * The roster with learner `from` merged into learner `into` (both row keys): every result of
 * `from` is marked as `into`'s, and stays so when more of `from`'s results arrive.
 *
 * @example
 * mergeLearners(roster, 'id:p-2', 'id:p-1') // { ok: true, value: [… p-2's results with mergedInto: 'id:p-1'] }
 */
export function mergeLearners(roster: readonly RosterEntry[], from: string, into: string): Decoded<RosterEntry[]> {
  if (from === into) return { ok: false, problem: '请选择两位不同的学员' }
  const keys = new Set(roster.map(rowKey))
  if (!keys.has(from) || !keys.has(into))
    return { ok: false, problem: '名册中没有这位学员，可能刚被修改过，请重新选择' }
  return { ok: true, value: roster.map((entry) => (rowKey(entry) === from ? { ...entry, mergedInto: into } : entry)) }
}

/**
 * Undoes every merge into learner `key`: each learner merged into it is a row of their own again.
 *
 * @example
 * splitLearner(mergeLearners(roster, 'id:p-2', 'id:p-1').value, 'id:p-1') // roster as before the merge
 */
export function splitLearner(roster: readonly RosterEntry[], key: string): RosterEntry[] {
  return roster.map((entry) => {
    if (entry.mergedInto !== key) return entry
    const rest: RosterEntry = { ...entry }
    delete rest.mergedInto
    return rest
  })
}

/**
 * What the item analysis of one assignment reads: per learner, which questions they got right.
 * Each learner's first hand-in that carries its answers counts: a retake has seen the questions
 * before, which would make every question look easier. `learner` is the learner's row key.
 *
 * @example
 * itemSubmissions(roster, 'abc123') // [{ learner: 'id:p-1', answers: [{ questionId: 'q1', correct: true }, …] }]
 */
export function itemSubmissions(
  roster: readonly RosterEntry[],
  assignment: string,
): { learner: string; answers: QuestionMark[] }[] {
  const first = new Map<string, RosterEntry & { answers: QuestionMark[] }>()
  for (const entry of roster) {
    if (entry.assignment !== assignment || !entry.answers) continue
    const current = first.get(rowKey(entry))
    if (!current || entry.finishedAt < current.finishedAt)
      first.set(rowKey(entry), entry as RosterEntry & { answers: QuestionMark[] })
  }
  return [...first].map(([learner, entry]) => ({ learner, answers: entry.answers }))
}
