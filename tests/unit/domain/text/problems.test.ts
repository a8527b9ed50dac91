import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { describeProblem } from '../../../../src/domain/text/problems'

const Schema = v.strictObject({
  learner: v.pipe(v.string(), v.minLength(1, '缺少姓名')),
  total: v.number(),
  scenarios: v.array(v.strictObject({ rating: v.string() })),
})
const labels = { learner: '姓名', total: '总题数', scenarios: '情景演练', rating: '情景评级' }
const problemOf = (value: unknown) => {
  const parsed = v.safeParse(Schema, value)
  return parsed.success ? null : describeProblem(parsed.issues, labels)
}

describe('describeProblem', () => {
  it.each<[string, unknown, string]>([
    ['a rule’s own Chinese message', { learner: '', total: 1, scenarios: [] }, '缺少姓名'],
    ['a missing field, by its Chinese name', { learner: '王芳', scenarios: [] }, '缺少总题数'],
    ['a field of the wrong type', { learner: '王芳', total: '10', scenarios: [] }, '总题数格式不对'],
    ['a nested field of the wrong type', { learner: '王芳', total: 1, scenarios: [{ rating: 3 }] }, '情景评级格式不对'],
    ['an unknown field', { learner: '王芳', total: 1, scenarios: [], x: 1 }, '多了不认识的内容「x」'],
    ['not an object at all', 'hello', '内容格式不对'],
  ])('%s', (_name, value, expected) => {
    expect(problemOf(value)).toBe(expected)
  })

  it('falls back to the key for a field it has no name for', () => {
    expect(describeProblem(v.safeParse(v.object({ z: v.number() }), { z: 'a' }).issues!, {})).toBe('z格式不对')
  })
})
