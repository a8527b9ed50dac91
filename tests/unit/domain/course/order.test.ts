import { describe, expect, it } from 'vitest'
import { previousLesson, requiredLessonIds } from '../../../../src/domain/course/order'
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

describe('previousLesson', () => {
  it.each([
    ['a', 'm1', null],
    ['b', 'm1', 'a'],
    // A module's first lesson leads back to none: not to the last lesson of the module before.
    ['c', 'm2', null],
    ['zzz', 'm1', null],
    ['a', 'm9', null],
  ])('before %s of %s: %s', (lessonId, moduleId, previous) => {
    expect(previousLesson(modules, moduleId, lessonId)?.lessonId ?? null).toBe(previous)
  })
  it('names the lesson and its module', () => {
    expect(previousLesson(modules, 'm1', 'b')).toEqual({ moduleId: 'm1', lessonId: 'a', title: 'A' })
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
