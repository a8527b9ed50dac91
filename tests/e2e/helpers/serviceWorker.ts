/** The service worker and the version notices, as a test waits for them and a learner sees them. */
import { expect, type Locator, type Page } from '@playwright/test'

/** Waits until the service worker controls the page: from then on requests go through its precache. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
}

/** Waits until a new version of the course is installed and waiting beside the one in control. */
export async function waitForWaitingVersion(page: Page): Promise<void> {
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null)
}

/** The 「有新版本」 notice, in its polite status region. */
export function updateNotice(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: '有新版本' })
}

/** The message shown when a page's code could not be downloaded. */
export function failedPageMessage(page: Page): Locator {
  return page.getByRole('alert').filter({ hasText: '这个页面没有打开' })
}

/** The entry script the page runs, e.g. `./assets/index-xiHcwjSI.js`: which build this is. */
export function entryScript(page: Page): Promise<string | null> {
  return page.locator('script[type="module"][src*="assets/index-"]').getAttribute('src')
}

/** Opens a page by its hash route (no document load) and waits for its heading. */
export async function openRoute(page: Page, base: string, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(`${base}#${path}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(heading)
}
