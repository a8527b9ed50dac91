import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectNoViolations } from './helpers/a11y'
import { scrollSettled, tab, tapOrClick } from './helpers/shell'

// Reading a lesson (issue #13, item 4): where am I, how do I get to the end, what comes next,
// and a cited passage in its document with the way back to the same place.
const BEIJING = './#/modules/qualities/lessons/beijing-map-case'

const progress = (page: Page) => page.getByRole('progressbar', { name: '阅读进度' })
const lessonHeading = (page: Page) => page.getByRole('heading', { level: 1, name: '案例导入：一张北京地图' })

/** Presses Tab until `target` has focus, at most `limit` times; returns how many presses it took. */
async function tabTo(page: Page, target: Locator, limit: number): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return presses
  }
  throw new Error(`not reached in ${limit} Tab presses`)
}

/** Keyboard focus at the top of the page's main region: where the app puts it on arrival, or by the skip link. */
async function focusMain(page: Page): Promise<void> {
  const main = page.getByRole('main')
  if (!(await main.evaluate((element) => element === document.activeElement))) {
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused()
    await page.keyboard.press('Enter')
  }
  await expect(main).toBeFocused()
}

/** Whether `element` is on screen and not under the sticky bars at the top of the page. */
async function clearOfStickyBars(page: Page, element: Locator): Promise<boolean> {
  const bar = await progress(page).boundingBox()
  const box = await element.boundingBox()
  const height = page.viewportSize()!.height
  return bar !== null && box !== null && box.y >= bar.y + bar.height - 1 && box.y + box.height <= height
}

/** Desktop: the keyboard alone. */
async function readToLearnedByKeyboard(page: Page): Promise<void> {
  await page.goto(BEIJING)
  await expect(lessonHeading(page)).toBeVisible()
  await expect(progress(page)).toHaveAttribute('aria-valuetext', '第 1/4 节：客人的请求与服务员的回应')
  await expect(progress(page)).toContainText('第 1/4 节')

  await focusMain(page)

  // 标记为已学完 is a handful of presses away, past none of the citations.
  const toJump = await tabTo(page, page.getByRole('link', { name: /^跳到本课末尾/ }), 5)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: '完成本课' })).toBeFocused()
  const toLearned = await tabTo(page, page.getByRole('button', { name: '标记为已学完' }), 1)
  expect(toJump + 1 + toLearned).toBeLessThanOrEqual(6)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: /已学完 ✓/ })).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('status').filter({ hasText: '本课已标记为已学完。' })).toBeVisible()
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '4')

  // The next step: the next lesson of the module, then the role-play that practises this one.
  await tabTo(page, page.getByRole('link', { name: '下一课：技能素质：会表达、懂专业、善沟通、能解决' }), 2)
  await tabTo(page, page.getByRole('region', { name: '练一练' }).getByRole('link', { name: '北京地图' }), 3)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: '北京地图' })).toBeVisible()
}

/** Phone: taps alone. */
async function readToLearnedByTaps(page: Page): Promise<void> {
  await page.goto(BEIJING)
  await expect(lessonHeading(page)).toBeVisible()
  await expect(progress(page)).toContainText('第 1/4 节')
  await page
    .getByRole('navigation', { name: '本课目录' })
    .getByRole('link', { name: /^在地图上标路线/ })
    .tap()
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '2')
  // The indicator stays in sight while reading.
  await expect(progress(page)).toBeInViewport()

  await page.getByRole('link', { name: /^跳到本课末尾/ }).tap()
  const learned = page.getByRole('button', { name: '标记为已学完' })
  await expect(learned).toBeInViewport()
  await learned.tap()
  await expect(page.getByRole('button', { name: /已学完 ✓/ })).toHaveAttribute('aria-pressed', 'true')
  await page.getByRole('region', { name: '练一练' }).getByRole('link', { name: '北京地图' }).tap()
  await expect(page.getByRole('heading', { level: 1, name: '北京地图' })).toBeVisible()
}

test('a lesson read to learned and on to its role-play: few Tab presses on a desktop, taps on a phone', async ({
  page,
  isMobile,
}) => {
  await (isMobile ? readToLearnedByTaps(page) : readToLearnedByKeyboard(page))
})

test('the table of contents moves the reader, and the reading indicator follows', async ({ page, isMobile }) => {
  await page.goto(BEIJING)
  await expect(lessonHeading(page)).toBeVisible()
  const third = page.getByRole('navigation', { name: '本课目录' }).getByRole('link', { name: /^第二天的结果/ })
  if (isMobile) {
    await third.tap()
  } else {
    await focusMain(page)
    await tabTo(page, third, 12)
    await page.keyboard.press('Enter')
  }
  const heading = page.getByRole('heading', { level: 2, name: /^第二天的结果/ })
  await expect(heading).toBeFocused()
  await expect.poll(() => clearOfStickyBars(page, heading)).toBe(true)
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '3')
  await expect(progress(page)).toContainText('第 3/4 节')
  // The indicator stays in sight while reading.
  await expect(progress(page)).toBeInViewport()
})

test('Shift+Tab back up a lesson stops every link and 出处 clear of the sticky reading bar', async ({ page }) => {
  test.setTimeout(60_000)
  await page.goto('./#/modules/qualities/lessons/qualities-skills')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const contents = page.getByRole('navigation', { name: '本课目录' }).getByRole('link')
  const firstEntry = contents.first()
  // From the lesson's end, back up through its 出处 and the table of contents.
  await page.getByRole('link', { name: /^跳到本课末尾/ }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: '完成本课' })).toBeFocused()
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Shift+Tab')
    // As a reader does, look once the key's smooth scroll has ended, and press the next key after it.
    await scrollSettled(page)
    const focused = page.locator(':focus')
    const where = `${await focused.innerText()}: ${JSON.stringify(await focused.boundingBox())}`
    await expect.poll(() => clearOfStickyBars(page, focused), { message: where }).toBe(true)
    if (await firstEntry.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error('the first entry of the table of contents was not reached')
})

test('every focus ring in a lesson shows whole, though each section is painted within its own box', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await page.goto('./#/modules/qualities/lessons/qualities-skills')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await focusMain(page)
  let inSections = 0
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab')
    // The ring (outline and its offset) must fit inside what the section paints: its box and the clip's margin.
    const fits = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement
      const section = element.closest('.render-when-near')
      if (!section) return null
      const style = getComputedStyle(element)
      const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset)
      const room = (parseFloat(getComputedStyle(section).overflowClipMargin) || 0) + 0.5
      const [box, clip] = [element.getBoundingClientRect(), section.getBoundingClientRect()]
      return (
        box.left - ring >= clip.left - room &&
        box.right + ring <= clip.right + room &&
        box.top - ring >= clip.top - room &&
        box.bottom + ring <= clip.bottom + room
      )
    })
    if (fits === null) continue
    inSections += 1
    expect(fits, await page.locator(':focus').innerText()).toBe(true)
  }
  expect(inSections).toBeGreaterThan(3)
})

test('back from a passage to a long lesson, the reader lands where they left it', async ({ page }) => {
  // Without smooth scrolling the way back lands at once, so any later shift of the page shows.
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(BEIJING)
  await expect(lessonHeading(page)).toBeVisible()
  // Read down to the last section: on the way back, the sections above it are not laid out until
  // they come near (.render-when-near), which must not move the place.
  const last = page
    .getByRole('region')
    .filter({ has: page.locator('summary', { hasText: /^出处（\d+）/ }) })
    .last()
  const heading = last.getByRole('heading', { level: 2 })
  await heading.scrollIntoViewIfNeeded()
  await tapOrClick(last.locator('summary', { hasText: /^出处（\d+）/ }))
  const passage = last.getByRole('link', { name: /^查看原文/ }).first()
  // Where the page is as the link is pressed (a click first brings the link on screen).
  await passage.scrollIntoViewIfNeeded()
  const where = async () => ({
    scrollY: await page.evaluate(() => Math.round(window.scrollY)),
    top: await heading.evaluate((element) => Math.round(element.getBoundingClientRect().top)),
  })
  const before = await where()
  expect(before.scrollY).toBeGreaterThan(1500)

  await tapOrClick(passage)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^北京地图案例与客服人员的职业素质/)
  await page.goBack()
  await expect(lessonHeading(page)).toBeAttached()
  await expect.poll(where).toEqual(before)
})

test('the next page opens at its top at once, not sliding up from where the last was read', async ({ page }) => {
  // Smooth scrolling on, as for most learners: it is for jumps within a page.
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await page.goto(BEIJING)
  await expect(lessonHeading(page)).toBeVisible()
  await tapOrClick(page.getByRole('link', { name: /^跳到本课末尾/ }))
  const next = page.getByRole('region', { name: '完成本课' }).getByRole('link', { name: /^下一课/ })
  await expect(next).toBeInViewport()
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1500)
  // Every frame from the press on: where the page is scrolled, and which page's heading shows, until
  // 30 frames after the next lesson's heading first showed (however long a loaded machine takes to get there).
  await page.evaluate(() => {
    const frames: [number, string][] = []
    Object.assign(window, { scrollFrames: frames })
    let shownAt = -1
    const note = () => {
      const heading = document.querySelector('h1')?.textContent ?? ''
      frames.push([Math.round(window.scrollY), heading])
      if (shownAt === -1 && heading.startsWith('技能素质')) shownAt = frames.length
      if (shownAt === -1 || frames.length < shownAt + 30) requestAnimationFrame(note)
    }
    requestAnimationFrame(note)
  })
  await tapOrClick(next)
  await expect(page.getByRole('heading', { level: 1, name: /^技能素质/ })).toBeVisible()
  const recorded = () => page.evaluate(() => (window as unknown as { scrollFrames: [number, string][] }).scrollFrames)
  // The 30 frames after the heading showed are recorded too.
  await expect
    .poll(async () => (await recorded()).filter(([, heading]) => heading.startsWith('技能素质')).length)
    .toBeGreaterThanOrEqual(30)
  const frames = await recorded()
  const afterLeaving = frames.slice(frames.findIndex(([, heading]) => !heading.startsWith('案例导入')))
  expect(afterLeaving.map(([scrolled]) => scrolled)).toEqual(afterLeaving.map(() => 0))
})

test("the module's last lesson leads to the module quiz, not into the next module", async ({ page }) => {
  await page.goto('./#/modules/qualities/lessons/qualities-categories')
  await tapOrClick(page.getByRole('link', { name: /^跳到本课末尾/ }))
  const end = page.getByRole('region', { name: '完成本课' })
  await expect(end.getByRole('link', { name: /^下一课/ })).toHaveCount(0)
  await tapOrClick(end.getByRole('link', { name: '本模块测验' }))
  await expect(page).toHaveURL(/#\/quizzes\/m-qualities/)
})

/** The Beijing-map lesson's route section: its 出处 opened, then its first 查看原文, by tap or click. */
/** Opens the route section's document from its 出处, as a learner does with their device: taps on a phone, clicks with a mouse. */
async function openRouteSource(page: Page): Promise<void> {
  await page.goto(BEIJING)
  await expect(lessonHeading(page)).toBeVisible()
  const section = page.getByRole('region', { name: '在地图上标路线：铅笔、公交和“远路”' })
  await tapOrClick(section.locator('summary', { hasText: /^出处（\d+）/ }))
  await tapOrClick(section.getByRole('link', { name: /^查看原文/ }).first())
  // The document by its title, not its file name.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^北京地图案例与客服人员的职业素质/)
}

test('出处 → 查看原文 shows the passage in the clean document, and 返回本课 lands on the same section', async ({
  page,
}) => {
  await openRouteSource(page)
  // The passage marked and on screen.
  await expect(page.getByText(/000_0d273eb557817752/)).toHaveCount(0)
  await expect(page.locator('mark').first()).toBeInViewport()
  // The keyboard goes on from the passage, not from the page's top.
  await expect(page.locator('mark').first()).toBeFocused()
  expect(new URL(page.url()).hash).toContain('from=qualities/beijing-map-case/src-route')

  await tapOrClick(page.getByRole('link', { name: '返回本课：案例导入：一张北京地图' }))
  // Back on the 出处 the document was opened from, open again, the reader's place kept.
  const section = page.getByRole('region', { name: '在地图上标路线：铅笔、公交和“远路”' })
  const sources = section.locator('summary', { hasText: /^出处（\d+）/ })
  await expect(sources).toBeFocused()
  await expect(sources).toBeInViewport()
  await expect(section.getByRole('link', { name: /^查看原文/ }).first()).toBeVisible()
  await expect.poll(() => clearOfStickyBars(page, sources)).toBe(true)
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '2')
})

test("a document opened from a lesson's 出处 stays under 学习, its trail the lesson's rather than 全部原文", async ({
  page,
}) => {
  await openRouteSource(page)

  await expect(tab(page, '学习')).toHaveAttribute('aria-current', 'true')
  await expect(tab(page, '我的')).not.toHaveAttribute('aria-current', /.+/)
  const trail = page.getByRole('navigation', { name: '当前位置' })
  await expect(trail).toHaveText(/^首页 › 客服人员的职业素质 › 案例导入：一张北京地图$/)
  await expect(trail.getByRole('link', { name: '全部原文' })).toHaveCount(0)
  await tapOrClick(trail.getByRole('link', { name: '案例导入：一张北京地图' }))
  await expect(page).toHaveURL(/#\/modules\/qualities\/lessons\/beijing-map-case#src-route$/)
  await expect(
    page.getByRole('region', { name: '在地图上标路线：铅笔、公交和“远路”' }).locator('summary', { hasText: /^出处/ }),
  ).toBeFocused()
})

test("a learner reads a document without the web page's own text; 返回上一页 goes back to the list", async ({
  page,
}) => {
  await page.goto('./#/sources')
  await page.getByRole('link', { name: /^服务管理细则/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^服务管理细则/)
  await expect(page.getByText('已隐藏', { exact: false })).toContainText('行网页附带的文字')
  await expect(page.getByText('服务管理细则.docx_第1页')).toHaveCount(0)
  await expect(page.getByText('此文档下载收益归作者所有')).toHaveCount(0)
  await expect(page.getByText(/客户服务基本技能/).first()).toBeVisible()
  // Not opened from a lesson: no 返回本课, but the page it came from is one step back.
  await expect(page.getByRole('link', { name: /^返回本课/ })).toHaveCount(0)
  await page.getByRole('button', { name: '返回上一页' }).click()
  await expect(page).toHaveURL(/#\/sources$/)
})

test('a link with a forged way back offers no 返回本课', async ({ page }) => {
  await page.goto('./#/sources/002_7c298a5d88a5912a.txt?q=%E6%8E%A5%E4%B8%80&from=qualities/nope/sec-x')
  await expect(page.locator('mark').first()).toBeVisible()
  await expect(page.getByRole('link', { name: /^返回本课/ })).toHaveCount(0)
  await expect(page.getByRole('button', { name: '返回上一页' })).toHaveCount(0)
})

test('the lesson with its reading indicator and end, and the clean document, pass axe in light and dark', async ({
  page,
}) => {
  // Four axe runs take longer than one journey.
  test.setTimeout(120_000)
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await page.goto('./#/modules/qualities/lessons/qualities-categories')
    await expect(page.getByRole('link', { name: '本模块测验' })).toBeAttached()
    await page.getByRole('heading', { level: 2, name: '完成本课' }).scrollIntoViewIfNeeded()
    await expectNoViolations(page, `lesson end (${colorScheme})`)
    await page.goto(
      `./#/sources/000_0d273eb557817752.txt?q=${encodeURIComponent('分析该客服人员的职业素质')}&from=qualities/beijing-map-case/sec-analysis`,
    )
    await expect(page.getByRole('link', { name: /^返回本课/ })).toBeVisible()
    await expectNoViolations(page, `source with the way back (${colorScheme})`)
  }
})

test('a lesson prints upright on A4, as the printer sets it: only the certificate asks for landscape', async ({
  page,
}) => {
  await page.goto(BEIJING)
  await expect(lessonHeading(page)).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1')
  // Every page A4 portrait: 210 × 297 mm is 595 × 842 points.
  const boxes = pdf.match(/\/MediaBox\s*\[[^\]]*\]/g) ?? []
  expect(boxes.length).toBeGreaterThan(0)
  for (const box of boxes) expect(box).toMatch(/\[\s*0 0 59[45](\.\d+)? 84[12](\.\d+)?\s*\]/)
})
