import { describe, expect, it } from 'vitest'
import { ruleChoices, SPOTTING_DISTRACTORS } from '../../../../src/domain/spotting/ruleChoices'

const all = Array.from({ length: 12 }, (_, index) => `rule-${index}`)

describe('ruleChoices', () => {
  it('offers every rule the transcript breaks plus the distractors, each once', () => {
    const choices = ruleChoices('silent-call', ['rule-2', 'rule-5', 'rule-2'], all)
    expect(choices).toHaveLength(2 + SPOTTING_DISTRACTORS)
    expect(new Set(choices).size).toBe(choices.length)
    expect(choices).toEqual(expect.arrayContaining(['rule-2', 'rule-5']))
    for (const id of choices) expect(all).toContain(id)
  })

  it('gives the same list for the same transcript, and another for another transcript', () => {
    const first = ruleChoices('silent-call', ['rule-2'], all)
    expect(ruleChoices('silent-call', ['rule-2'], all)).toEqual(first)
    const others = ['a', 'b', 'c', 'd', 'e'].map((id) => ruleChoices(id, ['rule-2'], all).join())
    expect(new Set([first.join(), ...others]).size).toBeGreaterThan(1)
  })

  it('does not always put the right rules first', () => {
    const positions = Array.from({ length: 40 }, (_, i) => ruleChoices(`t-${i}`, ['rule-0'], all).indexOf('rule-0'))
    expect(new Set(positions).size).toBeGreaterThan(2)
  })

  it('offers what there is when there are few other rules', () => {
    expect(ruleChoices('x', ['a'], ['a', 'b']).sort()).toEqual(['a', 'b'])
    expect(ruleChoices('x', ['a'], ['a'], 0)).toEqual(['a'])
  })
})
