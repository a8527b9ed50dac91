import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { emptyProgress } from '../../../../src/domain/progress/progress'
import { parseProgress } from '../../../../src/domain/progress/progressParse'
import { progressChanges, progressRows } from '../../../../src/domain/progress/rows'
import { applyRowChanges, progressFromRows } from '../../../../src/domain/progress/rowChecks'
import { withAttempt, withSession } from '../../../../src/domain/progress/records'
import { finishSession, startSession } from '../../../../src/domain/quiz/session'
import { fixtureQuestions, fixtureSettings } from '../../../fixtures/quiz'

const saved = parseProgress(readFileSync(join(__dirname, '../../../fixtures/saved/v2.json'), 'utf8')).progress
const at = new Date('2026-03-01T01:00:00Z')
const session = (id: string) => startSession({ ...fixtureSettings, quizId: `q-${id}` }, fixtureQuestions, 1, at, id)
const attemptOf = (id: string) => finishSession(session(id), fixtureQuestions, new Date('2026-03-01T01:05:00Z'), id)
const attemptRow = (change: Record<string, unknown>) => ({
  kind: 'attempt',
  key: 'a1',
  value: { ...attemptOf('a1'), ...change },
})
const sessionRow = (change: Record<string, unknown>) => ({
  kind: 'session',
  key: 'q-s1',
  value: { ...session('s1'), ...change },
})

describe('progressRows and progressFromRows', () => {
  it('round-trips a saved learner, one row per record', () => {
    const rows = progressRows(saved, 'p1')
    expect(rows.map((row) => row.kind).sort()).toEqual(['attempt', 'card', 'lesson', 'run', 'session'])
    expect(rows.every((row) => row.owner === 'p1')).toBe(true)
    expect(progressFromRows(JSON.parse(JSON.stringify(rows)))).toEqual({ progress: saved, dropped: [] })
  })

  it.each([
    ['a lesson with a time that is no time', { kind: 'lesson', key: 'l1', value: 'not a time' }],
    ['a lesson dated "Jan 2 2026"', { kind: 'lesson', key: 'l1', value: 'Jan 2 2026' }],
    ['a lesson dated in the year 275760', { kind: 'lesson', key: 'l1', value: '+275760-09-13T00:00:00.000Z' }],
    [
      'an attempt whose score is Infinity (1e999)',
      {
        kind: 'attempt',
        key: 'a1',
        value: { ...attemptOf('a1'), score: { ...attemptOf('a1').score, points: Infinity } },
      },
    ],
    ['an attempt filed under another id', { kind: 'attempt', key: 'other', value: attemptOf('a1') }],
    ['a row of an unknown kind', { kind: 'secret', key: 'x', value: 1 }],
    [
      'a lesson keyed __proto__ (it would reach the lessons object’s prototype)',
      { kind: 'lesson', key: '__proto__', value: '2026-03-01T08:00:00.000Z' },
    ],
    ['not a row at all', 'oops'],
    // The values an attempt holds many of, checked one by one (savedData.ts).
    ['an attempt with an answer past the last option (21)', attemptRow({ answers: { q1: 21 } })],
    ['an attempt with a chosen option -1 in a list', attemptRow({ answers: { q1: [0, -1] } })],
    ['an attempt with an answer that is text', attemptRow({ answers: { q1: '甲' } })],
    [
      'an attempt with more than 20 chosen options',
      attemptRow({ answers: { q1: Array.from({ length: 21 }, () => 0) } }),
    ],
    ['an attempt with half an option in its option order', attemptRow({ optionOrder: { q1: [0, 1.5] } })],
    ['an attempt with a question worth more than 1 point', attemptRow({ points: { q1: 2 } })],
    ['an attempt with an endless time on a question', attemptRow({ spentMs: { q1: Infinity } })],
    ['an attempt with an empty question id', attemptRow({ questionIds: [''] })],
    [
      'an attempt with more than 500 questions',
      attemptRow({ questionIds: Array.from({ length: 501 }, (_, i) => `q${i}`) }),
    ],
    ['an attempt whose answers are a list', attemptRow({ answers: [1, 2] })],
    [
      'an attempt with an answer keyed __proto__ (as JSON.parse makes it)',
      attemptRow({ answers: JSON.parse('{"__proto__": 1}') as Record<string, number> }),
    ],
    ['a quiz under way with an answer past the last option', sessionRow({ answers: { q1: 21 } })],
  ])('drops only %s, keeping every good row', (_name, bad) => {
    const good = progressRows(saved, 'p1')
    const badRow = typeof bad === 'string' ? bad : { owner: 'p1', ...bad }
    const read = progressFromRows([...good, badRow])
    expect(read.progress).toEqual(saved)
    expect(read.dropped).toHaveLength(1)
    expect(read.dropped[0]!.row).toEqual(badRow)
    expect(read.dropped[0]!.problem).not.toBe('')
  })
})

describe('progressChanges', () => {
  it('writes only the rows a change touched', () => {
    const s = session('s1')
    const started = withSession(saved, s)
    expect(progressChanges(saved, started, 'p1')).toEqual({
      put: [{ owner: 'p1', kind: 'session', key: 'q-s1', value: s }],
      remove: [],
    })
    const finished = withAttempt(started, attemptOf('s1'))
    const changes = progressChanges(started, finished, 'p1')
    expect(changes.put.map((row) => [row.kind, row.key])).toEqual([['attempt', 's1']])
    expect(changes.remove).toEqual([{ owner: 'p1', kind: 'session', key: 'q-s1' }])
  })

  it('writes nothing when nothing changed', () => {
    expect(progressChanges(saved, saved, 'p1')).toEqual({ put: [], remove: [] })
  })
})

describe('applyRowChanges', () => {
  it("takes in another tab's rows, checking each, and keeps attempts in time order", () => {
    const mine = withAttempt(emptyProgress(), attemptOf('a2'))
    const theirs = { ...attemptOf('a1'), finishedAt: '2026-02-01T00:00:00.000Z' }
    const next = applyRowChanges(mine, {
      put: [
        { owner: 'p1', kind: 'attempt', key: 'a1', value: theirs },
        { owner: 'p1', kind: 'lesson', key: 'l1', value: 'bad' },
      ],
      remove: [],
    })
    expect(next.attempts.map((attempt) => attempt.id)).toEqual(['a1', 'a2'])
    expect(next.learned).toEqual({})
  })

  it('keeps the same attempts list when only a session changed, so nothing computed from it is redone', () => {
    const mine = withAttempt(emptyProgress(), attemptOf('a1'))
    const next = applyRowChanges(mine, {
      put: [{ owner: 'p1', kind: 'session', key: 'q-s9', value: session('s9') }],
      remove: [],
    })
    expect(next.attempts).toBe(mine.attempts)
    expect(Object.keys(next.sessions)).toEqual(['q-s9'])
  })
})
