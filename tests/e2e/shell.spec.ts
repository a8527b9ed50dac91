/**
 * The app's shell: the phone's slim top bar and bottom tab bar, the desktop header, 我的 and its 培训师 area.
 * On the phone project every step is a tap; on the desktop project the keyboard alone.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { framesPainted, holdPageCode, mainNav, recordShellStatus, tab, type TabName } from './helpers/shell'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const TABS: TabName[] = ['学习', '练习', '演练', '进度', '我的']

/** The pages a learner sees, each with a word of its main heading. */
const LEARNER_PAGES: [path: string, heading: string | RegExp][] = [
  ['/', /./],
  ['/modules/qualities', '职业素质'],
  ['/modules/qualities/lessons/beijing-map-case', '北京地图'],
  ['/quizzes', /./],
  ['/quizzes/m-phone-etiquette', /./],
  ['/scenarios', '情景演练'],
  ['/scenarios/bad-line', /./],
  ['/progress', '我的进度'],
  ['/me', '我的'],
]
/** The trainer's pages and the documents, reached from 我的. */
const TRAINER_PAGES = ['/trainer', '/roster', '/verify', '/sources', '/learners', '/exam', '/certificate']

const onPhone = () => test.info().project.use.hasTouch === true

/** Taps on a phone; on a desktop focuses the element with Tab alone and presses Enter. */
async function activate(page: Page, target: Locator): Promise<void> {
  if (onPhone()) {
    await target.tap()
    return
  }
  await reachWithTab(page, target)
  await page.keyboard.press('Enter')
}

/**
 * Presses Tab until `target` has the focus, from wherever the focus is now, or Shift+Tab when the
 * target comes earlier in the page (the tabs, seen from the main region that has the focus after a page change).
 */
async function reachWithTab(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeVisible()
  const backwards = await target.evaluate(
    (element) =>
      document.activeElement !== document.body &&
      document.activeElement !== null &&
      (element.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
  )
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
  }
  throw new Error('Tab never reached the element')
}

async function open(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(`./#${path}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(heading)
}

async function expectNoSidewaysScroll(page: Page, path: string): Promise<void> {
  const [scrollWidth, width] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ])
  expect(scrollWidth, `${path} scrolls sideways`).toBeLessThanOrEqual(width)
}

test('every learner page shows the five places and a slim bar, covers nothing and never scrolls sideways', async ({
  page,
}) => {
  test.setTimeout(60_000)
  const viewport = page.viewportSize()!
  for (const [path, heading] of LEARNER_PAGES) {
    await open(page, path, heading)
    for (const name of TABS) await expect(tab(page, name), `${name} on ${path}`).toBeInViewport()
    const header = (await page.getByRole('banner').boundingBox())!
    const nav = (await mainNav(page).boundingBox())!
    if (onPhone()) {
      // A slim top bar, and the tab bar along the bottom edge of the screen, wherever the page is scrolled.
      expect(header.height, `top bar on ${path}`).toBeLessThanOrEqual(56)
      expect(Math.round(nav.y + nav.height), `tab bar on ${path}`).toBe(viewport.height)
      // At the very end of the page the last line is above the tab bar, not under it (polled, as a page
      // may still grow while its text arrives).
      const overlap = () =>
        page.evaluate(() => {
          window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' })
          const last = document.querySelector('footer p')!.getBoundingClientRect()
          return last.bottom - document.querySelector('nav.tab-bar')!.getBoundingClientRect().top
        })
      await expect.poll(overlap, { message: `end of ${path}` }).toBeLessThanOrEqual(0)
      await expect(mainNav(page)).toBeInViewport()
    } else {
      // One row: the name of the course and the five places side by side.
      expect(header.height, `header on ${path}`).toBeLessThanOrEqual(64)
    }
    await expectNoSidewaysScroll(page, path)
  }
  for (const path of TRAINER_PAGES) {
    await open(page, path, /./)
    await expect(mainNav(page)).toBeInViewport()
    await expectNoSidewaysScroll(page, path)
  }
})

test('every link, button and field outside running text is at least 24 px each way, a target a thumb can hit', async ({
  page,
}) => {
  test.setTimeout(60_000)
  const pages: [string, string | RegExp][] = [
    ...LEARNER_PAGES,
    ['/modules/phone-etiquette/lessons/phone-answering', /./],
    ['/sources/000_0d273eb557817752.txt', /./],
  ]
  for (const [path, heading] of pages) {
    await open(page, path, heading)
    const tooSmall = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, select, summary, textarea, input')]
        .filter((element) => !(element instanceof HTMLInputElement && ['radio', 'checkbox'].includes(element.type)))
        .filter((element) => {
          // A link inside a sentence may be as small as its words (WCAG 2.5.8's inline exception).
          const sentence = element.closest('p, li, td, dd')
          return !(
            element.tagName === 'A' &&
            getComputedStyle(element).display === 'inline' &&
            sentence !== null &&
            sentence.textContent!.trim() !== element.textContent!.trim()
          )
        })
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height > 0 && (box.width < 24 || box.height < 24))
        .map(({ element, box }) => `${element.textContent!.trim()} ${Math.round(box.width)}×${Math.round(box.height)}`),
    )
    expect(tooSmall, path).toEqual([])
  }
})

test('a short link answers a tap just beside its words, and a card a tap anywhere on it', async ({ page }) => {
  /** A tap on the phone, a click on the desktop, at a point: Playwright's own would refuse what lies over the element. */
  const tapAt = (x: number, y: number) => (onPhone() ? page.touchscreen.tap(x, y) : page.mouse.click(x, y))
  /** Taps `offset` px above (negative) or below the link's drawn box, level with its middle. */
  async function tapBeside(link: Locator, offset: number): Promise<void> {
    const box = (await link.boundingBox())!
    await tapAt(box.x + box.width / 2, offset < 0 ? box.y + offset : box.y + box.height + offset)
  }

  // The breadcrumb's 首页, 4 px under its drawn 33 px line.
  await open(page, '/modules/qualities', '职业素质')
  await tapBeside(page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: '首页' }), 4)
  await expect(page).toHaveURL(/#\/$/)

  // A module's name in 我的进度's table, a 24 px line, tapped 8 px above it.
  await open(page, '/progress', '我的进度')
  const row = page.getByRole('rowheader', { name: '沟通技巧' }).getByRole('link')
  await row.scrollIntoViewIfNeeded()
  await tapBeside(row, -8)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('沟通技巧')

  // A call in 找茬's list, tapped on its summary rather than its title.
  await open(page, '/spotting', '找茬')
  const card = page.getByRole('article').first()
  const title = await card.getByRole('heading').innerText()
  const summary = (await card.locator('p').first().boundingBox())!
  await tapAt(summary.x + summary.width / 2, summary.y + summary.height / 2)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title)
})

test('each tab opens its place and marks it as the current one, in words and visibly', async ({ page }) => {
  await open(page, '/modules/qualities/lessons/beijing-map-case', '北京地图')
  // Inside 学习, the tab shows where the learner is.
  await expect(tab(page, '学习')).toHaveAttribute('aria-current', 'true')
  const paths: Record<TabName, string> = {
    学习: '/',
    练习: '/quizzes',
    演练: '/scenarios',
    进度: '/progress',
    我的: '/me',
  }
  for (const name of [...TABS].reverse()) {
    await activate(page, tab(page, name))
    await expect(page).toHaveURL(new RegExp(`#${paths[name]}$`))
    await expect(tab(page, name)).toHaveAttribute('aria-current', 'page')
    for (const other of TABS.filter((each) => each !== name)) {
      await expect(tab(page, other)).not.toHaveAttribute('aria-current', /.+/)
    }
    const colour = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).color)
    const other = TABS.find((each) => each !== name)!
    expect(await colour(tab(page, name))).not.toBe(await colour(tab(page, other)))
  }
})

test.describe('a page whose code is still downloading', () => {
  // The page's code comes from the network here, not from a worker's copy, so the test decides when it arrives.
  test.use({ serviceWorkers: 'block' })

  test('says it is opening until it opens, and a quick page flashes nothing', async ({ page }) => {
    const scenarios = await holdPageCode(page, 'ScenarioListView')
    await open(page, '/', /./)
    const status = page.getByRole('status').filter({ hasText: '正在打开页面' })
    await activate(page, tab(page, '演练'))
    await expect(status).toBeVisible()
    expect(scenarios.requested()).toBe(true)
    // The page it is leaving is still there while it waits, its title not covered by the sign, which
    // is on screen, clear of a phone's tab bar.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('客服人员培训课程')
    const sign = (await status.boundingBox())!
    const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!
    expect(sign.y >= title.y + title.height || sign.y + sign.height <= title.y).toBe(true)
    await expect(status).toBeInViewport({ ratio: 1 })
    if (onPhone()) expect(sign.y + sign.height).toBeLessThanOrEqual((await mainNav(page).boundingBox())!.y)
    scenarios.release()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('情景演练')
    await expect(status).toHaveCount(0)

    // A page whose code is already here opens at once: nothing was said on the way.
    const said = await recordShellStatus(page)
    await activate(page, tab(page, '学习'))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('客服人员培训课程')
    await activate(page, tab(page, '演练'))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('情景演练')
    expect((await said()).filter((text) => text.includes('正在打开页面'))).toEqual([])
  })

  test('a second tap while the first page is still opening keeps the sign until the second one opens', async ({
    page,
  }) => {
    const scenarios = await holdPageCode(page, 'ScenarioListView')
    const progress = await holdPageCode(page, 'ProgressView')
    await open(page, '/', /./)
    const status = page.getByRole('status').filter({ hasText: '正在打开页面' })
    await activate(page, tab(page, '演练'))
    await expect(status).toBeVisible()
    // Every change of the status from here on, so a moment without the sign is seen however short.
    const said = await recordShellStatus(page)
    // The learner taps again, elsewhere; then the first page's code arrives, and with it that opening ends.
    await activate(page, tab(page, '进度'))
    scenarios.release()
    await expect(page.locator('link[rel="stylesheet"][href*="ScenarioListView-"]')).toHaveCount(1)
    await framesPainted(page)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('客服人员培训课程')
    await expect(status).toBeVisible()
    expect(await said()).not.toContain('')
    progress.release()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的进度')
    await expect(status).toHaveCount(0)
  })
})

test("a document opened from a lesson's 出处 belongs to 学习, and 返回 leads back to the lesson's section", async ({
  page,
}) => {
  const back = page.getByRole('banner').getByRole('link', { name: '返回' })
  const document = '/sources/000_0d273eb557817752.txt'
  await open(page, `${document}?from=qualities/beijing-map-case/sec-route`, '北京地图案例')
  await expect(tab(page, '学习')).toHaveAttribute('aria-current', 'true')
  await expect(tab(page, '我的')).not.toHaveAttribute('aria-current', /.+/)
  if (onPhone()) {
    await back.tap()
    await expect(page).toHaveURL(/#\/modules\/qualities\/lessons\/beijing-map-case#sec-route$/)
    await expect(page.getByRole('heading', { level: 2, name: /^在地图上标路线/ })).toBeFocused()
  }
  // Opened from the list: 我的, and 返回 leads to the list.
  await open(page, '/sources', /./)
  await page
    .getByRole('main')
    .getByRole('link', { name: /^北京地图案例/ })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('北京地图案例')
  await expect(tab(page, '我的')).toHaveAttribute('aria-current', 'true')
  if (onPhone()) {
    await back.tap()
    await expect(page).toHaveURL(/#\/sources$/)
  }
  // A link from elsewhere with a place that names no lesson (an edited address): the same.
  for (const from of ['?from=qualities/no-such-lesson', '?from=../../me']) {
    await page.goto('about:blank')
    await open(page, `${document}${from}`, '北京地图案例')
    await expect(tab(page, '我的')).toHaveAttribute('aria-current', 'true')
    if (onPhone()) {
      await back.tap()
      await expect(page).toHaveURL(/#\/sources$/)
    }
  }
})

test("a document opened from a quiz's feedback belongs to 练习, and 返回 leads back to the question", async ({
  page,
}) => {
  await page.goto('./#/quizzes/m-qualities')
  await page.getByRole('radio', { name: /^练习/ }).check()
  await page.getByRole('button', { name: '开始答题' }).click()
  await expect(page.getByText('第 1 / 10 题')).toBeVisible()
  const question = page.url()
  await page.locator('.option').first().click()
  await page.getByRole('button', { name: '检查答案' }).click()
  const feedback = page.locator('.feedback').first()
  await feedback.locator('summary', { hasText: /^出处/ }).click()
  await feedback.getByRole('link', { name: /^查看原文/ }).click()
  await expect(page.locator('mark').first()).toBeVisible()
  await expect(tab(page, '练习')).toHaveAttribute('aria-current', 'true')
  if (onPhone()) {
    await page.getByRole('banner').getByRole('link', { name: '返回' }).tap()
    await expect(page).toHaveURL(question)
    await expect(page.getByText('第 1 / 10 题')).toBeVisible()
  }
})

test('返回 in the top bar leads to the parent page on a phone; the desktop has its one-row header instead', async ({
  page,
}) => {
  const back = page.getByRole('banner').getByRole('link', { name: '返回' })
  if (!onPhone()) {
    await open(page, '/modules/qualities/lessons/beijing-map-case', '北京地图')
    await expect(back).toBeHidden()
    await expect(page.getByRole('banner').getByRole('link', { name: '客服人员培训课程' })).toBeVisible()
    return
  }
  await open(page, '/modules/qualities/lessons/beijing-map-case', '北京地图')
  await back.tap()
  await expect(page).toHaveURL(/#\/modules\/qualities$/)
  await back.tap()
  await expect(page).toHaveURL(/#\/$/)
  // The five tab pages are where the way back starts: no 返回 there.
  await expect(back).toHaveCount(0)
  for (const [from, parent] of [
    ['/quizzes/m-phone-etiquette', '/quizzes'],
    ['/scenarios/bad-line', '/scenarios'],
    ['/trainer', '/me'],
    ['/sources', '/me'],
  ]) {
    await open(page, from!, /./)
    await back.tap()
    await expect(page).toHaveURL(new RegExp(`#${parent}$`))
  }
})

test('back on a list from one of its pages, the link just left is in view and focused, not the top of the list', async ({
  page,
}) => {
  const back = onPhone()
    ? page.getByRole('banner').getByRole('link', { name: '返回' })
    : page.getByRole('navigation', { name: '当前位置' }).getByRole('link').last()
  // Home's modules, back from one below the first screen, and from a lesson of it by the 学习 tab.
  await open(page, '/', /./)
  const moduleCard = page.getByRole('main').getByRole('link', { name: '8. 投诉处理', exact: true })
  await expect(moduleCard).not.toBeInViewport()
  await activate(page, moduleCard)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('投诉处理')
  await activate(page, back)
  await expect(page).toHaveURL(/#\/$/)
  await expect(moduleCard).toBeFocused()
  await expect(moduleCard).toBeInViewport()
  await open(page, '/modules/complaints/lessons/complaints-targets-and-attitude', '投诉处理的目标与基本态度')
  await activate(page, tab(page, '学习'))
  await expect(moduleCard).toBeFocused()
  await expect(moduleCard).toBeInViewport()
  await open(page, '/quizzes', '测验与练习')
  const card = page.getByRole('link', { name: '8. 投诉处理', exact: true })
  await activate(page, card)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('投诉处理')
  await activate(page, back)
  await expect(page).toHaveURL(/#\/quizzes$/)
  await expect(card).toBeFocused()
  await expect(card).toBeInViewport()
  // A module's lessons, back from the last one.
  await open(page, '/modules/phone-etiquette', '电话礼仪')
  const lesson = page.getByRole('link', { name: /通话细节（下）/ })
  await activate(page, lesson)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('通话细节（下）')
  await activate(page, back)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('电话礼仪')
  await expect(lesson).toBeFocused()
  await expect(lesson).toBeInViewport()
  // From another tab's top the list opens at its own top.
  await activate(page, tab(page, '学习'))
  await activate(page, tab(page, '练习'))
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport()
  await expect(card).not.toBeFocused()
})

test('a list whose link left is on its first screen opens at its top, title and bar in sight, with that link focused', async ({
  page,
}) => {
  await open(page, '/modules/phone-etiquette/lessons/phone-making-calls', '打电话礼仪：准备、时间与长度')
  const toModule = page.getByRole('link', { name: /^回到本模块/ })
  await toModule.scrollIntoViewIfNeeded()
  await activate(page, toModule)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('电话礼仪')
  const lesson = page.getByRole('main').getByRole('link', { name: /打电话礼仪：准备、时间与长度/ })
  await expect(lesson).toBeFocused()
  await framesPainted(page)
  // Not centred: that slid the page's top under the bar for a link that was in sight already.
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
  await expect(lesson).toBeInViewport({ ratio: 1 })
})

test('after the browser’s back button the link just followed has the focus again, where the page was left', async ({
  page,
}) => {
  // A lesson's link to another lesson, well down the page.
  await open(page, '/modules/interview/lessons/interview-classic-questions', /./)
  const link = page.getByRole('link', { name: '《担责、致歉与上报》' }).first()
  await activate(page, link)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('担责、致歉与上报')
  await page.goBack()
  await expect(link).toBeFocused()
  await expect(link).toBeInViewport()
  // A list: the card of the quiz opened.
  await open(page, '/quizzes', /./)
  const card = page.getByRole('link', { name: '9. 面试准备', exact: true })
  await activate(page, card)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('面试准备')
  await page.goBack()
  await expect(card).toBeFocused()
  await expect(card).toBeInViewport()
  // Home: the card of the module opened.
  await open(page, '/', /./)
  const moduleCard = page.getByRole('main').getByRole('link', { name: '9. 面试准备', exact: true })
  await activate(page, moduleCard)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('面试准备')
  await page.goBack()
  await expect(moduleCard).toBeFocused()
  await expect(moduleCard).toBeInViewport()
  // Home's card of another place (测验与练习), far down too.
  const practiceCard = page.getByRole('main').getByRole('link', { name: '测验与练习' }).first()
  await activate(page, practiceCard)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('测验与练习')
  await page.goBack()
  await expect(practiceCard).toBeFocused()
  await expect(practiceCard).toBeInViewport()
  // A quiz started from its list, which then shows it under 没做完的 above: back, the card is whole in sight.
  await open(page, '/quizzes', /./)
  const lastModule = page.getByRole('article', { name: '9. 面试准备' })
  await activate(page, lastModule.getByRole('link', { name: '开始练习' }))
  await expect(page.getByText('第 1 / 10 题')).toBeVisible()
  await page.goBack()
  await expect(lastModule.getByRole('link', { name: '继续答题' })).toBeFocused()
  await expect(lastModule.getByRole('heading', { level: 3 })).toBeInViewport({ ratio: 1 })
  await expect(lastModule.getByRole('link', { name: '继续答题' })).toBeInViewport({ ratio: 1 })
  // A reload leaves the focus at the page's start.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(card).not.toBeFocused()
})

test('from 我的 every page is one more step: the learner, the exam, the certificate and the 培训师 area', async ({
  page,
}) => {
  test.setTimeout(60_000)
  // Where each link goes, and which of the five places it belongs to: the exam ends the learning path.
  const destinations: [RegExp, string, TabName][] = [
    [/^学员：/, '/learners', '我的'],
    [/^结业考试/, '/exam', '学习'],
    [/^结业证书/, '/certificate', '我的'],
    [/^布置作业/, '/trainer', '我的'],
    [/^学员成绩/, '/roster', '我的'],
    [/^核对证书/, '/verify', '我的'],
    [/^原文/, '/sources', '我的'],
  ]
  const trainerTools = page.locator('details.trainer-tools')
  for (const [name, path, place] of destinations) {
    await open(page, '/', /./)
    await activate(page, tab(page, '我的'))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的')
    // A learner finds the trainer's tools folded away, one step further.
    if (path !== '/learners' && path !== '/exam' && path !== '/certificate') {
      await expect(trainerTools).not.toHaveAttribute('open')
      await expect(page.getByRole('main').getByRole('link', { name })).toBeHidden()
      await activate(page, trainerTools.locator('summary'))
    }
    await activate(page, page.getByRole('main').getByRole('link', { name }))
    await expect(page).toHaveURL(new RegExp(`#${path}$`))
    // The trainer's pages are not among the learner's five places: the place they belong to stays marked.
    await expect(tab(page, place)).toHaveAttribute('aria-current', 'true')
  }
  // The settings of 我的 are reached the same way.
  await open(page, '/me', '我的')
  await activate(page, trainerTools.locator('summary'))
  const trainerView = page.getByRole('checkbox', { name: /培训师视图/ })
  if (onPhone()) {
    await trainerView.tap()
  } else {
    await reachWithTab(page, trainerView)
    await page.keyboard.press('Space')
  }
  await expect(trainerView).toBeChecked()
  await expect(page.getByLabel('字号')).toHaveValue('normal')
  // With the trainer's view on, the tools are open on 我的 from then on.
  await page.reload()
  await expect(trainerTools).toHaveAttribute('open')
})

test('the skip link and the focus after each page change still work with the shell', async ({ page }) => {
  await open(page, '/', /./)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: '跳到正文' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
  await activate(page, tab(page, '进度'))
  await expect(page).toHaveURL(/#\/progress$/)
  await expect(page.getByRole('main')).toBeFocused()
})

test('a link opened with the keyboard while the page still scrolls to it opens the next page at its top', async ({
  page,
}) => {
  await open(page, '/', /./)
  // The last module, far down home: the scroll that brings it into view is still under way when Enter opens it.
  const lastModule = page.getByRole('main').getByRole('link', { name: /^9\. / })
  await lastModule.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/modules\//)
  await framesPainted(page)
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport()
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the shell and 我的 pass axe (WCAG 2.2 A/AA) in the ${colorScheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await open(page, '/me', '我的')
    const me = await new AxeBuilder({ page }).withTags(WCAG).analyze()
    expect(me.violations.map((violation) => violation.id)).toEqual([])
    // Elsewhere only the shell is this file's business: the pages' own checks are in quality.spec.ts.
    for (const [path, heading] of LEARNER_PAGES.slice(0, 3)) {
      await open(page, path, heading)
      const shell = await new AxeBuilder({ page }).withTags(WCAG).include('header').include('footer').analyze()
      expect(
        shell.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join()}`),
        path,
      ).toEqual([])
    }
  })
}

test('keyboard hints show only with a fine pointer, where a keyboard is likely', async ({ page }) => {
  await open(page, '/', /./)
  // A hint as a page shows one (按数字键 1–4 …), placed in the page to check the global rule itself.
  await page.evaluate(() => {
    const hint = document.createElement('p')
    hint.className = 'keyboard-hint'
    hint.textContent = '按数字键选择'
    document.querySelector('main')!.append(hint)
  })
  const hint = page.getByText('按数字键选择')
  if (onPhone()) await expect(hint).toBeHidden()
  else await expect(hint).toBeVisible()
  expect(await page.evaluate(() => matchMedia('(hover: hover)').matches)).toBe(!onPhone())
})

test('the first paint needs no JavaScript: the course title and home’s introduction show where home puts them', async ({
  page,
  browser,
}) => {
  // Scripts refused: what the learner sees while the code downloads on a slow link.
  await page.route('**/*.js', (route) => route.abort())
  await page.goto('./')
  // Not a heading to assistive technology or to tests waiting for the app: the app's own replaces it.
  const shellTitle = page.locator('.app-shell-page h1')
  await expect(shellTitle).toHaveText('客服人员培训课程')
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0)
  await expect(page.getByText('正在打开课程……')).toBeVisible()
  // Something to read while the code arrives: home's own introduction, in its own style.
  const shellIntro = page.locator('.app-shell-page .lead')
  await expect(shellIntro).toBeVisible()
  const before = await shellTitle.boundingBox()
  // Code that never arrives is not a page that waits for ever: after a while it says what to do.
  const stuck = page.getByText('如果一直停在这里，请检查网络后刷新页面。')
  await expect(stuck).toBeHidden()
  await expect(stuck).toBeVisible({ timeout: 20_000 })

  // The app mounted: the same title in the same place, so nothing jumps.
  const context = await browser.newContext({ ...test.info().project.use, baseURL: test.info().project.use.baseURL })
  const mounted = await context.newPage()
  await mounted.goto('./')
  await expect(mounted.getByRole('navigation').first()).toBeVisible()
  await expect(mounted.getByText('正在打开课程……')).toHaveCount(0)
  await expect(mounted.getByText('如果一直停在这里，请检查网络后刷新页面。')).toHaveCount(0)
  const after = await mounted.getByRole('heading', { level: 1, name: '客服人员培训课程' }).boundingBox()
  expect(after).toEqual(before)
  await expect(mounted.locator('main .lead').first()).toHaveText((await shellIntro.textContent()) ?? '')
  await context.close()
})

test('an address changed while the course is still starting is the page it opens', async ({ page }) => {
  // Hold the table of pages, so the first address's page is still on its way when the address changes,
  // as when a launcher rewrites the address just after loading or a learner follows another link at once.
  let releasePages: () => void = () => {}
  const pagesHeld = new Promise<void>((resolve) => (releasePages = resolve))
  await page.route(/\/assets\/pages-[\w-]+\.js$/, async (route) => {
    await pagesHeld
    await route.continue()
  })
  await page.goto('./#/modules/qualities', { waitUntil: 'commit' })
  // The router has taken the first address (it records its place in the history's state).
  await expect
    .poll(() => page.evaluate(() => (history.state as { current?: string } | null)?.current))
    .toBe('/modules/qualities')
  await page.evaluate(() => (window.location.hash = '#/progress'))
  releasePages()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的进度')
  await expect(page).toHaveURL(/#\/progress$/)
  // Back leads to the first address, as the history says.
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('职业素质')
})
