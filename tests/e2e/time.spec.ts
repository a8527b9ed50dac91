/**
 * The exam's time against a device clock that is wrong, corrected, turned back, or
 * left to run past the deadline while the app is closed. Playwright's clock moves
 * the wall clock (`setSystemTime`) and, with `fastForward`, the page's monotonic
 * clock too; every wait is on what the learner sees.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { answerRight, examSize, handInConfirmed, startExam } from './helpers/exam'
import { openExamPage } from './helpers/shell'

const START = new Date('2026-11-23T09:00:00')
const at = (minutes: number) => new Date(START.getTime() + minutes * 60_000)

/** Records, from the first paint of every page, whether a literal 「{time}」 was ever on screen. */
async function watchForPlaceholder(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = () => document.body?.textContent?.includes('{time}') ?? false
    const record = () => {
      if (seen()) sessionStorage.setItem('saw-placeholder', '1')
    }
    new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true })
  })
}
async function sawPlaceholder(page: Page): Promise<boolean> {
  return (await page.evaluate(() => sessionStorage.getItem('saw-placeholder'))) === '1'
}

test('review cards saved while the clock was a year ahead do not stop the exam being handed in', async ({ page }) => {
  test.setTimeout(90_000)
  await page.clock.install({ time: START })
  // The device clock a year ahead: a module test handed in blank puts every question of the module into review, dated next year.
  await page.clock.setSystemTime(new Date('2027-11-23T09:00:00'))
  await page.goto('./#/quizzes/m-overview')
  await page.getByRole('radio', { name: /^测验/ }).check()
  await page.getByRole('radio', { name: /^全部/ }).check()
  await page.getByRole('button', { name: '开始答题' }).click()
  await expect(page.getByText(/第 1 \/ \d+ 题/)).toBeVisible()
  await page.getByRole('button', { name: '交卷' }).first().click()
  await handInConfirmed(page)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('测验结果')

  // The clock corrected. The exam asks questions of that module, whose cards now lie in the future.
  await page.clock.setSystemTime(at(0))
  await page.goto('./')
  await startExam(page)
  await answerRight(page)
  await page.keyboard.press('Enter')
  await expect(page.getByText(`第 2 / ${examSize} 题`)).toBeVisible()
  await page.getByRole('button', { name: '交卷' }).first().click()
  await handInConfirmed(page)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('考试结果')
  await expect(page.getByRole('region', { name: '未通过', exact: true })).toContainText(`得分 1 / ${examSize}`)

  // Saved: after a reload the result is still there, and the exam counts the attempt.
  await page.reload()
  await expect(page.getByRole('region', { name: '未通过', exact: true })).toContainText(`得分 1 / ${examSize}`)
  await openExamPage(page)
  await expect(page.getByText('已考 1 次，还可以考 2 次。')).toBeVisible()
  await expect(page.getByRole('button', { name: '开始考试' })).toBeVisible()
})

test('turning the clock back 50 minutes at minute 55 gives no more time, even across a reload', async ({ page }) => {
  test.setTimeout(90_000)
  await page.clock.install({ time: START })
  await page.goto('./')
  await startExam(page)
  const timer = page.getByRole('timer')

  await page.clock.fastForward('55:00')
  await expect(timer).toHaveText(/剩余时间 (5:00|4:5\d)/)
  // At 09:55 the device clock is set back to 09:05.
  await page.clock.setSystemTime(at(5))
  await page.clock.fastForward('00:02')
  await expect(timer).toHaveText(/剩余时间 4:5\d/)

  // A reload: the time used was saved with the exam.
  await page.reload()
  await expect(page.getByText(`第 1 / ${examSize} 题`)).toBeVisible()
  await expect(timer).toHaveText(/剩余时间 4:5\d/)
  await answerRight(page)
  await page.keyboard.press('Enter')
  await expect(page.getByText(`第 2 / ${examSize} 题`)).toBeVisible()
  await expect(timer).toHaveText(/剩余时间 4:[45]\d/)

  // The exam still ends five minutes later, at 09:10 on the corrected clock.
  await page.clock.fastForward('05:00')
  await expect(page.getByText('考试时间到，已自动交卷。')).toBeVisible()
  await expect(page.getByRole('region', { name: '未通过', exact: true })).toContainText(`得分 1 / ${examSize}`)
})

test('an exam left open past its deadline is handed in when the app is opened again, on any page', async ({ page }) => {
  test.setTimeout(90_000)
  const context = page.context()
  await watchForPlaceholder(page)
  await page.clock.install({ time: START })
  await page.goto('./')
  await startExam(page)
  await answerRight(page)
  await page.keyboard.press('Enter')
  await expect(page.getByText(`第 2 / ${examSize} 题`)).toBeVisible()

  // The exam page while the exam runs: the time left, and a resume link with nothing left to fill in.
  await openExamPage(page)
  await expect(page.getByRole('link', { name: '继续考试' })).toBeVisible()
  await expect(page.getByRole('timer')).toHaveText(/剩余时间 \d+:\d\d/)
  expect(await sawPlaceholder(page)).toBe(false)

  // The app is closed; it is opened again two hours later, at the home page.
  await page.close()
  await context.clock.setSystemTime(at(120))
  const again = await context.newPage()
  await watchForPlaceholder(again)
  await again.goto('./')
  await expect(again.getByRole('heading', { level: 1 })).toContainText('客服人员培训课程')
  const notice = again.getByRole('status').filter({ hasText: '考试时间已到，已自动交卷。' })
  await expect(notice).toBeVisible()
  const axe = await new AxeBuilder({ page: again })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  expect(axe.violations.map((violation) => violation.id)).toEqual([])
  await notice.getByRole('link', { name: '查看成绩' }).click()
  await expect(again.getByRole('heading', { level: 1 })).toContainText('考试结果')
  await expect(again.getByText('考试时间到，已自动交卷。')).toBeVisible()
  await expect(again.getByRole('region', { name: '未通过', exact: true })).toContainText(`得分 1 / ${examSize}`)
  await expect(again.getByText('考试时间已到，已自动交卷。')).toHaveCount(0)

  // The exam page counts the attempt; the learner was told once, not on every start.
  await openExamPage(again)
  await expect(again.getByText('已考 1 次，还可以考 2 次。')).toBeVisible()
  await again.reload()
  await expect(again.getByText('已考 1 次，还可以考 2 次。')).toBeVisible()
  await expect(again.getByText('考试时间已到，已自动交卷。')).toHaveCount(0)
  expect(await sawPlaceholder(again)).toBe(false)
})

test('an exam past its deadline opened at the exam page is handed in there, never showing 「{time}」', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await watchForPlaceholder(page)
  await page.clock.install({ time: START })
  await page.goto('./')
  await startExam(page)
  await openExamPage(page)
  await expect(page.getByRole('link', { name: '继续考试' })).toBeVisible()

  // The deadline passes while the exam page is open.
  await page.clock.fastForward('01:00:05')
  await expect(page.getByRole('status').filter({ hasText: '考试时间已到，已自动交卷。' })).toBeVisible()
  await expect(page.getByText('已考 1 次，还可以考 2 次。')).toBeVisible()
  await expect(page.getByRole('link', { name: '继续考试' })).toHaveCount(0)
  expect(await sawPlaceholder(page)).toBe(false)
})
