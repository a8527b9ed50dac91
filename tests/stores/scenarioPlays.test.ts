/** Role-plays under way as the list tells them: a reply given, or one being typed at the first step. */
import { afterEach, describe, expect, it } from 'vitest'
import { useScenarioPlaysStore } from '../../src/stores/scenarioPlays'
import { closePages, openPage, openTab } from './helpers'

afterEach(() => closePages())

describe('role-plays under way', () => {
  it('counts a reply being typed at the first step, but not a play opened and left untouched', async () => {
    await openTab()
    const plays = useScenarioPlaysStore()
    await plays.keep('typed', {
      seed: 1,
      history: [],
      draft: { stepId: 'ring', text: '您好，这里是客服中心。', checked: false },
    })
    await plays.keep('blank', { seed: 2, history: [], draft: { stepId: 'ring', text: '   ', checked: false } })
    await plays.keep('opened', { seed: 3, history: [] })
    await plays.keep('replied', { seed: 4, history: [{ stepId: 'ring', kind: 'choice', reply: 0, scores: {} }] })

    openPage()
    await openTab()
    expect([...(await useScenarioPlaysStore().underWay())].sort()).toEqual(['replied', 'typed'])
  })
})
