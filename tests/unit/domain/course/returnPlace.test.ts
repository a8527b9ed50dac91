import { describe, expect, it } from 'vitest'
import { parseReturnPlace, returnPlaceParam } from '../../../../src/domain/course/returnPlace'

const modules = [{ id: 'basics', lessons: [{ id: 'basics-first' }, { id: 'basics-second' }] }]

describe('parseReturnPlace', () => {
  it.each([
    ['basics/basics-first/sec-calm', { moduleId: 'basics', lessonId: 'basics-first', anchor: 'sec-calm' }],
    ['basics/basics-second', { moduleId: 'basics', lessonId: 'basics-second', anchor: null }],
    ['basics/basics-first/self-check', { moduleId: 'basics', lessonId: 'basics-first', anchor: 'self-check' }],
  ])('reads %s', (value, expected) => {
    expect(parseReturnPlace(value, modules)).toEqual(expected)
  })

  it.each([
    ['an unknown module', 'nope/basics-first'],
    ['a lesson of no module', 'basics/nope'],
    ['a lesson alone', 'basics-first'],
    ['too many parts', 'basics/basics-first/sec-calm/more'],
    ['markup in the anchor', 'basics/basics-first/<img>'],
    ['an anchor with a hash', 'basics/basics-first/#sec-calm'],
    ['a full address', 'https://example.com/basics/basics-first'],
    ['an empty value', ''],
    ['a repeated parameter', ['basics/basics-first']],
    ['no value', undefined],
    ['an overlong value', `basics/basics-first/${'a'.repeat(300)}`],
  ])('ignores %s', (_what, value) => {
    expect(parseReturnPlace(value, modules)).toBeNull()
  })
})

describe('returnPlaceParam', () => {
  it('writes what parseReturnPlace reads', () => {
    const place = { moduleId: 'basics', lessonId: 'basics-first', anchor: 'sec-calm' }
    expect(returnPlaceParam(place)).toBe('basics/basics-first/sec-calm')
    expect(parseReturnPlace(returnPlaceParam(place), modules)).toEqual(place)
    expect(returnPlaceParam({ ...place, anchor: null })).toBe('basics/basics-first')
  })
})
