/**
 * Who is learning (issue #13, item 1), at both sizes: keyboard alone on the desktop, taps on the phone.
 * The first visit asks the learner's name; a second learner on the same browser locks their profile
 * with a PIN; the certificate after a pass bears the profile's name, with no box to change it, and only a
 * trainer reissues it under a corrected name.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { databaseCreated } from './helpers/savedData'
import { openLearners, scrollSettled, tab } from './helpers/shell'

/** No WCAG 2.2 A/AA violation on the page as it is now, in the light and the dark scheme. */
async function expectAccessible(page: Page, state: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
    const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`)
    expect(found, `${state}, ${colorScheme}`).toEqual([])
  }
  await page.emulateMedia({ colorScheme: null })
}

/** Types into a field: focused and typed from the keyboard on the desktop, tapped and filled on the phone. */
async function enter(field: Locator, text: string, hasTouch: boolean): Promise<void> {
  if (hasTouch) {
    await field.tap()
    await field.fill(text)
  } else {
    await field.focus()
    await field.press('ControlOrMeta+a')
    await field.pressSequentially(text)
  }
}

/** Activates a control: Enter (Space for a radio or checkbox) from the keyboard on the desktop, a tap on the phone. */
async function activate(control: Locator, hasTouch: boolean): Promise<void> {
  if (hasTouch) await control.tap()
  else {
    await control.focus()
    const type = await control.getAttribute('type')
    await control.press(type === 'radio' || type === 'checkbox' ? 'Space' : 'Enter')
  }
}

/** The link on 我的 to the learners page, named by the active learner: 学员：王芳. */
const learnerCard = (page: Page, name: string) =>
  page.getByRole('main').getByRole('link', { name: new RegExp(`^学员：\\s*${name}$`) })

const welcome = (page: Page) => page.getByRole('region', { name: '欢迎！先认识一下你' })

/** A passed exam, saved for the active learner as the exam saves it; the page is reloaded to read it. */
async function passedExamSaved(page: Page): Promise<void> {
  await databaseCreated(page)
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const opened = indexedDB.open('kefu-course')
        opened.onerror = () => reject(opened.error)
        opened.onsuccess = () => {
          const db = opened.result
          const tx = db.transaction(['rows', 'meta'], 'readwrite')
          const active = tx.objectStore('meta').get('activeProfile')
          active.onsuccess = () => {
            const attempt = {
              quizId: 'exam',
              title: '结业考试',
              mode: 'test',
              rule: 'all-or-nothing',
              passMark: 80,
              id: 'x-passed',
              startedAt: '2026-03-02T01:00:00.000Z',
              finishedAt: '2026-03-02T01:40:00.000Z',
              questionIds: [],
              optionOrder: {},
              answers: {},
              points: {},
              score: { points: 47, max: 50, correct: 47, percent: 94, passMark: 80, passed: true },
            }
            tx.objectStore('rows').put({
              owner: active.result ?? 'default',
              kind: 'attempt',
              key: attempt.id,
              value: attempt,
            })
          }
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(tx.error)
        }
      }),
  )
  await page.reload()
}

/** The preload index.html adds for the saved-data code (one file: scripts/build/chunkGroups.ts) where something is saved (scripts/build/preloadSavedData.ts). */
const savedDataPreloads = (page: Page) => page.locator('link[rel="modulepreload"][href*="/savedDataReading-"]')
/** The same for the table of every page but home (src/router/pages.ts). */
const pagesPreloads = (page: Page) => page.locator('link[rel="modulepreload"][href*="/pages-"]')
const isPagesTable = (url: string) => /\/assets\/pages-[\w-]+\.js/.test(url)

/** The welcome, answered: name, team and purpose. */
async function answerWelcome(page: Page, name: string, hasTouch: boolean): Promise<void> {
  await enter(page.getByLabel('姓名（必填）'), name, hasTouch)
  await enter(page.getByLabel('班组（选填）'), '二组', hasTouch)
  await activate(page.getByRole('radio', { name: '准备客服岗位面试' }), hasTouch)
  await activate(page.getByRole('button', { name: '保存并继续' }), hasTouch)
}

/**
 * 王芳 answers the welcome; on the learners page a second learner, 李明, joins and sets the PIN 2580,
 * then 王芳 takes the PC back (no PIN of hers, so no question).
 */
async function twoLearnersOneLocked(page: Page, hasTouch: boolean): Promise<void> {
  await page.goto('./')
  await answerWelcome(page, '王芳', hasTouch)
  await expect(welcome(page)).toBeHidden()
  await openLearners(page)
  await enter(page.getByLabel('姓名', { exact: true }), '李明', hasTouch)
  await activate(page.getByRole('button', { name: '添加并切换' }), hasTouch)
  await expect(page.getByRole('status').filter({ hasText: '已添加学员 李明' })).toBeVisible()
  // The list, now with 李明 as the current learner, is where the focus went, on screen.
  await expect(page.getByRole('heading', { level: 2, name: '本机的学员' })).toBeFocused()
  await expect(page.getByRole('listitem').filter({ hasText: '李明 （当前）' })).toBeInViewport()
  // The current learner heads the list: the next Tab reaches 李明's own details, not 切换到 王芳.
  const rows = page.getByRole('region', { name: '本机的学员' }).getByRole('listitem')
  await expect(rows.first()).toContainText('李明 （当前）')
  if (!hasTouch) {
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: '修改资料：李明' })).toBeFocused()
  }
  const newPin = page.getByLabel('新的 PIN（4 位数字）')
  await expect(newPin).toHaveAttribute('inputmode', 'numeric')
  await enter(newPin, '2580', hasTouch)
  await enter(page.getByLabel('再输一次新的 PIN'), '2580', hasTouch)
  await activate(page.getByRole('button', { name: '设置 PIN' }), hasTouch)
  await expect(page.getByRole('status').filter({ hasText: 'PIN 已设置' })).toBeVisible()
  if (!hasTouch) await expect(page.getByRole('button', { name: '锁定并离开' })).toBeFocused()
  await activate(page.getByRole('button', { name: '切换到 王芳' }), hasTouch)
  await expect(page.getByRole('status').filter({ hasText: '已切换到学员 王芳' })).toBeVisible()
}

/** 李明 is back at the PC: on 学员, he switches to himself with his PIN. */
async function liMingBack(page: Page, hasTouch: boolean): Promise<void> {
  await activate(page.getByRole('button', { name: '切换到 李明' }), hasTouch)
  await enter(page.getByLabel('李明 的 PIN（4 位数字）'), '2580', hasTouch)
  await activate(page.getByRole('button', { name: '切换', exact: true }), hasTouch)
  await expect(page.getByRole('status').filter({ hasText: '已切换到学员 李明' })).toBeVisible()
}

test('first visit: the learner gives their name, and the course calls them by it, after a reload too', async ({
  page,
  hasTouch,
}) => {
  const refused: string[] = []
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) refused.push(message.text())
  })
  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  await page.goto('./')
  await expect(welcome(page)).toBeVisible()
  // A first visit downloads no saved-data code: there is nothing to read. Nor the other pages'
  // table, until the learner first taps or presses a key.
  await expect(savedDataPreloads(page)).toHaveCount(0)
  await expect(pagesPreloads(page)).toHaveCount(0)
  await page.waitForLoadState('networkidle')
  expect(requested.filter(isPagesTable)).toEqual([])

  // Without a name the welcome stays, and says why next to the field.
  const pagesTable = page.waitForRequest((request) => isPagesTable(request.url()))
  await activate(page.getByRole('button', { name: '保存并继续' }), hasTouch)
  await pagesTable
  const name = page.getByLabel('姓名（必填）')
  await expect(page.getByText('请输入姓名')).toBeVisible()
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  await expect(name).toBeFocused()
  await expectAccessible(page, 'welcome with a problem')

  // A name too long is kept whole, not cut short without a word, and the welcome says why.
  const tooLong = '欧阳'.repeat(11)
  await enter(name, tooLong, hasTouch)
  await expect(name).toHaveValue(tooLong)
  await activate(page.getByRole('button', { name: '保存并继续' }), hasTouch)
  await expect(page.getByText('姓名最多 20 个字')).toBeInViewport()
  await expect(name).toBeFocused()

  await expect(page.getByText(/^你好，/)).toHaveCount(0)
  // One learner on the device: no name in the header, on either size.
  await expect(page.getByRole('banner').getByRole('link', { name: /^学员：/ })).toHaveCount(0)
  await answerWelcome(page, '王芳', hasTouch)
  await expect(welcome(page)).toBeHidden()
  await expect(page.getByRole('region', { name: '今日' }).getByText('你好，王芳！')).toBeVisible()
  // Home from its very top, the bar and the title in sight, with the keyboard's place at its start.
  await expect(page.getByRole('main')).toBeFocused()
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
  // The welcome's button saved (保存并继续, not a second 开始学习); the lesson starts from 今日, on the first screen.
  await expect(page.getByRole('region', { name: '今日' }).getByRole('link', { name: /^开始学习：/ })).toBeInViewport()

  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(welcome(page)).toBeHidden()
  await expect(page.getByRole('region', { name: '今日' }).getByText('你好，王芳！')).toBeVisible()
  // Now something is saved: the page asked for the code that reads it, and for the pages the
  // learner goes on to, beside its own, allowed by its CSP.
  await expect(savedDataPreloads(page)).toHaveCount(1)
  await expect(pagesPreloads(page)).toHaveCount(1)
  expect(refused).toEqual([])
  await tab(page, '我的').click()
  await expect(learnerCard(page, '王芳')).toBeVisible()
})

test('a first visit by a link to a lesson downloads the pages’ table beside the entry and opens the lesson', async ({
  page,
}) => {
  const pagesStyles: string[] = []
  page.on('response', (response) => {
    if (/\/assets\/pages-[\w-]+\.css/.test(response.url())) pagesStyles.push(response.url())
  })
  await page.goto('./#/modules/qualities/lessons/beijing-map-case')
  await expect(page.getByRole('heading', { level: 1, name: '案例导入：一张北京地图' })).toBeVisible()
  await expect(pagesPreloads(page)).toHaveCount(1)
  await expect(savedDataPreloads(page)).toHaveCount(0)
  // The pages' stylesheet downloads beside the entry too (not after the table has run), and the
  // table's import applies that download as a stylesheet: one response in all.
  await expect(page.locator('link[rel="preload"][as="style"][href*="/pages-"]')).toHaveCount(1)
  await expect(page.locator('link[rel="stylesheet"][href*="/pages-"]')).toHaveCount(1)
  expect(pagesStyles).toHaveLength(1)
})

test('a second learner on the same browser locks their profile with a PIN; switching back asks for it', async ({
  page,
  hasTouch,
}) => {
  await twoLearnersOneLocked(page, hasTouch)

  // 李明 comes back: his PIN is asked, a wrong one is refused plainly.
  await activate(page.getByRole('button', { name: '切换到 李明' }), hasTouch)
  const pin = page.getByLabel('李明 的 PIN（4 位数字）')
  await expect(pin).toBeFocused()
  await expect(pin).toHaveAttribute('inputmode', 'numeric')
  await enter(pin, '1234', hasTouch)
  await activate(page.getByRole('button', { name: '切换', exact: true }), hasTouch)
  await expect(page.getByRole('alert').filter({ hasText: 'PIN 不对，请再试一次。' })).toBeVisible()
  await expectAccessible(page, 'learners, a wrong PIN')
  await tab(page, '我的').click()
  await expect(learnerCard(page, '王芳')).toBeVisible()

  await openLearners(page)
  await activate(page.getByRole('button', { name: '切换到 李明' }), hasTouch)
  await enter(page.getByLabel('李明 的 PIN（4 位数字）'), '2580', hasTouch)
  await activate(page.getByRole('button', { name: '切换', exact: true }), hasTouch)
  await expect(page.getByRole('status').filter({ hasText: '已切换到学员 李明' })).toBeVisible()
  await page.reload()
  await tab(page, '我的').click()
  await expect(learnerCard(page, '李明')).toBeVisible()

  // On a shared PC's wide screen, every page says whose records are open, and leads to the learners;
  // a phone (mostly its owner's) keeps its slim bar.
  await page.goto('./#/modules/qualities/lessons/beijing-map-case')
  const whose = page.getByRole('banner').getByRole('link', { name: '学员：李明' })
  if (hasTouch) await expect(whose).toBeHidden()
  else {
    await expect(whose).toBeVisible()
    await whose.click()
    await expect(page.getByRole('heading', { level: 1, name: '学员与学习记录' })).toBeVisible()
  }
})

test('锁定并离开: a learner with a PIN leaves the PC; the next person starts as someone new and opens her only with the PIN', async ({
  page,
  hasTouch,
}) => {
  await twoLearnersOneLocked(page, hasTouch)
  // 李明 is back at the PC, and leaves it locked from 我的.
  await liMingBack(page, hasTouch)
  await tab(page, '我的').click()
  await expect(learnerCard(page, '李明')).toBeVisible()
  const leave = page.getByRole('button', { name: '锁定并离开' })
  await expect(leave).toHaveAccessibleDescription(/下一个人要输入你的 PIN 才能打开你的学习记录/)
  await expectAccessible(page, '我的, with 锁定并离开')
  await activate(leave, hasTouch)

  // The learners page says it is locked and where the next person finds or adds themselves; the
  // device is now with a learner not yet named: neither 李明 nor 王芳, who would then be studied as.
  await expect(page.getByRole('heading', { level: 1, name: '学员与学习记录' })).toBeVisible()
  await expect(page.getByText(/^已锁定：刚才那位学员的学习记录要输入 PIN 才能打开。/)).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: /学员 1\s*（当前）/ })).toBeVisible()
  await expectAccessible(page, 'learners, after 锁定并离开')
  await page.reload()
  await expect(page.getByText(/^已锁定：/)).toHaveCount(0)
  await page.goto('./')
  await expect(welcome(page)).toBeVisible()
  await tab(page, '我的').click()
  await expect(learnerCard(page, '李明')).toHaveCount(0)
  await expect(page.getByRole('button', { name: '锁定并离开' })).toHaveCount(0)
  // 李明 comes back and gives his name to the welcome: it is taken, and the welcome shows him where he is.
  await page.goto('./')
  await enter(page.getByLabel('姓名（必填）'), '李明', hasTouch)
  await activate(page.getByRole('button', { name: '保存并继续' }), hasTouch)
  await expect(welcome(page).getByRole('alert')).toHaveText('已经有同名的学员')
  await activate(welcome(page).getByRole('link', { name: '是你自己？到「学员」页面切换过去' }), hasTouch)
  await expect(page.getByRole('heading', { level: 1, name: '学员与学习记录' })).toBeVisible()
  await activate(page.getByRole('button', { name: '切换到 李明' }), hasTouch)
  await expect(page.getByLabel('李明 的 PIN（4 位数字）')).toBeFocused()
})

test('a new PIN typed once is refused under its field, which keeps its width, on screen with the button; side by side, the second field stays put', async ({
  page,
  hasTouch,
}) => {
  await page.goto('./#/learners')
  const first = page.getByLabel('新的 PIN（4 位数字）')
  const again = page.getByLabel('再输一次新的 PIN')
  const set = page.getByRole('button', { name: '设置 PIN' })
  await enter(first, '2580', hasTouch)
  /** Where the second field is from the first (the page may scroll to the field the problem is about). */
  const layout = async () => {
    const [a, b] = [await first.boundingBox(), await again.boundingBox()]
    if (!a || !b) throw new Error('a PIN field is not on the page')
    return { width: a.width, right: b.x - a.x, down: b.y - a.y }
  }
  const before = await layout()
  // The field at the screen's lower edge, as a short screen shows it, and the form sent from it with
  // Enter (a phone keyboard's 前往).
  await first.evaluate((field) => field.scrollIntoView({ block: 'end' }))
  await first.press('Enter')
  await expect(page.getByRole('alert').filter({ hasText: '新的 PIN 要输入两次，请在两个框里都输入。' })).toBeVisible()
  await expect(first).toHaveAttribute('aria-invalid', 'true')
  // The problem's words wrap under the first field instead of widening it.
  const after = await layout()
  expect(after.width).toBe(before.width)
  // On the desktop the fields stand side by side, and the second keeps its place; on a phone it is under the problem.
  if (!hasTouch) expect(after).toEqual(before)
  // The problem, which pushed the button down, is on screen with the button under it.
  await expect(first).toBeFocused()
  await expect(page.getByText('新的 PIN 要输入两次，请在两个框里都输入。')).toBeInViewport({ ratio: 1 })
  await expect(set).toBeInViewport({ ratio: 1 })
})

test('锁定并离开 pressed on the 学员 page itself shows the next person the page from its top, without what was said to the one who left', async ({
  page,
  hasTouch,
}) => {
  await twoLearnersOneLocked(page, hasTouch)
  await liMingBack(page, hasTouch)

  await activate(page.getByRole('button', { name: '锁定并离开' }), hasTouch)
  await expect(page.getByText(/^已锁定：刚才那位学员的学习记录要输入 PIN 才能打开。/)).toBeInViewport()
  await expect(page.getByText('已切换到学员 李明')).toHaveCount(0)
  // The next person is someone not yet named, as 我的 says too.
  await expect(page.getByRole('listitem').filter({ hasText: /学员 1\s*（当前）/ })).toContainText('还没有填写姓名')
  await expect(page).not.toHaveURL(/left=1/)
  if (!hasTouch) await expect(page.locator('main')).toBeFocused()
})

test('deleting a learner asks on the page with its buttons on screen, clear of the tab bar; 先不 keeps them', async ({
  page,
  hasTouch,
}) => {
  await twoLearnersOneLocked(page, hasTouch)
  // A third learner, without a PIN: anyone may delete them, once asked.
  await enter(page.getByLabel('姓名', { exact: true }), '张伟', hasTouch)
  await activate(page.getByRole('button', { name: '添加并切换' }), hasTouch)
  await activate(page.getByRole('button', { name: '切换到 王芳' }), hasTouch)
  await expect(page.getByRole('status').filter({ hasText: '已切换到学员 王芳' })).toBeVisible()
  const remove = page.getByRole('button', { name: '删除：张伟', exact: true })
  const asked = page.getByRole('group', { name: '删除：张伟' })
  const { width } = page.viewportSize()!
  // Screens of several heights: on some the question's words fit above the lower edge (or the phone's
  // tab bar) and its buttons would not.
  for (const height of hasTouch ? [560, 600, 740] : [420, 480, 768]) {
    await page.setViewportSize({ width, height })
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }))
    await activate(remove, hasTouch)
    await expect(asked).toContainText(
      '删除学员“张伟”？该学员连同全部学习记录移到「最近删除」，保留 30 天，其间可以恢复。',
    )
    await scrollSettled(page)
    for (const name of ['确定删除', '先不']) {
      const button = asked.getByRole('button', { name })
      await expect(button, `at ${height} px`).toBeInViewport({ ratio: 1 })
      // What is drawn at its middle is the button itself, not the phone's tab bar.
      const box = (await button.boundingBox())!
      const drawn = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest('button')?.textContent?.trim() ?? null,
        [box.x + box.width / 2, box.y + box.height / 2],
      )
      expect(drawn, `at ${height} px`).toBe(name)
    }
    await activate(asked.getByRole('button', { name: '先不' }), hasTouch)
    await expect(remove).toBeFocused()
  }
  await activate(remove, hasTouch)
  await activate(asked.getByRole('button', { name: '确定删除' }), hasTouch)
  await expect(
    page.getByRole('status').filter({ hasText: '已删除学员 张伟，30 天内可以在「最近删除」恢复。' }),
  ).toBeVisible()
  await expect(remove).toHaveCount(0)

  // Kept under 「最近删除」, where anyone may erase a learner without a PIN now, once asked.
  const recent = page.getByRole('region', { name: '最近删除' })
  await expect(recent.getByRole('listitem').filter({ hasText: '张伟' })).toContainText(
    /\d{4}-\d{2}-\d{2} 删除，\d{4}-\d{2}-\d{2} 起永久删除/,
  )
  await activate(recent.getByRole('button', { name: '永久删除：张伟' }), hasTouch)
  const erase = recent.getByRole('group', { name: '永久删除：张伟' })
  await expect(erase).toContainText('现在就永久删除“张伟”以及该学员的全部学习记录？此操作不能撤销')
  // What cannot be undone is asked in red (--bad), not in the teal of every other yes.
  await expect(erase.getByRole('button', { name: '确定永久删除' })).toHaveCSS('background-color', 'rgb(164, 22, 26)')
  await expectAccessible(page, 'learners, erasing for good')
  await activate(erase.getByRole('button', { name: '确定永久删除' }), hasTouch)
  await expect(page.getByRole('status').filter({ hasText: '已永久删除学员 张伟 和全部学习记录。' })).toBeVisible()
  await expect(recent).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('heading', { name: '本机的学员' })).toBeVisible()
  await expect(page.getByText('张伟')).toHaveCount(0)
})

test('a learner with a PIN is deleted by someone else only with that PIN', async ({ page, hasTouch }) => {
  await twoLearnersOneLocked(page, hasTouch)
  await activate(page.getByRole('button', { name: '删除：李明' }), hasTouch)
  const pin = page.getByLabel('输入 李明 的 PIN（4 位数字）才能删除这位学员')
  await expect(pin).toBeFocused()
  // The form's buttons come into view with the field, not under a phone's tab bar.
  await scrollSettled(page)
  for (const name of ['确定删除', '取消']) {
    const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!
    const drawn = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('button')?.textContent?.trim() ?? null,
      [box.x + box.width / 2, box.y + box.height / 2],
    )
    expect(drawn).toBe(name)
  }
  await expect(
    page.getByText(
      /^删除后，李明 的学习记录在「最近删除」保留 30 天，其间可以恢复。忘记 PIN 时，请培训师先打开「学员成绩」输入培训师 PIN，再回到这里删除。/,
    ),
  ).toBeVisible()
  await enter(pin, '1111', hasTouch)
  await activate(page.getByRole('button', { name: '确定删除' }), hasTouch)
  await expect(page.getByRole('alert').filter({ hasText: 'PIN 不对，请再试一次。' })).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: '李明' })).toHaveCount(1)
  await expectAccessible(page, 'learners, deleting a locked learner')
  await enter(pin, '2580', hasTouch)
  await activate(page.getByRole('button', { name: '确定删除' }), hasTouch)
  await expect(page.getByRole('status').filter({ hasText: '已删除学员 李明' })).toBeVisible()
  await expect(page.getByRole('button', { name: '删除：李明', exact: true })).toHaveCount(0)

  // 恢复 brings him back, still locked by his PIN.
  const recent = page.getByRole('region', { name: '最近删除' })
  await activate(recent.getByRole('button', { name: '恢复：李明' }), hasTouch)
  await expect(page.getByRole('status').filter({ hasText: '已恢复学员 李明，学习记录都在。' })).toBeVisible()
  await expect(page.getByRole('heading', { name: '本机的学员' })).toBeFocused()
  await expect(recent).toHaveCount(0)
  await expect(page.getByRole('listitem').filter({ hasText: /李明\s*已设 PIN/ })).toBeVisible()
  await activate(page.getByRole('button', { name: '切换到 李明' }), hasTouch)
  await expect(page.getByLabel('李明 的 PIN（4 位数字）')).toBeFocused()
})

test('after five wrong PINs in a row the next try waits, after a reload too; once the wait is over the right PIN switches', async ({
  page,
  hasTouch,
}) => {
  await page.clock.install({ time: new Date('2026-12-04T09:00:00+08:00') })
  await twoLearnersOneLocked(page, hasTouch)

  // Someone tries numbers: four wrong ones are only refused, the fifth makes the next try wait.
  await activate(page.getByRole('button', { name: '切换到 李明' }), hasTouch)
  const pin = page.getByLabel('李明 的 PIN（4 位数字）')
  const problem = page.getByRole('alert').filter({ hasText: /PIN/ })
  for (const guess of ['0000', '1111', '1234', '4321']) {
    await enter(pin, guess, hasTouch)
    await activate(page.getByRole('button', { name: '切换', exact: true }), hasTouch)
    await expect(problem).toHaveText('PIN 不对，请再试一次。')
    await expect(pin).toHaveValue('')
  }
  await enter(pin, '9999', hasTouch)
  await activate(page.getByRole('button', { name: '切换', exact: true }), hasTouch)
  await expect(problem).toHaveText('PIN 已连续输错 5 次（不一定是你输的），为保护学习记录，请等 30 秒后再试。')
  await expect(page.getByText('还需等待 30 秒。')).toBeVisible()
  await expect(pin).toBeFocused()
  await expectAccessible(page, 'learners, a PIN waiting')

  // Even the right PIN waits, and a reload does not start the count again.
  await enter(pin, '2580', hasTouch)
  await activate(page.getByRole('button', { name: '切换', exact: true }), hasTouch)
  await expect(problem).toContainText('请等')
  await page.reload()
  await activate(page.getByRole('button', { name: '切换到 李明' }), hasTouch)
  await expect(problem).toContainText('PIN 已连续输错 5 次')
  await expect(page.getByText(/^还需等待 \d+ 秒。$/)).toBeVisible()
  await tab(page, '我的').click()
  await expect(learnerCard(page, '王芳')).toBeVisible()

  // Half a minute later the wait is over and said no more: the right PIN switches, and the count is forgotten.
  await openLearners(page)
  await activate(page.getByRole('button', { name: '切换到 李明' }), hasTouch)
  await page.clock.fastForward(31_000)
  await expect(page.getByText(/^还需等待/)).toBeHidden()
  await expect(problem).toBeHidden()
  await enter(page.getByLabel('李明 的 PIN（4 位数字）'), '2580', hasTouch)
  await activate(page.getByRole('button', { name: '切换', exact: true }), hasTouch)
  await expect(page.getByRole('status').filter({ hasText: '已切换到学员 李明' })).toBeVisible()
  await activate(page.getByRole('button', { name: '切换到 王芳' }), hasTouch)
  await expect(page.getByRole('status').filter({ hasText: '已切换到学员 王芳' })).toBeVisible()
  await activate(page.getByRole('button', { name: '切换到 李明' }), hasTouch)
  await enter(page.getByLabel('李明 的 PIN（4 位数字）'), '0000', hasTouch)
  await activate(page.getByRole('button', { name: '切换', exact: true }), hasTouch)
  await expect(problem).toHaveText('PIN 不对，请再试一次。')
})

test('the certificate after a pass bears the profile’s name, has no name box, and keeps it after a rename', async ({
  page,
  hasTouch,
}) => {
  await page.goto('./')
  await answerWelcome(page, '王芳', hasTouch)
  await expect(welcome(page)).toBeHidden()
  await passedExamSaved(page)

  await tab(page, '我的').click()
  await activate(page.getByRole('link', { name: /^结业证书/ }), hasTouch)
  const certificate = page.getByRole('article', { name: '学习证明' })
  await expect(certificate).toContainText('王芳 通过了客服人员培训课程的结业考试，成绩 94 分')
  // The only box is the read-only request code for the trainer: no name box.
  await expect(page.getByRole('textbox')).toHaveCount(1)
  await expect(page.getByRole('textbox', { name: '申请代码' })).not.toBeEditable()
  await expectAccessible(page, 'certificate')
  const number = (await certificate.textContent())!.match(/KF-\d{8}-[2-9A-HJ-NP-Z]{6}/)![0]

  // Renamed after the pass, and moved to another 班组: the certificate keeps the name it was issued with.
  await openLearners(page)
  await expect(page.getByText('证书上的姓名是“王芳”')).toBeVisible()
  await activate(page.getByRole('button', { name: '修改资料' }), hasTouch)
  const details = page.getByRole('group', { name: '王芳 的资料' })
  await expect(details.getByLabel('姓名', { exact: true })).toBeFocused()
  await expectAccessible(page, 'learner details form')
  await enter(details.getByLabel('姓名', { exact: true }), '王小芳', hasTouch)
  await enter(details.getByLabel('班组（选填）'), '三组', hasTouch)
  await activate(page.getByRole('button', { name: '保存', exact: true }), hasTouch)
  await expect(page.getByRole('status').filter({ hasText: '已保存 王小芳 的资料' })).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: '王小芳' })).toContainText('三组')
  await tab(page, '我的').click()
  await expect(page.getByRole('main')).toContainText('三组')
  await activate(page.getByRole('link', { name: /^结业证书/ }), hasTouch)
  await expect(certificate).toContainText('王芳 通过了')
  await expect(certificate).toContainText(number)

  // Only a trainer corrects it: the learner has no such button; with the trainer's view on, it is reissued.
  const reissue = page.getByRole('button', { name: '证书改用现名“王小芳”' })
  await openLearners(page)
  await expect(page.getByText('证书姓名：王芳')).toBeVisible()
  await expect(reissue).toHaveCount(0)
  await tab(page, '我的').click()
  await activate(page.locator('details.trainer-tools > summary'), hasTouch)
  await activate(page.getByRole('checkbox', { name: /培训师视图/ }), hasTouch)
  await openLearners(page)
  await activate(reissue, hasTouch)
  const asked = page.getByRole('group', { name: '证书改用现名“王小芳”' })
  await expect(asked).toContainText('把证书上的姓名从“王芳”改为“王小芳”？')
  await activate(asked.getByRole('button', { name: '确定改名' }), hasTouch)
  await expect(page.getByRole('status').filter({ hasText: '王小芳 的证书已改用现名' })).toBeVisible()
  await expect(reissue).toHaveCount(0)
  await tab(page, '我的').click()
  await activate(page.getByRole('link', { name: /^结业证书/ }), hasTouch)
  await expect(certificate).toContainText('王小芳 通过了客服人员培训课程的结业考试')
  await expect(certificate).not.toContainText(number)
})

test('a learner switched in another window: this window says whose records it now keeps, and the exam names them before it starts', async ({
  page,
  context,
  hasTouch,
}) => {
  await page.goto('./')
  await answerWelcome(page, '王芳', hasTouch)
  await expect(welcome(page)).toBeHidden()
  await openLearners(page)
  await enter(page.getByLabel('姓名', { exact: true }), '李强', hasTouch)
  await activate(page.getByRole('button', { name: '添加并切换' }), hasTouch)
  await activate(page.getByRole('button', { name: '切换到 王芳' }), hasTouch)
  await expect(page.getByRole('status').filter({ hasText: '已切换到学员 王芳' })).toBeVisible()

  // 王芳 is reading a lesson in this window when someone switches to 李强 in another.
  await page.goto('./#/modules/qualities/lessons/beijing-map-case')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const other = await context.newPage()
  await other.goto('./#/learners')
  await other.getByRole('button', { name: '切换到 李强' }).click()
  await expect(other.getByRole('status').filter({ hasText: '已切换到学员 李强' })).toBeVisible()

  const notice = page.getByRole('alert').filter({ hasText: '这个窗口现在是「李强」的学习记录' })
  await expect(notice).toBeVisible()
  await expect(notice).toContainText('从现在起，这个窗口里学的、答的，都记在「李强」名下。')
  // Over the foot of the screen, wherever the learner had scrolled to.
  await expect(notice).toBeInViewport()
  expect(await new AxeBuilder({ page }).include('.switched').analyze()).toHaveProperty('violations', [])
  await activate(notice.getByRole('button', { name: '知道了' }), hasTouch)
  await expect(notice).toBeHidden()
  // Switching back in this window itself says nothing of the kind.
  await page.goto('./#/learners')
  await activate(page.getByRole('button', { name: '切换到 王芳' }), hasTouch)
  await expect(page.getByRole('status').filter({ hasText: '已切换到学员 王芳' })).toBeVisible()
  await expect(page.getByText('这个窗口现在是', { exact: false })).toBeHidden()

  // On a device two learners share, starting the exam says whose attempt it uses.
  await page.goto('./#/exam')
  await activate(page.getByRole('button', { name: '开始考试' }), hasTouch)
  await expect(page.getByRole('group', { name: '开始考试' })).toContainText(
    '你将以学员「王芳」的身份考试。开始后计时 60 分钟',
  )
})

test('a trainer who has given the trainer’s PIN deletes a learner whose PIN was forgotten', async ({
  page,
  hasTouch,
}) => {
  await twoLearnersOneLocked(page, hasTouch)
  await tab(page, '我的').click()
  await activate(page.locator('summary').filter({ hasText: '培训师工具' }), hasTouch)
  await enter(page.getByLabel('新的培训师 PIN（4 位数字）'), '4321', hasTouch)
  await enter(page.getByLabel('再输一次新的培训师 PIN'), '4321', hasTouch)
  await activate(page.getByRole('button', { name: '设置培训师 PIN' }), hasTouch)
  await expect(page.getByRole('status').filter({ hasText: '培训师 PIN 已设置' })).toBeVisible()
  if (!hasTouch) await expect(page.getByRole('button', { name: '锁定培训师工具' })).toBeFocused()
  await openLearners(page)
  // No PIN of 李明's asked: the trainer's is given in this tab.
  await activate(page.getByRole('button', { name: '删除：李明' }), hasTouch)
  const asked = page.getByRole('group', { name: '删除：李明' })
  await expect(asked).toContainText('删除学员“李明”？该学员连同全部学习记录移到「最近删除」')
  await activate(asked.getByRole('button', { name: '确定删除' }), hasTouch)
  await expect(page.getByRole('status').filter({ hasText: '已删除学员 李明' })).toBeVisible()

  // Erasing him now takes his own PIN, not the trainer's: whoever set the trainer's PIN on a shared PC
  // cannot take a classmate's records for good.
  const recent = page.getByRole('region', { name: '最近删除' })
  await expect(recent).toContainText('设了 PIN 的学员，要输入本人的 PIN 才能提前永久删除。')
  await activate(recent.getByRole('button', { name: '永久删除：李明' }), hasTouch)
  const pin = recent.getByLabel('输入 李明 的 PIN（4 位数字）才能永久删除')
  await expect(pin).toBeFocused()
  await expect(
    recent.getByText(
      /^永久删除后，李明 的全部学习记录都会清除，不能撤销。不输入 PIN 的话，\d{4}-\d{2}-\d{2} 起自动永久删除。/,
    ),
  ).toBeVisible()
  await expect(recent.getByRole('button', { name: '确定永久删除' })).toHaveCSS('background-color', 'rgb(164, 22, 26)')
  await expectAccessible(page, 'learners, erasing a deleted learner')
  await enter(pin, '4321', hasTouch)
  await activate(recent.getByRole('button', { name: '确定永久删除' }), hasTouch)
  await expect(recent.getByRole('alert').filter({ hasText: 'PIN 不对，请再试一次。' })).toBeVisible()
  await activate(recent.getByRole('button', { name: '取消' }), hasTouch)
  await expect(recent.getByRole('button', { name: '永久删除：李明' })).toBeFocused()
  await activate(recent.getByRole('button', { name: '永久删除：李明' }), hasTouch)
  await enter(pin, '2580', hasTouch)
  await activate(recent.getByRole('button', { name: '确定永久删除' }), hasTouch)
  await expect(page.getByRole('status').filter({ hasText: '已永久删除学员 李明 和全部学习记录。' })).toBeVisible()
  await expect(recent).toHaveCount(0)

  // The page says the trainer's tools are open, and locks them from here.
  const open = page.getByText(/^培训师工具已解锁：在这里可以删除设了 PIN 的学员/)
  await expect(open).toBeVisible()
  await activate(page.getByRole('button', { name: '锁定培训师工具' }), hasTouch)
  await expect(open).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: '培训师工具已锁定。' })).toBeVisible()
  if (!hasTouch) await expect(page.getByRole('heading', { level: 2, name: '本机的学员' })).toBeFocused()
})
