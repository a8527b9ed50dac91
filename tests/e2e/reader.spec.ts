import { expect, test, type Page } from '@playwright/test'
import { framesPainted, tab } from './helpers/shell'

// Every request must stay on the page's own origin: the course works offline and sends nothing out.
function recordForeignRequests(page: Page): string[] {
  const foreign: string[] = []
  const ownHost = new URL(test.info().project.use.baseURL!).host
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.host !== ownHost) foreign.push(request.url())
  })
  return foreign
}

test('a new learner reads the first lesson, marks it learned, and still sees it after a reload', async ({ page }) => {
  const foreign = recordForeignRequests(page)
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1, name: '客服人员培训课程' })).toBeVisible()
  await expect(page.getByRole('main')).toContainText('已学完 0 /')

  await page.getByRole('link', { name: /^开始学习：/ }).click()
  await expect(page.getByRole('navigation', { name: '本课目录' })).toBeVisible()
  const lessonTitle = await page.getByRole('heading', { level: 1 }).textContent()
  await expect(page.getByRole('heading', { name: '本课目标' })).toBeVisible()
  // The lesson teaches the job; the sources wait behind one 出处 disclosure per section.
  await expect(page.getByRole('link', { name: /查看原文/ }).first()).toBeHidden()
  const sources = page.locator('summary', { hasText: /^出处（\d+）/ }).first()
  // A full-size target on a phone.
  expect((await sources.boundingBox())!.height).toBeGreaterThanOrEqual(44)
  await sources.click()
  await expect(page.getByRole('link', { name: /查看原文/ }).first()).toBeVisible()

  const toggle = page.getByRole('button', { name: '标记为已学完' })
  await toggle.click()
  await expect(page.getByRole('button', { name: /已学完 ✓/ })).toHaveAttribute('aria-pressed', 'true')

  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessonTitle!)
  await expect(page.getByRole('button', { name: /已学完 ✓/ })).toHaveAttribute('aria-pressed', 'true')

  await tab(page, '学习').click()
  await expect(page.getByRole('main')).toContainText('已学完 1 /')
  await expect(page.getByRole('link', { name: /^继续学习：/ })).toBeVisible()
  expect(foreign).toEqual([])
})

test('a double tap on 标记为已学完 leaves the lesson learned, and what follows the button stays put', async ({
  page,
  hasTouch,
}) => {
  await page.goto('./#/modules/overview/lessons/overview-customer-and-purpose')
  const toggle = page.getByRole('button', { name: '标记为已学完' })
  await toggle.scrollIntoViewIfNeeded()
  await framesPainted(page)
  const next = page.getByRole('link', { name: /^下一课/ })
  const before = (await next.boundingBox())!.y
  if (hasTouch) {
    const box = (await toggle.boundingBox())!
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    await page.touchscreen.tap(at.x, at.y)
    await page.touchscreen.tap(at.x, at.y)
  } else {
    await toggle.dblclick()
  }
  const learned = page.getByRole('button', { name: '已学完 ✓' })
  await expect(learned).toHaveAttribute('aria-pressed', 'true')
  await framesPainted(page)
  await expect(learned).toHaveAttribute('aria-pressed', 'true')
  // Not moved under the finger (a hint appearing pushed it 57 px down); a fraction of a pixel of layout is not a move.
  expect(Math.abs((await next.boundingBox())!.y - before)).toBeLessThan(2)
})

test('a keyboard-only learner goes from the home page through a lesson to "learned"', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // Tab from the top of the page: the skip link comes first.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused()

  const start = page.getByRole('link', { name: /^开始学习：/ })
  for (let i = 0; i < 30 && !(await start.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(start).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('navigation', { name: '本课目录' })).toBeVisible()
  // Focus moves to the new page's main region, so the next Tab starts inside it.
  await expect(page.getByRole('main')).toBeFocused()

  const toggle = page.getByRole('button', { name: '标记为已学完' })
  for (let i = 0; i < 400 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(toggle).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: /已学完 ✓/ })).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('status').filter({ hasText: '本课已标记为已学完。' })).toBeVisible()
})

test('a trainer opens a citation and sees the passage marked in its document', async ({ page }) => {
  await page.goto('./#/modules/qualities/lessons/beijing-map-case')
  await page
    .locator('summary', { hasText: /^出处（\d+）/ })
    .first()
    .click()
  await page
    .getByRole('link', { name: /查看原文/ })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('北京地图案例')
  await expect(page.locator('mark')).toBeVisible()
  await expect(page.locator('mark')).not.toBeEmpty()
  await expect(page.getByText('已在原文中标出被引用的段落。')).toBeVisible()
})

test("a trainer switches on the trainer's view and sees every source open and the notes for trainers", async ({
  page,
}) => {
  await page.goto('./#/modules/qualities/lessons/beijing-map-case')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('details.sources[open]')).toHaveCount(0)
  await expect(page.getByText(/^培训师备注：/)).toHaveCount(0)

  await page.goto('./#/trainer')
  await page.getByRole('checkbox', { name: /培训师视图/ }).check()
  await page.goto('./#/modules/qualities/lessons/beijing-map-case')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const disclosures = page.locator('details.sources')
  await expect(disclosures.first()).toHaveAttribute('open', '')
  expect(await page.locator('details.sources:not([open])').count()).toBe(0)
  await expect(page.getByText(/^培训师备注：/).first()).toBeVisible()
})

test('the lesson page fits a phone screen without sideways scrolling', async ({ page }) => {
  await page.goto('./#/modules/qualities/lessons/beijing-map-case')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
})

test('an unknown address shows a page that leads back home', async ({ page }) => {
  await page.goto('./#/no/such/page')
  await expect(page.getByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible()
  await page.getByRole('link', { name: '回到首页' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '客服人员培训课程' })).toBeVisible()
})

test('a title that wraps on a phone never leaves one character alone on its last line', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('./#/modules/overview/lessons/overview-definitions')
  const title = page.getByRole('heading', { level: 1, name: '什么是客服：几个基本定义' })
  await expect(title).toBeVisible()
  // Each line's width, read from the text's own boxes: at this width the title takes two lines.
  const lines = await title.evaluate((heading) => {
    const range = document.createRange()
    range.selectNodeContents(heading)
    const fontSize = parseFloat(getComputedStyle(heading).fontSize)
    return { widths: [...range.getClientRects()].map((rect) => rect.width), fontSize }
  })
  expect(lines.widths.length).toBeGreaterThan(1)
  expect(lines.widths.at(-1)!).toBeGreaterThan(1.5 * lines.fontSize)
})

test.describe('a lesson opened by its address', () => {
  // The page's own downloads, not a service worker's copy.
  test.use({ serviceWorkers: 'block' })

  test('needs only its own text: it opens though its module’s outline cannot be downloaded', async ({ page }) => {
    // A module's outline (its description and lesson summaries) is the file with `summaries`: refused
    // each time, a second try (?retry=) too.
    const refused: string[] = []
    await page.route(
      ({ pathname }) => /\/assets\/[^/]+\.js$/.test(pathname),
      async (route) => {
        const response = await route.fetch()
        if (/\bsummaries:\{/.test(await response.text())) {
          refused.push(new URL(route.request().url()).pathname)
          return route.abort('internetdisconnected')
        }
        return route.fulfill({ response })
      },
    )
    await page.goto('./#/modules/qualities/lessons/qualities-skills')
    await expect(page.getByRole('navigation', { name: '本课目录' })).toBeVisible()
    await expect(page.getByRole('button', { name: '标记为已学完' })).toBeVisible()
    await expect(page.getByText('课程内容加载失败')).toHaveCount(0)
    // It was asked for beside the lesson (for 返回 to the module), and refused.
    expect(refused.length).toBeGreaterThan(0)
    // Files still on their way when the test ends are not read after the page has gone.
    await page.unrouteAll({ behavior: 'ignoreErrors' })
  })
})

test.describe('a module’s page', () => {
  // The page's own downloads, not a service worker's copy.
  test.use({ serviceWorkers: 'block' })

  test('shows its lessons with their summaries at once, so none moves under a finger on its way', async ({ page }) => {
    // The module's outline (its description and lesson summaries) is held until the test lets it go.
    let release = () => {}
    const released = new Promise<void>((resolve) => (release = resolve))
    await page.route(
      ({ pathname }) => /\/assets\/[^/]+\.js$/.test(pathname),
      async (route) => {
        const response = await route.fetch()
        if (/\bsummaries:\{/.test(await response.text())) await released
        return route.fulfill({ response })
      },
    )
    await page.goto('./#/modules/complaints')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('投诉处理')
    await expect(page.getByRole('status').filter({ hasText: '正在加载本模块……' })).toBeVisible()
    const firstLesson = page.getByRole('link', { name: '投诉处理的目标与基本态度' })
    await expect(firstLesson).toHaveCount(0)
    release()
    await expect(firstLesson).toBeVisible()
    const shownAt = await firstLesson.boundingBox()
    // The description and each lesson's summary came with it: nothing is added above it afterwards.
    await expect(page.getByRole('main').locator('.lead')).toBeVisible()
    await framesPainted(page)
    expect(await firstLesson.boundingBox()).toEqual(shownAt)
    await expect(page.getByRole('status').filter({ hasText: '正在加载本模块……' })).toHaveCount(0)
  })
})
