/**
 * Named learners in the roster: three people (two with the same name) take one assignment in
 * their own browsers; the trainer pastes their codes and sees three rows, a warning about the
 * shared name and each person's own score, merges two rows and undoes it. The roster fits a
 * 360 px phone, at 200% text too. Desktop by keyboard, phone by taps.
 */
import { expect, test, type Browser, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { fileURLToPath } from 'node:url'
import { encodeAssignment, type Assignment } from '../../src/domain/trainer/assignment'
import { decodeResult, encodeResult } from '../../src/domain/trainer/assignmentResult'
import { packCode } from '../../src/domain/trainer/transferCode'
import { fixtureResult } from '../fixtures/trainer'
import { loadCourse } from '../../src/content/build/loadCourse'
import { activate, tab } from './helpers/shell'
import { browserWithCamera, videoOf } from './helpers/camera'

const course = loadCourse(fileURLToPath(new URL('../../content', import.meta.url)))

/** Three single-choice questions of the phone module, hand-picked. */
const assignment: Assignment = {
  id: 'rosterb1',
  title: '第二周：接听电话',
  trainer: '张老师',
  modules: [],
  questions: ['phone-etiquette-q002', 'phone-etiquette-q004', 'phone-etiquette-q006'],
  scenarios: [],
  count: 3,
  passMark: 60,
  timeLimit: null,
  due: null,
}
const link = `./#/assignment?a=${encodeURIComponent(encodeAssignment(assignment))}`

/** The trainer opens the roster (学员成绩). */
async function openRoster(page: Page): Promise<void> {
  await page.goto('./#/roster')
  await expect(page.getByRole('heading', { level: 1, name: '学员成绩' })).toBeVisible()
}

interface Learner {
  name: string
  staffId?: string
  team?: string
  option: number
  namesOn: 'home' | 'link'
}

/**
 * A learner in a browser of their own: names themselves (on home first, or on the assignment's
 * page when the link is the first thing they open), takes the assignment, and copies the result code.
 */
async function learnerTakes(browser: Browser, hasTouch: boolean, learner: Learner): Promise<string> {
  const context = await browser.newContext(
    hasTouch ? { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } : {},
  )
  const code = await takeAssignment(await context.newPage(), hasTouch, learner)
  await context.close()
  return code
}

/**
 * The option text each learner picked, by question stem, as read off the screen (the options
 * are shuffled, so the same position is a different option for each learner and question).
 */
const pickedText = new Map<string, Map<string, string>>()

/** `learnerTakes` in a page given. */
async function takeAssignment(page: Page, hasTouch: boolean, learner: Learner): Promise<string> {
  const picks = new Map<string, string>()
  pickedText.set(learner.name + (learner.team ?? ''), picks)
  await page.goto(learner.namesOn === 'home' ? './' : link)
  if (learner.namesOn === 'link') {
    await expect(page.getByRole('heading', { level: 1, name: assignment.title })).toBeVisible()
    // No start until the learner is named: the code would carry a made-up name.
    await expect(page.getByText('请先在上面填写你的姓名，再开始作答')).toBeVisible()
    await expect(page.getByRole('button', { name: '开始作答' })).toHaveCount(0)
  }
  await page.getByLabel('姓名（必填）').fill(learner.name)
  if (learner.staffId) await page.getByLabel('工号（选填）').fill(learner.staffId)
  if (learner.team) await page.getByLabel('班组（选填）').fill(learner.team)
  await activate(page.getByRole('button', { name: '保存并继续' }))
  await expect(page.getByRole('region', { name: '欢迎！先认识一下你' })).toBeHidden()

  if (learner.namesOn === 'home') await page.goto(link)
  await expect(page.getByRole('heading', { level: 1, name: assignment.title })).toBeVisible()
  await expect(page.getByText(`将以学员“${learner.name}”的身份作答。`)).toBeVisible()
  await activate(page.getByRole('button', { name: '开始作答' }))
  for (let i = 1; i <= 3; i++) {
    await expect(page.getByText(`第 ${i} / 3 题`)).toBeVisible()
    const option = page.locator('.quiz-question .option-text').nth(learner.option - 1)
    picks.set(
      await page.locator('.quiz-question .question-stem').innerText(),
      (await option.innerText()).replace(/^[A-Z]\.\s*/, ''),
    )
    if (hasTouch) {
      await page
        .getByRole('radio')
        .nth(learner.option - 1)
        .tap()
      await page
        .locator('.quiz-actions')
        .getByRole('button', { name: i < 3 ? '下一题' : '交卷' })
        .tap()
    } else {
      await page.keyboard.press(String(learner.option))
      await page.keyboard.press('Enter')
    }
  }
  return page.getByLabel('成绩代码（复制后发给培训师）').inputValue()
}

test('three learners, two of them named 王芳, take one assignment; the roster keeps them apart, shows a 班组 at a time and merges two on request', async ({
  page,
  browser,
  hasTouch,
}) => {
  test.setTimeout(120_000)
  const learners = [
    { name: '王芳', staffId: 'KF-1024', team: '一组', option: 1, namesOn: 'home' },
    { name: '王芳', team: '二组', option: 2, namesOn: 'link' },
    { name: '李强', team: '一组', option: 3, namesOn: 'link' },
  ] as const
  const codes = await Promise.all(learners.map((learner) => learnerTakes(browser, hasTouch, learner)))
  const results = codes.map((code) => {
    const decoded = decodeResult(code)
    if (!decoded.ok) throw new Error(decoded.problem)
    return decoded.value
  })
  // Each code says who handed it in, from which 班组, and which questions they got right.
  expect(codes.every((code) => code.startsWith('R6.'))).toBe(true)
  expect(results.map((result) => result.team)).toEqual(['一组', '二组', '一组'])
  expect(new Set(results.map((result) => result.learnerId)).size).toBe(3)
  expect(results.map((result) => result.learner)).toEqual(['王芳', '王芳', '李强'])
  expect(results.map((result) => result.answers?.length)).toEqual([3, 3, 3])
  // And what each chose, as the option's place in the bank, whatever order it was shown in.
  for (const [index, result] of results.entries()) {
    const picks = pickedText.get(learners[index]!.name + learners[index]!.team)!
    const chose = result.answers!.map(({ questionId, given }) => {
      const asked = course.questions.find((item) => item.id === questionId)!
      if (asked.type !== 'single' || typeof given !== 'number') throw new Error(`${questionId}: ${String(given)}`)
      return [asked.stem, asked.options[given]!] as const
    })
    expect(new Map(chose)).toEqual(picks)
  }

  // The trainer pastes the three codes and a line that is not one.
  await openRoster(page)
  const paste = page.getByLabel('成绩代码（每行一个）')
  const add = page.getByRole('button', { name: '加入名册' })
  if (hasTouch) {
    await paste.tap()
    await paste.fill([...codes, '这一行不是成绩代码'].join('\n'))
    await add.tap()
  } else {
    await paste.focus()
    await page.keyboard.insertText([...codes, '这一行不是成绩代码'].join('\n'))
    await page.keyboard.press('Tab')
    await expect(add).toBeFocused()
    await page.keyboard.press('Enter')
  }
  // The refused line is named beside the field, in Chinese, and the field points to it; only that line is left in it.
  const problem = page.locator('#roster-paste-problem')
  await expect(problem).toContainText('拒收 1 条：框里只留下了拒收的行')
  await expect(page.getByRole('status').filter({ hasText: '新加入 3 条，重复 0 条，拒收 1 条。' })).toBeVisible()
  await expect(problem).toContainText('第 1 行：这不是本课程的代码')
  // However many lines the message takes (four on a phone), its warning sign stays whole, beside the first.
  const sign = await problem.locator('svg').boundingBox()
  const message = await problem.boundingBox()
  expect(sign?.width).toBe(18)
  expect(sign!.y - message!.y).toBeLessThan(8)
  await expect(paste).toHaveValue('这一行不是成绩代码')
  await expect(paste).toHaveAttribute('aria-invalid', 'true')
  await expect(paste).toHaveAttribute('aria-describedby', 'roster-paste-problem')
  await expect(paste).toBeFocused()

  const overview = page.getByRole('region', { name: '每位学员在每个作业中的最好成绩' })
  const rows = overview.locator('tbody tr')
  await expect(rows).toHaveCount(3)
  await expect(page.getByText('有 2 位学员都叫「王芳」')).toBeVisible()
  await expect(overview.getByText('同名', { exact: true })).toHaveCount(2)
  // Each learner's row shows their own score, found by what tells them apart.
  const [withStaffId, withoutStaffId, li] = results as [(typeof results)[0], (typeof results)[0], (typeof results)[0]]
  const rowOf = (text: string) => rows.filter({ hasText: text })
  await expect(rowOf('工号 KF-1024')).toContainText(`${withStaffId.percent}%`)
  await expect(rowOf(`编号尾号 ${withoutStaffId.learnerId!.slice(-4)}`)).toContainText(`${withoutStaffId.percent}%`)
  await expect(rowOf('李强')).toContainText(`${li.percent}%`)
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  expect(
    axe.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([])

  // One 班组 at a time: the overview and every hand-in below show only its learners, and say so.
  const teamPick = page.getByLabel('只看一个班组')
  await expect(teamPick.locator('option')).toHaveText(['全部班组', '一组', '二组'])
  await teamPick.selectOption({ label: '一组' })
  await expect(page.getByRole('status').filter({ hasText: '正在显示' })).toHaveText(
    '正在显示「一组」的 2 条成绩；导出的表格也只有这些。',
  )
  await expect(rows).toHaveCount(2)
  await expect(rowOf('一组 · 工号 KF-1024')).toContainText(`${withStaffId.percent}%`)
  await expect(rowOf('二组')).toHaveCount(0)
  const handIns = page.getByRole('region', { name: '每次提交' }).locator('tbody tr')
  await expect(handIns).toHaveCount(2)
  await teamPick.selectOption({ label: '全部班组' })
  await expect(rows).toHaveCount(3)
  await expect(handIns).toHaveCount(3)

  // The trainer says the two 王芳 are one person: confirmed on the page, merged, and how to undo it said.
  await page
    .getByLabel('把这位学员的成绩')
    .selectOption({ label: `王芳（二组 · 编号尾号 ${withoutStaffId.learnerId!.slice(-4)}）` })
  await page.getByLabel('并入这位学员').selectOption({ label: '王芳（一组 · 工号 KF-1024）' })
  await activate(page.getByRole('button', { name: '合并', exact: true }))
  const asked = page.getByRole('group', { name: '合并', exact: true })
  await expect(asked).toContainText('是同一个人吗')
  await activate(asked.getByRole('button', { name: '确定合并' }))
  await expect(page.getByRole('status').filter({ hasText: '已把' })).toContainText('点「撤销合并」即可恢复')
  await expect(rows).toHaveCount(2)
  await expect(page.getByText('有 2 位学员都叫「王芳」')).toBeHidden()
  await expect(rowOf('工号 KF-1024')).toContainText('已合并 1 位：王芳')
  await expect(rowOf('工号 KF-1024')).toContainText(`${Math.max(withStaffId.percent, withoutStaffId.percent)}%`)

  // The merge is saved, and undone as easily.
  await page.reload()
  await expect(rows).toHaveCount(2)
  await activate(rowOf('工号 KF-1024').getByRole('button', { name: /^撤销合并/ }))
  await expect(page.getByRole('status').filter({ hasText: '已撤销合并' })).toBeVisible()
  await expect(rows).toHaveCount(3)
  await expect(rowOf(`编号尾号 ${withoutStaffId.learnerId!.slice(-4)}`)).toContainText(`${withoutStaffId.percent}%`)
})

test('a learner who lost the link finds the assignment and its result code again under 我的', async ({
  page,
  hasTouch,
}) => {
  const code = await takeAssignment(page, hasTouch, { name: '赵敏', option: 1, namesOn: 'home' })
  const result = decodeResult(code)
  if (!result.ok) throw new Error(result.problem)
  const { percent } = result.value
  const verdict = percent >= assignment.passMark ? '通过' : '未通过'

  // A new visit, from home: no link at hand.
  await page.goto('./')
  await activate(tab(page, '我的'))
  const assignments = page.getByRole('region', { name: '培训作业' })
  const row = assignments.getByRole('link', { name: new RegExp(`^${assignment.title}`) })
  await expect(row).toContainText(`张老师 布置 · 最近一次 ${percent}%，${verdict}`)
  await activate(row)

  // The assignment's page opens on the code to send, the same as at the hand-in.
  await expect(page.getByRole('heading', { level: 1, name: assignment.title })).toBeVisible()
  await expect(page.getByLabel('成绩代码（复制后发给培训师）')).toHaveValue(code)
  await expect(page.getByText('已经交过卷。再做一次')).toBeVisible()
  await expect(page.getByRole('button', { name: '开始作答' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: '再做一次' })).toBeVisible()
})

/** The page's width beyond the window, in CSS pixels: 0 when nothing scrolls sideways. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

test('the roster fits a 360 px phone at every text size: wide tables scroll in their own box', async ({ page }) => {
  // On the desktop project too: the same page in a window as narrow as a phone.
  await page.setViewportSize({ width: 360, height: 740 })
  // Old codes (each its own learner), long names and many assignments: the widest roster a trainer sees.
  const old = Array.from({ length: 6 }, (_, i) =>
    packCode('R', 2, {
      ...fixtureResult,
      assignment: `wide${i}00`,
      title: `第 ${i + 1} 周：投诉处理与情绪安抚综合练习`,
      learner: i % 2 ? '学员 1' : '欧阳明月·阿依古丽',
      finishedAt: `2026-11-23T09:1${i}:00.000Z`,
    }),
  )
  await openRoster(page)
  await page.getByLabel('成绩代码（每行一个）').fill(old.join('\n'))
  await activate(page.getByRole('button', { name: '加入名册' }))
  await expect(page.getByRole('status').filter({ hasText: '新加入 6 条' })).toBeVisible()
  expect(await overflow(page)).toBeLessThanOrEqual(0)
  // The overview scrolls inside its own box, the learner column staying in view.
  const box = page.getByRole('region', { name: '每位学员在每个作业中的最好成绩' })
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)

  for (const size of ['150%', '200%']) {
    await page.evaluate((value) => (document.documentElement.style.fontSize = value), size)
    expect(await overflow(page), `text at ${size}`).toBeLessThanOrEqual(0)
    // A name is never broken one character per line: the learner column keeps room for a few characters.
    const nameWidth = await box
      .locator('tbody th')
      .first()
      .evaluate((el) => el.getBoundingClientRect().width)
    expect(nameWidth).toBeGreaterThan(90)
  }
})

test('a class list pasted from a spreadsheet says who has not handed the assignment in, and prints with the tables', async ({
  page,
}) => {
  await openRoster(page)
  await activate(page.getByRole('button', { name: '添加班级名单' }))
  const list = page.getByLabel(/^班级名单：每行一位学员/)
  await expect(list).toBeFocused()
  // Two columns copied from a spreadsheet, its header row with them.
  await list.fill('姓名\t工号\n王芳\tKF-1\n李强\tKF-2\n张伟\tKF-3')
  await activate(page.getByRole('button', { name: '保存名单' }))
  await expect(page.getByRole('status').filter({ hasText: '名单已保存，共 3 人。' })).toBeVisible()
  await expect(page.getByRole('heading', { name: '班级名单：谁还没交' })).toBeFocused()
  await expect(page.getByText('还没有收到成绩：名单上的 3 人都还没交。')).toBeVisible()

  await page
    .getByLabel('成绩代码（每行一个）')
    .fill(encodeResult({ ...fixtureResult, learnerId: 'p-aaaa1111', staffId: 'KF-1' }))
  await activate(page.getByRole('button', { name: '加入名册' }))
  const missing = page.getByText(`「${fixtureResult.title}」：还有 2 人没交：李强（工号 KF-2）、张伟（工号 KF-3）`)
  await expect(missing).toBeVisible()
  expect(await new AxeBuilder({ page }).include('section[aria-labelledby="class-heading"]').analyze()).toHaveProperty(
    'violations',
    [],
  )

  await page.emulateMedia({ media: 'print' })
  await expect(missing).toBeVisible()
  await expect(page.getByRole('button', { name: '修改名单' })).toBeHidden()
  await expect(page.getByRole('button', { name: '清空名单' })).toBeHidden()
})

test('a printed roster is the tables and the time it was printed, without the paste box, the filters or the buttons', async ({
  page,
}) => {
  await openRoster(page)
  await page.getByLabel('成绩代码（每行一个）').fill(encodeResult(fixtureResult))
  await activate(page.getByRole('button', { name: '加入名册' }))
  await expect(page.getByRole('status').filter({ hasText: '新加入 1 条' })).toBeVisible()
  await expect(page.getByText(/^打印时间：/)).toBeHidden()

  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('heading', { level: 1, name: '学员成绩' })).toBeVisible()
  await expect(page.getByText(/^打印时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)).toBeVisible()
  await expect(page.getByRole('region', { name: '每次提交' }).first()).toContainText('王芳')
  for (const control of [
    page.getByLabel('成绩代码（每行一个）'),
    page.getByRole('button', { name: '加入名册' }),
    page.getByRole('button', { name: '导出 CSV（Excel 可直接打开）' }),
    page.getByRole('button', { name: '清空名册' }),
    page.getByLabel('题目分析：选择作业'),
  ])
    await expect(control).toBeHidden()
})

test('a room’s results come in by camera: a learner shows the result as a QR code and the trainer scans one after another', async ({
  page,
  browser,
  hasTouch,
}) => {
  test.setTimeout(90_000)
  const learnerContext = await browser.newContext(
    hasTouch ? { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } : {},
  )
  const learner = await learnerContext.newPage()
  await takeAssignment(learner, hasTouch, { name: '周敏', option: 1, namesOn: 'link' })
  // Folded away until asked for: most learners copy the code.
  const qr = learner.getByRole('img', { name: `成绩二维码：${assignment.title}，周敏` })
  await expect(qr).toHaveCount(0)
  await activate(learner.locator('summary', { hasText: '显示成绩二维码（培训师用摄像头扫）' }))
  await expect(qr).toBeVisible()
  await expect(learner.getByText('把屏幕调亮，二维码对准培训师电脑的摄像头')).toBeVisible()

  const camera = await browserWithCamera(await videoOf(await qr.screenshot(), learner))
  try {
    const trainer = await (await camera.newContext({ ...test.info().project.use, permissions: ['camera'] })).newPage()
    await openRoster(trainer)
    await activate(trainer.getByRole('button', { name: '用摄像头扫描成绩二维码' }))
    await expect(trainer.getByText(`已加入：周敏的「${assignment.title}」。`)).toBeVisible()
    // The camera stops after each learner; the next one is a press away, where the focus already is.
    await expect(trainer.getByLabel('摄像头画面')).toHaveCount(0)
    const next = trainer.getByRole('button', { name: '扫描下一位' })
    await expect(next).toBeFocused()
    await expect(trainer.getByRole('region', { name: '每位学员在每个作业中的最好成绩' })).toContainText('周敏')
    // The same screen held up again is said, not added twice.
    await activate(next)
    await expect(trainer.getByText(`周敏的「${assignment.title}」已经在名册里了。`)).toBeVisible()
    await expect(
      trainer.getByRole('region', { name: '每位学员在每个作业中的最好成绩' }).getByRole('row', { name: /周敏/ }),
    ).toHaveCount(1)
  } finally {
    await camera.close()
    await learnerContext.close()
  }

  // No camera here: the trainer is told, and how else to collect the result.
  await openRoster(page)
  await activate(page.getByRole('button', { name: '用摄像头扫描成绩二维码' }))
  await expect(
    page.getByText('无法打开摄像头（可能未授权或设备没有摄像头）。请让学员复制成绩代码发给你，再粘贴到上面。'),
  ).toBeVisible()
  // Nothing was scanned: the button offers the camera again, not a next learner.
  await expect(page.getByRole('button', { name: '用摄像头扫描成绩二维码' })).toBeFocused()
})
