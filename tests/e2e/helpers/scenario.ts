/** Reading a role-play in the browser as a learner sees it. */
import { expect, type Locator, type Page } from '@playwright/test'
import type { ChoiceStepContent, FreeStepContent, ScenarioContent } from '../../../src/content/types'

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

/** The step on screen, found by its line: the last line of the conversation. */
export async function currentStep(page: Page, scenario: ScenarioContent) {
  const text = (await conversation(page).locator('.chat-text').last().textContent())!.trim()
  const step = scenario.steps.find((candidate) => candidate.text === text)
  if (!step) throw new Error(`no step says ${text}`)
  return step
}

/** The number shown beside a reply: replies are shuffled, so it is looked up by the reply's text. */
export async function shownNumber(page: Page, step: ChoiceStepContent, index: number): Promise<number> {
  const shown = await shownReplies(page)
  const position = shown.indexOf(step.replies[index]!.text)
  if (position === -1) throw new Error(`reply not shown: ${step.replies[index]!.text}`)
  return position + 1
}

/** Which reply to give at a choice step: by its index as written, or by the number shown. */
export type Pick = (step: ChoiceStepContent) => { written: number } | { shown: number }

/** Writes the model reply at a free step and goes on past its hints, with the keyboard alone. */
export async function typeModelReplyByKeyboard(page: Page, step: FreeStepContent): Promise<void> {
  await page.getByLabel('写下你的回应').focus()
  await page.keyboard.type(step.modelReply)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: '自动提示' })).toBeVisible()
  await page.getByRole('button', { name: '继续' }).focus()
  await page.keyboard.press('Enter')
}

/** Plays with the keyboard alone: number keys for replies, Tab and Enter for the typed reply. */
export async function playWithKeyboard(page: Page, scenario: ScenarioContent, pick: Pick) {
  await expect(conversation(page)).toBeVisible()
  for (let guard = 0; guard < 20; guard++) {
    if (await runEnded(page)) return
    const said = await myLines(page).count()
    const step = await currentStep(page, scenario)
    if (step.kind === 'choice') {
      const choice = pick(step)
      const number = 'shown' in choice ? choice.shown : await shownNumber(page, step, choice.written)
      await page.keyboard.press(String(number))
    } else await typeModelReplyByKeyboard(page, step)
    // The reply shows up in the conversation before the next step (or the ending) is read.
    await expect(myLines(page)).toHaveCount(said + 1)
  }
  throw new Error('the scenario did not end')
}
