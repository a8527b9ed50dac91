import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { encodeAssignment, type Assignment } from '../../src/domain/trainer/assignment'
import { fileURLToPath } from 'node:url'
import { loadCourse } from '../../src/content/build/loadCourse'
import { bestReplyIndex } from '../../src/domain/scenario/engine'
import { activate, goBack, openBankExchange, tab } from './helpers/shell'
import { ending, playWithKeyboard } from './helpers/scenario'
import { expectNoViolations } from './helpers/a11y'

const badLine = loadCourse(fileURLToPath(new URL('../../content', import.meta.url))).scenarios.find(
  (scenario) => scenario.title === '线路不好的来电',
)!

/** A learner whose first visit is the assignment's link names themselves there, as the result code carries the name. */
async function nameThemselves(learner: Page, name: string): Promise<void> {
  await learner.getByLabel('姓名（必填）').fill(name)
  await learner.getByRole('button', { name: '保存并继续' }).click()
  await expect(learner.getByText(`将以学员“${name}”的身份作答。`)).toBeVisible()
}

/**
 * The browser as on the training room's plain-http address, which has no Clipboard API; the test
 * reads what was copied through the API kept aside (`readClipboard`).
 */
async function withoutClipboardApi(context: BrowserContext): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await context.addInitScript(() => {
    const clipboard = navigator.clipboard
    Object.assign(window, { readClipboard: () => clipboard.readText() })
    delete (Navigator.prototype as { clipboard?: Clipboard }).clipboard
  })
}
const copied = (page: Page) =>
  page.evaluate(() => (window as unknown as { readClipboard: () => Promise<string> }).readClipboard())

test('a trainer assigns a quiz by link, a learner takes it in another browser, and the result reaches the roster and CSV', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000)
  // Both on the room's plain-http address: copying the link and the code still works there.
  await withoutClipboardApi(page.context())
  await page.goto('./#/trainer')
  await page.getByLabel('作业标题').fill('第一周：电话礼仪')
  await page.getByLabel('培训师姓名').fill('张老师')
  await page.getByRole('checkbox', { name: /电话礼仪/ }).check()
  await page.getByLabel('题目数量').fill('5')
  await page.getByLabel('及格线').fill('60')
  await page.getByRole('button', { name: '生成作业链接' }).click()
  await expect(page.getByRole('img', { name: /作业链接的二维码/ })).toBeVisible()
  const link = await page.getByRole('textbox', { name: '作业链接', exact: true }).inputValue()
  expect(link).toContain('#/assignment?a=A1.')
  // A "+" in the code must survive the query string.
  expect(link).not.toMatch(/\?a=[^#]*\+/)
  expect(await page.evaluate(() => 'clipboard' in navigator)).toBe(false)
  await page.getByRole('button', { name: '复制链接' }).click()
  await expect(page.getByText('已复制到剪贴板。')).toBeVisible()
  expect(await copied(page)).toBe(link)

  // The learner opens the link in a fresh browser: nothing is shared but the link.
  const learnerContext = await browser.newContext()
  await withoutClipboardApi(learnerContext)
  const learner = await learnerContext.newPage()
  await learner.goto(link)
  await expect(learner.getByRole('heading', { level: 1, name: '第一周：电话礼仪' })).toBeVisible()
  await expect(learner.getByText('布置人：张老师')).toBeVisible()
  await expect(learner.getByText('共 5 题，及格线 60%')).toBeVisible()
  await nameThemselves(learner, '王芳')
  await learner.getByRole('button', { name: '开始作答' }).click()
  for (let i = 1; i <= 5; i++) {
    await expect(learner.getByText(`第 ${i} / 5 题`)).toBeVisible()
    await learner.keyboard.press('1')
    await learner.keyboard.press('Enter')
  }
  await expect(learner.getByRole('heading', { name: '发给培训师的成绩' })).toBeVisible()
  const code = await learner.getByLabel('成绩代码（复制后发给培训师）').inputValue()
  expect(code).toMatch(/^R6\./)
  await learner.getByRole('button', { name: '复制成绩代码' }).click()
  await expect(learner.getByText('已复制到剪贴板。')).toBeVisible()
  expect(await copied(learner)).toBe(code)
  const download = learner.waitForEvent('download')
  await learner.getByRole('button', { name: '下载成绩文件' }).click()
  const resultFileBytes = await readFile(await (await download).path())
  expect(resultFileBytes.toString()).toContain(code)
  await learnerContext.close()

  await page.goto('./#/roster')
  // Forwarded from a chat that broke it over two lines with words around it, the code is still taken;
  // the assignment's link sent back by mistake is named for what it is.
  await page
    .getByLabel('成绩代码（每行一个）')
    .fill(`王芳的成绩代码：${code.slice(0, 40)}\n${code.slice(40)}，请查收\nnot a code\n${link}`)
  await page.getByRole('button', { name: '加入名册' }).click()
  // The refused lines are named beside the field, as they now stand in it.
  const problem = page.locator('#roster-paste-problem')
  await expect(problem).toContainText('拒收 2 条：')
  await expect(page.getByRole('status').filter({ hasText: '新加入 1 条，重复 0 条，拒收 2 条。' })).toBeVisible()
  await expect(problem).toContainText('第 1 行：这不是本课程的代码')
  await expect(problem).toContainText('第 2 行：这是作业代码，不是成绩代码')
  await expect(page.getByLabel('成绩代码（每行一个）')).toHaveValue(/^not a code\nA1\./)
  const row = page.locator('table').last().getByRole('row').filter({ hasText: '第一周：电话礼仪' })
  await expect(row).toContainText('王芳')
  await expect(row).toContainText(/\d+%/)
  // A file far too big to be a result is refused alone; the result file chosen with it is still read.
  await page.getByLabel('或选择成绩文件（.json，可多选）').setInputFiles([
    { name: '视频.json', mimeType: 'application/json', buffer: Buffer.alloc(5 * 1024 * 1024, 32) },
    { name: '王芳.json', mimeType: 'application/json', buffer: resultFileBytes },
    { name: '半个.json', mimeType: 'application/json', buffer: resultFileBytes.subarray(0, 40) },
    { name: '图片.json', mimeType: 'application/json', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) },
  ])
  const filesProblem = page.locator('#roster-files-problem')
  await expect(filesProblem).toContainText('视频.json：文件太大（5 MB），最多 20 KB')
  // Each file's problem in plain words, one after another with no doubled stops.
  await expect(filesProblem).toContainText('半个.json：文件已损坏或不完整，读不出内容')
  await expect(filesProblem).toContainText('图片.json：这不是文本文件（含有二进制内容），请选择纯文本文件')
  await expect(filesProblem).not.toContainText('。；')
  // The file that was read is counted in the status line: a result already in the roster.
  await expect(page.getByRole('status').filter({ hasText: '新加入 0 条，重复 1 条，拒收 3 条。' })).toBeVisible()
  // The lines still left in the box keep their reasons beside it while files are chosen.
  await expect(problem).toContainText('第 1 行：这不是本课程的代码')
  await expect(page.getByLabel('成绩代码（每行一个）')).toHaveAttribute('aria-invalid', 'true')

  const csvDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: /导出 CSV/ }).click()
  const csv = (await readFile(await (await csvDownload).path())).toString('utf8')
  expect(csv.charCodeAt(0)).toBe(0xfeff)
  expect(csv).toContain('"学员","工号","班组","学员编号","作业","作业编号","得分（%）"')
  expect(csv).toMatch(/"王芳","","","default-[a-z0-9-]+","第一周：电话礼仪"/)
})

test('an assignment set to 只能交一次 says so, and once handed in offers no second try', async ({ page, browser }) => {
  test.setTimeout(60_000)
  await page.goto('./#/trainer')
  await page.getByLabel('作业标题').fill('上岗考核')
  await page.getByLabel('培训师姓名').fill('张老师')
  await page.getByRole('checkbox', { name: /电话礼仪/ }).check()
  await page.getByLabel('题目数量').fill('3')
  const oneTry = page.getByRole('checkbox', { name: '只能交一次' })
  await expect(oneTry).not.toBeChecked()
  await expect(oneTry).toHaveAccessibleDescription(/不再提供“再做一次”/)
  // A tap on a phone; Space, as a checkbox takes it, at the keyboard.
  if (test.info().project.use.hasTouch) await oneTry.tap()
  else {
    await oneTry.focus()
    await page.keyboard.press('Space')
  }
  await expect(oneTry).toBeChecked()
  await activate(page.getByRole('button', { name: '生成作业链接' }))
  const link = await page.getByRole('textbox', { name: '作业链接', exact: true }).inputValue()
  await expect(page.getByRole('region', { name: '我布置的作业' })).toContainText(
    '3 道题 · 及格线 60% · 不限时 · 没有截止日期 · 只能交一次',
  )

  const learnerContext = await browser.newContext({ ...test.info().project.use })
  const learner = await learnerContext.newPage()
  await learner.goto(link)
  await nameThemselves(learner, '王芳')
  await expect(learner.getByText('这份作业只能交一次，交卷前请检查好每道题。')).toBeVisible()
  await activate(learner.getByRole('button', { name: '开始作答' }))
  // The questions say it too, where the learner checks their answers.
  await expect(learner.getByText('这份作业只能交一次：交卷前，可以用「题目导航」回到任何一题检查。')).toBeVisible()
  const quizAddress = learner.url()
  for (let number = 1; number <= 3; number++) {
    await expect(learner.getByText(`第 ${number} / 3 题`)).toBeVisible()
    await learner.keyboard.press('1')
    await learner.keyboard.press('Enter')
  }
  // Every question answered, the hand-in still asks first: there is no second try.
  const confirm = learner.getByRole('dialog', { name: '确认交卷' })
  await expect(confirm).toBeFocused()
  await expect(confirm).toContainText('全部题目都已作答。')
  await expect(confirm).toContainText('这份作业只能交一次，交卷后不能重做。')
  await activate(confirm.getByRole('button', { name: '确认交卷' }))
  await expect(learner.getByRole('heading', { name: '发给培训师的成绩' })).toBeVisible()

  // Back on the assignment's page, after a reload too: the score stands, and there is no 再做一次.
  await learner.goto(link)
  await learner.reload()
  await expect(learner.getByText(/^已交卷：得分 \d+(\.\d+)?%，(通过|未通过)。/)).toBeVisible()
  await expect(learner.getByText('这份作业只能交一次，你已经交过了。成绩以这一次为准。')).toBeVisible()
  await expect(learner.getByRole('button', { name: '再做一次' })).toHaveCount(0)
  await expect(learner.getByRole('button', { name: '开始作答' })).toHaveCount(0)
  await expect(learner.getByText('这份作业只能交一次，交卷前请检查好每道题。')).toHaveCount(0)
  // Not whose name they would answer in, but the way for someone else to answer here.
  await expect(learner.getByText(/将以学员/)).toHaveCount(0)
  await expect(learner.getByText('另一位学员要在这台设备上作答？ 更换学员')).toBeVisible()
  await expectNoViolations(learner, 'a one-try assignment handed in')
  // The quiz's own address, opened again after the hand-in, names the assignment and leads back to it.
  await learner.goto(quizAddress)
  await expect(learner.getByRole('heading', { level: 1 })).toHaveText('「上岗考核」目前没有进行中的答题。')
  await activate(learner.getByRole('link', { name: '回到作业：上岗考核' }))
  await expect(learner.getByText('这份作业只能交一次，你已经交过了。成绩以这一次为准。')).toBeVisible()
  await learnerContext.close()
})

test('a trainer finds an assignment made earlier under 我布置的作业, shows the same link again, is warned when a new one shares its title, and deletes one', async ({
  page,
}) => {
  const made = page.getByRole('region', { name: '我布置的作业' })
  const linkBox = page.getByRole('textbox', { name: '作业链接', exact: true })
  async function fillForm(title: string): Promise<void> {
    await page.getByLabel('作业标题').fill(title)
    await page.getByLabel('培训师姓名').fill('张老师')
    await page.getByRole('checkbox', { name: /电话礼仪/ }).check()
    await page.getByLabel('题目数量').fill('5')
    await page.getByLabel('时间限制（分钟，可不填）').fill('20')
  }
  await page.goto('./#/trainer')
  await expect(made).toContainText('还没有')
  await fillForm('第一周：电话礼仪')
  await activate(page.getByRole('button', { name: '生成作业链接' }))
  await expect(linkBox).toBeFocused()
  const first = await linkBox.inputValue()
  await expect(made.getByRole('heading', { level: 3, name: '第一周：电话礼仪' })).toBeVisible()
  await expect(made).toContainText('5 道题 · 及格线 60% · 限时 20 分钟 · 没有截止日期')
  // And what it covers, so it is told apart from another of a like title.
  await expect(made).toContainText('「电话礼仪」')

  // Another day: the form is empty, and the assignment is still there with its own link.
  await page.reload()
  await expect(page.getByLabel('作业标题')).toHaveValue('')
  await expect(linkBox).toHaveCount(0)
  await activate(made.getByRole('button', { name: '显示链接：第一周：电话礼仪' }))
  await expect(linkBox).toBeFocused()
  await expect(linkBox).toHaveValue(first)
  await expect(page.getByRole('region', { name: '作业链接' })).toContainText('「第一周：电话礼仪」，创建于')
  // Typing in the form says nothing about a link that did not come from it.
  await page.getByLabel('作业标题').fill('第')
  await expect(page.getByText('表单改过了')).toHaveCount(0)

  // Made again under the same title: a new assignment, and the trainer is told what that means.
  await fillForm('第一周：电话礼仪')
  await activate(page.getByRole('button', { name: '生成作业链接' }))
  await expect(page.getByText(/也布置过「第一周：电话礼仪」。这是新的一份作业/)).toBeVisible()
  const second = await linkBox.inputValue()
  expect(second).not.toBe(first)
  await expect(made.getByRole('listitem')).toHaveCount(2)
  await expectNoViolations(page, 'two assignments under 我布置的作业')

  // Two of one title are told apart by when they were made (and 编号, made the same minute).
  const forgetButtons = made.getByRole('button', {
    name: /^从这台设备删除：第一周：电话礼仪（\d{4}-\d{2}-\d{2} \d{2}:\d{2}/,
  })
  await expect(forgetButtons).toHaveCount(2)
  const [newer, older] = await forgetButtons.evaluateAll((buttons) =>
    buttons.map((button) => button.ariaLabel ?? button.textContent),
  )
  expect(newer).not.toBe(older)

  // Deleted from this device after the trainer confirms; the list's heading takes the focus.
  const olderName = older!.replace('从这台设备删除：', '')
  await activate(made.getByRole('button', { name: older!, exact: true }))
  const asked = made.getByRole('group', { name: older!, exact: true })
  await expect(asked).toContainText('已经拿到链接的学员仍然可以作答')
  await expect(asked.getByText(/^从这台设备删除作业/)).toBeFocused()
  await activate(asked.getByRole('button', { name: '确定删除' }))
  await expect(made.getByRole('listitem')).toHaveCount(1)
  await expect(made.getByRole('heading', { level: 2, name: '我布置的作业' })).toBeFocused()
  await expect(made.getByRole('status')).toHaveText(`已删除「${olderName}」。`)
  // The link shown was the other one's: it stays.
  await expect(linkBox).toHaveValue(second)
  await page.reload()
  await expect(made.getByRole('listitem')).toHaveCount(1)
  await activate(made.getByRole('button', { name: '显示链接：第一周：电话礼仪' }))
  await expect(linkBox).toHaveValue(second)
  // Deleting the one whose link is shown takes its link and QR code off the page.
  await activate(made.getByRole('button', { name: '从这台设备删除：第一周：电话礼仪' }))
  await activate(made.getByRole('button', { name: '确定删除' }))
  await expect(made).toContainText('还没有')
  await expect(linkBox).toHaveCount(0)
  await expect(page.getByRole('region', { name: '作业链接' })).toHaveCount(0)
})

test('deleting the assignment whose link is shown, one of two of the same title, takes its link and QR code off the page', async ({
  page,
}) => {
  const made = page.getByRole('region', { name: '我布置的作业' })
  const panel = page.getByRole('region', { name: '作业链接' })
  async function makeAssignment(): Promise<void> {
    await page.getByLabel('作业标题').fill('第二周 测验')
    await page.getByLabel('培训师姓名').fill('张老师')
    await page.getByRole('checkbox', { name: /电话礼仪/ }).check()
    await page.getByLabel('题目数量').fill('5')
    await activate(page.getByRole('button', { name: '生成作业链接' }))
    await expect(page.getByRole('textbox', { name: '作业链接', exact: true })).toBeFocused()
  }
  // Both are made within one minute: only their 编号 tells them apart.
  await page.clock.setFixedTime(new Date('2026-12-07T10:00:00'))
  await page.goto('./#/trainer')
  await makeAssignment()
  await expect(made.getByRole('listitem')).toHaveCount(1)
  await expect(panel.getByText(/^「第二周 测验」，创建于/)).toHaveText(/^「第二周 测验」，创建于 2026-12-07 10:00$/)
  await page.reload()
  await makeAssignment()
  await expect(panel).toContainText('也布置过「第二周 测验」')
  await expect(panel.getByText(/^「第二周 测验」，创建于/)).toHaveText(
    /^「第二周 测验」，创建于 2026-12-07 10:00，编号 \S+$/,
  )
  await expect(made.getByRole('listitem')).toHaveCount(2)
  await expect(panel.getByRole('button', { name: '全屏显示二维码 / 打印' })).toBeVisible()
  const deletedLink = await page.getByRole('textbox', { name: '作业链接', exact: true }).inputValue()

  // The rows' buttons name which one they act on: the same title, made at different times (or with its 编号).
  const named = (action: string) =>
    made
      .getByRole('button', { name: new RegExp(`^${action}：第二周 测验（`) })
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')))
  const forgetNames = await named('从这台设备删除')
  const showNames = await named('显示链接')
  expect(forgetNames).toHaveLength(2)
  expect(new Set(forgetNames).size).toBe(2)
  expect(showNames).toHaveLength(2)
  expect(new Set(showNames).size).toBe(2)

  // The newest, listed first, is the one shown: deleting it takes its link, QR code and full-screen button away.
  const deleted = forgetNames[0]!.replace('从这台设备删除：', '')
  await activate(made.getByRole('button', { name: forgetNames[0]!, exact: true }))
  await activate(
    made.getByRole('group', { name: forgetNames[0]!, exact: true }).getByRole('button', { name: '确定删除' }),
  )
  await expect(made.getByRole('listitem')).toHaveCount(1)
  await expect(panel).toHaveCount(0)
  await expect(page.getByRole('textbox', { name: '作业链接', exact: true })).toHaveCount(0)
  await expect(page.getByRole('img', { name: /作业链接的二维码/ })).toHaveCount(0)
  await expect(page.getByRole('button', { name: '全屏显示二维码 / 打印' })).toHaveCount(0)
  await expect(made.getByRole('heading', { level: 2, name: '我布置的作业' })).toBeFocused()
  await expect(made.getByRole('status')).toHaveText(`已删除「${deleted}」。`)
  // The one left is the only one of its title again: its buttons say the title alone.
  await expect(made.getByRole('button', { name: '从这台设备删除：第二周 测验', exact: true })).toBeVisible()
  await activate(made.getByRole('button', { name: '显示链接：第二周 测验', exact: true }))
  await expect(panel.getByText(/^「第二周 测验」，创建于/)).toHaveText(/^「第二周 测验」，创建于 2026-12-07 10:00$/)
  await expect(page.getByRole('textbox', { name: '作业链接', exact: true })).not.toHaveValue(deletedLink)
})

test('an assignment deleted in another tab takes its link and QR code off this one', async ({ page, context }) => {
  const panel = page.getByRole('region', { name: '作业链接' })
  await page.goto('./#/trainer')
  await page.getByLabel('作业标题').fill('第三周 测验')
  await page.getByLabel('培训师姓名').fill('张老师')
  await page.getByRole('checkbox', { name: /电话礼仪/ }).check()
  await activate(page.getByRole('button', { name: '生成作业链接' }))
  await expect(panel.getByRole('img', { name: /作业链接的二维码/ })).toBeVisible()

  const other = await context.newPage()
  await other.goto('./#/trainer')
  const made = other.getByRole('region', { name: '我布置的作业' })
  await activate(made.getByRole('button', { name: '从这台设备删除：第三周 测验' }))
  await activate(
    made.getByRole('group', { name: '从这台设备删除：第三周 测验' }).getByRole('button', { name: '确定删除' }),
  )
  await expect(made.getByText('还没有。')).toBeVisible()

  await expect(panel).toHaveCount(0)
  await expect(page.getByRole('region', { name: '我布置的作业' }).getByRole('listitem')).toHaveCount(0)
})

test('a damaged assignment link is refused with a reason', async ({ page }) => {
  await page.goto('./#/assignment?a=A1.N4IgbghgtgpgzgBwG4.ZZZZZZ')
  await expect(page.getByRole('heading', { level: 1, name: '无法打开这个作业' })).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('作业链接无效')
  // What to do about it, too: a learner holding a cut link is not left at a dead end.
  await expect(page.getByRole('alert')).toContainText(
    '。请重新打开培训师发来的原始链接，或重新扫一次二维码；还是打不开，请把这句提示告诉培训师。',
  )
  // A link whose code came twice is not called empty.
  await page.goto('./#/assignment?a=A1.x&a=A1.y')
  await expect(page.getByRole('alert')).toHaveText(
    '作业链接无效：链接里有不止一个作业代码，可能被复制了两次。请重新打开培训师发来的原始链接。',
  )
})

test('an assignment link naming a role-play this course does not have is refused, naming it', async ({ page }) => {
  const assignment: Assignment = {
    id: 'gonerp1',
    title: '第三周：演练',
    trainer: '张老师',
    modules: ['phone-etiquette'],
    questions: [],
    scenarios: ['no-such-call'],
    count: 5,
    passMark: 60,
    timeLimit: null,
    due: null,
  }
  await page.goto(`./#/assignment?a=${encodeURIComponent(encodeAssignment(assignment))}`)
  await expect(page.getByRole('heading', { level: 1, name: '无法打开这个作业' })).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('作业链接无效：课程里没有情景演练 no-such-call')
  await expect(page.getByRole('link', { name: 'no-such-call' })).toHaveCount(0)
})

test('an assignment left halfway is found again: its quiz’s 返回, its trail and its old start address lead to its page; an address of one never opened here says so', async ({
  page,
}) => {
  const assignment: Assignment = {
    id: 'halfway1',
    title: '第二周：接听',
    trainer: '张老师',
    modules: ['phone-etiquette'],
    questions: [],
    scenarios: [],
    count: 3,
    passMark: 60,
    timeLimit: null,
    due: null,
  }
  await page.goto('./#/assignment?id=halfway1')
  await expect(page.getByRole('heading', { level: 1, name: '无法打开这个作业' })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveText('这台设备上没有打开过这个作业。请打开培训师发来的作业链接。')

  await page.goto(`./#/assignment?a=${encodeURIComponent(encodeAssignment(assignment))}`)
  await nameThemselves(page, '赵敏')
  await page.getByRole('button', { name: '开始作答' }).click()
  await expect(page.getByText('第 1 / 3 题')).toBeVisible()
  await page.keyboard.press('1')
  await page.keyboard.press('Enter')
  await expect(page.getByText('第 2 / 3 题')).toBeVisible()
  await goBack(page, '作业：第二周：接听')
  await expect(page.getByRole('heading', { level: 1, name: '第二周：接听' })).toBeVisible()
  await expect(page).toHaveURL(/#\/assignment\?id=halfway1$/)
  await page.getByRole('link', { name: '继续作答' }).click()
  await expect(page.getByText('第 2 / 3 题')).toBeVisible()
  // 我的 lists it too, as not yet handed in.
  await tab(page, '我的').click()
  await expect(page.getByRole('link', { name: /第二周：接听/ })).toContainText('张老师 布置 · 还没有交卷')
  // An old address of the assignment's start page (a bookmark) leads to the assignment's page too.
  await page.goto('./#/quizzes/as-halfway1')
  await expect(page).toHaveURL(/#\/assignment\?id=halfway1$/)
  await expect(page.getByRole('heading', { level: 1, name: '第二周：接听' })).toBeVisible()
  await expect(page.getByRole('link', { name: '继续作答' })).toBeVisible()
})

test('a trainer exports the bank as GIFT and Moodle XML, and imports their own GIFT questions with a report', async ({
  page,
}) => {
  await page.goto('./#/trainer')
  await openBankExchange(page)
  await page.getByLabel('导出范围').selectOption({ label: '5. 电话礼仪' })
  const giftDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 GIFT' }).click()
  const gift = (await readFile(await (await giftDownload).path())).toString('utf8')
  const exported = gift.match(/^::phone-etiquette-q\d+::/gm)?.length ?? 0
  expect(exported).toBeGreaterThan(20)
  // Said, and the focus still on the button pressed (never dropped to the page).
  await expect(page.getByRole('status').filter({ hasText: '已导出' })).toContainText(`已导出 ${exported} 道题`)
  await expect(page.getByRole('button', { name: '导出 GIFT' })).toBeFocused()
  const xmlDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 Moodle XML' }).click()
  expect((await readFile(await (await xmlDownload).path())).toString('utf8')).toContain('<quiz>')

  await page.getByLabel(/导入 GIFT 文件/).setInputFiles({
    name: 'mine.gift.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('::q1::<b>接听</b>电话应在几声之内？{=三声 ~五声}\n\n::q2::写一段问候语。{}\n'),
  })
  await expect(page.getByRole('alert')).toContainText('导入 1 道题，拒收 1 道。')
  await expect(page.getByRole('alert')).toContainText('不支持的题型（问答题）')
  await expect(page.getByText('本地题库：1 道题')).toBeVisible()
  // Imported text is shown as text: the markup stays visible, nothing is rendered.
  await expect(page.getByText('<b>接听</b>电话应在几声之内？')).toBeVisible()
  await expect(page.locator('.local-bank b')).toHaveCount(0)
  // Emptied once confirmed: said, and the focus on the section's heading, not lost with the button.
  await page.getByRole('button', { name: '清空本地题库' }).click()
  await page.getByRole('group', { name: '清空本地题库' }).getByRole('button', { name: '确定清空' }).click()
  await expect(page.getByRole('status').filter({ hasText: '本地题库已清空。' })).toBeVisible()
  await expect(page.getByRole('heading', { name: '题库交换（Moodle）' })).toBeFocused()
  await expect(page.getByText('本地题库：0 道题')).toBeVisible()
  await page.getByLabel(/导入 GIFT 文件/).setInputFiles({
    name: 'mine.gift.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('::q1::<b>接听</b>电话应在几声之内？{=三声 ~五声}\n'),
  })
  await expect(page.getByText('本地题库：1 道题')).toBeVisible()
  // The same file again adds nothing twice, and says why.
  await page.getByLabel(/导入 GIFT 文件/).setInputFiles({
    name: 'mine-again.gift.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('::again::<b>接听</b>电话应在几声之内？ {=三声 ~五声}\n'),
  })
  await expect(page.getByRole('alert')).toContainText(
    '导入 0 道题，拒收 0 道。另有 1 道本地题库里已经有了，没有重复添加。',
  )
  await expect(page.getByText('本地题库：1 道题')).toBeVisible()
  // The course's own export imported back: its questions are the course's, not the trainer's own.
  await page
    .getByLabel(/导入 GIFT 文件/)
    .setInputFiles({ name: 'course.gift.txt', mimeType: 'text/plain', buffer: Buffer.from(gift) })
  await expect(page.getByRole('alert')).toContainText(
    `导入 0 道题，拒收 0 道。另有 ${exported} 道是课程题库里的题，没有放进本地题库`,
  )
  await expect(page.getByText('本地题库：1 道题')).toBeVisible()

  // The imported question can be practised as the 本地题库 quiz.
  await tab(page, '练习').click()
  await page.getByRole('link', { name: '本地题库' }).click()
  await page.getByRole('button', { name: '开始答题' }).click()
  await expect(page.locator('.question-stem').first()).toHaveText('<b>接听</b>电话应在几声之内？')
  await page.getByRole('radio', { name: /三声/ }).check()
  await page.getByRole('button', { name: '检查答案' }).click()
  await expect(page.locator('.feedback')).toContainText('回答正确')
  await expect(page.locator('.feedback')).toContainText('培训师没有提供解析。')
  await expect(page.locator('.feedback').getByRole('link', { name: '复习相关课程' })).toHaveCount(0)
})

test('hand-picking shows a module’s questions 40 at a time, and 再显示 goes on from the first new one', async ({
  page,
  hasTouch,
}) => {
  await page.goto('./#/trainer')
  const manual = page.getByRole('radio', { name: '手动选题' })
  if (hasTouch) await manual.tap()
  else {
    await manual.focus()
    await page.keyboard.press('Space')
  }
  const picker = page.getByRole('group', { name: /^手动选题/ })
  await picker.getByRole('combobox', { name: /^模块/ }).selectOption({ label: '6. 服务规范用语' })
  await expect(picker.getByText('显示 40 / 65 道')).toBeVisible()
  await expect(picker.getByRole('checkbox')).toHaveCount(40)
  await activate(picker.getByRole('button', { name: '再显示 25 道' }))
  await expect(picker.getByText('显示 65 / 65 道')).toBeVisible()
  await expect(picker.getByRole('checkbox')).toHaveCount(65)
  await expect(picker.getByRole('checkbox').nth(40)).toBeFocused()
  await expect(picker.getByRole('checkbox').nth(40)).toBeInViewport()
  await expect(picker.getByRole('button', { name: /^再显示/ })).toHaveCount(0)
  // Forty questions down, what is picked so far is still in sight, clear of the phone's top bar.
  const fortyFirst = picker.getByRole('checkbox').nth(40)
  if (hasTouch) await fortyFirst.tap()
  else await page.keyboard.press('Space')
  const pickedCount = picker.getByText('已选 1 道', { exact: true })
  await expect(pickedCount).toBeInViewport({ ratio: 1 })
  const countTop = (await pickedCount.boundingBox())!.y
  const barBottom = await page.evaluate(() => document.querySelector('header')?.getBoundingClientRect().bottom ?? 0)
  expect(countTop).toBeGreaterThanOrEqual(Math.max(0, barBottom) - 1)
  // A search starts again from the first page of what it finds.
  await picker.getByLabel('按题干搜索').fill('客户')
  const count = picker.getByText(/^显示 \d+ \/ \d+ 道$/)
  await expect(count).not.toHaveText('显示 65 / 65 道')
  const [shown, total] = (await count.innerText()).match(/\d+/g)!.map(Number)
  expect(total).toBeGreaterThan(40)
  expect(shown).toBe(40)
})

test('an assignment of hand-picked questions and a role-play carries the role-play rating back to the roster', async ({
  page,
  browser,
  isMobile,
}) => {
  test.setTimeout(90_000)
  await page.goto('./#/trainer')
  await page.getByLabel('作业标题').fill('无声电话专项')
  await page.getByLabel('培训师姓名').fill('张老师')
  await page.getByRole('radio', { name: '手动选题' }).check()
  await page.getByRole('combobox', { name: /^模块/ }).selectOption({ label: '6. 服务规范用语' })
  await page.getByLabel('按题干搜索').fill('没有声音')
  const choices = page.locator('.module-choices').filter({ hasText: '手动选题' }).getByRole('checkbox')
  await choices.nth(0).check()
  await choices.nth(1).check()
  await expect(page.getByText('手动选题（已选 2 道）')).toBeVisible()
  await page
    .getByRole('checkbox', { name: '线路不好的一通电话' })
    .or(page.getByRole('checkbox', { name: /线路/ }))
    .first()
    .check()
  await page.getByRole('button', { name: '生成作业链接' }).click()
  const link = await page.getByRole('textbox', { name: '作业链接', exact: true }).inputValue()
  // 我布置的作业 says what it covers.
  await expect(page.getByRole('region', { name: '我布置的作业' })).toContainText(
    `手选的 2 道题 · 另有情景演练：「${badLine.title}」`,
  )
  // The QR code put up for the room names the role-play to do, not only how many there are.
  await page.getByRole('button', { name: '全屏显示二维码 / 打印' }).click()
  const sheet = page.getByRole('dialog', { name: '无声电话专项' })
  await expect(sheet).toContainText(`另有情景演练：「${badLine.title}」`)
  await sheet.getByRole('button', { name: '关闭' }).click()

  const learnerContext = await browser.newContext()
  const learner = await learnerContext.newPage()
  await learner.goto(link)
  await expect(learner.getByText('共 2 题')).toBeVisible()
  await expect(learner.getByText('还要完成以下情景演练')).toBeVisible()
  await nameThemselves(learner, '李强')
  await learner.getByRole('button', { name: '开始作答' }).click()
  // The assignment's quiz is not on the quiz list: its trail leads back to the assignment's page.
  await expect(learner.getByRole('navigation', { name: '当前位置' })).toHaveText('作业：无声电话专项')
  for (let i = 1; i <= 2; i++) {
    await expect(learner.getByText(`第 ${i} / 2 题`)).toBeVisible()
    await expect(learner.locator('.question-stem').first()).toContainText('没有声音')
    await learner.keyboard.press('1')
    await learner.keyboard.press('Enter')
  }
  // Handed in with the role-play still to do: said beside the code, with the way to it.
  const codeBox = learner.getByLabel('成绩代码（复制后发给培训师）')
  const beforeRolePlay = await codeBox.inputValue()
  const left = learner.locator('.notice').filter({ hasText: '还要求完成下面的情景演练' })
  await expect(left).toContainText('记为「未演练」')
  await expect(learner.getByRole('navigation', { name: '当前位置' })).toHaveText('作业：无声电话专项')
  await expect(learner.getByRole('link', { name: '返回测验列表' })).toHaveCount(0)
  await left.getByRole('link', { name: badLine.title }).click()
  await expect(learner.getByRole('heading', { level: 1, name: badLine.title })).toBeVisible()
  await expect(learner.getByRole('navigation', { name: '当前位置' })).toContainText('作业：无声电话专项')
  // Done for the assignment, the role-play stays under 练习 with it, not under 演练.
  await expect(tab(learner, '练习')).toHaveAttribute('aria-current', 'true')
  // On a phone the top bar's 返回 leads there too.
  if (isMobile) await expect(learner.locator('.top-bar-back')).toHaveAttribute('href', /#\/assignment\?id=/)
  await playWithKeyboard(learner, badLine, (step) => ({ written: bestReplyIndex(step) }))
  await expect(ending(learner)).toContainText('评级：优秀')
  // Back at the assignment from the role-play's end, the code carries the rating and nothing is said to be left.
  await learner.getByRole('link', { name: '回到作业：无声电话专项' }).click()
  await expect(learner.getByRole('heading', { level: 1, name: '无声电话专项' })).toBeVisible()
  await expect(learner.getByText(/^最近一次交卷：得分 \d+%，(未)?通过。/)).toBeVisible()
  await expect(codeBox).not.toHaveValue(beforeRolePlay)
  await expect(learner.getByText('还要求完成下面的情景演练')).toHaveCount(0)
  const code = await codeBox.inputValue()
  await learnerContext.close()

  await page.goto('./#/roster')
  // The code from before the role-play: the overview says the role-play is still to do.
  await page.getByLabel('成绩代码（每行一个）').fill(beforeRolePlay)
  await page.getByRole('button', { name: '加入名册' }).click()
  await expect(page.getByRole('heading', { name: /总览/ })).toBeVisible()
  const overview = page.getByRole('region', { name: '每位学员在每个作业中的最好成绩' })
  await expect(overview).toContainText('（布置的情景演练还没做）')
  // The code sent again after the role-play is the same hand-in, now with its rating.
  await page.getByLabel('成绩代码（每行一个）').fill(code)
  await page.getByRole('button', { name: '加入名册' }).click()
  await expect(page.getByRole('status').filter({ hasText: '新加入 0 条' })).toContainText(
    '已换上其中更好的情景演练评级',
  )
  await expect(overview).not.toContainText('情景演练还没做')
  await expect(overview).toContainText('（情景演练：优秀）')
  const row = page.locator('table').last().getByRole('row').filter({ hasText: '无声电话专项' })
  await expect(row).toContainText(`${badLine.title} 优秀`)
  await expect(row).not.toContainText('未演练')
})

test('with a trainer’s PIN set, a learner at the same PC opens neither the roster nor the trainer’s view without it', async ({
  page,
}) => {
  await page.goto('./#/me')
  const tools = page.locator('summary').filter({ hasText: '培训师工具' })
  await activate(tools)
  await page.getByLabel('新的培训师 PIN（4 位数字）').fill('4321')
  await page.getByLabel('再输一次新的培训师 PIN').fill('4321')
  await activate(page.getByRole('button', { name: '设置培训师 PIN' }))
  await expect(page.getByRole('status').filter({ hasText: '培训师 PIN 已设置' })).toBeVisible()
  // The trainer walks away: locked again.
  await activate(page.getByRole('button', { name: '锁定培训师工具' }))
  await expect(page.getByRole('status').filter({ hasText: '培训师工具已锁定' })).toBeVisible()
  // The button is gone with the lock: the focus stays in its section.
  await expect(page.getByRole('heading', { name: '培训师 PIN' })).toBeFocused()
  const view = page.getByLabel('培训师视图：展开所有出处，显示培训师备注')
  await view.focus()
  await page.keyboard.press('Space')
  await expect(view).not.toBeChecked()
  await expect(page.getByText(/培训师视图要先解锁培训师工具/)).toBeVisible()

  // A learner opens 学员成绩: the PIN is asked, nothing of the roster is shown.
  await page.goto('./#/roster')
  await expect(page.getByRole('heading', { level: 1, name: '学员成绩' })).toBeVisible()
  await expect(page.getByText('这台电脑设了培训师 PIN')).toBeVisible()
  await expect(page.getByLabel('成绩代码（每行一个）')).toHaveCount(0)
  const pin = page.getByLabel('培训师 PIN（4 位数字）')
  await pin.fill('1111')
  await activate(page.getByRole('button', { name: '解锁' }))
  await expect(page.getByRole('alert').filter({ hasText: 'PIN 不对，请再试一次。' })).toBeVisible()
  await expect(pin).toBeFocused()
  await expectNoViolations(page, 'the trainer’s PIN asked')

  // The trainer gives it: the roster opens, its heading focused; the trainer's page opens without asking again.
  await pin.fill('4321')
  await activate(page.getByRole('button', { name: '解锁' }))
  await expect(page.getByLabel('成绩代码（每行一个）')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: '学员成绩' })).toBeFocused()
  await page.goto('./#/trainer')
  await expect(page.getByLabel('作业标题')).toBeVisible()
  // A reload asks again.
  await page.reload()
  await expect(page.getByLabel('培训师 PIN（4 位数字）')).toBeVisible()
  await expect(page.getByLabel('作业标题')).toHaveCount(0)
})
