/** Setting up a device's saved data in the browser, as earlier versions or faulty devices leave it. */
import type { BrowserContext, Page } from '@playwright/test'

/** Values an earlier version saved in localStorage, present before the course first starts. */
export async function seedLegacyStorage(context: BrowserContext, values: Record<string, string>): Promise<void> {
  await context.addInitScript((seed) => {
    // Once per tab: a reload must find what the course made of it, not the seed again.
    if (sessionStorage.getItem('seeded')) return
    for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value)
    sessionStorage.setItem('seeded', '1')
  }, values)
}

/** From now on until a reload, the browser refuses every write to IndexedDB as a full disk does. */
export async function refuseWrites(page: Page): Promise<void> {
  await page.evaluate(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    IDBObjectStore.prototype.put = full
    IDBObjectStore.prototype.add = full
    IDBObjectStore.prototype.delete = full
  })
}

/** A browser with no IndexedDB at all (some private modes). */
export async function withoutIndexedDb(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true })
  })
}

/** A learner's progress as an earlier version saved it: lessons learned, by id and time. */
export function legacyLessons(learned: Record<string, string>): string {
  return JSON.stringify({ version: 1, learned })
}
