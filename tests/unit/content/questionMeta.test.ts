import { describe, expect, it } from 'vitest'
import { questionMeta } from '../../../src/content/questionMeta'

// The test build compiles tests/fixtures/course: module basics has three questions.
describe('questionMeta', () => {
  it.each([
    [
      'basics-q001',
      {
        module: 'basics',
        difficulty: 'easy',
        lesson: 'basics-first',
        tags: ['心理素质'],
      },
    ],
    [
      'basics-q002',
      {
        module: 'basics',
        difficulty: 'medium',
        lesson: 'basics-second',
        tags: ['现场接待'],
      },
    ],
    // Its lesson is in another module.
    [
      'basics-q003',
      {
        module: 'basics',
        difficulty: 'easy',
        lesson: 'phone-rings',
        tags: ['电话礼仪'],
      },
    ],
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
