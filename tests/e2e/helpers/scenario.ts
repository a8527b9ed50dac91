/** Reading a role-play in the browser as a learner sees it. */
import { expect, type Locator, type Page } from '@playwright/test'

/** The conversation so far, shown as a region with its own label. */
export const conversation = (page: Page) => page.getByRole('region', { name: '对话记录' })
/** The learner's own lines in the conversation, each headed 你. */
export const myLines = (page: Page) => conversation(page).getByText('你', { exact: true })
/** The end of a role-play: a summary labelled by its ending, 结局：…. */
export const ending = (page: Page) => page.getByRole('region', { name: /^结局：/ })
/** The reply buttons of a choice step, numbered 1., 2., …. */
export const replyButtons = (page: Page) => page.getByRole('button', { name: /^\d\. / })

/**
 * Whether the run has ended, waiting after a reply until the page shows either the next turn (its
 * replies, or the field of a written reply) or `end` (the ending by default). The end's code comes
 * with the first reply, so after a short run it can show a moment later than the last reply.
 */
export async function runEnded(page: Page, end: Locator = ending(page)): Promise<boolean> {
  await expect(end.or(replyButtons(page)).or(page.getByLabel('写下你的回应')).first()).toBeVisible()
  return end.isVisible()
}

/**
 * Makes every "random" draw of the page repeatable (Math.random from a fixed
 * seed), so a run's shuffled reply order is the same each time the test runs.
 */
export async function fixRandomness(page: Page, seed: number): Promise<void> {
  await page.addInitScript((start: number) => {
    let state = start >>> 0
    Math.random = () => {
      state = (state + 0x6d2b79f5) >>> 0
      let t = state
      t = Math.imul(t ^ (t >>> 15), t | 1)
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
  }, seed)
}

/** The texts of the reply buttons, in the order shown, without their numbers. */
export async function shownReplies(page: Page): Promise<string[]> {
  const names = await replyButtons(page).allTextContents()
  return names.map((name) => name.replace(/^\s*\d\.\s*/, '').trim())
}
