import { describe, expect, it } from 'vitest'
import { scenarioTitle } from '../../../../src/domain/course/scenarioTitle'

const scenarios = [
  { id: 'bad-line', title: '线路不好的来电' },
  { id: 'beijing-map', title: '一张北京地图' },
]

describe('scenarioTitle', () => {
  it('names a role-play the course has by its title', () => {
    expect(scenarioTitle(scenarios, 'beijing-map')).toBe('一张北京地图')
  })

  it('names one the course no longer has by its id, so an old result still says which', () => {
    expect(scenarioTitle(scenarios, 'retired-case')).toBe('retired-case')
  })
})
