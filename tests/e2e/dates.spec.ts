import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { passExam } from './helpers/exam'

// A learner in China early in the morning: 07:30 on 2 March locally is still 1 March (23:30) in UTC.
// Every date the course shows must be the learner's own calendar date, not the UTC one.
const MORNING_IN_SHANGHAI = new Date('2026-03-02T07:30:00+08:00')
test.use({ timezoneId: 'Asia/Shanghai' })

test.beforeEach(async ({ page }) => {
  // The clock runs on from 07:30, so the exam's countdown and other timers still tick.
  await page.clock.install({ time: MORNING_IN_SHANGHAI })
})

test('the browser really is at 07:30 on 2 March in Shanghai and 1 March in UTC', async ({ page }) => {
  await page.goto('./')
  const now = await page.evaluate(() => ({
    local: new Date().toLocaleDateString('en-CA'),
    utc: new Date().toISOString().slice(0, 10),
  }))
  expect(now).toEqual({ local: '2026-03-02', utc: '2026-03-01' })
})

test('a certificate earned at 07:30 in Shanghai is dated that local day, 2 March', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto('./')
  await passExam(page)
  await page.getByRole('link', { name: '查看并打印结业证书' }).first().click()
  await page.getByLabel('你的姓名').fill('王芳')
  await page.getByRole('button', { name: '保存姓名' }).click()
  const certificate = page.getByRole('article', { name: '学习证明' })
  await expect(certificate).toBeVisible()
  // The date, the number made from it and the validity all follow the local day.
  await expect(certificate).toContainText('颁发日期：2026-03-02')
  await expect(certificate).toContainText(/证书编号：KF-20260302-/)
  await expect(certificate).toContainText('有效期至：2028-03-02')
})

/** Makes an assignment of 电话礼仪 on the trainer page, with what `fill` gives besides (labels to values). */
async function assignmentLink(page: Page, title: string, fill: Record<string, string> = {}): Promise<string> {
  await page.goto('./#/trainer')
  await page.getByLabel('作业标题').fill(title)
  await page.getByLabel('培训师姓名').fill('张老师')
  await page.getByRole('checkbox', { name: /电话礼仪/ }).check()
  for (const [label, value] of Object.entries(fill)) await page.getByLabel(label).fill(value)
  await page.getByRole('button', { name: '生成作业链接' }).click()
  await expect(page.getByRole('img', { name: /作业链接的二维码/ })).toBeVisible()
  return page.getByRole('textbox', { name: '作业链接', exact: true }).inputValue()
}

/**
 * An assignment link due on `due` (YYYY-MM-DD). The trainer makes it on the day it is due (a due
 * date already past is refused); the learner opens it at 07:30 on 2 March.
 */
async function assignmentLinkDue(page: Page, due: string, fill: Record<string, string> = {}): Promise<string> {
  await page.clock.setSystemTime(new Date(`${due}T07:30:00+08:00`))
  const link = await assignmentLink(page, `截止 ${due}`, { '截止日期（可不填）': due, ...fill })
  await page.clock.setSystemTime(MORNING_IN_SHANGHAI)
  return link
}

test('an assignment due 1 March is overdue at 07:30 on 2 March in Shanghai', async ({ page }) => {
  await page.goto(await assignmentLinkDue(page, '2026-03-01'))
  await expect(page.getByRole('heading', { level: 1, name: '截止 2026-03-01' })).toBeVisible()
  await expect(page.getByRole('region', { name: '培训作业' })).toBeVisible()
  const task = page.getByRole('region', { name: '培训作业' })
  await expect(task).toContainText('已过截止日期 2026-03-01，仍可完成，培训师会看到交卷时间。')
  await expect(task).not.toContainText('请在 2026-03-01 前完成')
})

test('an assignment due 2 March is not overdue at 07:30 on 2 March in Shanghai', async ({ page }) => {
  await page.goto(await assignmentLinkDue(page, '2026-03-02'))
  await expect(page.getByRole('heading', { level: 1, name: '截止 2026-03-02' })).toBeVisible()
  await expect(page.getByRole('region', { name: '培训作业' })).toBeVisible()
  const task = page.getByRole('region', { name: '培训作业' })
  await expect(task).toContainText('请在 2026-03-02 前完成')
  await expect(task).not.toContainText('已过截止日期')
})

/** A new learner, 王芳, opens `link`, answers its one question and copies the result code. */
async function handIn(page: Page, link: string): Promise<string> {
  await page.goto(link)
  await page.getByLabel('姓名（必填）').fill('王芳')
  await page.getByRole('button', { name: '保存并继续' }).click()
  await page.getByRole('button', { name: '开始作答' }).click()
  await expect(page.getByText('第 1 / 1 题')).toBeVisible()
  await page.keyboard.press('1')
  await page.keyboard.press('Enter')
  return page.getByLabel('成绩代码（复制后发给培训师）').inputValue()
}

/** The trainer pastes `code` into the roster; the row of the submission titled `title`. */
async function rosterRow(page: Page, code: string, title: string) {
  await page.goto('./#/roster')
  await page.getByLabel('成绩代码（每行一个）').fill(code)
  await page.getByRole('button', { name: '加入名册' }).click()
  return page.locator('table').last().getByRole('row').filter({ hasText: title })
}

test('a hand-in at 07:30 in Shanghai shows in the roster at 07:30 on 2 March, not at the UTC time', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const code = await handIn(page, await assignmentLink(page, '早班小测', { 题目数量: '1' }))
  const row = await rosterRow(page, code, '早班小测')
  await expect(row).toContainText('2026-03-02 07:3')
  await expect(row).not.toContainText('2026-03-01 23:3')
  await expect(row).not.toContainText('迟交')
  await expect(page.getByRole('region', { name: '每位学员在每个作业中的最好成绩' })).not.toContainText('迟交')
})

test('a hand-in at 07:30 on 2 March in Shanghai to an assignment due 1 March is late, though still 1 March in UTC', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const code = await handIn(page, await assignmentLinkDue(page, '2026-03-01', { 题目数量: '1' }))
  const row = await rosterRow(page, code, '截止 2026-03-01')
  await expect(row).toContainText('2026-03-02 07:3')
  await expect(row).toContainText('迟交（截止 2026-03-01）')
  // The overview says it too, in the learner's cell for that assignment.
  const overview = page.getByRole('region', { name: '每位学员在每个作业中的最好成绩' })
  // Set apart from the verdict in words, not run into it (通过迟交).
  await expect(overview.getByRole('row', { name: /王芳/ })).toContainText(/% 未?通过（迟交）/)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 CSV（Excel 可直接打开）' }).click()
  const csv = (await readFile(await (await download).path())).toString()
  expect(csv).toMatch(/"2026-03-02 07:3\d","2026-03-01","迟交"/)
})
