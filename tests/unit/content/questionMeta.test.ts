import { describe, expect, it } from 'vitest'
import { questionMeta } from '../../../src/content/questionMeta'

// The test build compiles tests/fixtures/course: module basics has three questions.
describe('questionMeta', () => {
  it.each([
    ['basics-q001', { module: 'basics', difficulty: 'easy', tags: ['心理素质'] }],
    ['basics-q002', { module: 'basics', difficulty: 'medium', tags: ['现场接待'] }],
    ['basics-q003', { module: 'basics', difficulty: 'easy', tags: ['电话礼仪'] }],
  ])('knows %s without its bank', (id, expected) => {
    expect(questionMeta(id)).toEqual(expected)
  })

  it.each(['basics-q999', 'toString', '__proto__', ''])(
    'knows nothing of %j, which is no question of the course',
    (id) => {
      expect(questionMeta(id)).toBeUndefined()
    },
  )
})
