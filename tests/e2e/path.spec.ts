import { expect, test, type Locator, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { framesPainted, tab } from './helpers/shell'

/** Follows a link or presses a button as this project's learner does: Enter on desktop, a tap on a phone. */
async function activate(page: Page, target: Locator): Promise<void> {
  if (test.info().project.name === 'phone') {
    await target.tap()
  } else {
    await target.focus()
    await page.keyboard.press('Enter')
  }
}

const today = (page: Page) => page.getByRole('region', { name: '今日' })

/**
 * Saves rows as an earlier visit would have, straight into the app's database. A first visit that
 * has saved nothing has no database yet: it is made as the app makes it with its first save, with
 * the first learner, so the rows are a learner's and not a lost learner's.
 */
async function saveRows(page: Page, rows: { owner: string; kind: string; key: string; value: unknown }[]) {
  await page.evaluate(
    (items) =>
      new Promise<void>((resolve, reject) => {
        const opened = indexedDB.open('kefu-course', 1)
        opened.onupgradeneeded = () => {
          const db = opened.result
          db.createObjectStore('rows', { keyPath: ['owner', 'kind', 'key'] }).createIndex('owner', 'owner')
          db.createObjectStore('profiles', { keyPath: 'id' })
          db.createObjectStore('backups', { keyPath: 'id', autoIncrement: true })
          db.createObjectStore('meta')
        }
        opened.onerror = () => reject(opened.error)
        opened.onsuccess = () => {
          const db = opened.result
          const transaction = db.transaction(['rows', 'profiles'], 'readwrite')
          for (const item of items) transaction.objectStore('rows').put(item)
          const profiles = transaction.objectStore('profiles')
          const first = profiles.get('default')
          first.onsuccess = () => {
            if (!first.result) profiles.put({ id: 'default', name: '学员 1', createdAt: new Date().toISOString() })
          }
          transaction.oncomplete = () => {
            db.close()
            resolve()
          }
          transaction.onerror = () => reject(transaction.error)
        }
      }),
    rows,
  )
}

const dueCard = {
  due: '2020-01-01T09:00:00.000Z',
  stability: 1,
  difficulty: 5,
  elapsed_days: 0,
  scheduled_days: 0,
  learning_steps: 0,
  reps: 1,
  lapses: 0,
  state: 1,
}

test('the 今日 card moves on as a lesson is learned and reviews are answered', async ({ page }) => {
  // A lesson, a setting and ten review questions answered one by one: a long journey.
  test.slow()
  await page.goto('./')
  // The streak's line wraps beside its icon, even on a 360 px phone.
  const streak = today(page).getByText('今天学一点，连续学习从今天算起。')
  const icon = (await streak.locator('xpath=preceding-sibling::*[1]').boundingBox())!
  expect((await streak.boundingBox())!.x).toBeGreaterThan(icon.x + icon.width)
  await activate(page, today(page).getByRole('link', { name: /^开始学习：/ }))
  await expect(page).toHaveURL(/#\/modules\/overview\/lessons\/overview-definitions$/)
  await activate(page, page.getByRole('button', { name: '标记为已学完' }))
  await expect(page.getByRole('button', { name: '标记为已学完' })).toHaveCount(0)

  await activate(page, tab(page, '学习'))
  await expect(today(page).getByRole('link', { name: '继续学习：顾客是谁与客户服务的宗旨' })).toBeVisible()
  await expect(today(page)).toContainText('今日目标：学 1 课，已学 1 课')
  await expect(today(page)).toContainText('今日目标已完成')
  await expect(page.getByRole('img', { name: /^客户服务概论：已学完 1 \/ \d+ 课$/ })).toBeVisible()

  // Twelve questions due for review, and the learner lowers the daily cap to 10 on 我的进度.
  await saveRows(
    page,
    [...Array(12).keys()].map((index) => ({
      owner: 'default',
      kind: 'card',
      key: `qualities-q${String(index + 1).padStart(3, '0')}`,
      value: dueCard,
    })),
  )
  await page.reload()
  await expect(today(page).getByRole('link', { name: '做今日复习（12 道题）' })).toBeVisible()
  await activate(page, tab(page, '进度'))
  await page.getByRole('combobox', { name: '每日复习上限' }).selectOption('10')
  await activate(page, tab(page, '学习'))
  const offer = today(page).getByRole('link', { name: '做今日复习（10 道题）' })
  await expect(offer).toBeVisible()
  await expect(today(page)).toContainText('今天已复习 0 / 10 道，还有 12 道到期。')

  // The review asks the ten; each is answered and checked. Left after five, home offers to take it up again.
  await activate(page, offer)
  for (let question = 1; question <= 10; question += 1) {
    if (question === 6) {
      await expect(page.getByText('第 6 / 10 题').first()).toBeVisible()
      await activate(page, tab(page, '学习'))
      await activate(page, today(page).getByRole('link', { name: '继续今日复习' }))
      await activate(page, page.getByRole('link', { name: '继续答题' }))
    }
    await expect(page.getByText(`第 ${question} / 10 题`).first()).toBeVisible()
    const option = page.getByRole('main').getByRole('radio').or(page.getByRole('main').getByRole('checkbox')).first()
    if (test.info().project.name === 'phone') await option.tap()
    else {
      await option.focus()
      await page.keyboard.press('Space')
    }
    await activate(page, page.getByRole('button', { name: '检查答案' }))
    // Held (aria-disabled) until the feedback's code is there, so a quick press does not skip it.
    const onward = page.getByRole('button', { name: question === 10 ? '完成练习' : '下一题' })
    await expect(onward).not.toHaveAttribute('aria-disabled', 'true')
    await activate(page, onward)
  }
  await expect(page.getByRole('heading', { level: 1 })).toContainText('结果')
  // A review has no pass mark: its result says it is done, not 通过 or 未通过.
  await expect(page.getByRole('region', { name: '今日复习完成' })).toBeVisible()
  await expect(page.getByRole('main')).not.toContainText('通过')

  // Ten answered today: the cap is reached, so nothing more is offered today.
  await activate(page, tab(page, '学习'))
  await expect(today(page)).toContainText('今天的复习做完了（每天最多 10 道），其余的明天再复习。')
  await expect(today(page).getByRole('link', { name: /做今日复习/ })).toHaveCount(0)
})

test('a learner preparing for an interview starts with the interview module', async ({ page }) => {
  await page.goto('./')
  // A learner who says in the welcome that they are preparing for an interview.
  const welcome = page.getByRole('region', { name: '欢迎！先认识一下你' })
  await welcome.getByLabel('姓名（必填）').fill('李明')
  const interview = welcome.getByRole('radio', { name: '准备客服岗位面试' })
  if (test.info().project.name === 'phone') await interview.tap()
  else {
    await interview.focus()
    await page.keyboard.press('Space')
  }
  await expect(interview).toBeChecked()
  await activate(page, welcome.getByRole('button', { name: '保存并继续' }))
  await expect(welcome).toHaveCount(0)
  await page.reload()
  // Named for the lesson it opens: theirs is the interview module's first, not the course's.
  await expect(today(page).getByRole('link', { name: '开始学习：先弄清你应聘的是什么岗位' })).toHaveAttribute(
    'href',
    /#\/modules\/interview\/lessons\/interview-know-the-role$/,
  )
  // 今日 leads to the interview's two skill tests, each on the interview's own script or passage.
  const skills = today(page).getByRole('heading', { level: 3, name: '面试前练一练' })
  await expect(skills).toBeVisible()
  await activate(page, today(page).getByRole('link', { name: '语音练习', exact: true }))
  await expect(page.getByRole('heading', { level: 2, name: '面试语音测试：朗读短文' })).toBeVisible()
  await activate(page, tab(page, '学习'))
  await activate(page, today(page).getByRole('link', { name: '打字测试', exact: true }))
  await expect(page.getByRole('radio', { name: '面试准备' })).toBeChecked()
  await activate(page, tab(page, '学习'))

  // Their role-plays come first: the two interviews, then those written for candidates too.
  await activate(page, tab(page, '演练'))
  await expect(page.getByText('你在准备面试：面试演练和适合求职者的演练排在最前面。')).toBeVisible()
  const titles = page.locator('.scenario-list > li').getByRole('heading')
  await expect(titles.nth(0)).toContainText('面试')
  await expect(titles.nth(1)).toContainText('面试')
  // The voice lab opens on the interview's voice test, its scripts listed first.
  await activate(page, tab(page, '练习'))
  await activate(page, page.getByRole('link', { name: '语音练习', exact: true }))
  await expect(page.getByRole('heading', { level: 2, name: '面试语音测试：朗读短文' })).toBeVisible()
  await expect(page.getByLabel('练习稿').locator('optgroup').first()).toHaveAttribute(
    'label',
    '面试语音测试（课程自编）',
  )
  // And the typing test on the interview's passage.
  await activate(page, tab(page, '练习'))
  await activate(page, page.getByRole('link', { name: '打字测试', exact: true }))
  await expect(page.getByRole('radio', { name: '面试准备' })).toBeChecked()
})

test('a quiz left unfinished is on 今日, the newest first, and 继续答题 returns to its question', async ({ page }) => {
  // A test on the mixed quiz, barely begun; then a practice on the first module, one question answered and checked.
  await page.goto('./#/quizzes/mixed')
  await page.getByRole('radio', { name: /^测验/ }).check()
  await page.getByRole('radio', { name: '10 道' }).check()
  await page.getByRole('button', { name: '开始答题' }).click()
  await expect(page.getByText('第 1 / 10 题')).toBeVisible()
  await page.goto('./#/quizzes/m-qualities')
  await page.getByRole('radio', { name: /^练习/ }).check()
  await page.getByRole('button', { name: '开始答题' }).click()
  await expect(page.getByText('第 1 / 10 题')).toBeVisible()
  await page.locator('.option').first().click()
  await page.getByRole('button', { name: '检查答案' }).click()
  await page.getByRole('button', { name: '下一题' }).click()
  await expect(page.getByText('第 2 / 10 题')).toBeVisible()

  await activate(page, tab(page, '学习'))
  await expect(today(page).getByRole('heading', { level: 3, name: '上次没做完' })).toBeVisible()
  // Home opens at its top, where 今日 is, not scrolled down to its practice card, the link nearest the quiz left.
  await framesPainted(page)
  await expect(page.locator('main')).toBeFocused()
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport()
  await expect(today(page)).toContainText('「2. 客服人员的职业素质」的练习，停在第 2 / 10 题。')
  // A new hire is not pointed to the interview's skill tests.
  await expect(today(page).getByRole('heading', { name: '面试前练一练' })).toHaveCount(0)
  // The other one is on 练习, with the rest.
  await activate(page, today(page).getByRole('link', { name: '还有 1 个没做完的，在「练习」里' }))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('测验与练习')
  // It opens at 没做完的, the keyboard's place there too, both listed, the one touched last first.
  const unfinished = page.getByRole('region', { name: '没做完的' })
  await framesPainted(page)
  await expect(unfinished.getByRole('heading', { level: 2 })).toBeInViewport()
  await expect(unfinished.getByRole('heading', { level: 2 })).toBeFocused()
  await expect(unfinished.getByRole('listitem')).toHaveCount(2)
  await expect(unfinished.getByRole('listitem').first()).toContainText('2. 客服人员的职业素质练习，停在第 2 / 10 题')
  await expect(unfinished.getByRole('listitem').nth(1)).toContainText('测验，停在第 1 / 10 题')
  // Its card among the rest says so too, and not that it was never taken.
  const mixedCard = page.getByRole('article', { name: '综合测验' })
  await expect(mixedCard).toContainText('有一次没做完的测验')
  await expect(mixedCard).not.toContainText('尚未做过')
  await activate(page, unfinished.getByRole('listitem').nth(1).getByRole('link', { name: '继续答题' }))
  await expect(page.getByText('第 1 / 10 题')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('综合测验')
  // Back, the keyboard's place is the button just used, not the list's heading.
  await page.goBack()
  await expect(unfinished.getByRole('listitem').filter({ hasText: '综合测验' }).getByRole('link')).toBeFocused()
  await page.goForward()
  await expect(page.getByText('第 1 / 10 题')).toBeVisible()
  await activate(page, tab(page, '学习'))
  await activate(page, today(page).getByRole('link', { name: '继续答题' }))
  await expect(page.getByText('第 2 / 10 题')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('客服人员的职业素质')
})

test('home’s 技能练习 opens 练习 at its skills, the keyboard’s place there, with the voice lab one step away', async ({
  page,
}) => {
  await page.goto('./')
  const practice = page.getByRole('region', { name: '练习与考核' })
  await activate(page, practice.getByRole('link', { name: '技能练习' }))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('测验与练习')
  const skills = page.getByRole('heading', { level: 2, name: /^技能练习/ })
  await framesPainted(page)
  await expect(skills).toBeInViewport()
  await expect(skills).toBeFocused()
  if (test.info().project.name === 'desktop') await page.keyboard.press('Tab')
  const voiceLab = page.getByRole('link', { name: '语音练习' })
  if (test.info().project.name === 'desktop') await expect(voiceLab).toBeFocused()
  await activate(page, voiceLab)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('语音练习')
})

test('the interview module’s 面试前练一练 opens the voice test’s reading and the typing test on the interview passage', async ({
  page,
}) => {
  await page.goto('./#/modules/interview')
  const labs = page.getByRole('complementary', { name: '面试前练一练' })
  await activate(page, labs.getByRole('link', { name: '语音练习' }))
  await expect(page.getByRole('heading', { level: 1, name: '语音练习' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: '面试语音测试：朗读短文' })).toBeVisible()
  await expect(page.locator('.script-text')).toContainText('您好，欢迎致电启程快递客服中心！')
  await page.goBack()
  await activate(page, labs.getByRole('link', { name: '打字测试' }))
  await expect(page.getByRole('radio', { name: '面试准备' })).toBeChecked()
  // Opened on its own, it starts on the standard phrases as before.
  await page.goto('./#/typing')
  await page.reload()
  await expect(page.getByRole('radio', { name: '服务规范用语（应该说）' })).toBeChecked()
})

test('the module page leads into its quiz and its role-plays', async ({ page }) => {
  await page.goto('./#/modules/qualities')
  const headings = page.getByRole('heading', { level: 2 })
  await expect(headings.filter({ hasText: '本模块的情景演练' })).toBeVisible()
  const quiz = page.getByRole('region', { name: '本模块测验' })
  await expect(quiz).toContainText('还没有做过。')
  const roleplays = page.getByRole('region', { name: '本模块的情景演练' })
  await expect(roleplays.getByRole('link').first()).toBeVisible()
  await expect(roleplays).toContainText('还没有演练过')

  await activate(page, quiz.getByRole('link', { name: '开始本模块测验' }))
  await expect(page).toHaveURL(/#\/quizzes\/m-qualities/)
  await page.goBack()
  const first = roleplays.getByRole('link').first()
  const title = (await first.textContent())?.trim() ?? ''
  await activate(page, first)
  await expect(page).toHaveURL(/#\/scenarios\/[a-z-]+\?module=qualities$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title)
  // The role-play stays under the module: its trail leads back to it.
  const trail = page.getByRole('navigation', { name: '当前位置' })
  await activate(page, trail.getByRole('link', { name: '客服人员的职业素质' }))
  await expect(page).toHaveURL(/#\/modules\/qualities$/)
})

test('我的进度: a trend chart with dates that fits the screen, the daily goal and the badges', async ({ page }) => {
  await page.goto('./')
  const finished = (day: number, percent: number) => ({
    owner: 'default',
    kind: 'attempt',
    key: `a${day}`,
    value: {
      quizId: 'm-qualities',
      title: '品质',
      mode: 'test',
      rule: 'all-or-nothing',
      passMark: 60,
      id: `a${day}`,
      startedAt: `2026-03-${String(day).padStart(2, '0')}T04:00:00.000Z`,
      finishedAt: `2026-03-${String(day).padStart(2, '0')}T04:10:00.000Z`,
      questionIds: ['qualities-q001'],
      optionOrder: {},
      answers: {},
      points: { 'qualities-q001': percent / 100 },
      score: {
        points: percent / 100,
        max: 1,
        correct: percent === 100 ? 1 : 0,
        percent,
        passMark: 60,
        passed: percent >= 60,
      },
    },
  })
  await saveRows(page, [finished(2, 40), finished(5, 60), finished(9, 100), finished(12, 80), finished(20, 100)])
  await page.goto('./#/progress')
  await page.reload()
  const trend = page.getByRole('region', { name: '测验成绩走势' })
  await expect(trend.locator('figcaption')).toContainText(
    '最近有测验的 5 天里，3 月 2 日平均 40%，3 月 20 日平均 100%，最好的一天 100%。',
  )
  const chart = trend.getByTestId('trend-chart')
  for (const date of ['3/2', '3/20']) await expect(chart.getByText(date, { exact: true })).toBeVisible()
  // The chart and its labels stay inside the screen: nothing scrolls sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  const box = await chart.boundingBox()
  const viewport = page.viewportSize()!
  expect(box!.x).toBeGreaterThanOrEqual(0)
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width)

  await expect(page.getByRole('region', { name: '模块徽章' })).toContainText('测验已通过')
  await expect(page.getByRole('region', { name: '每日目标' })).toContainText('今日目标：学 1 课，已学 0 课')
  await page.getByRole('combobox', { name: '每日目标' }).selectOption({ label: '每天答 10 道题' })
  await expect(page.getByRole('region', { name: '每日目标' })).toContainText('今日目标：答 10 道题，已答 0 道')
})

for (const scheme of ['light', 'dark'] as const) {
  test(`the home, module and progress pages pass axe in the ${scheme} scheme, with work under way`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto('./')
    await saveRows(page, [
      { owner: 'default', kind: 'lesson', key: 'overview-definitions', value: new Date().toISOString() },
      ...[1, 2, 3].map((index) => ({
        owner: 'default',
        kind: 'card',
        key: `qualities-q00${index}`,
        value: dueCard,
      })),
    ])
    const pages = [
      ['./#/', () => today(page).getByRole('link', { name: /^做今日复习/ })],
      ['./#/modules/qualities', () => page.getByRole('region', { name: '本模块的情景演练' }).getByRole('link').first()],
      ['./#/progress', () => page.getByRole('region', { name: '模块徽章' })],
    ] as const
    for (const [path, ready] of pages) {
      await page.goto(path)
      await page.reload()
      await expect(ready()).toBeVisible()
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      const summary = results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      )
      expect(summary, path).toEqual([])
    }
  })
}

const OVERVIEW_FIRST_LESSON = '什么是客服：几个基本定义'

test('a lesson card on a module page opens the lesson from its summary and its 约 N 分钟 · 未学 line too', async ({
  page,
}) => {
  const onPhone = test.info().project.name === 'phone'
  for (const text of [/^客服每天做什么/, /^约 \d+ 分钟 · 未学$/]) {
    await page.goto('./#/modules/overview')
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: OVERVIEW_FIRST_LESSON }) })
    const words = card.getByText(text)
    await words.scrollIntoViewIfNeeded()
    const box = (await words.boundingBox())!
    // Where a finger or a pointer lands on the words (the link laid over the card takes it, not the text).
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2]
    if (onPhone) await page.touchscreen.tap(x, y)
    else await page.mouse.click(x, y)
    await expect(page).toHaveURL(/#\/modules\/overview\/lessons\/overview-definitions$/)
    await expect(page.getByRole('heading', { level: 1, name: OVERVIEW_FIRST_LESSON })).toBeVisible()
  }
})

test('a card with one link opens from anywhere on it, and with the keyboard the whole card shows the focus', async ({
  page,
}) => {
  const onPhone = test.info().project.name === 'phone'
  // A module on home, a lesson on its module's page, its badge on 我的进度 and a skill lab on 练习: each card's text beside its title.
  const cards: { path: string; card: (page: Page) => Locator; link: RegExp; opens: RegExp }[] = [
    {
      path: '/',
      card: (page) => page.locator('article', { has: page.getByRole('link', { name: /职业素质/ }) }),
      link: /职业素质/,
      opens: /#\/modules\/qualities$/,
    },
    {
      path: '/progress',
      card: (page) => page.locator('li', { has: page.getByRole('link', { name: /职业素质/ }) }),
      link: /职业素质/,
      opens: /#\/modules\/qualities$/,
    },
    {
      path: '/modules/overview',
      card: (page) => page.locator('li', { has: page.getByRole('link', { name: OVERVIEW_FIRST_LESSON }) }),
      link: new RegExp(`^${OVERVIEW_FIRST_LESSON}$`),
      opens: /#\/modules\/overview\/lessons\/overview-definitions$/,
    },
    {
      path: '/quizzes',
      card: (page) => page.locator('li', { has: page.getByRole('link', { name: '打字测试' }) }),
      link: /^打字测试$/,
      opens: /#\/typing$/,
    },
  ]
  for (const { path, card, link, opens } of cards) {
    await page.goto(`./#${path}`)
    const target = card(page).first()
    await expect(target).toBeVisible()
    if (onPhone) {
      // Tapped near its bottom corner, far from the title.
      const box = (await target.boundingBox())!
      await target.tap({ position: { x: box.width - 8, y: box.height - 8 } })
      await expect(page).toHaveURL(opens)
    } else {
      const anchor = target.getByRole('link', { name: link })
      await anchor.focus()
      await page.keyboard.press('Shift+Tab')
      await page.keyboard.press('Tab')
      await expect(anchor).toBeFocused()
      await expect(target).toHaveCSS('outline-style', 'solid')
      await expect(target).toHaveCSS('outline-width', '3px')
      await page.keyboard.press('Enter')
      await expect(page).toHaveURL(opens)
    }
  }
})
