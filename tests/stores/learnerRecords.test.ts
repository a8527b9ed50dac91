import { describe, expect, it } from 'vitest'
import { defineStore } from 'pinia'
import * as v from 'valibot'
import { memoryDatabase } from '../../src/platform/database'
import { learnerRecords } from '../../src/stores/learnerRecords'
import { backupsOf, openTab, refusingDatabase, useFreshDeviceAt, type Tab } from './helpers'

useFreshDeviceAt('2026-03-10T09:00:00.000Z')

const ResultSchema = v.object({ id: v.string(), score: v.number() })
type Result = v.InferOutput<typeof ResultSchema>

/** A feature's store, as the typing test or 找茬 keep their results. */
const useResults = defineStore('test-results', () =>
  learnerRecords<Result>({ kind: 'test-result', keyOf: (result) => result.id, schema: ResultSchema, name: '测试成绩' }),
)

const resultsOf = async (tab: Tab) => {
  const results = useResults(tab.pinia)
  await results.ready()
  return results
}

describe('a learner’s own records', () => {
  it('keeps what two tabs add at the same instant, in key order, after a reload', async () => {
    const [a, b] = [await resultsOf(await openTab()), await resultsOf(await openTab())]

    await Promise.all([
      a.add({ id: '2026-03-10T09:00:02Z', score: 2 }),
      b.add({ id: '2026-03-10T09:00:01Z', score: 1 }),
    ])

    const reloaded = await resultsOf(await openTab())
    expect(reloaded.items.map((result) => result.score)).toEqual([1, 2])
  })

  it('shows each learner only their own records, and follows the learner chosen', async () => {
    const tab = await openTab()
    const results = await resultsOf(tab)
    await results.add({ id: 'r1', score: 80 })

    expect(await tab.profiles.create('李娜')).toBeNull()
    await results.ready()
    expect(results.items).toEqual([])
    await results.add({ id: 'r2', score: 60 })

    expect(await tab.profiles.activate('default')).toBeNull()
    await results.ready()
    expect(results.items).toEqual([{ id: 'r1', score: 80 }])
  })

  it('removes one record, or all of them', async () => {
    const results = await resultsOf(await openTab())
    await results.add({ id: 'r1', score: 1 })
    await results.add({ id: 'r2', score: 2 })
    await results.add({ id: 'r3', score: 3 })

    expect(await results.remove('r2')).toBeNull()
    expect((await resultsOf(await openTab())).items.map((result) => result.id)).toEqual(['r1', 'r3'])
    expect(await results.removeAll()).toBeNull()
    expect((await resultsOf(await openTab())).items).toEqual([])
  })

  it('sets a damaged record aside instead of showing it, and keeps the rest', async () => {
    const tab = await openTab()
    const bad = { owner: 'default', kind: 'test-result', key: 'r9', value: { id: 'r9', score: '很多' } }
    await tab.saved.database.write({
      put: [bad, { owner: 'default', kind: 'test-result', key: 'r1', value: { id: 'r1', score: 5 } }],
    })

    const reloaded = await openTab()
    const results = await resultsOf(reloaded)

    expect(results.items).toEqual([{ id: 'r1', score: 5 }])
    expect(backupsOf(reloaded)).toEqual([{ owner: 'default', reason: '测试成绩中有 1 条无法读取', items: [bad] }])
  })

  it('says in Chinese when a record cannot be saved, and does not show it as saved', async () => {
    const { database, refuse } = refusingDatabase(new DOMException('full', 'QuotaExceededError'))
    const results = await resultsOf(await openTab(database))
    refuse(true)

    const problem = await results.add({ id: 'r1', score: 1 })

    expect(problem).toMatch(/测试成绩没有保存$/)
    expect(results.saveError).toBe(problem)
    expect(results.items).toEqual([])
  })
})

describe('a page closed while a record is being written', () => {
  it('writes the record at the next start, as if the page had stayed open', async () => {
    localStorage.clear()
    // IndexedDB that has not finished the record's write when the page goes away.
    const base = { ...memoryDatabase(), kind: 'indexeddb' as const }
    let writeStarted!: () => void
    const writing = new Promise<void>((resolve) => (writeStarted = resolve))
    const closing = {
      ...base,
      write: (batch: Parameters<typeof base.write>[0]) => {
        if (!batch.put?.some((saved) => saved.kind === 'test-result')) return base.write(batch)
        writeStarted()
        return new Promise<void>(() => {})
      },
    }
    const results = await resultsOf(await openTab(closing))
    void results.add({ id: 'r1', score: 7 })
    await writing

    const reloaded = await resultsOf(await openTab({ ...memoryDatabase(), kind: 'indexeddb' }))
    expect(reloaded.items).toEqual([{ id: 'r1', score: 7 }])
    expect(Object.keys(localStorage).filter((key) => key.startsWith('kefu-course.pending.'))).toEqual([])
  })
})

describe('a read that fails', () => {
  it('is tried again on the next ready(), not kept', async () => {
    const tab = await openTab()
    await tab.saved.database.write({
      put: [{ owner: 'default', kind: 'test-result', key: 'r1', value: { id: 'r1', score: 5 } }],
    })
    const original = tab.saved.database.rowsOfKind.bind(tab.saved.database)
    let fail = true
    tab.saved.database.rowsOfKind = (owner, kind) =>
      fail ? Promise.reject(new Error('disk unavailable')) : original(owner, kind)
    const results = useResults(tab.pinia)

    await expect(results.ready()).rejects.toThrow('disk unavailable')
    fail = false
    await results.ready()

    expect(results.items).toEqual([{ id: 'r1', score: 5 }])
  })
})
