import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useSettingsStore } from '../../src/stores/settings'
import { SETTINGS_KEY, closePages, openPage, stored } from './helpers'

/** The app opened (or reloaded) on this device. */
function openSettings() {
  openPage()
  return useSettingsStore()
}

/** The text size every page follows (the root element's data-text-size). */
function pageTextSize(): string | undefined {
  return document.documentElement.dataset.textSize
}

beforeEach(() => {
  localStorage.clear()
  delete document.documentElement.dataset.textSize
  openPage()
})

afterEach(() => closePages())

describe('text size', () => {
  it('is normal on a new device, and the page follows it', () => {
    const settings = useSettingsStore()
    expect(settings.textSize).toBe('normal')
    expect(pageTextSize()).toBe('normal')
  })

  it.each(['large', 'xlarge', 'normal'] as const)(
    'is saved as %s when chosen, applied to the page, and kept after a reload',
    async (size) => {
      const settings = useSettingsStore()

      settings.textSize = size

      await vi.waitFor(() => expect(stored(SETTINGS_KEY)).toEqual({ textSize: size }))
      expect(pageTextSize()).toBe(size)
      delete document.documentElement.dataset.textSize
      expect(openSettings().textSize).toBe(size)
      expect(pageTextSize()).toBe(size)
    },
  )

  it.each([
    ['an unknown size', JSON.stringify({ textSize: 'huge' })],
    ['no size at all', JSON.stringify({})],
    ['text that is not JSON', '{"textSize":'],
    ['JSON null', 'null'],
  ])('falls back to normal when the saved value has %s', (_, raw) => {
    localStorage.setItem(SETTINGS_KEY, raw)
    const settings = openSettings()
    expect(settings.textSize).toBe('normal')
    expect(pageTextSize()).toBe('normal')
  })

  it('still changes on the page when the browser refuses to save it', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    const settings = openSettings()

    settings.textSize = 'xlarge'

    await vi.waitFor(() => expect(pageTextSize()).toBe('xlarge'))
    expect(localStorage.getItem(SETTINGS_KEY)).toBeNull()
  })
})
