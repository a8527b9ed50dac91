import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { encodeResult } from '../../src/domain/trainer/assignmentResult'
import { fixtureResult } from '../fixtures/trainer'
import { legacyLessons, refuseWrites, seedLegacyStorage, withoutIndexedDb } from './helpers/savedData'
import { openBankExchange, openLearners, tab } from './helpers/shell'

const LESSON = 'beijing-map-case'
const OTHER_LESSON = 'qualities-skills'
const summary = (page: Page) => page.getByRole('main')
const recovered = (page: Page) => page.getByRole('alert').filter({ hasText: '部分学习记录无法读取' })

async function learnersListed(page: Page): Promise<string[]> {
  // Through 我的, as a learner goes there (and only once the app is up after a reload).
  await openLearners(page)
  await expect(page.getByRole('heading', { level: 1, name: '学员与学习记录' })).toBeVisible()
  return page.getByRole('region', { name: '本机的学员' }).getByRole('listitem').allTextContents()
}

test('an earlier damaged learner list: every learner whose records exist is found again, and stays found', async ({
  page,
  context,
}) => {
  await seedLegacyStorage(context, {
    'kefu-course.profiles': '{"version":1,"activeId":"default","profiles":[{"id":"default","na',
    'kefu-course.progress': legacyLessons({ [LESSON]: '2026-03-01T08:00:00.000Z' }),
    'kefu-course.progress.p-x1': legacyLessons({ [OTHER_LESSON]: '2026-03-02T08:00:00.000Z' }),
  })
  await page.goto('./')
  await expect(recovered(page)).toContainText('学员名单已损坏')
  await expect(summary(page)).toContainText('已学完 1 /')
  expect((await learnersListed(page)).join(' ')).toMatch(/学员 1.*找回的学员 1/)

  await page.getByRole('button', { name: '切换到 找回的学员 1' }).click()
  await tab(page, '学习').click()
  await expect(summary(page)).toContainText('已学完 1 /')

  await page.reload()
  // Still the learner switched to (我的 says no name is given yet: the learners page names them).
  expect((await learnersListed(page)).join(' ')).toMatch(/找回的学员 1 （当前）/)
  await expect(recovered(page)).toHaveCount(0)
  expect(await page.evaluate(() => localStorage.getItem('kefu-course.profiles'))).toBeNull()

  // The damaged list's text is kept as a backup, downloadable at any time.
  await page.goto('./#/learners')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '下载这份备份' }).first().click()
  const backup = JSON.parse((await readFile(await (await download).path())).toString())
  expect(backup.items).toEqual(['{"version":1,"activeId":"default","profiles":[{"id":"default","na'])
})

test('one bad lesson date costs that lesson only; the backup of it downloads and imports as it was', async ({
  page,
  context,
}) => {
  await seedLegacyStorage(context, {
    'kefu-course.progress': JSON.stringify({
      version: 2,
      learned: { [LESSON]: '2026-03-01T08:00:00.000Z' },
      attempts: [{ id: 'broken' }],
      sessions: {},
      scenarioRuns: [],
      reviewCards: {},
    }),
  })
  await page.goto('./')
  await expect(recovered(page)).toContainText('1 条测验记录无法读取')
  await expect(summary(page)).toContainText('已学完 1 /')
  await recovered(page).getByRole('link', { name: '到“学员”页面下载备份' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '下载这份备份' }).first().click()
  const backup = await (await download).path()
  expect((await readFile(backup)).toString()).toContain('"format":"kefu-course-backup"')

  await page.getByLabel('选择要导入的学习记录文件（.json）').setInputFiles(backup)
  const imported = page.getByRole('alert').filter({ hasText: '已导入' })
  await expect(imported).toContainText('已学课程 1 课')
  // What the backup still cannot give back is said, not passed over.
  await expect(imported).toContainText('另有 1 条记录已损坏，读不出来，没有导入。')
})

test('with the disk full, adding a learner, a roster entry or imported questions says it was not saved, and a reload shows nothing was', async ({
  page,
}) => {
  await page.goto('./#/learners')
  await expect(page.getByRole('heading', { level: 1, name: '学员与学习记录' })).toBeVisible()
  await refuseWrites(page)

  await page.getByLabel('姓名').fill('小李')
  await page.getByRole('button', { name: '添加并切换' }).click()
  await expect(page.getByRole('alert').filter({ hasText: '存储空间已满' }).first()).toBeVisible()

  await page.goto('./#/roster')
  const code = encodeResult(fixtureResult)
  await page.getByLabel('成绩代码（每行一个）').fill(code)
  await page.getByRole('button', { name: '加入名册' }).click()
  await expect(page.getByRole('alert').filter({ hasText: '学员成绩表的修改没有保存' })).toBeVisible()
  await expect(page.getByRole('alert').filter({ hasText: '新加入' })).toHaveCount(0)

  await page.goto('./#/trainer')
  await openBankExchange(page)
  await page.getByLabel(/GIFT/).setInputFiles({
    name: 'bank.gift.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('::q1:: 接听电话时应先自报单位名称。 {T}\n'),
  })
  await expect(page.getByRole('alert').filter({ hasText: '本地题库的修改没有保存' })).toBeVisible()

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: '培训师：布置作业' })).toBeVisible()
  expect((await learnersListed(page)).join(' ')).not.toContain('小李')
  await page.goto('./#/roster')
  await expect(page.getByRole('main')).not.toContainText('王芳')
  await page.goto('./#/trainer')
  await openBankExchange(page)
  await expect(page.getByRole('main')).toContainText('本地题库：0 道题')
})

test('without IndexedDB the course works in memory and says so once, plainly', async ({ page, context }) => {
  await withoutIndexedDb(context)
  await page.goto('./')
  const notice = page.getByRole('alert').filter({ hasText: '这台设备上不会保存学习记录' })
  await expect(notice).toContainText('关闭或刷新页面后记录就没有了')
  await page.goto(`./#/modules/qualities/lessons/${LESSON}`)
  await page.getByRole('button', { name: '标记为已学完' }).click()
  await expect(page.getByRole('button', { name: /已学完 ✓/ })).toBeVisible()
  await expect(page.getByRole('alert').filter({ hasText: '保存失败' })).toHaveCount(0)
  await expect(notice).toHaveCount(1)
})

test('an empty database of the course’s name, made by other code, is made again: the lesson learned is kept', async ({
  page,
}) => {
  // Other code on the same address opened the course's database name without a version: version 1, no stores.
  await page.goto('./favicon.svg')
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('kefu-course')
        request.onsuccess = () => {
          request.result.close()
          resolve()
        }
        request.onerror = () => reject(request.error)
      }),
  )
  await page.goto(`./#/modules/qualities/lessons/${LESSON}`)
  await page.getByRole('button', { name: '标记为已学完' }).click()
  await expect(page.getByRole('button', { name: /已学完 ✓/ })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('button', { name: /已学完 ✓/ })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('a write a closed page left unfinished is made at the next start', async ({ page }) => {
  // The page closes before IndexedDB confirms a write: its note stays in localStorage.
  await page.addInitScript(() => {
    const remove = Storage.prototype.removeItem
    const notes = window as { keepNotes?: boolean; notesKept?: string[] }
    Storage.prototype.removeItem = function (key: string) {
      if (notes.keepNotes && key.startsWith('kefu-course.pending.')) {
        notes.notesKept = [...(notes.notesKept ?? []), key]
        return
      }
      remove.call(this, key)
    }
  })
  await page.goto(`./#/modules/qualities/lessons/${LESSON}`)
  await page.evaluate(() => ((window as { keepNotes?: boolean }).keepNotes = true))
  await page.getByRole('button', { name: '标记为已学完' }).click()
  await expect(page.getByRole('button', { name: /已学完 ✓/ })).toBeVisible()
  // The row is written just after the screen updates: its note is kept once it is made.
  const noteKey = await (
    await page.waitForFunction(
      (learned) =>
        Object.keys(localStorage).find(
          (key) => key.startsWith('kefu-course.pending.') && localStorage.getItem(key)!.includes(`"${learned}"`),
        ),
      LESSON,
    )
  ).jsonValue()
  expect(noteKey).toBeTruthy()
  // Until the note would have gone: the write made, or made again as the database first opened.
  await page.waitForFunction((key) => (window as { notesKept?: string[] }).notesKept?.includes(key!), noteKey)
  // The same write for another lesson, as if another page had made it and closed at once. Under a
  // key of its own: the database's first opening writes this page's notes again and clears them,
  // so this page's own write may still clear its key after that.
  await page.evaluate(
    ([key, learned, other]) => {
      const note = localStorage.getItem(key!)!
      ;(window as { keepNotes?: boolean }).keepNotes = false
      for (const name of Object.keys(localStorage))
        if (name.startsWith('kefu-course.pending.')) localStorage.removeItem(name)
      localStorage.setItem(`${key!}-closed-page`, note.replaceAll(learned!, other!))
    },
    [noteKey, LESSON, OTHER_LESSON],
  )
  await page.goto(`./#/modules/qualities/lessons/${OTHER_LESSON}`)
  await expect(page.getByRole('button', { name: '标记为已学完' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('button', { name: /已学完 ✓/ })).toBeVisible()
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('.pending.')))).toEqual([])
})

test('three tabs handing in at the same moment keep every attempt', async ({ page, context }) => {
  const tabs = [page, await context.newPage(), await context.newPage()]
  const quizzes = ['m-qualities', 'm-overview', 'm-voice-language']
  for (const [i, tab] of tabs.entries()) {
    await tab.goto(`./#/quizzes/${quizzes[i]}`)
    await tab.getByRole('radio', { name: /^测验/ }).check()
    await tab.getByRole('button', { name: '开始答题' }).click()
    await expect(tab.getByText(/^第 1 \/ \d+ 题$/)).toBeVisible()
  }
  // Each tab asks first (its questions are unanswered); then all three hand in at the same moment.
  for (const tab of tabs) await tab.locator('.quiz-actions').getByRole('button', { name: '交卷', exact: true }).click()
  const handIn = (tab: Page) => tab.getByRole('dialog', { name: '确认交卷' }).getByRole('button', { name: '确认交卷' })
  await Promise.all(tabs.map((tab) => handIn(tab).click()))
  for (const tab of tabs) await expect(tab.getByRole('heading', { level: 1 })).toContainText('测验结果')

  await page.goto('./#/progress')
  await page.reload()
  await expect(page.getByText('完成测验 3 次')).toBeVisible()
  // The other tabs were told, without a reload.
  await tabs[1]!.goto('./#/progress')
  await expect(tabs[1]!.getByText('完成测验 3 次')).toBeVisible()
})

test('a learner added in two tabs at the same moment is kept in both', async ({ page, context }) => {
  const other = await context.newPage()
  for (const [tab, name] of [
    [page, '小王'],
    [other, '小赵'],
  ] as const) {
    await tab.goto('./#/learners')
    await tab.getByLabel('姓名').fill(name)
  }
  await Promise.all([page, other].map((tab) => tab.getByRole('button', { name: '添加并切换' }).click()))
  // Each tab says so once the learner is saved.
  await expect(page.getByText('已添加学员 小王')).toBeVisible()
  await expect(other.getByText('已添加学员 小赵')).toBeVisible()
  await page.reload()
  const names = (await learnersListed(page)).join(' ')
  expect(names).toContain('小王')
  expect(names).toContain('小赵')
})

test('the 学员 page says how much is stored and whether the browser may clear it', async ({ page }) => {
  await page.goto('./#/learners')
  const storage = page.getByRole('region', { name: '存储空间' })
  await expect(storage).toContainText(/已用 .* MB，浏览器允许约 .* MB。|浏览器没有告知已用空间。/)
  await expect(storage).toContainText(/浏览器已承诺不会|浏览器在空间不足时可能会清除/)
  await expect(storage).toContainText('没有另存的备份。')
})

for (const [damage, listText] of [
  [
    'a numeric name',
    JSON.stringify({
      version: 1,
      activeId: 'default',
      profiles: [
        { id: 'default', name: 42, createdAt: '2026-01-05T08:00:00.000Z' },
        { id: 'p-x1', name: '小李', createdAt: '2026-01-05T08:00:00.000Z' },
      ],
    }),
  ],
  [
    'a bad id',
    JSON.stringify({
      version: 1,
      activeId: 'default',
      profiles: [{ id: '../x', name: '坏编号', createdAt: '2026-01-05T08:00:00.000Z' }],
    }),
  ],
  [
    'one id twice',
    JSON.stringify({
      version: 1,
      activeId: 'p-x1',
      profiles: [
        { id: 'p-x1', name: '小李', createdAt: '2026-01-05T08:00:00.000Z' },
        { id: 'p-x1', name: '冒名者', createdAt: '2026-01-05T08:00:00.000Z' },
      ],
    }),
  ],
  [
    'a 5 MB name',
    JSON.stringify({
      version: 1,
      activeId: 'default',
      profiles: [{ id: 'default', name: '名'.repeat(1_750_000), createdAt: '2026-01-05T08:00:00.000Z' }],
    }),
  ],
] as const) {
  test(`an earlier learner list with ${damage}: nobody whose records exist is lost, after a reload too`, async ({
    page,
    context,
  }) => {
    await seedLegacyStorage(context, {
      'kefu-course.profiles': listText,
      'kefu-course.progress': legacyLessons({ [LESSON]: '2026-03-01T08:00:00.000Z' }),
      'kefu-course.progress.p-x1': legacyLessons({ [OTHER_LESSON]: '2026-03-02T08:00:00.000Z' }),
    })
    await page.goto('./')
    await expect(recovered(page)).toContainText('学员名单')
    await page.reload()
    const names = (await learnersListed(page)).join(' ')
    expect(names).toContain('学员 1')
    expect(names).toMatch(/小李|找回的学员 1/)
    expect(names).not.toContain('冒名者')
    // Each learner's lesson is still theirs: the current one's, then the other's.
    await tab(page, '学习').click()
    await expect(summary(page)).toContainText('已学完 1 /')
    await openLearners(page)
    await page.getByRole('button', { name: /^切换到 / }).click()
    await tab(page, '学习').click()
    await expect(summary(page)).toContainText('已学完 1 /')
  })
}

test('a saved score of 1e999 costs that attempt only, and the certificate page does not break on a bad date', async ({
  page,
  context,
}) => {
  await seedLegacyStorage(context, {
    // JSON reads 1e999 as Infinity; "Jan 2 2026" parses as a date but is no saved time.
    'kefu-course.progress': `{"version":2,"learned":{"${LESSON}":"2026-03-01T08:00:00.000Z"},"attempts":[{"id":"x","quizId":"exam","finishedAt":"Jan 2 2026","score":{"points":1e999}}],"sessions":{},"scenarioRuns":[],"reviewCards":{}}`,
  })
  await page.goto('./')
  await expect(recovered(page)).toContainText('1 条测验记录无法读取')
  await expect(summary(page)).toContainText('已学完 1 /')
  await page.goto('./#/certificate')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})

test('a quiz moved on in another tab: this tab follows it and says why the question changed', async ({
  page,
  context,
}) => {
  const other = await context.newPage()
  await page.goto('./#/quizzes/m-overview')
  await page.getByRole('radio', { name: /^测验/ }).check()
  await page.getByRole('button', { name: '开始答题' }).click()
  await expect(page.getByText(/^第 1 \/ \d+ 题$/)).toBeVisible()
  const moved = page.getByRole('status').filter({ hasText: '另一个标签页' })
  // Answering and moving on here says nothing about another tab.
  await page.keyboard.press('1')
  await page.keyboard.press('Enter')
  await expect(page.getByText(/^第 2 \/ \d+ 题$/)).toBeVisible()
  await expect(moved).toHaveCount(0)

  await other.goto(page.url())
  await expect(other.getByText(/^第 2 \/ \d+ 题$/)).toBeVisible()
  await other.keyboard.press('1')
  await other.keyboard.press('Enter')
  await expect(other.getByText(/^第 3 \/ \d+ 题$/)).toBeVisible()

  await expect(page.getByText(/^第 3 \/ \d+ 题$/)).toBeVisible()
  await expect(moved).toHaveText('这份测验在另一个标签页里也开着，那边做到了第 3 题，这里也跟着到了这一题。')
  // The learner goes on here: the note has done its work.
  await page.keyboard.press('1')
  await expect(moved).toHaveCount(0)
})

test('a quiz handed in from another tab: this tab says so and leads to that result', async ({ page, context }) => {
  const other = await context.newPage()
  await page.goto('./#/quizzes/m-overview')
  await page.getByRole('radio', { name: /^测验/ }).check()
  await page.getByRole('button', { name: '开始答题' }).click()
  await expect(page.getByText(/^第 1 \/ \d+ 题$/)).toBeVisible()
  // The same quiz under way in a second tab, handed in there.
  await other.goto(page.url())
  await expect(other.getByText(/^第 1 \/ \d+ 题$/)).toBeVisible()
  await other.locator('.quiz-actions').getByRole('button', { name: '交卷', exact: true }).click()
  await other.getByRole('dialog', { name: '确认交卷' }).getByRole('button', { name: '确认交卷' }).click()
  await expect(other.getByRole('heading', { level: 1 })).toContainText('测验结果')
  const resultAddress = other.url()

  await expect(page.getByRole('heading', { level: 1 })).toContainText('目前没有进行中的答题')
  await page.getByRole('link', { name: /^查看最近一次交卷的成绩（\d{4}-\d{2}-\d{2} \d{2}:\d{2}）$/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('测验结果')
  expect(page.url()).toBe(resultAddress)
})
