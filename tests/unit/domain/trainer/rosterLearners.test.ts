/**
 * The roster's learners: told apart by profile id and 工号, never put together unless the
 * trainer merges them, and merges that are saved, kept for later results and undone.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { encodeResult, type AssignmentResult } from '../../../../src/domain/trainer/assignmentResult'
import {
  addToRoster,
  entryKey,
  parseRoster,
  ratingWords,
  rosterRows,
  type RosterEntry,
} from '../../../../src/domain/trainer/roster'
import {
  countsFirstAnywhere,
  itemSubmissions,
  mergeLearners,
  rosterLearners,
  rosterOverview,
  sharedNames,
  splitLearner,
  tryNumbers,
} from '../../../../src/domain/trainer/rosterLearners'
import { packCode } from '../../../../src/domain/trainer/transferCode'
import { fixtureResult } from '../../../fixtures/trainer'

const base: AssignmentResult = { ...fixtureResult, scenarios: [], passMark: 60 }
/** A result of 10 questions with `correct` right, the first `correct` (by id) right. */
function scored(learner: string, correct: number, extra: Partial<AssignmentResult> = {}): AssignmentResult {
  return {
    ...base,
    learner,
    correct,
    percent: correct * 10,
    passed: correct >= 6,
    answers: Array.from({ length: 10 }, (_, i) => ({ questionId: `phone-q00${i}`, correct: i < correct })),
    ...extra,
  }
}
const wangA = scored('王芳', 10, { learnerId: 'p-aaaa1111', finishedAt: '2026-11-23T09:10:00.000Z' })
const wangB = scored('王芳', 0, { learnerId: 'p-bbbb2222', finishedAt: '2026-11-23T09:10:00.000Z' })
const li = scored('李强', 7, { learnerId: 'default-abc', staffId: 'KF-7', finishedAt: '2026-11-23T09:11:00.000Z' })

function rosterOf(...results: AssignmentResult[]): RosterEntry[] {
  const report = addToRoster(
    [],
    results.map((result, i) => ({ source: `第 ${i + 1} 行`, text: encodeResult(result) })),
  )
  expect(report.refused).toEqual([])
  return report.roster
}

describe('rosterLearners', () => {
  it('keeps two people with the same name, handing in at the same moment, as two learners with a warning', () => {
    const roster = rosterOf(wangA, wangB, li)
    expect(roster).toHaveLength(3)
    const learners = rosterLearners(roster)
    expect(learners.map((l) => [l.name, l.shortId, l.sharedName])).toEqual([
      ['李强', '-abc', false],
      ['王芳', '1111', true],
      ['王芳', '2222', true],
    ])
    expect(sharedNames(learners)).toEqual([{ name: '王芳', learners: learners.slice(1) }])
  })

  it('lists numbered learners as people count them: 学员2 before 学员10', () => {
    const numbered = ['学员10', '学员2', '学员1', '学员11'].map((name, i) =>
      scored(name, 5, { learnerId: `p-num${i}`, finishedAt: `2026-11-23T09:1${i}:00.000Z` }),
    )
    const roster = rosterOf(...numbered)
    expect(rosterLearners(roster).map((l) => l.name)).toEqual(['学员1', '学员2', '学员10', '学员11'])
    expect(rosterRows(roster, { sort: 'learner' }).map((e) => e.learner)).toEqual([
      '学员1',
      '学员2',
      '学员10',
      '学员11',
    ])
  })

  it('shows each learner’s own score in the overview, never one row for three people', () => {
    // The case: three people, all 「学员 1」, old codes without an id: 100%, 0% and 50%.
    const old = [100, 0, 50].map((percent, i) =>
      packCode('R', 2, {
        ...fixtureResult,
        learner: '学员 1',
        percent,
        correct: percent / 10,
        passed: percent >= 80,
        finishedAt: `2026-11-23T09:1${i}:00.000Z`,
      }),
    )
    const { roster } = addToRoster(
      [],
      old.map((text, i) => ({ source: `第 ${i + 1} 行`, text })),
    )
    const overview = rosterOverview(roster)
    expect(overview.learners).toHaveLength(3)
    expect(overview.learners.every((learner) => learner.old && learner.sharedName)).toBe(true)
    expect(overview.learners.map((learner) => overview.best.get(`${learner.key}|abc123`)?.percent).sort()).toEqual([
      0, 100, 50,
    ])
  })

  it('puts a learner’s retake in their own row, the best result in the overview', () => {
    const retake = scored('王芳', 9, { learnerId: 'p-bbbb2222', finishedAt: '2026-11-24T09:00:00.000Z' })
    const overview = rosterOverview(rosterOf(wangA, wangB, retake))
    expect(overview.learners).toHaveLength(2)
    expect(overview.best.get('id:p-bbbb2222|abc123')?.percent).toBe(90)
    expect(overview.best.get('id:p-aaaa1111|abc123')?.percent).toBe(100)
  })

  it('counts each learner’s hand-ins of an assignment, and how many learners handed it in and passed', () => {
    const retake = scored('王芳', 9, { learnerId: 'p-bbbb2222', finishedAt: '2026-11-24T09:00:00.000Z' })
    const overview = rosterOverview(rosterOf(wangA, wangB, retake, li))
    expect(overview.tries.get('id:p-bbbb2222|abc123')).toBe(2)
    expect(overview.tries.get('id:p-aaaa1111|abc123')).toBe(1)
    // Three learners, each counted once, on their best: 王芳 B passed on her retake.
    expect(overview.totals.get('abc123')).toEqual({ handedIn: 3, passed: 3 })
    expect(rosterOverview(rosterOf(wangB, li)).totals.get('abc123')).toEqual({ handedIn: 2, passed: 1 })
  })

  it('counts the first hand-in, not the best, of an assignment that takes one only, whatever order they came in', () => {
    const retake = scored('王芳', 9, { learnerId: 'p-bbbb2222', finishedAt: '2026-11-24T09:00:00.000Z' })
    const overview = rosterOverview(rosterOf(retake, wangB, li), new Set(['abc123']))
    expect(overview.best.get('id:p-bbbb2222|abc123')).toMatchObject({ percent: 0, finishedAt: wangB.finishedAt })
    expect(overview.tries.get('id:p-bbbb2222|abc123')).toBe(2)
    expect(overview.firstCounts).toEqual(new Set(['abc123']))
    expect(countsFirstAnywhere(overview)).toBe(true)
    // A one-try assignment that is not in this roster changes nothing of its heading.
    expect(countsFirstAnywhere(rosterOverview(rosterOf(wangB), new Set(['other'])))).toBe(false)
    // 王芳 B failed her one try: her retake's pass is not counted.
    expect(overview.totals.get('abc123')).toEqual({ handedIn: 2, passed: 1 })
    // Another assignment's retakes still count at their best.
    expect(rosterOverview(rosterOf(retake, wangB), new Set(['other'])).best.get('id:p-bbbb2222|abc123')).toMatchObject({
      percent: 90,
      finishedAt: retake.finishedAt,
    })
  })

  it('says who has not yet played a role-play the assignment asked for, by their latest hand-in', () => {
    const unplayed = { ...wangA, scenarios: [{ id: 'bad-line', rating: 'none' as const, percent: 0 }] }
    const played = {
      ...unplayed,
      percent: 90,
      correct: 9,
      finishedAt: '2026-11-24T09:00:00.000Z',
      answers: wangA.answers!.map((answer, i) => ({ ...answer, correct: i !== 9 })),
      scenarios: [{ id: 'bad-line', rating: 'pass' as const, percent: 70 }],
    }
    expect(rosterOverview(rosterOf(unplayed, li)).unplayed).toEqual(new Set(['id:p-aaaa1111|abc123']))
    // Played after: the best quiz score is still the first, but the role-play is done.
    const later = rosterOverview(rosterOf(unplayed, played))
    expect(later.best.get('id:p-aaaa1111|abc123')?.percent).toBe(100)
    expect(later.unplayed.size).toBe(0)
    // Its rating is there for the overview, from the latest hand-in.
    expect(later.rolePlays.get('id:p-aaaa1111|abc123')).toEqual(played.scenarios)
    expect(ratingWords(later.rolePlays.get('id:p-aaaa1111|abc123')!)).toBe('合格')
  })

  it('numbers each learner’s hand-ins of an assignment in the order they were handed in, a merged row as one', () => {
    const retake = scored('王芳', 9, { learnerId: 'p-bbbb2222', finishedAt: '2026-11-24T09:00:00.000Z' })
    const roster = rosterOf(retake, wangB, wangA)
    const numbers = tryNumbers(roster)
    expect([wangB, retake, wangA].map((result) => numbers.get(entryKey(result)))).toEqual([1, 2, 1])
    const merged = mergeLearners(roster, 'id:p-bbbb2222', 'id:p-aaaa1111')
    if (!merged.ok) throw new Error(merged.problem)
    // One person now: wangA (09:10) and wangB (09:10) tie, the retake comes third.
    expect(tryNumbers(merged.value).get(entryKey(retake))).toBe(3)
  })

  it('tells apart results of one profile with and without a 工号 (the trainer can merge them)', () => {
    const later = { ...wangA, staffId: 'KF-1', finishedAt: '2026-11-24T09:00:00.000Z' }
    expect(rosterLearners(rosterOf(wangA, later)).map((l) => l.key)).toEqual(['id:p-aaaa1111', 'id:p-aaaa1111/KF-1'])
  })

  it('keys results by learner id, so two same-named people’s results at one moment are both kept', () => {
    expect(entryKey(wangA)).not.toBe(entryKey(wangB))
    expect(entryKey(fixtureResult)).toBe('abc123|王芳|2026-11-23T09:12:00.000Z')
  })
})

describe('mergeLearners and splitLearner', () => {
  const roster = rosterOf(wangA, wangB, li)

  it('merges two learners the trainer says are one person, and the merge is saved', () => {
    const merged = mergeLearners(roster, 'id:p-bbbb2222', 'id:p-aaaa1111')
    if (!merged.ok) throw new Error(merged.problem)
    const learners = rosterLearners(merged.value)
    expect(learners.map((l) => [l.key, l.mergedCount, l.sharedName])).toEqual([
      ['id:default-abc/KF-7', 0, false],
      ['id:p-aaaa1111', 1, false],
    ])
    expect(parseRoster(JSON.stringify(merged.value))).toEqual(merged.value)
  })

  it('keeps the merge for results that arrive later', () => {
    const merged = mergeLearners(roster, 'id:p-bbbb2222', 'id:p-aaaa1111')
    if (!merged.ok) throw new Error(merged.problem)
    const later = { ...wangB, assignment: 'xyz789', title: '第二周', finishedAt: '2026-11-30T09:00:00.000Z' }
    const { roster: next } = addToRoster(merged.value, [{ source: '第 1 行', text: encodeResult(later) }])
    expect(rosterLearners(next)).toHaveLength(2)
    expect(rosterOverview(next).best.get('id:p-aaaa1111|xyz789')?.learner).toBe('王芳')
  })

  it('undoes a merge: each learner is a row of their own again', () => {
    const merged = mergeLearners(roster, 'id:p-bbbb2222', 'id:p-aaaa1111')
    if (!merged.ok) throw new Error(merged.problem)
    expect(splitLearner(merged.value, 'id:p-aaaa1111')).toEqual(roster)
  })

  it('merges a learner that already holds a merge, whole', () => {
    const first = mergeLearners(roster, 'id:p-bbbb2222', 'id:p-aaaa1111')
    if (!first.ok) throw new Error(first.problem)
    const second = mergeLearners(first.value, 'id:p-aaaa1111', 'id:default-abc/KF-7')
    if (!second.ok) throw new Error(second.problem)
    // The row still says who is in it: each name once.
    expect(rosterLearners(second.value).map((l) => [l.name, l.mergedCount, l.mergedNames])).toEqual([
      ['李强', 2, ['王芳']],
    ])
  })

  it.each<[string, string, string, string]>([
    ['a learner into themselves', 'id:p-aaaa1111', 'id:p-aaaa1111', '请选择两位不同的学员'],
    [
      'a learner no longer in the roster',
      'id:p-gone',
      'id:p-aaaa1111',
      '名册中没有这位学员，可能刚被修改过，请重新选择',
    ],
  ])('refuses to merge %s', (_name, from, into, problem) => {
    expect(mergeLearners(roster, from, into)).toEqual({ ok: false, problem })
  })

  it('drops a saved merge that cannot be read, and keeps the result', () => {
    const saved = JSON.stringify([{ ...wangA, mergedInto: 42 }])
    expect(parseRoster(saved)).toEqual(rosterOf(wangA))
  })
})

describe('itemSubmissions', () => {
  it('gives each learner’s first hand-in with answers, and leaves out old results without them', () => {
    const retake = scored('王芳', 9, { learnerId: 'p-bbbb2222', finishedAt: '2026-11-24T09:00:00.000Z' })
    const roster = [
      ...rosterOf(retake, wangA, wangB),
      ...addToRoster([], [{ source: '第 1 行', text: packCode('R', 2, { ...fixtureResult, learner: '学员 1' }) }])
        .roster,
    ]
    const submissions = itemSubmissions(roster, 'abc123')
    expect(submissions.map((s) => [s.learner, s.answers.filter((a) => a.correct).length])).toEqual([
      ['id:p-bbbb2222', 0],
      ['id:p-aaaa1111', 10],
    ])
    expect(itemSubmissions(roster, 'other')).toEqual([])
  })
})

describe('the saved roster under random input', () => {
  it('never throws, and what it keeps groups into learners without throwing either', () => {
    const saved = rosterOf(wangA, wangB, li)
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.anything(),
            fc.constantFrom(...saved),
            fc.anything().map((mergedInto) => ({ ...wangA, mergedInto })),
          ),
        ),
        (items) => {
          const roster = parseRoster(JSON.stringify(items) ?? '')
          const learners = rosterLearners(roster)
          return (
            roster.every((entry) => entry.mergedInto === undefined || typeof entry.mergedInto === 'string') &&
            learners.length <= roster.length
          )
        },
      ),
    )
  })
})
