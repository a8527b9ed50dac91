/** The app's shell as a learner uses it: the five tabs (a bottom bar on a phone, the header on a desktop) and 我的. */
import { expect, test, type Locator, type Page } from '@playwright/test'

/** The five places of the main navigation. */
export type TabName = '学习' | '练习' | '演练' | '进度' | '我的'

/** The main navigation: the bottom tab bar on a phone, the row of links in the desktop header. */
export const mainNav = (page: Page): Locator => page.getByRole('navigation', { name: '主导航' })

/** One tab of the main navigation, by its word. */
export const tab = (page: Page, name: TabName): Locator => mainNav(page).getByRole('link', { name, exact: true })

/** The link to the learners page on 我的, named 学员：<the active learner's name>. */
export const learnerLink = (page: Page, name?: string): Locator =>
  page
    .getByRole('main')
    .getByRole('link', name === undefined ? { name: /^学员：/ } : { name: `学员：${name}`, exact: true })

/** From any page: 我的, then the active learner, to the 学员 page. */
export async function openLearners(page: Page): Promise<void> {
  await tab(page, '我的').click()
  await learnerLink(page).click()
}

/** From any page: 我的, then 结业考试. */
export async function openExamPage(page: Page): Promise<void> {
  await tab(page, '我的').click()
  await page.getByRole('link', { name: /^结业考试/ }).click()
}

/** Resolves once the page has stopped scrolling (a smooth scroll to a focused field moves every frame). */
export async function scrollSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = Number.NaN
        const look = () => {
          if (window.scrollY === last) resolve()
          else {
            last = window.scrollY
            requestAnimationFrame(() => requestAnimationFrame(look))
          }
        }
        look()
      }),
  )
}

/**
 * Uses a button or link as each project's learner does: a tap on the phone, focus and Enter at the
 * desktop, which is driven by the keyboard alone.
 */
export async function activate(control: Locator): Promise<void> {
  if (test.info().project.use.hasTouch) await control.tap()
  else {
    await control.focus()
    await control.press('Enter')
  }
}

/**
 * Goes back up as each project's learner does: the top bar's 返回 on a phone; at the desktop, the
 * link given (a link of the trail 当前位置 by its words, or any other way back the page offers).
 */
export async function goBack(page: Page, desktopWay: string | Locator): Promise<void> {
  await activate(
    test.info().project.use.isMobile
      ? page.locator('.top-bar-back')
      : typeof desktopWay === 'string'
        ? page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: desktopWay })
        : desktopWay,
  )
}

/** Uses a control with the pointer each project's learner has: a tap on the phone, a mouse click at the desktop. */
export async function tapOrClick(control: Locator): Promise<void> {
  if (test.info().project.use.hasTouch) await control.tap()
  else await control.click()
}

/**
 * Resolves after two frames have painted and a task has run: work queued behind the last change
 * (a focus moved once a page is shown, a hook after a navigation) has had its turn.
 */
export async function framesPainted(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)))),
  )
}

/**
 * Holds the download of a page's code (`assets/<name>-<hash>.js`) until `release` is called, as a
 * slow link would; `requested` says whether the page has asked for it yet. The page must not have
 * loaded it already (no worker's copy either).
 */
export async function holdPageCode(
  page: Page,
  name: string,
): Promise<{ release: () => void; requested: () => boolean }> {
  let release = () => {}
  let requested = false
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(`**/assets/${name}-*.js`, async (route) => {
    requested = true
    await released
    await route.continue()
  })
  return { release, requested: () => requested }
}

/**
 * Records every text the shell's floating status (under the top bar) takes from now on, so a moment
 * however short is seen; the returned function reads what was recorded.
 */
export async function recordShellStatus(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const region = document.querySelector('main > [role="status"]')!
    const seen: string[] = []
    Object.assign(window, { shellStatusSeen: seen })
    new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    })
  })
  return () => page.evaluate(() => (window as unknown as { shellStatusSeen: string[] }).shellStatusSeen)
}

/** Opens the trainer page's folded 题库交换 (its export and GIFT import load as it opens). */
export async function openBankExchange(page: Page): Promise<void> {
  await activate(page.locator('summary').filter({ hasText: '题库交换' }))
  await expect(page.getByRole('heading', { name: '题库交换（Moodle）' })).toBeVisible()
}
