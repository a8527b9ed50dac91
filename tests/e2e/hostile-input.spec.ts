import { expect, test } from '@playwright/test'
import { encodeResult } from '../../src/domain/trainer/assignmentResult'
import { fixtureResult } from '../fixtures/trainer'
import { learnerLink, openBankExchange, tab } from './helpers/shell'

test('a result code claiming 100% with 0 of 10 right is refused with the reason, and nothing is added', async ({
  page,
}) => {
  await page.goto('./#/roster')
  await page.getByLabel('成绩代码（每行一个）').fill(encodeResult({ ...fixtureResult, percent: 100, correct: 0 }))
  await page.getByRole('button', { name: '加入名册' }).click()
  const report = page.getByRole('alert').filter({ hasText: '拒收 1 条' })
  await expect(report).toContainText('成绩不一致：0 / 10 题正确，却写着 100%')
  await page.reload()
  await expect(page.getByRole('main')).not.toContainText('王芳')
})

test('a paste far larger than any roster is refused at once with a message', async ({ page }) => {
  await page.goto('./#/roster')
  await page.getByLabel('成绩代码（每行一个）').fill('x'.repeat(300_000))
  await page.getByRole('button', { name: '加入名册' }).click()
  // Refused as a whole, said as it is: no count of refused lines.
  await expect(page.locator('#roster-paste-problem')).toHaveText(
    '共 300000 个字符，一次最多粘贴 200000 个字符，请分批粘贴',
  )
})

test('a name with a right-to-left override cannot disguise itself', async ({ page }) => {
  await page.goto('./#/learners')
  await page.getByLabel('姓名').fill('作业\u202Eexe.gpj')
  await page.getByRole('button', { name: '添加并切换' }).click()
  await expect(page.getByText('已添加学员 作业exe.gpj')).toBeVisible()
  await page.reload()
  await tab(page, '我的').click()
  await expect(learnerLink(page, '作业exe.gpj')).toBeVisible()
  expect(await learnerLink(page).textContent()).not.toContain('\u202E')
})

test('a GIFT file saved in GB18030 (Chinese Windows) is read correctly and the learner is told how', async ({
  page,
}) => {
  await page.goto('./#/trainer')
  await openBankExchange(page)
  const gb18030 = Buffer.concat([
    Buffer.from('::q1:: '),
    Buffer.from([0xbf, 0xcd, 0xb7, 0xfe]), // 客服
    Buffer.from(' {T}\n'),
  ])
  await page.getByLabel(/GIFT/).setInputFiles({ name: 'bank.gift.txt', mimeType: 'text/plain', buffer: gb18030 })
  const report = page.getByRole('alert').filter({ hasText: '导入 1 道题' })
  await expect(report).toContainText('已按 GB18030')
  await expect(page.getByRole('main')).toContainText('客服')
  await page.reload()
  await openBankExchange(page)
  await expect(page.getByRole('main')).toContainText('本地题库：1 道题')
  // 练习 offers the imported questions as a quiz of their own (a device without any shows none).
  await page.goto('./#/quizzes')
  await expect(page.getByRole('heading', { level: 2, name: '本地题库' })).toBeVisible()
})

test('an imported GIFT file is reported only once its questions are saved, so a reload right after keeps them', async ({
  page,
}) => {
  // A first visit saves nothing until the first import, which downloads the saving code: held here.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/savedDataReading-[^/]*\.js$/, async (route) => {
    await held
    await route.continue()
  })
  await page.goto('./#/trainer')
  await openBankExchange(page)
  const parser = page.waitForResponse(/\/assets\/gift-[^/]*\.js$/)
  await page
    .getByLabel(/GIFT/)
    .setInputFiles({ name: 'bank.gift.txt', mimeType: 'text/plain', buffer: Buffer.from('::q1:: 客服 {T}\n') })
  await parser
  const report = page.getByRole('alert').filter({ hasText: '导入 1 道题' })
  // Read, not yet saved: nothing says the questions are in.
  await expect(report).toBeHidden()
  release()
  await expect(report).toBeVisible()
  await page.reload()
  await openBankExchange(page)
  await expect(page.getByRole('main')).toContainText('本地题库：1 道题')
})

test('a GIFT file of more questions than the local bank holds is refused, and the bank fills only to its limit', async ({
  page,
}) => {
  const gift = (count: number, name: string) => ({
    name,
    mimeType: 'text/plain',
    buffer: Buffer.from(
      Array.from({ length: count }, (_, i) => `::${name}${i}::${name}第${i}题{=甲 ~乙}`).join('\n\n'),
    ),
  })
  await page.goto('./#/trainer')
  await openBankExchange(page)
  const file = page.getByLabel(/GIFT/)
  // 3,001 short questions are well under the 1 MB limit, and would freeze the page when saved and listed.
  await file.setInputFiles(gift(3001, 'a'))
  await expect(page.getByRole('main')).toContainText('题目太多：文件里有 3001 道题，一次最多导入 3000 道')
  await expect(page.getByRole('main')).toContainText('本地题库：0 道题')
  await file.setInputFiles(gift(2990, 'b'))
  await expect(page.getByRole('main')).toContainText('本地题库：2990 道题')
  // Listed 20 at first, all of them when asked.
  const listed = page.locator('#local-bank-list').getByRole('listitem')
  await expect(listed).toHaveCount(20)
  const all = page.getByRole('button', { name: '列出全部 2990 道' })
  await expect(all).toHaveAttribute('aria-expanded', 'false')
  await all.click()
  await expect(listed).toHaveCount(2990)
  await expect(page.getByRole('button', { name: '只列出前 20 道' })).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByRole('button', { name: '只列出前 20 道' })).toBeFocused()
  await file.setInputFiles(gift(11, 'c'))
  await expect(page.getByRole('main')).toContainText('现有 2990 道，这个文件又有 11 道新题')
  await expect(file).toBeFocused()
  await page.reload()
  await openBankExchange(page)
  await expect(page.getByRole('main')).toContainText('本地题库：2990 道题')
})

test('a Word file chosen as a GIFT file, or an image, is named for what it is, not given advice about encodings', async ({
  page,
}) => {
  await page.goto('./#/trainer')
  await openBankExchange(page)
  const file = page.getByLabel(/GIFT/)
  const docx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xc3, 0x28, 0xff, 0xfe])
  await file.setInputFiles({ name: '题库.docx', mimeType: 'application/octet-stream', buffer: docx })
  await expect(page.getByRole('main')).toContainText('这是 Word、Excel 或压缩（.zip）文件，不是纯文本文件')
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xd8])
  await file.setInputFiles({ name: '截图.png', mimeType: 'image/png', buffer: png })
  await expect(page.getByRole('main')).toContainText('这不是文本文件（含有二进制内容）')
  await expect(page.getByRole('main')).not.toContainText('UTF-8 编码，也不是 GB18030')
})

test('links naming an object’s built-in keys (constructor, __proto__) are simply not found', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  for (const [link, heading] of [
    ['./#/scenarios/constructor', '没有这个情景。'],
    ['./#/spotting/__proto__', '没有这通电话。'],
    ['./#/modules/qualities/lessons/constructor', '没有找到这一课。'],
    ['./#/quizzes/constructor/play', null],
  ] as const) {
    await page.goto(link)
    if (heading) await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    else await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  }
  expect(errors).toEqual([])
})
