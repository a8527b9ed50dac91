import { expect, type Locator, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

/** The WCAG levels every page is held to. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** axe finds no violation on the page as it is; `state` names it in the failure. */
export async function expectNoViolations(page: Page, state: string): Promise<void> {
  // A smooth scroll still under way (after a focus or a jump) carries controls under the phone's
  // sticky bars for a moment: axe looks once the page has stopped moving (three still frames).
  await page.evaluate(() => {
    const seen = window as unknown as { lastScrollY?: number; stillFrames?: number }
    seen.lastScrollY = undefined
    seen.stillFrames = 0
  })
  await page.waitForFunction(() => {
    const seen = window as unknown as { lastScrollY?: number; stillFrames?: number }
    const y = Math.round(window.scrollY)
    seen.stillFrames = seen.lastScrollY === y ? (seen.stillFrames ?? 0) + 1 : 0
    seen.lastScrollY = y
    return seen.stillFrames >= 3
  })
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
  expect(summary, state).toEqual([])
}

/** Presses Tab until `target` has focus, as a keyboard user gets there. */
export async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`not reached in ${limit} Tab presses`)
}
