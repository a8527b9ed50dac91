import { describe, expect, it } from 'vitest'
import { practiceFor } from '../../../../src/domain/course/practice'

const scenarios = [
  { id: 'mixed', title: '混合', modules: ['phone', 'basics'] },
  { id: 'other', title: '别的', modules: ['phone'] },
  { id: 'own', title: '本模块', modules: ['basics'] },
]

describe('practiceFor', () => {
  it("lists the module's own role-plays first, then those shared with other modules", () => {
    expect(practiceFor(scenarios, 'basics').map((scenario) => scenario.id)).toEqual(['own', 'mixed'])
    expect(practiceFor(scenarios, 'phone').map((scenario) => scenario.id)).toEqual(['other', 'mixed'])
  })
  it('is empty for a module no role-play practises', () => {
    expect(practiceFor(scenarios, 'nope')).toEqual([])
  })
})
