import { describe, expect, it } from 'vitest'
import { neighbours, requiredLessonIds } from '../../../../src/domain/course/order'
import { lessonEnd } from '../../../../src/domain/course/lessonEnd'

const modules = [
  {
    id: 'm1',
    lessons: [
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B' },
    ],
  },
  { id: 'm2', lessons: [{ id: 'c', title: 'C' }] },
]

describe('neighbours', () => {
  it.each([
    ['a', 'm1', null, 'b'],
    ['b', 'm1', 'a', 'c'],
    ['c', 'm2', 'b', null],
  ])('around %s', (lessonId, moduleId, previous, next) => {
    const result = neighbours(modules, moduleId, lessonId)
    expect(result.previous?.lessonId ?? null).toBe(previous)
    expect(result.next?.lessonId ?? null).toBe(next)
  })
  it('crosses into the next module', () => {
    expect(neighbours(modules, 'm1', 'b').next).toEqual({ moduleId: 'm2', lessonId: 'c', title: 'C' })
  })
  it('knows nothing around an unknown lesson', () => {
    expect(neighbours(modules, 'm1', 'zzz')).toEqual({ previous: null, next: null })
  })
})

describe('requiredLessonIds', () => {
  it('leaves out further reading, which counts towards nothing', () => {
    expect(
      requiredLessonIds({
        lessons: [{ id: 'a', optional: false }, { id: 'b', optional: true }, { id: 'c' }],
      }),
    ).toEqual(['a', 'c'])
  })
})

describe('lessonEnd', () => {
  const module = {
    lessons: [
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B' },
      { id: 'c', title: 'C', optional: true },
    ],
  }
  const nothingLearned = () => false
  it.each([
    ['a', { nextInModule: { lessonId: 'b', title: 'B', optional: false }, moduleDone: false }],
    ['b', { nextInModule: { lessonId: 'c', title: 'C', optional: true }, moduleDone: true }],
    ['c', { nextInModule: null, moduleDone: true }],
    ['zzz', { nextInModule: null, moduleDone: false }],
  ])('after %s', (lessonId, expected) => {
    expect(lessonEnd(module, lessonId, (id) => id !== 'zzz')).toEqual({ ...expected, unlearned: [] })
  })

  it('names the required lessons skipped on the way, never the lesson itself or further reading', () => {
    expect(lessonEnd(module, 'b', nothingLearned).unlearned).toEqual([{ lessonId: 'a', title: 'A' }])
    expect(lessonEnd(module, 'c', nothingLearned).unlearned).toEqual([
      { lessonId: 'a', title: 'A' },
      { lessonId: 'b', title: 'B' },
    ])
    expect(lessonEnd(module, 'b', (id) => id === 'a').unlearned).toEqual([])
  })
})
