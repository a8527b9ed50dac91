import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { passExam } from './helpers/exam'
import { encodeResult } from '../../src/domain/trainer/assignmentResult'
import { expectNoViolations } from './helpers/a11y'
import { browserWithCamera, videoOf } from './helpers/camera'
import { activate, scrollSettled } from './helpers/shell'

// Desktop is driven by keyboard alone, the phone by taps.
const touch = () => test.info().project.name === 'phone'

async function fill(field: Locator, text: string): Promise<void> {
  if (touch()) await field.tap()
  else await field.focus()
  await field.fill(text)
}

/** The page fits the screen: nothing scrolls sideways on a 360 px phone. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.clientWidth)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
}

/** A new browser with nothing saved, sized as the project: another device. */
function freshContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext(test.info().project.use)
}

const PASSPHRASE = '每一通电话都要耐心听完'

/** Creates a signing key on the issue page; returns its fingerprint and the backup file's bytes. */
async function createKey(page: Page, name: string, organisation: string) {
  await page.goto('./#/certificates/issue')
  await expect(page.getByRole('heading', { level: 1, name: '签发证书' })).toBeVisible()
  await fill(page.getByLabel('培训师姓名'), name)
  await fill(page.getByLabel('机构名称'), organisation)
  await fill(page.getByLabel('备份口令（至少 10 个字符）'), PASSPHRASE)
  await fill(page.getByLabel('再次输入备份口令'), PASSPHRASE)
  const download = page.waitForEvent('download')
  await activate(page.getByRole('button', { name: '创建密钥并下载备份' }))
  // Read at once: the file is what the trainer keeps, the download folder is temporary.
  const backup = await readFile(await (await download).path())
  await expect(page.getByRole('status').filter({ hasText: '密钥已创建' })).toBeVisible()
  // The form that had the focus is gone: the key's card has it, so the next Tab goes on from there.
  await expect(page.getByRole('heading', { level: 2, name: '签名密钥' })).toBeFocused()
  const fingerprint = (await page.getByTestId('key-fingerprint').textContent())!.trim()
  expect(fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/)
  return { fingerprint, backup }
}

/** Checks a code on the 核对证书 page and returns the verdict's text. */
async function verify(page: Page, code: string, fingerprint = ''): Promise<Locator> {
  await page.goto('./#/verify')
  await expect(page.getByRole('heading', { level: 1, name: '核对证书' })).toBeVisible()
  await fill(page.getByLabel('证书代码', { exact: true }), code)
  await fill(page.getByLabel(/培训师公布的公钥指纹/), fingerprint)
  await activate(page.getByRole('button', { name: '核对', exact: true }))
  const result = page.getByRole('region', { name: '核对结果' })
  await expect(page.getByRole('heading', { name: '核对结果' })).toBeFocused()
  return result
}

function localToday(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

test('a trainer signs a certificate and prints it; another device verifies it valid, altered, by another trainer, through a camera, and expired', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000)
  await page.goto('./#/certificates/issue')
  // Every problem of the key form at once, in Chinese beside its field, focus on the first.
  await activate(page.getByRole('button', { name: '创建密钥并下载备份' }))
  await expect(page.getByLabel('培训师姓名')).toBeFocused()
  await expect(page.getByLabel('培训师姓名')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('培训师姓名')).toHaveAccessibleDescription('请填写培训师姓名')
  await expect(page.getByLabel('机构名称')).toHaveAccessibleDescription('请填写机构名称')
  await expect(page.getByLabel('备份口令（至少 10 个字符）')).toHaveAccessibleDescription(/至少 10 个字符/)
  await expect(page.getByLabel('再次输入备份口令')).toHaveAccessibleDescription('请再输入一次备份口令')
  await expectNoViolations(page, 'key form, every problem shown')
  // A repeat that differs is said at the repeat, where the typing is to be done again.
  await fill(page.getByLabel('培训师姓名'), '李老师')
  await fill(page.getByLabel('机构名称'), '华东客服中心')
  await fill(page.getByLabel('备份口令（至少 10 个字符）'), PASSPHRASE)
  await fill(page.getByLabel('再次输入备份口令'), `${PASSPHRASE}。`)
  await activate(page.getByRole('button', { name: '创建密钥并下载备份' }))
  await expect(page.getByLabel('再次输入备份口令')).toBeFocused()
  await expect(page.getByLabel('再次输入备份口令')).toHaveAccessibleDescription('两次输入的备份口令不一致')
  await expectNoSidewaysScroll(page)

  const trainer = await createKey(page, '李老师', '华东客服中心')
  const backup = JSON.parse(trainer.backup.toString('utf8')) as Record<string, unknown>
  expect(backup).toMatchObject({ format: 'kefu-signing-key-backup', name: '李老师', fingerprint: trainer.fingerprint })
  expect(backup.iterations).toBeGreaterThanOrEqual(150_000)
  expect(JSON.stringify(backup)).not.toContain('BEGIN')

  // The issue form: every problem at once, then the learner's request code fills it.
  await activate(page.getByRole('button', { name: '签名并签发' }))
  await expect(page.getByLabel('学员姓名')).toBeFocused()
  await expect(page.getByLabel('学员姓名')).toHaveAccessibleDescription('请填写学员姓名')
  await expect(page.getByLabel('考试成绩（分）')).toHaveAccessibleDescription('请填写成绩')
  await expect(page.getByLabel('考试通过日期')).toHaveAccessibleDescription('请填写考试通过日期')
  const today = localToday()
  // A damaged request code: focus returns to the field with its problem already there, read out together.
  const request = page.getByLabel('学员的申请代码（可选）')
  await request.evaluate((field) => {
    field.addEventListener('focus', () => {
      const ids = (field.getAttribute('aria-describedby') ?? '').split(' ')
      field.dataset.describedOnFocus = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
    })
  })
  // 填入 with nothing pasted asks for the code.
  await activate(page.getByRole('button', { name: '填入' }))
  await expect(request).toHaveAccessibleDescription('请先粘贴学员发来的申请代码。')
  await fill(request, 'KFSQ1|王芳')
  await activate(page.getByRole('button', { name: '填入' }))
  await expect(request).toBeFocused()
  await expect(request).toHaveAttribute('aria-invalid', 'true')
  const problem = await request.getAttribute('aria-describedby')
  expect(problem).toBeTruthy()
  await expect(request).toHaveAttribute('data-described-on-focus', (await page.locator(`#${problem}`).textContent())!)
  // Given up for the fields typed by hand, the code's problem goes: it no longer concerns what is being done.
  await fill(page.getByLabel('学员姓名'), '王')
  await expect(request).not.toHaveAttribute('aria-invalid')
  await expect(page.locator(`#${problem}`)).toHaveCount(0)
  await fill(page.getByLabel('学员姓名'), '')
  await fill(request, `KFSQ1|王芳|A-1024|p-wang|92|${today}`)
  // Corrected, the code is no longer called wrong.
  await expect(request).not.toHaveAttribute('aria-invalid')
  await expect(page.locator(`#${problem}`)).toHaveCount(0)
  await activate(page.getByRole('button', { name: '填入' }))
  await expect(page.getByLabel('学员姓名')).toHaveValue('王芳')
  await expect(page.getByLabel('考试成绩（分）')).toHaveValue('92')
  await activate(page.getByRole('button', { name: '签名并签发' }))

  const certificate = page.getByRole('article', { name: '结业证书' })
  await expect(certificate).toContainText(
    '王芳（工号 A-1024） 完成了客服人员培训课程的学习，并通过结业考试，成绩 92 分',
  )
  await expect(certificate).toContainText('签发人：李老师，华东客服中心')
  await expect(certificate).toContainText(`签名公钥指纹：${trainer.fingerprint}`)
  await expect(certificate.getByRole('img', { name: /证书二维码/ })).toBeVisible()
  const code = await page.getByLabel('证书代码（核对时粘贴这一行）').inputValue()
  expect(code).toMatch(/^KFZS1\|KFZ-\d{8}-[2-9A-HJ-NP-Z]{6}\|王芳\|A-1024\|92\|/)
  const validUntil = code.split('|')[7]!
  await expect(page.getByRole('region', { name: '已签发的证书' })).toContainText('王芳')
  // The form is empty for the next learner: nothing of 王芳's is signed again by mistake.
  await expect(page.getByRole('status').filter({ hasText: '表单已清空' })).toBeVisible()
  for (const field of ['学员姓名', '工号（可选）', '考试成绩（分）', '考试通过日期', '学员的申请代码（可选）'])
    await expect(page.getByLabel(field, { exact: true })).toHaveValue('')
  await expectNoViolations(page, 'a signed certificate shown')
  await expectNoSidewaysScroll(page)

  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('heading', { level: 1, name: '签发证书' })).toBeHidden()
  await expect(certificate).toBeVisible()
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true })
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  expect(pdf.length).toBeGreaterThan(5000)
  await page.emulateMedia({ media: 'screen' })

  // Another device, with nothing saved: only the code travels.
  const verifier = await freshContext(browser)
  const other = await verifier.newPage()
  let result = await verify(other, code)
  await expect(result).toContainText('有效：这张证书由下面的密钥签名')
  await expect(result).toContainText('王芳')
  await expect(result).toContainText(trainer.fingerprint)
  await expect(result).toContainText('你没有填写指纹')
  await expectNoViolations(other, 'verified valid')
  await expectNoSidewaysScroll(other)
  result = await verify(other, code, trainer.fingerprint.replaceAll(' ', '').toLowerCase())
  await expect(result).toContainText('签名密钥与你填写的指纹一致。')

  result = await verify(other, code.replace('|王芳|', '|王芬|'))
  await expect(result).toContainText('已被改动')
  await expect(result).not.toContainText('王芬')

  // Another trainer's key expected: the signature is sound, but not theirs.
  const otherTrainerContext = await freshContext(browser)
  const otherTrainer = await createKey(await otherTrainerContext.newPage(), '赵老师', '华南客服中心')
  await otherTrainerContext.close()
  result = await verify(other, code, otherTrainer.fingerprint)
  await expect(result).toContainText(`不是这位培训师签发的`)
  await expect(result).toContainText(otherTrainer.fingerprint)

  // No camera to open (none here, or it is refused): the verifier is told, and pastes instead.
  await other.goto('./#/verify')
  await activate(other.getByRole('button', { name: '用摄像头扫描二维码' }))
  const noCamera = other.getByText('无法打开摄像头（可能未授权或设备没有摄像头）。请直接粘贴证书代码。')
  await expect(noCamera).toBeVisible()
  await expect(other.getByLabel('证书代码', { exact: true })).toBeFocused()
  // Once the page has settled (focus may scroll it), the message and the field are both on screen.
  await scrollSettled(other)
  await expect(other.getByLabel('证书代码', { exact: true })).toBeInViewport()
  await expect(noCamera).toBeInViewport()
  await verifier.close()

  // A phone's camera held over the certificate's QR code reads the code and checks it.
  const camera = await browserWithCamera(
    await videoOf(await certificate.getByRole('img', { name: /证书二维码/ }).screenshot(), page),
  )
  try {
    const scanner = await (await camera.newContext({ ...test.info().project.use, permissions: ['camera'] })).newPage()
    await scanner.goto('./#/verify')
    await activate(scanner.getByRole('button', { name: '用摄像头扫描二维码' }))
    await expect(scanner.getByRole('heading', { name: '核对结果' })).toBeFocused()
    await expect(scanner.getByLabel('证书代码', { exact: true })).toHaveValue(code)
    await expect(scanner.getByRole('region', { name: '核对结果' })).toContainText('有效：这张证书由下面的密钥签名')
    // Scanning has stopped: the camera view is gone and the button offers to scan again.
    await expect(scanner.getByRole('button', { name: '用摄像头扫描二维码' })).toBeVisible()
    await expect(scanner.getByLabel('摄像头画面')).toHaveCount(0)
  } finally {
    await camera.close()
  }

  // The day after the last valid day.
  const later = await freshContext(browser)
  const expiredPage = await later.newPage()
  const [year, month, day] = validUntil.split('-').map(Number) as [number, number, number]
  await expiredPage.clock.install({ time: new Date(year, month - 1, day + 1, 10, 0) })
  result = await verify(expiredPage, code, trainer.fingerprint)
  await expect(result).toContainText(`已过期：签名有效、内容未被改动，但证书已于 ${validUntil} 到期。`)
  await later.close()
})

test('a trainer restores the key on another device from the backup, and that device knows its own certificates', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000)
  const trainer = await createKey(page, '李老师', '华东客服中心')
  await fill(page.getByLabel('学员姓名'), '陈明')
  // A certificate says the exam was passed (80 分及格): a failing score is refused.
  await fill(page.getByLabel('考试成绩（分）'), '30')
  await page.getByLabel('考试通过日期').fill(localToday())
  await activate(page.getByRole('button', { name: '签名并签发' }))
  await expect(page.getByLabel('考试成绩（分）')).toHaveAccessibleDescription(
    '成绩低于及格线 80 分：结业证书只发给通过考试的学员',
  )
  await expect(page.getByLabel('证书代码（核对时粘贴这一行）')).toHaveCount(0)
  await fill(page.getByLabel('考试成绩（分）'), '88')
  await activate(page.getByRole('button', { name: '签名并签发' }))
  const code = await page.getByLabel('证书代码（核对时粘贴这一行）').inputValue()

  const laptop = await freshContext(browser)
  const second = await laptop.newPage()
  await second.goto('./#/certificates/issue')
  await activate(second.getByRole('button', { name: '恢复密钥' }))
  await expect(second.getByLabel('备份文件')).toHaveAccessibleDescription('请选择备份文件')
  await expect(second.getByLabel('备份口令', { exact: true })).toHaveAccessibleDescription('请输入备份口令')
  await second
    .getByLabel('备份文件')
    .setInputFiles({ name: '签名密钥备份.json', mimeType: 'application/json', buffer: trainer.backup })
  await fill(second.getByLabel('备份口令', { exact: true }), '不是这个口令不是这个')
  await activate(second.getByRole('button', { name: '恢复密钥' }))
  // Said at the passphrase, most likely mistyped, with the focus there to type it again.
  await expect(second.getByLabel('备份口令', { exact: true })).toHaveAccessibleDescription(
    '备份口令不对，或备份文件已损坏。',
  )
  await expect(second.getByLabel('备份口令', { exact: true })).toBeFocused()
  await fill(second.getByLabel('备份口令', { exact: true }), PASSPHRASE)
  await activate(second.getByRole('button', { name: '恢复密钥' }))
  await expect(second.getByText('密钥已恢复，可以签发证书了。')).toBeVisible()
  await expect(second.getByRole('heading', { level: 2, name: '签名密钥' })).toBeFocused()
  await expect(second.getByTestId('key-fingerprint')).toHaveText(trainer.fingerprint)

  const result = await verify(second, code)
  await expect(result).toContainText('有效')
  await expect(result).toContainText('签名密钥就是本设备上培训师的密钥。')
  await laptop.close()
})

test('a learner who passed prints a 学习证明 with a request code, and home reminds them 30 days before it expires', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.goto('./')
  await passExam(page)
  await activate(page.getByRole('link', { name: '查看并打印结业证书' }).first())
  await fill(page.getByLabel('你的姓名'), '王芳')
  await activate(page.getByRole('button', { name: '保存姓名' }))
  const proof = page.getByRole('article', { name: '学习证明' })
  await expect(proof).toContainText('不是培训师签名的证书')
  const today = localToday()
  await expect(page.getByLabel('申请代码')).toHaveValue(new RegExp(`^KFSQ1\\|王芳\\|\\|[a-z0-9-]+\\|100\\|${today}$`))
  const validUntil = (await proof.textContent())!.match(/有效期至：(\d{4}-\d{2}-\d{2})/)![1]!
  expect(Number(validUntil.slice(0, 4)) - Number(today.slice(0, 4))).toBe(2)

  // 30 days before the last valid day, home reminds the learner and leads to the certificate.
  const [year, month, day] = validUntil.split('-').map(Number) as [number, number, number]
  await page.clock.install({ time: new Date(year, month - 1, day - 30, 10, 0) })
  await page.goto('./')
  const reminder = page.getByText(`你的结业证书将在 30 天后（${validUntil}）到期，请安排重新认证。`)
  await expect(reminder).toBeVisible()
  await activate(reminder.getByRole('link', { name: '查看证书' }))
  await expect(page.getByRole('heading', { level: 1, name: '结业证书' })).toBeVisible()
})

test('from the roster a trainer issues a certificate for a learner who passed, and the roster lists it near its expiry', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await createKey(page, '李老师', '华东客服中心')
  const today = localToday()
  const finishedAt = new Date(`${today}T10:00:00`).toISOString()
  const passed = encodeResult({
    assignment: 'finala1',
    title: '结业考试',
    learner: '赵敏',
    learnerId: 'p-zhao-01',
    staffId: 'B-7',
    percent: 86,
    correct: 43,
    total: 50,
    passMark: 80,
    passed: true,
    startedAt: new Date(Date.parse(finishedAt) - 20 * 60_000).toISOString(),
    finishedAt,
    scenarios: [],
  })
  // A weekly quiz of five questions, all right: passed, but it is not the exam.
  const shortQuiz = encodeResult({
    assignment: 'week3a1',
    title: '第三周：投诉处理',
    learner: '孙丽',
    percent: 100,
    correct: 5,
    total: 5,
    passMark: 80,
    passed: true,
    startedAt: new Date(Date.parse(finishedAt) - 5 * 60_000).toISOString(),
    finishedAt,
    scenarios: [],
  })
  // A weekly assignment passed at its own mark of 60, under the exam's 80: no certificate for it.
  const passedLower = encodeResult({
    assignment: 'week2a1',
    title: '第二周：接听电话',
    learner: '钱多',
    percent: 66.7,
    correct: 2,
    total: 3,
    passMark: 60,
    passed: true,
    startedAt: new Date(Date.parse(finishedAt) - 5 * 60_000).toISOString(),
    finishedAt,
    scenarios: [],
  })
  await page.goto('./#/roster')
  await fill(page.getByLabel('成绩代码（每行一个）'), `${passed}\n${passedLower}\n${shortQuiz}`)
  await activate(page.getByRole('button', { name: '加入名册' }))
  // The section and the table's scrolling box inside it share the name: the section holds both.
  const roster = page.getByRole('region', { name: '每次提交' }).first()
  await expect(roster).toContainText('赵敏')
  await expect(roster.getByRole('row').filter({ hasText: '钱多' })).toContainText('通过')
  await expect(roster.getByRole('link', { name: /签发证书/ })).toHaveCount(1)
  await expect(roster.getByRole('link', { name: '为钱多签发证书' })).toHaveCount(0)
  await expect(roster.getByRole('row').filter({ hasText: '孙丽' })).toContainText('通过')
  await expect(roster.getByRole('link', { name: '为孙丽签发证书' })).toHaveCount(0)
  await expect(roster).toContainText('作业不少于 50 道题（结业考试的题量）、成绩达到 80 分的，旁边有「签发证书」。')
  const expiring = page.getByRole('region', { name: '60 天内到期的证书' })
  await expect(expiring).toContainText('60 天内没有到期的证书。')
  await expectNoViolations(page, 'roster with a passed result')
  await expectNoSidewaysScroll(page)

  // The passed result's link opens the issue form filled with it; the trainer checks and signs.
  await activate(roster.getByRole('link', { name: '为赵敏签发证书' }))
  await expect(page.getByRole('heading', { level: 1, name: '签发证书' })).toBeVisible()
  // The score is an assignment's: the page names it, and asks the trainer to confirm it was the final exam.
  await expect(page.getByText('已按学员成绩表里作业《结业考试》的成绩填入')).toContainText(
    '请先确认这份作业就是你们的结业考试',
  )
  await expect(page.getByLabel('学员姓名')).toHaveValue('赵敏')
  await expect(page.getByLabel('工号（可选）')).toHaveValue('B-7')
  await expect(page.getByLabel('考试成绩（分）')).toHaveValue('86')
  await expect(page.getByLabel('考试通过日期')).toHaveValue(today)
  await activate(page.getByRole('button', { name: '签名并签发' }))
  const certificate = page.getByRole('article', { name: '结业证书' })
  await expect(certificate).toContainText('赵敏（工号 B-7） 完成了客服人员培训课程的学习，并通过结业考试，成绩 86 分')
  const validUntil = (await page.getByLabel('证书代码（核对时粘贴这一行）').inputValue()).split('|')[7]!

  // Thirty days before it expires, the roster names the learner to remind.
  const [year, month, day] = validUntil.split('-').map(Number) as [number, number, number]
  await page.clock.install({ time: new Date(year, month - 1, day - 30, 10, 0) })
  await page.goto('./#/roster')
  await expect(expiring).toContainText('赵敏（B-7）')
  await expect(expiring).toContainText(`有效期至：${validUntil}`)
})
