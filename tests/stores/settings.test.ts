import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useSettingsStore } from '../../src/stores/settings'
import { SETTINGS_KEY, backupsOf, closePages, openTab, refusingDatabase, row, type Tab } from './helpers'
import type { SavedDatabase } from '../../src/platform/database'

/** The app opened (or reloaded) on this device, its settings read before the first page shows. */
async function openSettings(database?: SavedDatabase) {
  const tab = await openTab(database)
  return { tab, settings: useSettingsStore(tab.pinia) }
}

/** The text size every page follows (the root element's data-text-size). */
function pageTextSize(): string | undefined {
  return document.documentElement.dataset.textSize
}

/** The settings rows of the device (owner ''), as saved. */
async function savedSettings(tab: Tab) {
  return tab.saved.database.rowsOfKind('', 'setting')
}

const textSizeRow = (size: string) => row('setting', 'textSize', { name: 'textSize', value: size }, '')

beforeEach(() => {
  localStorage.clear()
  delete document.documentElement.dataset.textSize
})

afterEach(() => closePages())

describe('text size', () => {
  it('is normal on a new device, and the page follows it', async () => {
    const { tab, settings } = await openSettings()
    expect(settings.textSize).toBe('normal')
    expect(pageTextSize()).toBe('normal')
    expect(await savedSettings(tab)).toEqual([])
  })

  it.each(['large', 'xlarge', 'normal'] as const)(
    'is saved as %s when chosen, applied to the page, and kept after a reload',
    async (size) => {
      const { tab, settings } = await openSettings()

      settings.textSize = size

      await vi.waitFor(async () => expect(await savedSettings(tab)).toEqual([textSizeRow(size)]))
      expect(pageTextSize()).toBe(size)
      delete document.documentElement.dataset.textSize
      expect((await openSettings()).settings.textSize).toBe(size)
      expect(pageTextSize()).toBe(size)
    },
  )

  it('follows a size chosen in another tab', async () => {
    const mine = await openSettings()
    const theirs = await openSettings()

    theirs.settings.textSize = 'xlarge'

    await vi.waitFor(() => expect(mine.settings.textSize).toBe('xlarge'))
  })

  it('moves a size an earlier version saved in localStorage, once', async () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ textSize: 'large' }))

    const { tab, settings } = await openSettings()

    expect(settings.textSize).toBe('large')
    expect(await savedSettings(tab)).toEqual([textSizeRow('large')])
    expect(localStorage.getItem(SETTINGS_KEY)).toBeNull()
  })

  it.each([
    ['an unknown size', JSON.stringify({ textSize: 'huge' })],
    ['no size at all', JSON.stringify({})],
    ['text that is not JSON', '{"textSize":'],
    ['JSON null', 'null'],
  ])('falls back to normal when the value an earlier version saved has %s', async (_, raw) => {
    localStorage.setItem(SETTINGS_KEY, raw)
    const { settings } = await openSettings()
    expect(settings.textSize).toBe('normal')
    expect(pageTextSize()).toBe('normal')
  })

  it('falls back to normal when the saved row cannot be read, and keeps it as a backup', async () => {
    const first = await openSettings()
    await first.tab.saved.database.write({ put: [textSizeRow('huge')] })

    const { tab, settings } = await openSettings()

    expect(settings.textSize).toBe('normal')
    expect(backupsOf(tab)).toEqual([{ owner: '', reason: '显示设置中有 1 项无法读取', items: [textSizeRow('huge')] }])
    expect(await savedSettings(tab)).toEqual([])
  })

  it('still changes on the page when the browser refuses to save it, and says so', async () => {
    const { database, refuse } = refusingDatabase(new DOMException('denied', 'SecurityError'))
    const { settings } = await openSettings(database)
    refuse(true)

    settings.textSize = 'xlarge'

    await vi.waitFor(() => expect(settings.saveError).toBe('浏览器拒绝保存数据，显示设置的修改没有保存'))
    expect(pageTextSize()).toBe('xlarge')
    expect(await database.rowsOfKind('', 'setting')).toEqual([])
  })
})

describe("trainer's view", () => {
  it('is off on a new device, is kept after a reload, and keeps the text size when switched', async () => {
    const { tab, settings } = await openSettings()
    expect(settings.trainerView).toBe(false)

    settings.textSize = 'large'
    await vi.waitFor(async () => expect(await savedSettings(tab)).toHaveLength(1))
    settings.trainerView = true

    await vi.waitFor(async () =>
      expect(await savedSettings(tab)).toEqual(
        expect.arrayContaining([
          textSizeRow('large'),
          row('setting', 'trainerView', { name: 'trainerView', value: true }, ''),
        ]),
      ),
    )
    const reopened = (await openSettings()).settings
    expect(reopened.trainerView).toBe(true)
    expect(reopened.textSize).toBe('large')
  })
})

describe('daily pace', () => {
  it('is 20 reviews and one lesson a day on a new device, and keeps what the learner chooses', async () => {
    const { tab, settings } = await openSettings()
    expect(settings.dailyReviewCap).toBe(20)
    expect(settings.dailyGoal).toEqual({ kind: 'lessons', count: 1 })

    settings.dailyReviewCap = 10
    await vi.waitFor(async () => expect(await savedSettings(tab)).toHaveLength(1))
    settings.dailyGoal = { kind: 'questions', count: 10 }
    await vi.waitFor(async () =>
      expect(await savedSettings(tab)).toEqual(
        expect.arrayContaining([
          row('setting', 'dailyReviewCap', { name: 'dailyReviewCap', value: 10 }, ''),
          row('setting', 'dailyGoal', { name: 'dailyGoal', value: { kind: 'questions', count: 10 } }, ''),
        ]),
      ),
    )
    const reopened = (await openSettings()).settings
    expect(reopened.dailyReviewCap).toBe(10)
    expect(reopened.dailyGoal).toEqual({ kind: 'questions', count: 10 })
  })

  it('falls back to the defaults when a saved value is not one the app offers', async () => {
    const first = await openTab()
    await first.saved.database.write({
      put: [
        row('setting', 'dailyReviewCap', { name: 'dailyReviewCap', value: 100000 }, ''),
        row('setting', 'dailyGoal', { name: 'dailyGoal', value: { kind: 'lessons', count: -3 } }, ''),
      ],
    })
    const { settings } = await openSettings()
    expect(settings.dailyReviewCap).toBe(20)
    expect(settings.dailyGoal).toEqual({ kind: 'lessons', count: 1 })
  })
})
