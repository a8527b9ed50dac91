import { describe, expect, it, vi } from 'vitest'
import { useSpottingStore } from '../../src/stores/spotting'
import { scoreSpotting } from '../../src/domain/spotting/score'
import { openTab, useFreshDeviceAt, type Tab } from './helpers'

useFreshDeviceAt('2026-03-10T09:00:00.000Z')

const lines = [{ breaks: ['a'] }, { breaks: ['b'] }, { breaks: [] }, { breaks: ['c'] }, { breaks: [] }]
/** A score of `found` of the three violations. */
const scoreOf = (found: number) =>
  scoreSpotting(
    lines,
    new Map(
      [
        [0, 'a'],
        [1, 'b'],
        [3, 'c'],
      ].slice(0, found) as [number, string][],
    ),
  )

const storeOf = async (tab: Tab) => {
  const store = useSpottingStore(tab.pinia)
  await store.ready()
  return store
}

describe('the 找茬 store', () => {
  it("keeps each call's best and attempts, and the overall figure for 我的进度, after a reload", async () => {
    const store = await storeOf(await openTab())
    expect(store.overview).toEqual({ attempted: 0, averageBest: null, attempts: 0 })

    expect(await store.record('quiet-line', scoreOf(1))).toBeNull()
    vi.setSystemTime(new Date('2026-03-10T09:05:00.000Z'))
    expect(await store.record('quiet-line', scoreOf(3))).toBeNull()
    vi.setSystemTime(new Date('2026-03-10T09:10:00.000Z'))
    expect(await store.record('bad-line', scoreOf(2))).toBeNull()

    const reloaded = await storeOf(await openTab())
    expect(reloaded.results.map((result) => [result.transcriptId, result.percent])).toEqual([
      ['quiet-line', 33],
      ['quiet-line', 100],
      ['bad-line', 67],
    ])
    expect(reloaded.best.get('quiet-line')).toEqual({ percent: 100, points: 3, max: 3, count: 2 })
    expect(reloaded.overview).toEqual({ attempted: 2, averageBest: 84, attempts: 3 })
  })

  it('shows a learner only their own results', async () => {
    const tab = await openTab()
    const store = await storeOf(tab)
    await store.record('quiet-line', scoreOf(3))
    expect(await tab.profiles.create('李娜')).toBeNull()
    await store.ready()
    expect(store.best.size).toBe(0)
    expect(store.overview.attempts).toBe(0)
  })
})

describe('marks not yet handed in', () => {
  it('are kept across a reload, cleared when none is left, and forgotten once the call is scored', async () => {
    const store = await storeOf(await openTab())
    expect(await store.keepDraft('quiet-line', new Map([[0, 'a']]))).toBeNull()
    expect(
      await store.keepDraft(
        'quiet-line',
        new Map([
          [0, 'a'],
          [3, ''],
        ]),
      ),
    ).toBeNull()

    const reloaded = await storeOf(await openTab())
    expect(reloaded.draftOf('quiet-line')?.marks).toEqual([
      [0, 'a'],
      [3, ''],
    ])
    expect(reloaded.draftOf('bad-line')).toBeUndefined()

    expect(await reloaded.record('quiet-line', scoreOf(1))).toBeNull()
    expect(reloaded.draftOf('quiet-line')).toBeUndefined()
    expect((await storeOf(await openTab())).draftOf('quiet-line')).toBeUndefined()

    await reloaded.keepDraft('bad-line', new Map([[1, 'b']]))
    await reloaded.keepDraft('bad-line', new Map())
    expect((await storeOf(await openTab())).draftOf('bad-line')).toBeUndefined()
  })

  it('are each learner’s own', async () => {
    const tab = await openTab()
    const store = await storeOf(tab)
    await store.keepDraft('quiet-line', new Map([[0, 'a']]))
    expect(await tab.profiles.create('李娜')).toBeNull()
    await store.ready()
    expect(store.draftOf('quiet-line')).toBeUndefined()
  })
})
