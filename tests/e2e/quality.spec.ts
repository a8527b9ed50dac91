import { expect, test, type Page } from '@playwright/test'
import { ending, myLines, replyButtons, runEnded } from './helpers/scenario'
import { tab } from './helpers/shell'
import { expectNoViolations } from './helpers/a11y'
import { handInConfirmed } from './helpers/exam'

// A walk through every page with axe on each takes longer than one journey: 1.5–2 minutes on a
// loaded 2-core machine, so the limit leaves room above that.
test.describe.configure({ timeout: 300_000 })

/** Walks every page and state of the course, checking each with axe. */
async function walkEveryPage(page: Page): Promise<void> {
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectNoViolations(page, 'home')

  await page.goto('./#/modules/qualities')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('职业素质')
  await expectNoViolations(page, 'module')

  await page.goto('./#/modules/standard-phrases/lessons/phrases-opening')
  await expect(page.getByRole('navigation', { name: '本课目录' })).toBeVisible()
  await page.locator('form.self-check').first().getByRole('radio').first().check()
  await page.locator('form.self-check').first().getByRole('button', { name: '检查答案' }).click()
  await page.getByRole('button', { name: '标记为已学完' }).click()
  await expectNoViolations(page, 'lesson with self-check feedback, marked learned')

  await page.goto('./#/sources')
  await expectNoViolations(page, 'source list')
  await page.goto(`./#/sources/004_2e7b325d63276746.txt?q=${encodeURIComponent('遇到無聲電話時')}`)
  await expect(page.locator('mark')).toBeVisible()
  await expectNoViolations(page, 'source with highlight')

  await page.goto('./#/quizzes')
  await expectNoViolations(page, 'quiz list')
  await page.goto('./#/quizzes/m-phone-etiquette')
  await expect(page.getByRole('button', { name: '开始答题' })).toBeVisible()
  await expectNoViolations(page, 'quiz setup')
  await page.getByRole('button', { name: '开始答题' }).click()
  await expect(page.locator('.quiz-question')).toBeVisible()
  await expectNoViolations(page, 'practice question')
  await page.keyboard.press('1')
  await page.keyboard.press('Enter')
  await expect(page.locator('.feedback')).toBeVisible()
  await expectNoViolations(page, 'practice feedback')

  await page.goto('./#/quizzes/m-reception')
  await page.getByRole('radio', { name: /^测验/ }).check()
  await page.getByRole('button', { name: '开始答题' }).click()
  await page.keyboard.press('2')
  await expect(page.getByRole('navigation', { name: '题目导航' })).toBeVisible()
  await expectNoViolations(page, 'test question with navigator')
  await page.locator('.quiz-actions').getByRole('button', { name: '交卷' }).click()
  await handInConfirmed(page)
  await expect(page.locator('.result-summary')).toBeVisible()
  await expectNoViolations(page, 'quiz results and review')

  await page.goto('./#/scenarios')
  await expectNoViolations(page, 'scenario list')
  await page.goto('./#/scenarios/bad-line')
  await expect(replyButtons(page).first()).toBeVisible()
  await expectNoViolations(page, 'scenario choice')
  for (let i = 0; i < 20 && !(await runEnded(page)); i++) {
    const said = await myLines(page).count()
    const typed = page.getByLabel('写下你的回应')
    if (await typed.isVisible()) {
      await typed.fill('对不起，您的电话声音太小，请您拿起话筒说话好吗？')
      await page.getByRole('button', { name: '提交我的回应' }).click()
      await expect(page.getByRole('heading', { name: '自动提示' })).toBeVisible()
      await expectNoViolations(page, 'scenario typed reply checked')
      await page.getByRole('button', { name: '继续' }).click()
    } else {
      await replyButtons(page).first().click()
    }
    // The reply is on screen before the next step is read.
    await expect(myLines(page)).toHaveCount(said + 1)
  }
  await expect(ending(page)).toBeVisible()
  await expectNoViolations(page, 'scenario end and transcript')

  await page.goto('./#/progress')
  await expect(page.getByRole('heading', { name: '概况' })).toBeVisible()
  await expect(page.getByRole('region', { name: '测验成绩走势' }).locator('figcaption')).toBeVisible()
  await expectNoViolations(page, 'progress dashboard')

  await page.goto('./#/me')
  await expect(page.getByRole('heading', { level: 2, name: '培训师' })).toBeVisible()
  await expectNoViolations(page, 'me')

  await page.goto('./#/learners')
  await expectNoViolations(page, 'learners')

  await page.goto('./#/exam')
  await expect(page.getByRole('button', { name: '开始考试' })).toBeVisible()
  await expectNoViolations(page, 'exam')
  await page.goto('./#/certificate')
  await expectNoViolations(page, 'certificate before passing')
  await page.goto('./#/verify')
  await page.getByLabel('证书代码', { exact: true }).fill('KFZS1|not a certificate')
  await page.getByRole('button', { name: '核对', exact: true }).click()
  await expect(page.getByRole('region', { name: '核对结果' })).toContainText('无法核对')
  await expectNoViolations(page, 'verify with a result')

  await page.goto('./#/trainer')
  await page.getByLabel('作业标题').fill('第一周')
  await page.getByLabel('培训师姓名').fill('张老师')
  await page.getByRole('checkbox', { name: /电话礼仪/ }).check()
  await page.getByRole('button', { name: '生成作业链接' }).click()
  await expect(page.getByRole('img', { name: /作业链接的二维码/ })).toBeVisible()
  await expectNoViolations(page, 'trainer with a link and QR code')
  const link = await page.getByRole('textbox', { name: '作业链接', exact: true }).inputValue()
  await page.goto(link)
  // This device's learner has no name yet: the page asks for it before 开始作答.
  await expect(page.getByText('请先在上面填写你的姓名，再开始作答')).toBeVisible()
  await expectNoViolations(page, 'assignment')
  await page.goto('./#/roster')
  await page.getByRole('button', { name: '加入名册' }).click()
  await expectNoViolations(page, 'roster')
  await page.goto('./#/nowhere')
  await expectNoViolations(page, 'not found')
}

test('every page passes axe (WCAG 2.2 A/AA) in the light scheme, with no request leaving the page', async ({
  page,
}) => {
  const foreign: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (!['data:', 'blob:'].includes(url.protocol) && url.host !== new URL(test.info().project.use.baseURL!).host)
      foreign.push(request.url())
  })
  await page.emulateMedia({ colorScheme: 'light' })
  await walkEveryPage(page)
  expect(foreign).toEqual([])
})

test('every page passes axe in the dark scheme too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await walkEveryPage(page)
})

test('the text-size setting enlarges the whole app and is remembered', async ({ page }) => {
  await page.goto('./#/modules/qualities/lessons/beijing-map-case')
  const bodySize = () =>
    page
      .locator('.lesson-section p')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  const normal = await bodySize()
  // The setting is on 我的; the lesson follows it when the learner comes back.
  await tab(page, '我的').click()
  await page.getByLabel('字号').selectOption({ label: '特大' })
  await page.goBack()
  expect(await bodySize()).toBeCloseTo(normal * 1.25, 0)
  await page.reload()
  expect(await bodySize()).toBeCloseTo(normal * 1.25, 0)
  await tab(page, '我的').click()
  await expect(page.getByLabel('字号')).toHaveValue('xlarge')

  // At the largest size the grids of cards still fit their column: no card runs past it to the screen's edge.
  for (const [path, grid] of [
    ['./#/', '.home-modules'],
    ['./#/quizzes', '.quiz-grid'],
  ] as const) {
    await page.goto(path)
    await expect(page.locator(grid).first()).toBeVisible()
    const overhang = await page
      .locator(grid)
      .first()
      .evaluate((list) => {
        const edge = list.getBoundingClientRect().right
        return Math.max(...[...list.children].map((card) => card.getBoundingClientRect().right - edge))
      })
    expect(overhang, path).toBeLessThanOrEqual(0)
  }

  // An icon beside words that wrap onto several lines keeps its shape: none is squeezed narrower than it is tall.
  for (const [path, words] of [
    ['./#/', '连续学习'],
    ['./#/progress', '连续学习'],
    ['./#/typing', '目标：每分钟约'],
  ] as const) {
    await page.goto(path)
    await expect(page.getByText(words).first()).toBeVisible()
    const squeezed = await page.locator('main svg').evaluateAll((icons) =>
      icons
        .map((icon) => ({ box: icon.getBoundingClientRect(), beside: icon.parentElement?.textContent?.trim() }))
        .filter(({ box }) => box.height > 0 && box.width < box.height - 0.5)
        .map(({ beside }) => beside),
    )
    expect(squeezed, path).toEqual([])
  }

  // Today's goal keeps its icon beside its words, not on a line of its own above them.
  for (const path of ['./#/', './#/progress']) {
    await page.goto(path)
    const goal = page.getByRole('listitem').filter({ hasText: '今日目标' })
    await expect(goal).toBeVisible()
    const [icon, words] = await Promise.all([
      goal.locator('svg').boundingBox(),
      goal.getByText('今日目标').boundingBox(),
    ])
    expect(words!.x, path).toBeGreaterThanOrEqual(icon!.x + icon!.width)
    expect(icon!.y, path).toBeLessThan(words!.y + words!.height)
  }
})

test('after the first visit the course works offline', async ({ page, context }) => {
  await page.goto('./')
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  // Wait until the service worker controls the page, so requests go through its cache.
  await page.reload()
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: '客服人员培训课程' })).toBeVisible()
  await page.goto('./#/modules/complaints/lessons/complaints-targets-and-attitude')
  await expect(page.getByRole('navigation', { name: '本课目录' })).toBeVisible()
  await page.goto('./#/scenarios/beijing-map')
  await expect(page.locator('.reply-button').first()).toBeVisible()
  await page.goto('./#/sources/000_0d273eb557817752.txt')
  await expect(page.locator('.source-text')).toContainText('北京')
  await context.setOffline(false)
})
