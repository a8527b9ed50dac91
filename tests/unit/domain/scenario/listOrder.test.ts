import { describe, expect, it } from 'vitest'
import { CANDIDATE_AUDIENCE, scenarioOrderFor } from '../../../../src/domain/scenario/listOrder'

const list = [
  { id: 'beijing-map', modules: ['qualities'], audience: ['新员工', CANDIDATE_AUDIENCE] },
  { id: 'desk-rush', modules: ['reception'], audience: ['新员工'] },
  { id: 'swearing', modules: ['complaints'], audience: ['新员工', CANDIDATE_AUDIENCE] },
  { id: 'interview-service', modules: ['interview'], audience: [CANDIDATE_AUDIENCE] },
  { id: 'interview-skills', modules: ['interview', 'communication'], audience: [CANDIDATE_AUDIENCE] },
]

describe('scenarioOrderFor', () => {
  it('lists a candidate’s interview role-plays first, then those for candidates too, each in the course’s order', () => {
    expect(scenarioOrderFor(list, 'interview').map((scenario) => scenario.id)).toEqual([
      'interview-service',
      'interview-skills',
      'beijing-map',
      'swearing',
      'desk-rush',
    ])
  })

  it('keeps the course’s order for anyone else, and leaves the list given untouched', () => {
    for (const purpose of ['newHire', 'trainer', undefined])
      expect(scenarioOrderFor(list, purpose).map((scenario) => scenario.id)).toEqual(
        list.map((scenario) => scenario.id),
      )
    scenarioOrderFor(list, 'interview')
    expect(list[0]!.id).toBe('beijing-map')
  })
})
