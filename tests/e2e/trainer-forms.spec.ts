/**
 * Trainer forms that speak Chinese (issue #15, item 3), at both sizes: keyboard alone on the desktop,
 * taps on the phone. Every wrong field of the assignment form gets its own message beside it, the
 * field is marked invalid and described by it, focus goes to the first; a broken GIFT file is named
 * beside the file field; and axe finds nothing on any trainer page.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { openBankExchange } from './helpers/shell'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** No WCAG 2.2 A/AA violation on the page as it is now, in the light and the dark scheme. */
async function expectNoViolations(page: Page, state: string): Promise<void> {
  // From the top, at rest: axe's target-size rule counts a box half under the sticky header as too
  // small, so a check made while the page is still scrolling to a field would depend on timing.
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }))
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze()
    const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`)
    expect(found, `${state}, ${colorScheme}`).toEqual([])
  }
  await page.emulateMedia({ colorScheme: null })
}

/** Presses Tab until `target` has focus, as a keyboard user walks the page; fails if it is never reached. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 150; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${String(target)}`)
}

/** Types into a field: reached with Tab and typed on the desktop, tapped and filled on the phone. */
async function enter(page: Page, field: Locator, text: string, hasTouch: boolean): Promise<void> {
  if (hasTouch) {
    await field.tap()
    await field.fill(text)
  } else {
    await tabTo(page, field)
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.press('Delete')
    if (text) await page.keyboard.type(text)
  }
}

/** A date typed as the phone's picker or the desktop's date segments take it. */
async function enterDate(page: Page, field: Locator, date: string, hasTouch: boolean): Promise<void> {
  if (hasTouch) {
    await field.tap()
    await field.fill(date)
  } else {
    await tabTo(page, field)
    // Debian's Chromium here has only its en-US interface, so the date field reads month/day/year
    // and moves to the next part as each is complete.
    const [year, month, day] = date.split('-')
    await page.keyboard.type(`${month}${day}${year}`)
    await expect(field).toHaveValue(date)
  }
}

/** Activates a control: Space or Enter after Tab on the desktop, a tap on the phone. */
async function activate(page: Page, control: Locator, hasTouch: boolean): Promise<void> {
  if (hasTouch) await control.tap()
  else {
    await tabTo(page, control)
    await page.keyboard.press((await control.getAttribute('type')) === 'checkbox' ? 'Space' : 'Enter')
  }
}

/** The field's message is what describes it, sits right by it, and the field is marked invalid. */
async function expectProblemBeside(field: Locator, message: string | RegExp): Promise<void> {
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  const problemId = (await field.getAttribute('aria-describedby'))!.split(' ').find((id) => id.endsWith('-problem'))!
  const problem = field.page().locator(`[id="${problemId}"]`)
  await expect(problem).toHaveText(message)
  const text = (await problem.textContent())!
  await expect(field).toHaveAccessibleDescription(new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
  // Beside it: under an input, or at the top of a group, within a line's height; measured in one go.
  const gap = await field.evaluate((element, id) => {
    const [own, shown] = [element.getBoundingClientRect(), document.getElementById(id)!.getBoundingClientRect()]
    return { below: shown.top - own.bottom, fromTop: shown.top - own.top }
  }, problemId)
  expect(gap.below, `${message} is by its field`).toBeLessThan(48)
  expect(gap.fromTop, `${message} is not above its field`).toBeGreaterThanOrEqual(0)
}

const form = (page: Page) => ({
  title: page.getByLabel('作业标题'),
  trainer: page.getByLabel('培训师姓名'),
  modules: page.getByRole('group', { name: '从哪些模块出题' }),
  count: page.getByLabel('题目数量'),
  passMark: page.getByLabel('及格线（%）'),
  timeLimit: page.getByLabel('时间限制（分钟，可不填）'),
  due: page.getByLabel('截止日期（可不填）'),
  create: page.getByRole('button', { name: '生成作业链接' }),
})

test('the assignment form names every wrong field in Chinese beside it, focuses the first, and creates the assignment once they are fixed', async ({
  page,
  hasTouch,
}) => {
  test.setTimeout(60_000)
  await page.goto('./#/trainer')
  const fields = form(page)
  await enter(page, fields.trainer, '   ', hasTouch)
  await enter(page, fields.count, '500', hasTouch)
  await enter(page, fields.passMark, '150', hasTouch)
  await enter(page, fields.timeLimit, '0', hasTouch)
  await enterDate(page, fields.due, '2020-01-01', hasTouch)
  await activate(page, fields.create, hasTouch)

  await expect(fields.title).toBeFocused()
  await expect(fields.title).toBeInViewport()
  await expect(page.getByText('作业标题', { exact: true })).toBeInViewport()
  await expectProblemBeside(fields.title, '请填写作业标题')
  await expectProblemBeside(fields.trainer, '请填写培训师姓名')
  await expectProblemBeside(fields.modules, '请至少选择一个模块')
  await expectProblemBeside(fields.count, '题目数量应在 1–100 之间（整数）')
  await expectProblemBeside(fields.passMark, '及格线应在 0–100% 之间')
  await expectProblemBeside(fields.timeLimit, '时间限制应在 1–300 分钟之间（整数），不限时请留空')
  await expectProblemBeside(fields.due, /^截止日期不能早于今天（\d{4}-\d{2}-\d{2}）$/)
  // Seven messages, none of them a schema key or English.
  const messages = page.locator('.field-problem')
  await expect(messages).toHaveCount(7)
  for (const text of await messages.allTextContents()) expect(text).not.toMatch(/[A-Za-z]/)
  // At 360 px the page never scrolls sideways, messages and all.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  )
  await expect(page.getByRole('textbox', { name: '作业链接', exact: true })).toHaveCount(0)
  await expectNoViolations(page, 'assignment form with every field wrong')

  // Fixed one by one: each message goes as its field is put right, before the form is sent again.
  await enter(page, fields.title, '第二周：投诉处理', hasTouch)
  await expect(fields.title).not.toHaveAttribute('aria-invalid')
  await expect(messages).toHaveCount(6)
  await enter(page, fields.trainer, '李老师', hasTouch)
  await expect(messages).toHaveCount(5)
  await activate(page, fields.modules.getByRole('checkbox', { name: /电话礼仪/ }), hasTouch)
  await expect(messages).toHaveCount(4)
  // Still wrong, so still named; and sending again moves focus to the first of them.
  await expectProblemBeside(fields.count, /^题目数量应在 1–\d+ 之间（整数）$/)
  await activate(page, fields.create, hasTouch)
  await expect(fields.count).toBeFocused()
  await expect(fields.count).toBeInViewport()
  await expect(messages).toHaveCount(4)
  await expect(fields.title).not.toHaveAttribute('aria-invalid')
  // The most a module can ask is the questions it holds.
  await expectProblemBeside(fields.count, /^题目数量应在 1–\d+ 之间（整数）$/)

  await enter(page, fields.count, '5', hasTouch)
  await enter(page, fields.passMark, '80', hasTouch)
  await enter(page, fields.timeLimit, '30', hasTouch)
  await enterDate(page, fields.due, '2099-12-31', hasTouch)
  await activate(page, fields.create, hasTouch)
  await expect(messages).toHaveCount(0)
  await expect(page.getByRole('img', { name: '作业链接的二维码：第二周：投诉处理' })).toBeVisible()
  // The trainer lands on the new link, ready to copy it.
  await expect(page.getByRole('textbox', { name: '作业链接', exact: true })).toBeFocused()
  const link = await page.getByRole('textbox', { name: '作业链接', exact: true }).inputValue()

  // The link carries what was typed.
  await page.goto(link)
  await expect(page.getByRole('heading', { level: 1, name: '第二周：投诉处理' })).toBeVisible()
  await expect(page.getByText('布置人：李老师')).toBeVisible()
  await expect(page.getByText('共 5 题，及格线 80%，限时 30 分钟，请在 2099-12-31 前完成')).toBeVisible()
})

test('hand-picking with nothing picked is named beside the picker', async ({ page, hasTouch }) => {
  await page.goto('./#/trainer')
  const fields = form(page)
  await enter(page, fields.title, '无声电话专项', hasTouch)
  await enter(page, fields.trainer, '张老师', hasTouch)
  // Before choosing, the trainer reads which way lets 题目分析 find a weak question.
  await expect(page.getByText(/^随机抽题时每人的题不同，适合练习；手动选题时所有学员答同一套题/)).toContainText(
    '每道题要有 10 人作答',
  )
  if (hasTouch) await page.getByRole('radio', { name: '手动选题' }).tap()
  else {
    await tabTo(page, page.getByRole('radio', { name: '从所选模块随机抽题' }))
    await page.keyboard.press('ArrowDown')
  }
  const picker = page.getByRole('group', { name: /^手动选题（已选 0 道）/ })
  await expect(picker).toBeVisible()
  await activate(page, fields.create, hasTouch)
  await expectProblemBeside(picker, '请至少选择一道题')
  await expect(picker.getByRole('combobox', { name: /^模块/ })).toBeFocused()
  await expect(page.locator('.field-problem')).toHaveCount(1)
})

test('a GIFT file that cannot be imported is named beside the file field, with each refused question by number and line', async ({
  page,
}) => {
  await page.goto('./#/trainer')
  await openBankExchange(page)
  const file = page.getByLabel(/导入 GIFT 文件/)
  await file.setInputFiles({
    name: 'broken.gift.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('::a::接听电话应在几声之内？\n\n::b::哪一项正确？{=甲 ~乙'),
  })
  await expectProblemBeside(file, /^没有导入「broken.gift.txt」：GIFT 格式错误：第 3 行附近写法不对/)
  // The problem is read first, then the hint on what the field takes.
  await expect(file).toHaveAccessibleDescription(
    /^没有导入「broken.gift.txt」：GIFT 格式错误：第 3 行附近写法不对.*文件最大 1 MB/,
  )
  await expect(file).toBeFocused()
  await expect(page.getByText('本地题库：0 道题')).toBeVisible()
  // The commonest slip, two questions with no blank line between, is named for what it is.
  await file.setInputFiles({
    name: 'crowded.gift.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('::a::接听电话应在几声之内？{=三声 ~五声}\n::b::哪一项正确？{=甲 ~乙}\n'),
  })
  await expectProblemBeside(
    file,
    '没有导入「crowded.gift.txt」：GIFT 格式错误：第 2 行的题目紧接着上一道题，每两道题之间要空一行',
  )

  // One broken question costs only itself: the others are taken, and it is listed with its line.
  await file.setInputFiles({
    name: 'mixed.gift.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      '::a::通话结束谁先挂机？{=客户 ~坐席}\n\n::b::哪一项正确？{=甲 ~乙\n\n::c::可以边吃东西边接电话。{F}\n',
    ),
  })
  const mixed = page.getByRole('alert').filter({ hasText: '导入 2 道题，拒收 1 道。' })
  await expect(mixed.getByRole('listitem')).toHaveText([
    '第 2 题（第 3 行）「b」：写法不对，请检查题目的大括号 { } 和答案前的 = 或 ~',
  ])
  await expect(page.getByText('本地题库：2 道题')).toBeVisible()
  await expect(page.locator('.field-problem')).toHaveCount(0)

  await file.setInputFiles({
    name: 'refused.gift.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('// 两道都不能导入\n::无答案::哪一项正确？{~甲 ~乙}\n\n::问候::写一段问候语。{}\n'),
  })
  await expectProblemBeside(file, '文件里没有可以导入的题目，原因见下面的列表')
  const report = page.getByRole('alert').filter({ hasText: '导入 0 道题，拒收 2 道。' })
  await expect(report.getByRole('listitem')).toHaveText([
    '第 1 题（第 2 行）「无答案」：没有正确答案',
    '第 2 题（第 4 行）「问候」：不支持的题型（问答题），只能导入单选、多选、判断题',
  ])
  await expectNoViolations(page, 'GIFT import refused')

  // Plain text with no question in it: said so, with how a question is written, and no count of nothing.
  await file.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('这不是题目\n随便写点\n') })
  await expectProblemBeside(file, /^文件里没有找到 GIFT 格式的题目。.*\{=三声 ~五声 ~十声\}$/)
  await expect(page.getByText(/导入 0 道题/)).toHaveCount(0)

  await file.setInputFiles({
    name: 'good.gift.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('::q1::接听电话应在几声之内？{=三声 ~五声}\n'),
  })
  await expect(page.getByRole('alert').filter({ hasText: '导入 1 道题，拒收 0 道。' })).toBeVisible()
  await expect(file).not.toHaveAttribute('aria-invalid')
  await expect(page.locator('.field-problem')).toHaveCount(0)
  await expect(page.getByText('本地题库：3 道题')).toBeVisible()
})

test("a date field's calendar button, a tab stop of its own, shows where the focus is", async ({ page }) => {
  await page.goto('./#/trainer')
  const due = page.getByLabel('截止日期（可不填）')
  await due.focus()
  // Month, day and year, then the calendar button: the field keeps its ring all the way.
  for (let stop = 0; stop < 3; stop++) {
    await page.keyboard.press('Tab')
    await expect(due).toBeFocused()
    expect(await due.evaluate((field) => getComputedStyle(field).outlineStyle)).toBe('solid')
  }
})

test('axe finds no violation on any trainer page', async ({ page }) => {
  test.setTimeout(180_000)
  for (const [path, state] of [
    ['./#/trainer', 'trainer'],
    ['./#/roster', 'roster'],
    ['./#/verify', 'verify'],
    ['./#/certificates/issue', 'certificate issue'],
    ['./#/learners', 'learners'],
    ['./#/sources', 'sources'],
  ] as const) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoViolations(page, state)
  }
  await page.goto('./#/trainer')
  await page.getByRole('radio', { name: '手动选题' }).check()
  await page.getByRole('button', { name: '生成作业链接' }).click()
  await expect(page.locator('.field-problem')).toHaveCount(3)
  await expectNoViolations(page, 'trainer, picking by hand, every problem shown')
})
