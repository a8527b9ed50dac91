import { describe, expect, it, vi } from 'vitest'
import { DATABASE_NAME } from '../../src/platform/storageKeys'
import { nothingSaved } from '../../src/platform/savedDataProbe'
import { readLegacyValues } from '../../src/platform/legacyStorage'
import { memoryDatabase, type SavedDatabase } from '../../src/platform/database'
import { useSettingsStore } from '../../src/stores/settings'
import { openFirstScreen, openTab, rowKeysOf, useFreshDeviceAt } from './helpers'

const NOW = '2026-03-10T09:00:00.000Z'
const FIRST = { id: 'default', name: '学员 1', createdAt: NOW }

useFreshDeviceAt(NOW)

/** Whether the browser holds the course's database (a first visit creates it only with its first save). */
async function databaseExists(): Promise<boolean> {
  return (await indexedDB.databases()).some((database) => database.name === DATABASE_NAME)
}

describe('a first visit', () => {
  it('shows its first learner and an empty record without creating the database', async () => {
    const tab = await openFirstScreen()

    expect(tab.profiles.active).toEqual(FIRST)
    expect(tab.profiles.needsWelcome).toBe(true)
    expect(tab.progress.historyLoaded).toBe(true)
    expect(tab.progress.glance.learned).toEqual({})
    expect(tab.saved.memoryOnly).toBeNull()
    expect(await databaseExists()).toBe(false)
  })

  it('saves the learner with the welcome, and a reload finds them named, alone', async () => {
    const tab = await openFirstScreen()
    expect(await tab.profiles.welcome({ name: '王芳', staffId: '', team: '二组', purpose: 'newHire' })).toBeNull()

    expect(await databaseExists()).toBe(true)
    const reloaded = await openTab()
    expect(reloaded.profiles.list.profiles).toEqual([
      { ...FIRST, name: '王芳', named: true, team: '二组', purpose: 'newHire' },
    ])
    expect(reloaded.profiles.needsWelcome).toBe(false)
    expect(reloaded.profiles.notice).toBeNull()
  })

  it('keeps the first learner when the first thing saved is a lesson, with no learner taken for lost', async () => {
    const tab = await openFirstScreen()
    await tab.progress.setLessonLearned('basics-first', true)

    const reloaded = await openTab()
    expect(reloaded.profiles.list.profiles).toEqual([FIRST])
    expect(reloaded.profiles.notice).toBeNull()
    expect(reloaded.progress.progress.learned).toEqual({ 'basics-first': NOW })
    expect(await rowKeysOf(reloaded)).toEqual(['lesson:basics-first'])
  })

  it('keeps the first learner when the first thing saved is a second learner', async () => {
    const tab = await openFirstScreen()
    expect(await tab.profiles.create('小李')).toBeNull()

    const names = (await openTab()).profiles.list.profiles.map((profile) => profile.name)
    expect(names).toEqual(['学员 1', '小李'])
  })

  it('is read on a reload a moment after its first save, while the browser does not list the new database yet', async () => {
    // Chromium lists a new database about a second after creating it.
    vi.spyOn(indexedDB, 'databases').mockResolvedValue([])
    const tab = await openFirstScreen()
    expect(await tab.profiles.welcome({ name: '王芳', staffId: '', team: '', purpose: 'newHire' })).toBeNull()

    const reloaded = await openTab()
    expect(reloaded.profiles.active.name).toBe('王芳')
    expect(reloaded.profiles.needsWelcome).toBe(false)
  })

  it('keeps a setting changed just before the page closed, while its write had not finished', async () => {
    // A page whose database never finishes a write (it closes first).
    const memory = memoryDatabase()
    let closing = false
    const database: SavedDatabase = {
      ...memory,
      kind: 'indexeddb',
      write: (batch) => (closing ? new Promise<void>(() => {}) : memory.write(batch)),
    }
    const tab = await openTab(database)
    closing = true
    useSettingsStore(tab.pinia).textSize = 'xlarge'
    await vi.waitFor(() =>
      expect(Object.keys(localStorage).some((key) => key.startsWith('kefu-course.pending.'))).toBe(true),
    )

    const reloaded = await openTab()
    expect(useSettingsStore(reloaded.pinia).textSize).toBe('xlarge')
  })

  it('follows another tab that saved first: its learner shows here, and this tab saves beside it', async () => {
    const here = await openFirstScreen()
    const there = await openFirstScreen()
    expect(await there.profiles.welcome({ name: '王芳', staffId: '', team: '', purpose: 'newHire' })).toBeNull()

    await vi.waitFor(() => expect(here.profiles.active.name).toBe('王芳'))
    // vi.waitFor moves the faked clock on while it waits.
    vi.setSystemTime(new Date(NOW))
    await here.progress.setLessonLearned('basics-first', true)
    const reloaded = await openTab()
    expect(reloaded.profiles.list.profiles.map((profile) => profile.name)).toEqual(['王芳'])
    expect(reloaded.progress.progress.learned).toEqual({ 'basics-first': NOW })
  })
})

describe('telling whether anything is saved', () => {
  it('says nothing is saved on a browser the course never saved in', async () => {
    expect(await nothingSaved()).toBe(true)
  })

  it('says something is saved once the database exists', async () => {
    const tab = await openFirstScreen()
    await tab.progress.setLessonLearned('basics-first', true)
    expect(await nothingSaved()).toBe(false)
  })

  it.each([
    ['an earlier version’s learners', 'kefu-course.profiles', '{"version":1,"profiles":[]}'],
    ['a write a closed page left unfinished', 'kefu-course.pending.abc', '{"put":[]}'],
  ])('says something is saved when localStorage holds %s', async (_, key, value) => {
    localStorage.setItem(key, value)
    expect(await nothingSaved()).toBe(false)
  })

  it('does not take its own notes for an earlier version’s values, which would be moved', async () => {
    const tab = await openFirstScreen()
    await tab.progress.setLessonLearned('basics-first', true)
    localStorage.setItem('kefu-course.pending.abc', '{"put":[]}')
    localStorage.setItem('kefu-course.progress', '{"version":1,"learned":{}}')

    expect(Object.keys(readLegacyValues())).toEqual(['kefu-course.progress'])
  })

  it('cannot tell, and so says something may be saved, where the browser cannot list its databases', async () => {
    vi.spyOn(indexedDB, 'databases').mockRejectedValue(new DOMException('denied', 'SecurityError'))
    expect(await nothingSaved()).toBe(false)
  })
})
