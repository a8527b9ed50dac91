/**
 * 打字测试 (issue #17 §2): a learner copies a passage through a Chinese input method. Each character
 * goes through IME composition (Chrome's own composition events, driven over CDP) and is committed;
 * Playwright's clock sets the pace exactly, so the speed and accuracy the page reports can be checked
 * against what was typed. Desktop by keyboard alone, phone by taps.
 */
import { expect, test, type CDPSession, type Page } from '@playwright/test'
import { activate, tab } from './helpers/shell'
import { expectNoViolations, tabTo } from './helpers/a11y'

const passageBox = (page: Page) => page.getByRole('group', { name: '要照着打的文章' })
const typingBox = (page: Page) => page.getByRole('textbox', { name: '在这里打字' })
const result = (page: Page) => page.getByRole('region', { name: '本次成绩' })
/** A figure of the result, by its term (速度, 正确率…). */
const figure = (page: Page, term: string) =>
  result(page)
    .locator('dt', { hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd')

/** Composes `char` as an input method does (pinyin shown, then the character committed). */
async function composeAndCommit(cdp: CDPSession, pinyin: string, char: string): Promise<void> {
  await cdp.send('Input.imeSetComposition', { text: pinyin.slice(0, 1), selectionStart: 1, selectionEnd: 1 })
  await cdp.send('Input.imeSetComposition', {
    text: pinyin,
    selectionStart: pinyin.length,
    selectionEnd: pinyin.length,
  })
  await cdp.send('Input.insertText', { text: char })
}

/** Starts composing and then cancels (Esc in an input method): nothing is committed. */
async function composeAndCancel(cdp: CDPSession, pinyin: string): Promise<void> {
  await cdp.send('Input.imeSetComposition', {
    text: pinyin,
    selectionStart: pinyin.length,
    selectionEnd: pinyin.length,
  })
  await cdp.send('Input.imeSetComposition', { text: '', selectionStart: 0, selectionEnd: 0 })
}

async function chooseAndStart(page: Page, isMobile: boolean): Promise<void> {
  const phrases = page.getByRole('radio', { name: '服务规范用语（应该说）' })
  const oneMinute = page.getByRole('radio', { name: '1 分钟' })
  const start = page.getByRole('button', { name: '开始测试' })
  if (isMobile) {
    await phrases.tap()
    await oneMinute.tap()
    await start.tap()
  } else {
    await tabTo(page, phrases)
    await page.keyboard.press('Space')
    await tabTo(page, oneMinute)
    await page.keyboard.press('Space')
    await tabTo(page, start)
    await page.keyboard.press('Enter')
  }
}

test('a one-minute test typed through an input method reports the speed and the accuracy of what was committed', async ({
  page,
  isMobile,
}) => {
  test.setTimeout(120_000)
  await page.clock.install({ time: new Date('2026-11-29T10:00:00') })
  await page.goto('./#/typing')
  await expect(page.getByRole('heading', { level: 1, name: '打字测试' })).toBeVisible()
  await expect(page.getByText('还没有成绩。')).toBeVisible()
  // The target and where it comes from.
  await expect(page.getByText(/^目标：每分钟约 60 字。这是网店客服的打字要求/)).toBeVisible()
  await expectNoViolations(page, 'setup')
  // From here on the page's time moves only when the test moves it (axe needs it running).
  await page.clock.pauseAt(new Date('2026-11-29T10:01:00'))

  await chooseAndStart(page, isMobile)
  await expect(typingBox(page)).toBeFocused()
  // Its ring, there for the whole test beside mistakes marked in red, is the teal of the current place,
  // not the orange ring that reads as a warning.
  const [ringStyle, ringColour, teal, orange] = await typingBox(page).evaluate((box) => {
    const colourOf = (token: string) => {
      const probe = document.body.appendChild(document.createElement('span'))
      probe.style.color = `var(${token})`
      const colour = getComputedStyle(probe).color
      probe.remove()
      return colour
    }
    const style = getComputedStyle(box)
    return [style.outlineStyle, style.outlineColor, colourOf('--accent'), colourOf('--focus')]
  })
  expect([ringStyle, ringColour]).toEqual(['solid', teal])
  expect(ringColour).not.toBe(orange)
  await expect(page.getByRole('timer')).toHaveText('剩余 1:00')
  const passage = Array.from((await passageBox(page).textContent()) ?? '')
  expect(passage.length).toBeGreaterThan(100)

  if (isMobile) {
    // The soft keyboard opens over the lower 290 px: the passage and the box both stay in what is left.
    await page.evaluate(() => window.scrollTo(0, 0)) // the learner had scrolled back up to the heading
    await page.setViewportSize({ width: 360, height: 450 })
    await expect(async () => {
      const next = await passageBox(page).locator('.next').boundingBox()
      const input = await typingBox(page).boundingBox()
      expect(next!.y).toBeGreaterThanOrEqual(52)
      expect(input!.y + input!.height).toBeLessThanOrEqual(450)
    }).toPass({ timeout: 5000 })
  }

  const cdp = await page.context().newCDPSession(page)
  // 50 characters at one a second; characters 10, 20 and 30 deliberately wrong; a cancelled composition.
  const wrongAt = new Set([10, 20, 30])
  const count = 50
  for (let index = 0; index < count; index++) {
    const wanted = passage[index]!
    const char = wrongAt.has(index) ? (wanted === '错' ? '误' : '错') : wanted
    await composeAndCommit(cdp, 'pin', char)
    if (index === 25) await composeAndCancel(cdp, 'quxiao')
    await page.clock.runFor(1000)
  }
  await expect(page.getByText(`已打 ${count} 字`)).toBeVisible()
  await expect(page.getByRole('timer')).toHaveText('剩余 0:10')
  // The passage shows how far the learner has got, the wrong characters marked in words too.
  await expect(passageBox(page).getByText('（打错）')).toHaveCount(3)

  // A character still being composed when the time runs out is not counted.
  await cdp.send('Input.imeSetComposition', { text: 'hao', selectionStart: 3, selectionEnd: 3 })
  await page.clock.runFor(10_500)

  await expect(result(page)).toBeVisible()
  await expect(page.getByRole('heading', { name: '本次成绩' })).toBeFocused()
  const speed = Number((await figure(page, '速度').textContent())!.replace(/\D/g, ''))
  expect(Math.abs(speed - count) / count).toBeLessThanOrEqual(0.05)
  await expect(figure(page, '正确率')).toHaveText(`${(((count - 3) / count) * 100).toFixed(1)}%`)
  await expect(figure(page, '净速度')).toHaveText(`${count - 3} 字/分`)
  // The skill assessment's score is the correct count: said once, with why.
  await expect(result(page)).toContainText(
    `技能考核的考评得分是正确率 × 所打字数，也就是打对的字数：这次 ${count - 3} 分。`,
  )
  // The counts add up on the page: typed = right + wrong.
  await expect(result(page)).toContainText(
    `共打 ${count} 字：打对 ${count - 3} 字，打错 3 字；原文漏打 0 字。用时 1:00。`,
  )
  await expect(result(page)).toContainText('净速度离目标（约 60 字/分）还差 13 字/分：打错的字不算')
  await expect(page.getByRole('status').filter({ hasText: '成绩已保存。' })).toBeVisible()
  // A first test is no personal best to cheer, whatever its figures.
  await expect(result(page)).not.toContainText('个人最好成绩')
  await page.clock.resume()
  await expectNoViolations(page, 'result')

  // Saved for this learner: after a reload the history and the personal best show it.
  await page.reload()
  await expect(page.getByText(`个人最好：净速度 ${count - 3} 字/分`)).toBeVisible()
  const history = page.getByRole('list', { name: '历次打字测试，最新的在前' })
  await expect(history.getByRole('listitem')).toHaveCount(1)
  await expect(history).toContainText('服务规范用语（应该说） · 1 分钟')
  await expect(history).toContainText('正确率 94.0%')
  await expect(history).toContainText('未达标')
})

test('放弃 leaves a test without a result; the clock waits for the first key', async ({ page, isMobile }) => {
  await page.clock.install({ time: new Date('2026-11-29T10:00:00') })
  await page.goto('./#/typing')
  // From here on the page's time moves only when the test moves it.
  await page.clock.pauseAt(new Date('2026-11-29T10:01:00'))
  await chooseAndStart(page, isMobile)
  await page.clock.runFor(5000)
  await expect(page.getByRole('timer')).toHaveText('剩余 1:00')
  await expect(page.getByText('开始输入后计时')).toBeVisible()
  await typingBox(page).pressSequentially('ab')
  await page.clock.runFor(2000)
  await expect(page.getByRole('timer')).toHaveText('剩余 0:58')
  await expect(passageBox(page).getByText('（打错）')).toHaveCount(1)
  await page.clock.resume()

  // Leaving by the tab bar asks first, on the page (never a browser pop-up): staying keeps the test going.
  const popUps: string[] = []
  page.on('dialog', (dialog) => {
    popUps.push(dialog.message())
    void dialog.dismiss()
  })
  const question = page.getByRole('group', { name: '放弃' })
  await activate(tab(page, '练习'))
  await expect(question).toContainText('离开这一页就等于放弃')
  await expect(question.getByText(/^测试还在进行/)).toBeFocused()
  await activate(question.getByRole('button', { name: '继续测试' }))
  await expect(question).toHaveCount(0)
  await expect(typingBox(page)).toBeFocused()
  await expect(page).toHaveURL(/#\/typing$/)
  await expect(page.getByRole('timer')).toHaveText(/剩余 0:5\d/)
  // Checked after the clock's reading: on a slow machine the two checks outlast ten seconds of it.
  await expectNoViolations(page, 'during a test')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoViolations(page, 'during a test, dark')
  await page.emulateMedia({ colorScheme: 'light' })

  // 放弃 asks too; Escape is a no, and the focus goes back to the typing box.
  await activate(page.getByRole('button', { name: '放弃' }))
  await expect(question).toContainText('确定放弃这次测试吗？放弃后不记成绩。')
  await expect(question.getByText(/^确定放弃这次测试吗/)).toBeFocused()
  await expectNoViolations(page, 'asked whether to give the test up')
  await page.keyboard.press('Escape')
  await expect(typingBox(page)).toBeFocused()
  await activate(page.getByRole('button', { name: '放弃' }))
  await activate(question.getByRole('button', { name: '确定放弃' }))
  await expect(page.getByRole('button', { name: '开始测试' })).toBeFocused()
  expect(popUps).toEqual([])
  await page.clock.runFor(60_000)
  await expect(result(page)).toHaveCount(0)
  await expect(page.getByText('还没有成绩。')).toBeVisible()

  // Leaving, agreed: the test is given up and the tab's page opens.
  await chooseAndStart(page, isMobile)
  await typingBox(page).pressSequentially('a')
  await activate(tab(page, '练习'))
  await activate(question.getByRole('button', { name: '放弃并离开' }))
  await expect(page.getByRole('heading', { level: 1, name: '测验与练习' })).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('button', { name: '开始测试' })).toBeVisible()
  await expect(page.getByText('还没有成绩。')).toBeVisible()
  expect(popUps).toEqual([])
})

test('each new test starts somewhere else in the passage, with the whole passage still there', async ({
  page,
  isMobile,
}) => {
  await page.goto('./#/typing')
  const passages: string[] = []
  for (let run = 0; run < 3; run += 1) {
    await chooseAndStart(page, isMobile)
    await expect(typingBox(page)).toBeVisible()
    passages.push((await passageBox(page).textContent()) ?? '')
    await activate(page.getByRole('button', { name: '放弃' }))
    await activate(page.getByRole('group', { name: '放弃' }).getByRole('button', { name: '确定放弃' }))
    await expect(page.getByRole('button', { name: '开始测试' })).toBeVisible()
  }
  const openings = passages.map((passage) => passage.slice(0, 12))
  expect(openings[1]).not.toBe(openings[0])
  expect(openings[2]).not.toBe(openings[1])
  // The same sentences, begun at another one.
  const sorted = passages.map((passage) => Array.from(passage).sort().join(''))
  expect(sorted[1]).toBe(sorted[0])
  expect(sorted[2]).toBe(sorted[0])
})

test('the browser’s back button mid-test asks first; leaving goes back through the history, not to a new entry', async ({
  page,
  isMobile,
}) => {
  await page.goto('./#/quizzes')
  await activate(page.getByRole('link', { name: '打字测试' }))
  await chooseAndStart(page, isMobile)
  await typingBox(page).pressSequentially('a')

  await page.goBack()
  const question = page.getByRole('group', { name: '放弃' })
  await expect(question).toContainText('离开这一页就等于放弃')
  await expect(page).toHaveURL(/#\/typing$/)
  await activate(question.getByRole('button', { name: '放弃并离开' }))
  await expect(page.getByRole('heading', { level: 1, name: '测验与练习' })).toBeVisible()

  // The typing test is still the page ahead: leaving went back to 练习 rather than opening it again.
  await page.goForward()
  await expect(page).toHaveURL(/#\/typing$/)
  await expect(page.getByRole('button', { name: '开始测试' })).toBeVisible()
})

test('reloading or closing the page mid-test asks first; staying keeps the test going', async ({ page, isMobile }) => {
  await page.goto('./#/typing')
  await chooseAndStart(page, isMobile)
  await typingBox(page).pressSequentially('a')

  const asked = page.waitForEvent('dialog')
  await page.close({ runBeforeUnload: true })
  const dialog = await asked
  expect(dialog.type()).toBe('beforeunload')
  await dialog.dismiss()
  expect(page.isClosed()).toBe(false)
  await expect(typingBox(page)).toHaveValue('a')

  // Once the test is given up, nothing is at stake: the page closes without a question.
  await activate(page.getByRole('button', { name: '放弃' }))
  await activate(page.getByRole('group', { name: '放弃' }).getByRole('button', { name: '确定放弃' }))
  await expect(page.getByRole('button', { name: '开始测试' })).toBeVisible()
  const questions: string[] = []
  page.on('dialog', (question) => {
    questions.push(question.type())
    void question.dismiss()
  })
  await page.close({ runBeforeUnload: true })
  await expect.poll(() => page.isClosed()).toBe(true)
  expect(questions).toEqual([])
})

test('on a phone with its keyboard open, the clock, the count and 放弃 stay in view below the top bar', async ({
  page,
  isMobile,
}) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('./#/typing')
  await chooseAndStart(page, isMobile)
  // The on-screen keyboard takes the lower half of the screen.
  await page.setViewportSize({ width: 360, height: 400 })
  await typingBox(page).pressSequentially('您好请问有什么可以帮您')
  const clock = page.getByRole('timer')
  for (const shown of [clock, page.getByText(/^已打 \d+ 字$/), page.getByRole('button', { name: '放弃' })])
    await expect(shown).toBeInViewport()
  const bar = await page.locator('.top-bar').boundingBox()
  const clockBox = await clock.boundingBox()
  expect(clockBox!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1)
  await expect(typingBox(page)).toBeInViewport()
})
