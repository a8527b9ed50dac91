import { describe, expect, it } from 'vitest'
import { sectionInView } from '../../../../src/domain/course/readingPosition'

describe('sectionInView', () => {
  it.each([
    [[200, 900, 1600], 120, 0],
    [[-300, 40, 900], 120, 1],
    [[-900, -400, 120], 120, 2],
    [[-900, -400, -100], 120, 2],
    [[], 120, -1],
  ])('tops %j with the line at %i → %i', (tops, line, expected) => {
    expect(sectionInView(tops, line)).toBe(expected)
  })
})
