/**
 * The course offline and across new versions: the service worker controls the page from the first
 * visit, a new build deployed under an open tab never breaks a page and is offered with 「有新版本」
 * (not during the timed exam), and a page whose code cannot be downloaded says so, with 重试.
 */
import { expect, test, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { readFile, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { BASE_PATH } from '../../playwright.config'
import { handInConfirmed, startExam } from './helpers/exam'
import { buildCourse, builtCourse, entryScriptOf, serveCourse, tempFolder } from './helpers/site'
import {
  entryScript,
  failedPageMessage,
  openRoute,
  updateNotice,
  waitForServiceWorkerControl,
  waitForWaitingVersion,
} from './helpers/serviceWorker'
import { tab } from './helpers/shell'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Checks the notices with axe, in the light and the dark scheme. */
async function expectAccessibleNotices(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    const results = await new AxeBuilder({ page }).include('.notices').withTags(WCAG).analyze()
    expect(
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
      ),
      colorScheme,
    ).toEqual([])
  }
  await page.emulateMedia({ colorScheme: null })
}

/** Every route of src/router/index.ts, with ids from the course, and the heading each page shows. */
const EVERY_PAGE: [path: string, heading: string][] = [
  ['/', '客服人员培训课程'],
  ['/modules/qualities', '客服人员的职业素质'],
  ['/modules/qualities/lessons/beijing-map-case', '案例导入：一张北京地图'],
  ['/scenarios', '情景演练'],
  ['/scenarios/beijing-map', '北京地图'],
  ['/quizzes', '测验与练习'],
  ['/quizzes/m-phone-etiquette', '电话礼仪'],
  ['/exam', '结业考试'],
  ['/certificate', '结业证书'],
  ['/verify', '核对证书'],
  ['/trainer', '培训师：布置作业'],
  ['/roster', '学员成绩'],
  // An assignment link without its contents: the page that says the link is invalid.
  ['/assignment', '无法打开这个作业'],
  ['/progress', '我的进度'],
  ['/voice', '语音练习'],
  ['/typing', '打字测试'],
  ['/spotting', '找茬：这通电话哪里不规范'],
  ['/spotting/silent-call', '一通没有声音的来电'],
  ['/learners', '学员与学习记录'],
  ['/sources', '原文'],
  ['/sources/000_0d273eb557817752.txt', '北京地图案例与客服人员的职业素质'],
  ['/nowhere', '页面不存在'],
]

test('from the first visit, every page opens offline without a reload', async ({ page, context }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('客服人员培训课程')
  // The first worker takes control of this very page once it has precached the course.
  await waitForServiceWorkerControl(page)
  await context.setOffline(true)
  for (const [path, heading] of EVERY_PAGE) {
    await openRoute(page, './', path, heading)
    await expect(failedPageMessage(page), path).toHaveCount(0)
  }
  expect(errors).toEqual([])
  await context.setOffline(false)
})

test('a first visit whose connection dropped before the course was copied gets its offline copy at the next page', async ({
  page,
  context,
}) => {
  // The worker's script cannot be fetched while the connection is down.
  let refused = 0
  await context.route('**/sw.js', (route) => {
    refused++
    return route.abort('internetdisconnected')
  })
  // Opened at 我的: it says the course is not yet saved on the device, and what that means offline.
  await page.goto('./#/me')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('我的')
  await expect.poll(() => refused).toBeGreaterThan(0)
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0)
  const offlineCopy = page.getByRole('region', { name: '离线使用' }).getByRole('status')
  await expect(offlineCopy).toContainText('课程还在保存到这台设备上')
  await expect(offlineCopy).toContainText('没打开过的页面会打不开')

  // Back online, the learner moves on: the course is copied after all, and works offline.
  await context.unroute('**/sw.js')
  await tab(page, '练习').click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('测验与练习')
  await waitForServiceWorkerControl(page)
  await tab(page, '我的').click()
  await expect(offlineCopy).toHaveText('整个课程已经保存在这台设备上，断网也能打开和学习。')
  await context.setOffline(true)
  await openRoute(page, './', '/scenarios/beijing-map', '北京地图')
  await expect(failedPageMessage(page)).toHaveCount(0)
  await context.setOffline(false)
})

test.describe('the offline copy on a slow link', () => {
  /** The files the worker keeps, as its build lists them (a few twice): paths under the course's address. */
  async function filesToKeep(): Promise<string[]> {
    const worker = await readFile(join(builtCourse, 'sw.js'), 'utf8')
    return [...new Set([...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => `${BASE_PATH}${match[1]}`))]
  }

  test('the worker downloads a few files at once, each file once', async ({ page }) => {
    const site = await serveCourse(builtCourse, BASE_PATH, 50)
    try {
      await page.goto(site.url)
      await expect(page.getByRole('heading', { level: 1 })).toContainText('客服人员培训课程')
      await waitForServiceWorkerControl(page)
      // One at a time, as before, took over two minutes on a 400 ms link; more than four would
      // leave the page fewer than two of the six connections a browser opens to a plain-http host.
      expect(site.mostWorkerDownloadsAtOnce()).toBeGreaterThan(1)
      expect(site.mostWorkerDownloadsAtOnce()).toBeLessThanOrEqual(4)
      expect([...site.workerDownloads].sort()).toEqual((await filesToKeep()).sort())
    } finally {
      await site.close()
    }
  })

  test('我的 shows how much of the course is saved while the copy runs, then that it is saved', async ({ page }) => {
    const site = await serveCourse(builtCourse, BASE_PATH, 50)
    try {
      await page.goto(`${site.url}#/me`)
      const offlineCopy = page.getByRole('region', { name: '离线使用' })
      const saved = offlineCopy.getByRole('progressbar', { name: /^已保存 \d+%$/ })
      await expect(saved).toBeVisible()
      await expect(offlineCopy.getByRole('status')).toContainText('课程还在保存到这台设备上')
      // It moves on as the files come in, and gives way to the words once everything is saved.
      const first = Number(await saved.getAttribute('value'))
      await expect.poll(async () => Number(await saved.getAttribute('value'))).toBeGreaterThan(first)
      await expect(offlineCopy.getByRole('status')).toHaveText('整个课程已经保存在这台设备上，断网也能打开和学习。', {
        timeout: 30_000,
      })
      await expect(saved).toHaveCount(0)
    } finally {
      await site.close()
    }
  })

  test('a copy cut off partway goes on where it stopped at the next page', async ({ page, context }) => {
    const site = await serveCourse(builtCourse, BASE_PATH)
    try {
      const files = await filesToKeep()
      // A file the worker comes to partway through its list cannot be downloaded: the copy fails.
      const cutAt = files[Math.floor(files.length / 2)]!
      let refused = 0
      await context.route(`**${cutAt}`, (route) => {
        refused++
        return route.abort('internetdisconnected')
      })
      await page.goto(`${site.url}#/me`)
      await expect(page.getByRole('heading', { level: 1 })).toContainText('我的')
      // The worker reaches the middle of its list after some 180 files: on a busy machine that takes
      // longer than an assertion's usual wait, as the whole copy does above.
      await expect.poll(() => refused, { timeout: 30_000 }).toBeGreaterThan(0)
      // A first worker that could not copy everything is dropped; the page stays online-only.
      await expect
        .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), {
          timeout: 30_000,
        })
        .toBe(0)
      // 我的 says the copy stopped, and what happens next.
      const offlineCopy = page.getByRole('region', { name: '离线使用' })
      await expect(offlineCopy.getByRole('status')).toContainText(
        '保存时网络中断了，课程还没有完整保存到这台设备上。网络恢复后会自动接着保存',
        { timeout: 30_000 },
      )
      await expect(offlineCopy.getByRole('progressbar')).toHaveCount(0)
      const firstTry = new Set(site.workerDownloads)
      expect(firstTry.size).toBeLessThan(files.length)

      // Back online, the next page starts the copy again: what was already saved is not downloaded twice.
      await context.unroute(`**${cutAt}`)
      await tab(page, '练习').click()
      await expect(page.getByRole('heading', { level: 1 })).toContainText('测验与练习')
      await waitForServiceWorkerControl(page)
      const secondTry = site.workerDownloads.slice(firstTry.size)
      expect(secondTry.filter((path) => firstTry.has(path))).toEqual([])
      expect([...site.workerDownloads].sort()).toEqual(files.sort())
      await context.setOffline(true)
      await openRoute(page, site.url, '/scenarios/beijing-map', '北京地图')
      await expect(failedPageMessage(page)).toHaveCount(0)
      await context.setOffline(false)
    } finally {
      await site.close()
    }
  })
})

test.describe('a new build deployed while a tab is open', () => {
  // Two builds of the course and a walk through both: longer than one journey.
  test.describe.configure({ timeout: 180_000 })

  let buildA: string
  let buildB: string
  let entryA: string
  let entryB: string

  test.beforeAll(async () => {
    test.setTimeout(180_000)
    buildA = builtCourse
    // Build B differs in every chunk name (unminified), as a new version of the course would.
    buildB = await tempFolder('course-build-b')
    buildCourse(buildB, ['--minify', 'false'])
    entryA = await entryScriptOf(buildA)
    entryB = await entryScriptOf(buildB)
    expect(entryB).not.toBe(entryA)
  })

  test.afterAll(async () => {
    if (buildB) await rm(buildB, { recursive: true, force: true })
  })

  test('pages keep working from the precache; 「有新版本」 waits for the end of the exam and reloads onto the new build', async ({
    page,
    context,
  }) => {
    const site = await serveCourse(buildA, BASE_PATH)
    try {
      await page.goto(site.url)
      await expect(page.getByRole('heading', { level: 1 })).toContainText('客服人员培训课程')
      await waitForServiceWorkerControl(page)
      expect(await entryScript(page)).toBe(entryA)

      await site.deploy(buildB)
      // Build A's chunks are gone from the server; the tab still has them all in its precache.
      for (const [path, heading] of EVERY_PAGE.slice(1, 8)) await openRoute(page, site.url, path, heading)
      await expect(failedPageMessage(page)).toHaveCount(0)
      // Moving between pages looked for a new version, which installs beside the old one: it is offered.
      await expect(updateNotice(page)).toBeVisible({ timeout: 30_000 })

      // While the timed exam runs, the offer is held back …
      await startExam(page)
      await waitForWaitingVersion(page)
      await expect(updateNotice(page)).toHaveCount(0)
      // … and made again after hand-in.
      await page.locator('.quiz-actions').getByRole('button', { name: '交卷' }).click()
      await handInConfirmed(page)
      await expect(page.getByRole('heading', { level: 1 })).toContainText('考试结果')
      const notice = updateNotice(page)
      await expect(notice).toBeVisible()
      await expect(notice).toBeInViewport()
      await expectAccessibleNotices(page)
      expect(await entryScript(page)).toBe(entryA)

      // A tab opened meanwhile is still on build A, and is offered the new version too.
      const other = await context.newPage()
      await other.goto(`${site.url}#/sources`)
      // A second tab boots from the precache and reads the whole history (原文 is not a first-screen page) while the
      // first still holds the exam: on a loaded 2-core machine that has taken over 5 s, as the offer above can.
      await expect(other.getByRole('heading', { level: 1 })).toContainText('原文', { timeout: 30_000 })
      expect(await entryScript(other)).toBe(entryA)
      await expect(updateNotice(other)).toBeVisible()

      // A real button, reached with Tab: the new worker takes over and the page reloads onto build B.
      const reload = notice.getByRole('button', { name: '重新加载' })
      await notice.getByText('有新版本').click()
      await page.keyboard.press('Tab')
      await expect(reload).toBeFocused()
      await page.keyboard.press('Enter')
      await expect.poll(() => entryScript(page)).toBe(entryB)
      await expect(page.getByRole('heading', { level: 1 })).toContainText('考试结果')
      await expect(updateNotice(page)).toHaveCount(0)
      await openRoute(page, site.url, '/modules/qualities/lessons/beijing-map-case', '案例导入：一张北京地图')
      expect(await entryScript(page)).toBe(entryB)

      // The other tab, now under the new worker, reloads onto build B when the learner agrees there.
      await expect(updateNotice(other)).toBeVisible()
      await updateNotice(other).getByRole('button', { name: '重新加载' }).click()
      await expect.poll(() => entryScript(other)).toBe(entryB)
      await expect(other.getByRole('heading', { level: 1 })).toContainText('原文')
      await expect(updateNotice(other)).toHaveCount(0)
    } finally {
      await site.close()
    }
  })

  test.describe('without a service worker', () => {
    test.use({ serviceWorkers: 'block' })

    test('a page whose old code is gone reloads once onto the new build', async ({ page }) => {
      const site = await serveCourse(buildA, BASE_PATH)
      try {
        await page.goto(site.url)
        await expect(page.getByRole('heading', { level: 1 })).toContainText('客服人员培训课程')
        expect(await entryScript(page)).toBe(entryA)
        await site.deploy(buildB)
        await tab(page, '演练').click()
        await expect(page.getByRole('heading', { level: 1 })).toContainText('情景演练')
        expect(await entryScript(page)).toBe(entryB)
        await expect(failedPageMessage(page)).toHaveCount(0)
        await openRoute(page, site.url, '/sources', '原文')
      } finally {
        await site.close()
      }
    })

    test('a page still missing after that one reload shows the message instead of reloading again', async ({
      page,
    }) => {
      const site = await serveCourse(buildA, BASE_PATH)
      try {
        let loads = 0
        page.on('load', () => loads++)
        await page.goto(site.url)
        await expect(page.getByRole('heading', { level: 1 })).toContainText('客服人员培训课程')
        // A broken deploy: build B without the scenario list's code.
        await site.deploy(buildB)
        const assets = join(site.folder, 'assets')
        for (const name of await readdir(assets)) {
          if (name.startsWith('ScenarioListView-')) await rm(join(assets, name))
        }
        await tab(page, '演练').click()
        await expect(failedPageMessage(page)).toBeVisible()
        await expect.poll(() => entryScript(page)).toBe(entryB)
        // The first load and the one reload onto build B: no loop.
        expect(loads).toBe(2)
        await expect(page.getByRole('button', { name: '重试' })).toBeVisible()
        await expectAccessibleNotices(page)
      } finally {
        await site.close()
      }
    })
  })
})

test.describe('a page that cannot be downloaded', () => {
  test.use({ serviceWorkers: 'block' })

  test('offline, it says so with 重试; back online, 重试 opens it', async ({ page, context }) => {
    await page.goto('./')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('客服人员培训课程')
    await context.setOffline(true)
    await tab(page, '演练').click()
    const message = failedPageMessage(page)
    await expect(message).toBeVisible()
    await expect(message).toBeInViewport()
    // Still offline: 重试 fails again and says so again (never a dead click).
    await message.getByRole('button', { name: '重试' }).click()
    await expect(message).toBeVisible()
    await context.setOffline(false)
    await message.getByRole('button', { name: '重试' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('情景演练')
    await expect(message).toHaveCount(0)
  })

  test('a page whose styles alone failed to download opens styled with 重试', async ({ page }) => {
    // Refused twice: before and after the one reload the app tries first (a new deploy would explain it).
    let asked = 0
    await page.route(/\/assets\/ScenarioListView-[^/]+\.css/, (route) =>
      asked++ < 2 ? route.abort('internetdisconnected') : route.continue(),
    )
    await page.goto('./')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('客服人员培训课程')
    await tab(page, '演练').click()
    const message = failedPageMessage(page)
    await expect(message).toBeVisible()
    await message.getByRole('button', { name: '重试' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('情景演练')
    // Its stylesheet was asked for again, and is what the page is drawn with.
    expect(asked).toBe(3)
    const styled = () =>
      page.evaluate(() =>
        [...document.styleSheets].some(
          (sheet) => sheet.href?.includes('/ScenarioListView-') && sheet.cssRules.length > 0,
        ),
      )
    await expect.poll(styled).toBe(true)
  })

  test('offline partway through a quiz, before the course is saved on the device, the quiz still hands in', async ({
    page,
    context,
    hasTouch,
  }) => {
    await page.goto('./#/quizzes/m-complaints')
    const test10 = [page.getByRole('radio', { name: /^测验/ }), page.getByRole('radio', { name: '10 道' })]
    for (const radio of test10) await (hasTouch ? radio.tap() : radio.check())
    await (hasTouch
      ? page.getByRole('button', { name: '开始答题' }).tap()
      : page.getByRole('button', { name: '开始答题' }).click())
    await expect(page.getByText('第 1 / 10 题')).toBeVisible()
    // One answer, far from the last question: the hand-in's own code starts downloading after it.
    const first = page.locator('.option').first()
    await (hasTouch ? first.tap() : first.click())
    const arrived = (name: string) =>
      page.evaluate(
        (prefix) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(prefix)),
        name,
      )
    await expect.poll(() => arrived('/assets/QuizHandInConfirm-')).toBe(true)
    await expect.poll(() => arrived('/assets/schedule-')).toBe(true)
    await expect.poll(() => arrived('/assets/QuizResultView-')).toBe(true)
    await context.setOffline(true)
    const handIn = page.locator('.quiz-actions').getByRole('button', { name: '交卷' })
    await (hasTouch ? handIn.tap() : handIn.click())
    await handInConfirmed(page)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^测验结果/)
    await expect(page.getByText('没能交卷')).toHaveCount(0)
  })

  test('tapped far down a page, the message shows where the learner is looking', async ({ page, context }) => {
    await page.goto('./')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('客服人员培训课程')
    await context.setOffline(true)
    const lastModule = page.getByRole('link', { name: /面试准备/ }).last()
    await lastModule.scrollIntoViewIfNeeded()
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300)
    await lastModule.click()
    const message = failedPageMessage(page)
    await expect(message).toBeInViewport()
    // Under the top bar, not behind it.
    const top = await message.evaluate((element) => element.getBoundingClientRect().top)
    const bar = await page.evaluate(() => document.querySelector('header')?.getBoundingClientRect().bottom ?? 0)
    expect(top).toBeGreaterThanOrEqual(bar)
  })
})
