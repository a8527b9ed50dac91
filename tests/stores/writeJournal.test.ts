import { describe, expect, it, vi } from 'vitest'
import { memoryDatabase } from '../../src/platform/database'
import { loadSavedData } from '../../src/stores/loadSavedData'
import { useScenarioPlaysStore } from '../../src/stores/scenarioPlays'
import { openPage } from './helpers'
import { clearPendingWrite, journaledBatch, notePendingWrite } from '../../src/platform/writeJournal'
import { replayPendingWrites } from '../../src/platform/pendingWrites'

const row = (key: string) => ({ owner: 'default', kind: 'lesson', key, value: '2026-03-01T08:00:00.000Z' })

describe('the write-ahead journal', () => {
  it('writes again, at the next start, a batch a closed page never finished, and forgets it', async () => {
    localStorage.clear()
    notePendingWrite('a1', JSON.stringify({ put: [row('beijing-map-case')], remove: [] }))
    const confirmed = notePendingWrite('a2', JSON.stringify({ put: [row('qualities-skills')], remove: [] }))
    clearPendingWrite(confirmed)
    const database = memoryDatabase()

    expect(await replayPendingWrites(database)).toBe(1)
    expect((await database.rowsOf('default')).map((saved) => saved.key)).toEqual(['beijing-map-case'])
    expect(Object.keys(localStorage).filter((key) => key.startsWith('kefu-course.pending.'))).toEqual([])
  })

  it('keeps a batch the database refused, for the start after', async () => {
    localStorage.clear()
    notePendingWrite('b1', JSON.stringify({ put: [row('beijing-map-case')], remove: [] }))
    const refusing = {
      ...memoryDatabase(),
      write: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
    }
    expect(await replayPendingWrites(refusing)).toBe(0)
    expect(localStorage.getItem('kefu-course.pending.b1')).not.toBeNull()
  })

  it('writes again a learner named and made active just before the page closed', async () => {
    localStorage.clear()
    const learner = { id: 'p-1', name: '王芳', named: true, createdAt: '2026-03-01T08:00:00.000Z' }
    notePendingWrite('c1', JSON.stringify({ profiles: { put: [learner] }, meta: { activeProfile: 'p-1' } }))
    const database = memoryDatabase()

    expect(await replayPendingWrites(database)).toBe(1)
    expect(await database.profiles()).toEqual([learner])
    expect(await database.meta('activeProfile')).toBe('p-1')
  })

  it('writes again two batches for the same row noted in one millisecond in the order they were made', async () => {
    localStorage.clear()
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-03-01T08:00:00.000Z'))
    const indexedDb = { ...memoryDatabase(), kind: 'indexeddb' as const }
    const saved = (value: string) => ({ owner: 'default', kind: 'session', key: 'm-qualities', value })
    // However the ids would fall at random, the later answer is the one written last.
    vi.spyOn(Math, 'random').mockReturnValueOnce(0.9).mockReturnValueOnce(0.1)
    journaledBatch(indexedDb, { put: [saved('first answer')], remove: [] })
    journaledBatch(indexedDb, { put: [saved('second answer')], remove: [] })
    const database = memoryDatabase()

    expect(await replayPendingWrites(database)).toBe(2)
    expect((await database.rowsOf('default')).map((row) => row.value)).toEqual(['second answer'])
  })

  it('notes a batch before it is written to IndexedDB, and hands back a plain copy; nothing for a memory-only one', () => {
    localStorage.clear()
    const batch = { put: [row('beijing-map-case')], remove: [] }
    const { plain, note } = journaledBatch({ ...memoryDatabase(), kind: 'indexeddb' }, batch)
    expect(plain).toEqual(batch)
    expect(plain).not.toBe(batch)
    expect(JSON.parse(localStorage.getItem(note!)!)).toEqual(batch)

    expect(journaledBatch(memoryDatabase(), batch).note).toBeNull()
    expect(Object.keys(localStorage).filter((key) => key.startsWith('kefu-course.pending.'))).toHaveLength(1)
  })
})

describe('a role-play under way', () => {
  it('is noted before it is written, so a reload in that instant still resumes it', async () => {
    localStorage.clear()
    // IndexedDB that has not finished the write when the page goes away.
    const base = memoryDatabase()
    const closing = {
      ...base,
      kind: 'indexeddb' as const,
      write: (batch: Parameters<typeof base.write>[0]) =>
        batch.put?.some((saved) => saved.kind === 'play') ? new Promise<void>(() => {}) : base.write(batch),
    }
    const page = openPage()
    await loadSavedData(page, closing)
    void useScenarioPlaysStore(page).keep('beijing-map', { seed: 7, history: [] })

    const reloaded = memoryDatabase()
    expect(await replayPendingWrites(reloaded)).toBe(1)
    const next = openPage()
    await loadSavedData(next, reloaded)
    expect(await useScenarioPlaysStore(next).resume('beijing-map')).toEqual({ seed: 7, history: [] })
  })
})
