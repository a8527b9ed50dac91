import { describe, expect, it } from 'vitest'
import {
  completion,
  emptyProgress,
  mergeProgress,
  nextUnlearned,
  parseProgress,
  setLearned,
} from '../../../src/domain/progress'

const at = (iso: string) => new Date(iso)

describe('parseProgress', () => {
  it('treats nothing saved as a fresh start', () => {
    expect(parseProgress(null)).toEqual({ ok: true, progress: emptyProgress() })
  })

  it('reads valid saved progress', () => {
    const raw = JSON.stringify({ version: 1, learned: { 'lesson-a': '2026-01-02T03:04:05.000Z' } })
    expect(parseProgress(raw)).toEqual({ ok: true, progress: { version: 1, learned: { 'lesson-a': '2026-01-02T03:04:05.000Z' } } })
  })

  it.each([
    ['{oops', '保存的数据不是有效的 JSON'],
    ['[1,2]', '保存的数据不是一个对象'],
    ['"text"', '保存的数据不是一个对象'],
    ['{"version":99,"learned":{}}', '不认识的数据版本：99'],
    ['{"version":1,"learned":[]}', '“已学课程”一项格式不对'],
    ['{"version":1,"learned":{"a":"not a date"}}', '课程「a」的学习时间无效'],
    ['{"version":1,"learned":{"a":12}}', '课程「a」的学习时间无效'],
  ])('refuses %s with a reason', (raw, problem) => {
    const result = parseProgress(raw)
    expect(result.ok).toBe(false)
    expect(result).toMatchObject({ problem, progress: emptyProgress() })
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
    const mine = { version: 1 as const, learned: { a: '2026-01-05T00:00:00.000Z', b: '2026-01-01T00:00:00.000Z' } }
    const theirs = { version: 1 as const, learned: { a: '2026-01-02T00:00:00.000Z', c: '2026-01-03T00:00:00.000Z' } }
    expect(mergeProgress(mine, theirs).learned).toEqual({
      a: '2026-01-02T00:00:00.000Z',
      b: '2026-01-01T00:00:00.000Z',
      c: '2026-01-03T00:00:00.000Z',
    })
  })
})

describe('completion', () => {
  it.each([
    [[], {}, { done: 0, total: 0, percent: 0 }],
    [['a', 'b', 'c'], { a: 'x' }, { done: 1, total: 3, percent: 33 }],
    [['a'], { a: 'x', z: 'x' }, { done: 1, total: 1, percent: 100 }],
  ])('counts %j', (ids, learned, expected) => {
    expect(completion({ version: 1, learned }, ids)).toEqual(expected)
  })
})

describe('nextUnlearned', () => {
  const modules = [
    { id: 'm1', lessons: [{ id: 'a' }, { id: 'b' }] },
    { id: 'm2', lessons: [{ id: 'c' }] },
  ]
  it.each([
    [{}, { moduleId: 'm1', lessonId: 'a' }],
    [{ a: 'x' }, { moduleId: 'm1', lessonId: 'b' }],
    [{ a: 'x', b: 'x' }, { moduleId: 'm2', lessonId: 'c' }],
    [{ b: 'x' }, { moduleId: 'm1', lessonId: 'a' }],
    [{ a: 'x', b: 'x', c: 'x' }, null],
  ])('after %j', (learned, expected) => {
    expect(nextUnlearned(modules, { version: 1, learned })).toEqual(expected)
  })
})
