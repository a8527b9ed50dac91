import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  completion,
  emptyProgress,
  nextUnlearned,
  setLearned,
  type SavedProgress,
} from '../../../../src/domain/progress/progress'
import { parseProgress } from '../../../../src/domain/progress/progressParse'
import { mergeProgress } from '../../../../src/domain/progress/merge'
import { finishSession, startSession, type QuizAttempt } from '../../../../src/domain/quiz/session'
import { fixtureQuestions } from '../../../fixtures/quiz'

const at = (iso: string) => new Date(iso)
const fixture = (name: string) => readFileSync(join(__dirname, '../../../fixtures/saved', name), 'utf8')
const settings = {
  quizId: 'module:basics',
  title: '基础',
  mode: 'test' as const,
  rule: 'all-or-nothing' as const,
  passMark: 60,
}

function anAttempt(id: string, finishedAt: string): QuizAttempt {
  const session = startSession(settings, fixtureQuestions, 1, at('2026-01-01T00:00:00Z'), `s-${id}`)
  return finishSession({ ...session, answers: { 'q-single': 0 } }, fixtureQuestions, at(finishedAt), id)
}

describe('parseProgress', () => {
  it('treats nothing saved as a fresh start', () => {
    expect(parseProgress(null)).toEqual({ ok: true, progress: emptyProgress() })
  })

  it('migrates a version 1 save (lessons only) to the current version', () => {
    const result = parseProgress(fixture('v1.json'))
    expect(result).toEqual({
      ok: true,
      progress: {
        version: 2,
        learned: { 'beijing-map-case': '2026-03-01T08:00:00.000Z', 'qualities-skills': '2026-03-02T09:30:00.000Z' },
        attempts: [],
        sessions: {},
        scenarioRuns: [],
        reviewCards: {},
      },
    })
  })

  it('reads a saved version 2 record unchanged: lessons, an attempt, a quiz in progress, a role-play, a review card', () => {
    const raw = fixture('v2.json')
    const result = parseProgress(raw)
    expect(result).toEqual({ ok: true, progress: JSON.parse(raw) })
    expect(result.progress.sessions.mixed?.current).toBe(1)
    expect(result.progress.scenarioRuns[0]?.rating).toBe('excellent')
  })

  it('reads a current save with attempts and a quiz in progress', () => {
    const session = startSession(settings, fixtureQuestions, 9, at('2026-01-01T00:00:00Z'), 's1')
    const saved: SavedProgress = {
      ...emptyProgress(),
      attempts: [anAttempt('a1', '2026-01-02T00:00:00Z')],
      sessions: { [session.quizId]: session },
    }
    expect(parseProgress(JSON.stringify(saved))).toEqual({ ok: true, progress: saved })
  })

  it.each([
    ['{oops', '保存的数据已损坏，读不出内容'],
    ['[1,2]', '保存的数据不是一个对象'],
    ['"text"', '保存的数据不是一个对象'],
    ['{"version":99,"learned":{}}', '不认识的数据版本：99'],
    ['{"learned":{}}', '不认识的数据版本：undefined'],
    ['{"version":2,"learned":[],"attempts":[],"sessions":{}}', '已学课程记录无效'],
    ['{"version":2,"learned":{"a":"not a date"},"attempts":[],"sessions":{}}', '已学课程记录无效'],
    ['{"version":2,"learned":{},"attempts":{},"sessions":{}}', '测验记录不是列表'],
  ])('refuses %s with a reason', (raw, problem) => {
    const result = parseProgress(raw)
    expect(result.ok).toBe(false)
    expect(result.ok === false && result.problem).toContain(problem)
  })

  it('keeps every good record and drops only the broken ones', () => {
    const good = anAttempt('a1', '2026-01-02T00:00:00Z')
    const raw = JSON.stringify({
      version: 2,
      learned: { l1: '2026-01-01T00:00:00.000Z' },
      attempts: [good, { ...good, id: 'a2', score: 'lots' }, 'junk'],
      sessions: { 'module:x': { nonsense: true } },
    })
    const result = parseProgress(raw)
    expect(result.ok).toBe(false)
    expect(result.ok === false && result.problem).toBe('2 条测验记录无法读取；1 个未完成的测验无法读取')
    expect(result.progress.learned).toEqual({ l1: '2026-01-01T00:00:00.000Z' })
    expect(result.progress.attempts.map((attempt) => attempt.id)).toEqual(['a1'])
    expect(result.progress.sessions).toEqual({})
  })
})

describe('attempts saved by an earlier version with only their score', () => {
  it('still read back as valid saved data', () => {
    const old = {
      ...anAttempt('a1', '2026-01-01T00:00:00Z'),
      questionIds: [],
      answers: {},
      points: {},
      optionOrder: {},
      summaryOnly: true,
    }
    const read = parseProgress(JSON.stringify({ ...emptyProgress(), attempts: [old] }))
    expect(read.ok && read.progress.attempts[0]).toEqual(old)
  })
})

describe('setLearned', () => {
  it('marks and unmarks without changing the input', () => {
    const start = emptyProgress()
    const learned = setLearned(start, 'a', true, at('2026-01-01T00:00:00Z'))
    expect(learned.learned).toEqual({ a: '2026-01-01T00:00:00.000Z' })
    expect(start.learned).toEqual({})
    expect(setLearned(learned, 'a', false, at('2026-02-01T00:00:00Z')).learned).toEqual({})
  })

  it('keeps the first time a lesson was learned', () => {
    const once = setLearned(emptyProgress(), 'a', true, at('2026-01-01T00:00:00Z'))
    expect(setLearned(once, 'a', true, at('2026-03-01T00:00:00Z')).learned.a).toBe('2026-01-01T00:00:00.000Z')
  })
})

describe('mergeProgress', () => {
  it('keeps lessons learned in either copy, with the earlier time', () => {
    const mine = { ...emptyProgress(), learned: { a: '2026-01-05T00:00:00.000Z', b: '2026-01-01T00:00:00.000Z' } }
    const theirs = { ...emptyProgress(), learned: { a: '2026-01-02T00:00:00.000Z', c: '2026-01-03T00:00:00.000Z' } }
    expect(mergeProgress(mine, theirs).learned).toEqual({
      a: '2026-01-02T00:00:00.000Z',
      b: '2026-01-01T00:00:00.000Z',
      c: '2026-01-03T00:00:00.000Z',
    })
  })

  it('joins the attempts of both tabs, once each, oldest first', () => {
    const a1 = anAttempt('a1', '2026-01-02T00:00:00Z')
    const a2 = anAttempt('a2', '2026-01-01T00:00:00Z')
    const a3 = anAttempt('a3', '2026-01-03T00:00:00Z')
    const merged = mergeProgress({ ...emptyProgress(), attempts: [a1, a3] }, { ...emptyProgress(), attempts: [a2, a1] })
    expect(merged.attempts.map((attempt) => attempt.id)).toEqual(['a2', 'a1', 'a3'])
  })

  it('keeps the more recently touched session and drops one already finished elsewhere', () => {
    const older = startSession(settings, fixtureQuestions, 1, at('2026-01-01T00:00:00Z'), 's-old')
    const newer = { ...older, id: 's-new', updatedAt: '2026-01-01T00:05:00.000Z' }
    expect(
      mergeProgress(
        { ...emptyProgress(), sessions: { [settings.quizId]: older } },
        { ...emptyProgress(), sessions: { [settings.quizId]: newer } },
      ).sessions[settings.quizId]?.id,
    ).toBe('s-new')
    const finished = anAttempt('s-new', '2026-01-01T00:06:00Z')
    const merged = mergeProgress(
      { ...emptyProgress(), sessions: { [settings.quizId]: newer } },
      { ...emptyProgress(), attempts: [finished] },
    )
    expect(merged.sessions).toEqual({})
  })
})

describe('completion', () => {
  it.each([
    [[], {}, { done: 0, total: 0, percent: 0 }],
    [['a', 'b', 'c'], { a: 'x' }, { done: 1, total: 3, percent: 33 }],
    [['a'], { a: 'x', z: 'x' }, { done: 1, total: 1, percent: 100 }],
  ])('counts %j', (ids, learned, expected) => {
    expect(completion({ learned }, ids)).toEqual(expected)
  })
})

describe('nextUnlearned', () => {
  const modules = [
    { id: 'm1', lessons: [{ id: 'a' }, { id: 'b' }, { id: 'further', optional: true }] },
    { id: 'm2', lessons: [{ id: 'c' }] },
  ]
  it.each([
    [{}, { moduleId: 'm1', lessonId: 'a' }],
    [{ a: 'x' }, { moduleId: 'm1', lessonId: 'b' }],
    [
      { a: 'x', b: 'x' },
      { moduleId: 'm2', lessonId: 'c' },
    ],
    [{ b: 'x' }, { moduleId: 'm1', lessonId: 'a' }],
    [{ a: 'x', b: 'x', c: 'x' }, null],
  ])('after %j', (learned, expected) => {
    expect(nextUnlearned(modules, { learned })).toEqual(expected)
  })
})
