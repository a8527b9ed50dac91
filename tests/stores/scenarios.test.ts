import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { scenarioLoaders } from '../../src/content/courseLoaders'
import { useScenarioStore } from '../../src/stores/scenarios'
import { chunkFetchError, closePages, openPage } from './helpers'

// The fixture course has one role-play, silent-call.

beforeEach(() => {
  localStorage.clear()
  openPage()
})

afterEach(() => closePages())

describe('role-play scenarios', () => {
  it('loads a scenario with its steps and endings', async () => {
    const scenarios = useScenarioStore()
    expect(scenarios.scenarioOf('silent-call')).toBeUndefined()

    await scenarios.loadScenario('silent-call')

    const scenario = scenarios.scenarioOf('silent-call')
    expect(scenarios.scenarios.get('silent-call')?.status).toBe('ready')
    expect(scenario?.title).toBe('无声电话')
    expect(scenario?.start).toBe('ring')
    expect(scenario?.steps.map((step) => step.id)).toEqual(['ring', 'silence', 'still', 'wait', 'wait-short', 'note'])
    expect(scenario?.endings.map((ending) => ending.id)).toEqual(['done', 'rushed', 'hung-up'])
  })

  it('says there is no such scenario', async () => {
    const scenarios = useScenarioStore()
    await scenarios.loadScenario('nope')
    expect(scenarios.scenarios.get('nope')).toEqual({ status: 'error', message: '没有这个情景' })
    expect(scenarios.scenarioOf('nope')).toBeUndefined()
  })

  it('reports a failed download and loads the scenario when retried', async () => {
    const scenarios = useScenarioStore()
    vi.spyOn(scenarioLoaders, 'silent-call').mockRejectedValueOnce(chunkFetchError())

    await scenarios.loadScenario('silent-call')
    expect(scenarios.scenarios.get('silent-call')).toEqual({
      status: 'error',
      message: '情景内容加载失败，请检查网络后重试',
    })
    expect(scenarios.scenarioOf('silent-call')).toBeUndefined()

    await scenarios.loadScenario('silent-call')
    expect(scenarios.scenarioOf('silent-call')?.title).toBe('无声电话')
  })
})
