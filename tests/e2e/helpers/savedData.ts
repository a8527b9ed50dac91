/** Setting up a device's saved data in the browser, as earlier versions or faulty devices leave it. */
import { expect, type BrowserContext, type Page } from '@playwright/test'
import { DATABASE_NAME, DATABASE_VERSION } from '../../../src/platform/storageKeys'

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

/**
 * Resolves once the app has created its database. A first visit creates it with its first save,
 * a moment after the screen shows the change; opening it from a test before then would create an
 * empty one, without the app's stores, so this check aborts such an open and asks again.
 */
export async function databaseCreated(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          ({ name, version }) =>
            new Promise<boolean>((resolve) => {
              const opened = indexedDB.open(name, version)
              opened.onupgradeneeded = () => opened.transaction?.abort()
              opened.onsuccess = () => {
                opened.result.close()
                resolve(true)
              }
              opened.onerror = () => resolve(false)
            }),
          { name: DATABASE_NAME, version: DATABASE_VERSION },
        ),
      { message: 'the app has created its database' },
    )
    .toBe(true)
}
