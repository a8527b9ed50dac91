import { expect, test, type Route } from '@playwright/test'
import { answerRight, examSize, passExam, startExam } from './helpers/exam'
import { activate, openExamPage, tab } from './helpers/shell'

test('the exam is handed in automatically when time runs out, even across a reload', async ({ page }) => {
  test.setTimeout(90_000)
  await page.clock.install({ time: new Date('2026-11-23T09:00:00') })
  await page.goto('./')
  // A new learner is told, on the exam's own page, that nothing is studied yet and what starting costs.
  await openExamPage(page)
  await expect(page.locator('.notice-warning')).toHaveText(
    '还有 9 个模块没有完成（学完课程并通过模块测验）。建议完成后再考：每考一次都会用掉一次机会。',
  )
  await page.getByRole('button', { name: '开始考试' }).click()
  const confirm = page.getByRole('group', { name: '开始考试' })
  await expect(confirm).toContainText('这会用掉剩下 3 次考试机会中的 1 次。确定开始吗？')
  await confirm.getByRole('button', { name: '先不考' }).click()
  await startExam(page)
  await answerRight(page)
  await page.keyboard.press('Enter')
  await page.clock.fastForward('30:00')
  await page.reload()
  // The deadline is saved: after a reload the clock goes on from where it was.
  await expect(page.getByRole('timer')).toContainText(/剩余时间 (30:00|29:[0-5]\d)/)
  await expect(page.getByText(`第 2 / ${examSize} 题`)).toBeVisible()
  await page.clock.fastForward('30:05')
  await expect(page.getByText('考试时间到，已自动交卷。')).toBeVisible()
  // The summary is labelled by its verdict.
  await expect(page.getByRole('region', { name: '未通过', exact: true })).toContainText(`得分 1 / ${examSize}`)
  await expect(page.getByRole('heading', { name: '各模块得分' })).toBeVisible()
  // The result stays with the exam, under 学习, not among the practice quizzes.
  await expect(tab(page, '学习')).toHaveAttribute('aria-current', 'true')
  await expect(page.getByRole('navigation', { name: '当前位置' }).getByRole('link')).toHaveText('结业考试')
  await expect(page.getByRole('link', { name: '返回测验列表' })).toHaveCount(0)
  await page.getByRole('link', { name: '返回结业考试' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '结业考试' })).toBeVisible()
  await openExamPage(page)
  await expect(page.getByText('已考 1 次，还可以考 2 次。')).toBeVisible()
})

test('a learner passes, gets a certificate, prints it to PDF, and the number checks out', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto('./')
  await passExam(page)
  await page.getByRole('link', { name: '查看并打印结业证书' }).first().click()

  // The learner never gave a name: the certificate asks for it once, for their profile (no free text on it).
  await page.getByLabel('你的姓名').fill('王芳')
  await page.getByRole('button', { name: '保存姓名' }).click()
  const certificate = page.getByRole('article', { name: '学习证明' })
  await expect(certificate).toContainText('王芳 通过了客服人员培训课程的结业考试，成绩 100 分')
  const number = (await certificate.textContent())!.match(/KF-\d{8}-[2-9A-HJ-NP-Z]{6}/)![0]
  const issued = (await certificate.textContent())!.match(/颁发日期：(\d{4}-\d{2}-\d{2})/)![1]!

  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('banner')).toBeHidden()
  // The page's own paper: one landscape A4 (297 × 210 mm is 842 × 595 points).
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })).toString('latin1')
  expect(pdf.startsWith('%PDF-')).toBe(true)
  expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1)
  expect(pdf).toMatch(/\/MediaBox\s*\[\s*0 0 84[12](\.\d+)? 59[45](\.\d+)?\s*\]/)
  await page.emulateMedia({ media: 'screen' })

  // The printout says it is not signed, and the page gives the code that asks the trainer for a signed one.
  await expect(certificate).toContainText('不是培训师签名的证书')
  await expect(page.getByLabel('申请代码')).toHaveValue(new RegExp(`^KFSQ1\\|王芳\\|\\|[a-z0-9-]+\\|100\\|${issued}$`))

  // Its number alone proves nothing: the 核对证书 page says so.
  await page.getByRole('link', { name: '如何核对证书' }).click()
  await page.getByLabel('证书代码', { exact: true }).fill(number)
  await page.getByRole('button', { name: '核对', exact: true }).click()
  await expect(page.getByRole('region', { name: '核对结果' })).toContainText('没有培训师签名')
})

test('Shift+Tab back up a timed question stops every control clear of the sticky clock', async ({ page }) => {
  test.setTimeout(60_000)
  // A short screen (a phone with its keyboard's suggestion bar, a laptop's browser with toolbars), so the page scrolls.
  await page.setViewportSize({ width: page.viewportSize()!.width, height: 520 })
  await page.goto('./')
  await startExam(page)
  const clock = page.getByRole('timer')
  // From the last question's button, the page's end, back up to the clock: every stop below it.
  await page.getByRole('navigation', { name: '题目导航' }).getByRole('button').last().focus()
  let optionsPassed = 0
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Shift+Tab')
    const focused = page.locator(':focus')
    const aboveTheClock = await focused.evaluate(
      (element) =>
        (element.compareDocumentPosition(document.querySelector('[role="timer"]')!) &
          Node.DOCUMENT_POSITION_FOLLOWING) !==
        0,
    )
    if (aboveTheClock) {
      expect(optionsPassed, 'the question’s options were on the way').toBeGreaterThan(0)
      return
    }
    // A radio or checkbox is drawn by its label: the whole row must show.
    const isOption = await focused.evaluate((element) => element.matches('.option input'))
    if (isOption) optionsPassed += 1
    const drawn = isOption ? page.locator('.option:has(:focus)') : focused
    await expect
      .poll(
        async () => {
          const [bar, box] = [await clock.boundingBox(), await drawn.boundingBox()]
          return bar !== null && box !== null && box.y >= bar.y + bar.height - 1
        },
        { message: await focused.evaluate((element) => element.outerHTML.slice(0, 80)) },
      )
      .toBe(true)
  }
  throw new Error('the clock was not reached')
})

test.describe('the exam’s questions on a bad connection', () => {
  // The page's own requests, not the service worker's, so the test decides which downloads fail.
  test.use({ serviceWorkers: 'block' })

  test('while they download the start button keeps the focus; when they fail, 重试 takes it and starts the exam', async ({
    page,
  }) => {
    await page.goto('./#/exam')
    const start = page.getByRole('button', { name: '开始考试' })
    await expect(start).toBeVisible()
    // From here on the course's code and question banks hang until the test lets them fail.
    const held: Route[] = []
    let failing = false
    await page.route('**/assets/*.js', (route) => (failing ? route.abort() : void held.push(route)))
    await activate(start)
    await activate(page.getByRole('group', { name: '开始考试' }).getByRole('button', { name: '确定开始' }))
    const preparing = page.getByRole('button', { name: '正在准备试题……' })
    await expect(preparing).toBeFocused()
    await expect(preparing).toHaveAttribute('aria-disabled', 'true')
    await expect.poll(() => held.length).toBeGreaterThan(0)
    failing = true
    for (const route of held) await route.abort()
    await expect(page.getByRole('alert')).toBeVisible()
    await page.unroute('**/assets/*.js')

    const retry = page.getByRole('alert').getByRole('button', { name: '重试' })
    await expect(retry).toBeFocused()
    await activate(retry)
    await expect(page.getByText(`第 1 / ${examSize} 题`)).toBeVisible()
    await expect(page.getByRole('timer')).toContainText('剩余时间 60:00')
  })
})
