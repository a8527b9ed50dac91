/**
 * Quiz and exam journeys of issue #13, at both sizes: keyboard alone on the desktop, taps on the phone.
 * A module quiz started in one tap with a wrong answer marked; the exam's confirmation before hand-in;
 * a failed exam with what to study; a passed exam with its celebration and certificate link.
 */
import { expect, test, type Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { loadCourse } from '../../src/content/build/loadCourse'
import type { QuestionContent } from '../../src/content/types'
import { answerRight, examSize, handInConfirmed, passExam } from './helpers/exam'
import { activate, goBack, holdPageCode, scrollSettled, tab } from './helpers/shell'

const course = loadCourse(fileURLToPath(new URL('../../content', import.meta.url)))
const byStem = new Map(course.questions.map((question) => [question.stem, question]))

async function currentQuestion(page: Page): Promise<QuestionContent> {
  const stem = (await page.locator('.question-stem').first().textContent())!.trim()
  const question = byStem.get(stem)
  if (!question) throw new Error(`unknown stem ${stem}`)
  return question
}

/** The options as shown, without their letters. */
async function shownOptions(page: Page): Promise<string[]> {
  return (await page.locator('.option').allTextContents()).map((label) => label.replace(/^\s*[A-J]\.\s*/, '').trim())
}

/** Opens 结业考试, confirms the start and waits for the first question. */
async function startExam(page: Page): Promise<void> {
  await page.goto('./#/exam')
  await activate(page.getByRole('button', { name: '开始考试' }))
  await activate(page.getByRole('button', { name: '确定开始' }))
  await expect(page.getByText(`第 1 / ${examSize} 题`)).toBeVisible()
}

test('a module quiz starts in one tap; a wrong answer is marked ✗ and the right one ✓ in the card', async ({
  page,
  hasTouch,
}) => {
  await page.goto('./#/quizzes')
  const help = page.getByText('多选题怎么计分？')
  await expect(help).toBeVisible()
  await activate(page.getByRole('article', { name: /客服人员的职业素质$/ }).getByRole('link', { name: '开始练习' }))
  await expect(page.getByText('第 1 / 10 题')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/客服人员的职业素质 · 练习/)
  // Started once: a reload (or Back to this entry) resumes the quiz rather than starting another.
  await expect(page).toHaveURL(/#\/quizzes\/m-qualities\/play$/)

  const first = await currentQuestion(page)
  const choices = first.type === 'truefalse' ? 2 : first.options.length
  // The shortcut hint only where a keyboard is likely, naming exactly this question's keys.
  const hint = page.getByText(/^键盘：按数字键/)
  if (hasTouch) await expect(hint).toBeHidden()
  else
    await expect(hint).toHaveText(
      new RegExp(`^键盘：按数字键 1–${choices} 或字母键 A–${'ABCDEFGHIJ'[choices - 1]} 选择`),
    )

  // A wrong answer: the first option outside the key (for true/false, the wrong verdict). A question
  // whose every option is right (some printed multiple choices) has none: it is answered and passed.
  let right: number[] = []
  let wrong: number | undefined
  for (let number = 1; number <= 10; number++) {
    await expect(page.getByText(`第 ${number} / 10 题`)).toBeVisible()
    const question = await currentQuestion(page)
    const shown = await shownOptions(page)
    right =
      question.type === 'truefalse'
        ? [question.answer ? 0 : 1]
        : (question.type === 'single' ? [question.answer] : question.answer).map((original) =>
            shown.indexOf(question.options[original]!),
          )
    wrong = shown.map((_, position) => position).find((position) => !right.includes(position))
    if (question.type === 'truefalse') wrong = right[0] === 0 ? 1 : 0
    if (wrong !== undefined) break
    if (hasTouch) await page.locator('.option').first().tap()
    else await page.keyboard.press('1')
    await activate(page.getByRole('button', { name: '检查答案' }))
    await activate(page.getByRole('button', { name: '下一题' }))
  }
  if (wrong === undefined) throw new Error('no question of the quiz has a wrong option')
  const options = page.locator('.option')
  if (hasTouch) await options.nth(wrong).tap()
  else await page.keyboard.press(String(wrong + 1))
  await activate(page.getByRole('button', { name: '检查答案' }))

  await expect(page.locator('.feedback').first()).toContainText('回答错误')
  await expect(options.nth(wrong)).toContainText('你的选择 · 错误')
  await expect(options.nth(wrong).locator('svg')).toBeVisible()
  for (const position of right) {
    await expect(options.nth(position)).toContainText('正确答案')
    await expect(options.nth(position).locator('svg')).toBeVisible()
  }
  // Every other option is left unmarked.
  const marked = await options.filter({ hasText: /你的选择|正确答案/ }).count()
  expect(marked).toBe(right.length + 1)
})

test('after 检查答案 the verdict and 下一题 are both on screen, clear of the phone’s tab bar', async ({
  page,
  hasTouch,
}) => {
  await page.goto('./#/quizzes')
  await activate(page.getByRole('article', { name: /投诉处理$/ }).getByRole('link', { name: '开始练习' }))
  for (let asked = 1; asked <= 3; asked++) {
    await expect(page.getByText(`第 ${asked} / 10 题`)).toBeVisible()
    if (hasTouch) await page.locator('.option').first().tap()
    else await page.keyboard.press('1')
    await activate(page.getByRole('button', { name: '检查答案' }))
    const verdict = page
      .locator('.feedback')
      .first()
      .getByText(/^(回答正确|回答错误|部分正确)/)
    await expect(verdict).toBeInViewport()
    // The focus goes to the feedback; its ring shows to the keyboard, not round a tapped answer's verdict.
    const feedback = page.locator('.feedback').first()
    await expect(feedback).toBeFocused()
    await expect(feedback).toHaveCSS('outline-style', hasTouch ? 'none' : 'solid')
    // What is drawn at the middle of 下一题 is 下一题 itself: on screen, and not under the tab bar.
    const next = page.getByRole('button', { name: '下一题' })
    const box = (await next.boundingBox())!
    const drawn = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('button')?.textContent?.trim() ?? null,
      [box.x + box.width / 2, box.y + box.height / 2],
    )
    expect(drawn).toBe('下一题')
    await activate(next)
  }
})

test('复习相关课程 opens the lesson at its section, and 返回 leads back to the same question', async ({
  page,
  hasTouch,
}) => {
  await page.goto('./#/quizzes')
  await activate(page.getByRole('article', { name: /投诉处理$/ }).getByRole('link', { name: '开始练习' }))
  await expect(page.getByText('第 1 / 10 题')).toBeVisible()
  if (hasTouch) await page.locator('.option').first().tap()
  else await page.keyboard.press('1')
  await activate(page.getByRole('button', { name: '检查答案' }))
  const stem = (await page.locator('.question-stem').first().textContent())!
  const study = page.getByRole('link', { name: '复习相关课程' })
  // Shown after every answer, it is a finger's height to tap (44 px), not a line of text's.
  expect((await study.boundingBox())!.height).toBeGreaterThanOrEqual(44)
  await activate(study)
  await expect(page).toHaveURL(/#\/modules\/complaints\/lessons\/[\w-]+\?quiz=m-complaints#sec-/)
  const toc = page.getByRole('navigation', { name: '本课目录' }).getByRole('link')
  await expect(toc.first()).toBeVisible()
  for (const box of await toc.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height)))
    expect(box).toBeGreaterThanOrEqual(44)
  const backToQuiz = page.getByRole('link', { name: /^← 回到测验：/ })
  await expect(backToQuiz).toBeVisible()
  // The lesson's end leads back as well, where the reading finishes.
  await expect(page.getByRole('link', { name: /^读完了，回到测验：/ })).toHaveAttribute(
    'href',
    (await backToQuiz.getAttribute('href'))!,
  )
  // On a phone the top bar's 返回, always in view; on a desktop the link at the lesson's top.
  await goBack(page, backToQuiz)
  await expect(page.getByText('第 1 / 10 题')).toBeVisible()
  await expect(page.locator('.question-stem').first()).toHaveText(stem)
  await expect(page.locator('.feedback').first()).toBeVisible()
})

test("a result's 复习相关课程 leads back to that question of the result, and the quiz's page keeps the way to it", async ({
  page,
  hasTouch,
}) => {
  const choose = async (radio: ReturnType<Page['getByRole']>) => {
    if (hasTouch) await radio.tap()
    else {
      await radio.focus()
      await page.keyboard.press('Space')
    }
    await expect(radio).toBeChecked()
  }
  // A 10-question test of 投诉处理, handed in with nothing answered.
  await page.goto('./#/quizzes/m-complaints')
  await choose(page.getByRole('radio', { name: /^测验/ }))
  await choose(page.getByRole('radio', { name: '10 道' }))
  await activate(page.getByRole('button', { name: '开始答题' }))
  await expect(page.getByText('第 1 / 10 题')).toBeVisible()
  // Ten questions unanswered: the page asks before hand-in, with a way to each of them.
  await activate(page.locator('.quiz-actions').getByRole('button', { name: '交卷' }))
  const asked = page.getByRole('dialog', { name: '确认交卷' })
  await expect(asked).toContainText('还有 10 道题未作答。未作答的题不得分，会放进错题本。')
  await expect(asked.getByRole('button', { name: /^第 \d+ 题$/ })).toHaveCount(10)
  // The whole question in view, its decision too (a phone's bars apart), whatever the window's size.
  await expect(asked.getByRole('button', { name: '确认交卷' })).toBeInViewport({ ratio: 1 })
  await expect(asked.getByRole('button', { name: '第 10 题' })).toBeInViewport({ ratio: 1 })
  await handInConfirmed(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^测验结果/)
  const resultAddress = page.url()

  // The fourth question's lesson, reloaded there, and back: on the same question, in view and focused.
  const fourth = page.locator('.review-item').nth(3)
  await activate(fourth.getByRole('link', { name: '复习相关课程' }))
  await expect(page).toHaveURL(/#\/modules\/complaints\/lessons\/[\w-]+\?result=[\w-]+#sec-/)
  const backToResult = page.getByRole('link', { name: '← 回到测验成绩' })
  await expect(backToResult).toBeVisible()
  await page.reload()
  await expect(backToResult).toBeVisible()
  // Read to the end, the way back is there too: the result, at the question left.
  const endBack = page.getByRole('link', { name: '读完了，回到测验成绩' })
  await endBack.scrollIntoViewIfNeeded()
  await activate(endBack)
  await expect(page).toHaveURL(resultAddress)
  await expect(fourth).toBeFocused()
  await activate(fourth.getByRole('link', { name: '复习相关课程' }))
  await expect(backToResult).toBeVisible()
  // On a phone the top bar's 返回, always in view; on a desktop the link at the lesson's top.
  await goBack(page, backToResult)
  await expect(page).toHaveURL(resultAddress)
  await expect(fourth).toBeFocused()
  await expect(fourth).toBeInViewport()

  // Later, the quiz's own page leads to the same result, opened at its top this time.
  await page.goto('./#/quizzes/m-complaints')
  await expect(page.getByText('上次成绩 0%。')).toBeVisible()
  await activate(page.getByRole('link', { name: '查看上次的结果和逐题回顾' }))
  await expect(page).toHaveURL(resultAddress)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^测验结果/)
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport()
  await expect(fourth).not.toBeFocused()
})

test('a module’s quiz opened from its module stays under 学习: its trail and 返回 lead back to the module', async ({
  page,
  hasTouch,
  isMobile,
}) => {
  const trail = page.getByRole('navigation', { name: '当前位置' })
  const inModule = async () => {
    await expect(tab(page, '学习')).toHaveAttribute('aria-current', 'true')
    await expect(tab(page, '练习')).not.toHaveAttribute('aria-current')
    await expect(trail.getByRole('link', { name: '投诉处理', exact: true })).toBeVisible()
    await expect(trail).not.toContainText('测验与练习')
  }
  await page.goto('./#/modules/complaints')
  await activate(page.getByRole('region', { name: '本模块测验' }).getByRole('link', { name: '开始本模块测验' }))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('8. 投诉处理')
  await inModule()
  await expect(trail).toHaveText('首页 › 投诉处理 › 本模块测验')

  // Its questions, then its result (a test handed in with nothing answered), keep the way back.
  const test = page.getByRole('radio', { name: /^测验/ })
  if (hasTouch) await test.tap()
  else {
    await test.focus()
    await page.keyboard.press('Space')
  }
  await activate(page.getByRole('button', { name: '开始答题' }))
  await expect(page.getByText('第 1 / 10 题')).toBeVisible()
  await inModule()
  await activate(page.locator('.quiz-actions').getByRole('button', { name: '交卷' }))
  await handInConfirmed(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^测验结果/)
  await inModule()
  const result = page.url().replace(/\?.*$/, '')
  // A question's lesson, and back to the result: still the module's quiz.
  await activate(page.locator('.review-item').first().getByRole('link', { name: '复习相关课程' }))
  await expect(page).toHaveURL(/#\/modules\/complaints\/lessons\/[\w-]+\?result=[\w-]+&module=complaints#sec-/)
  await goBack(page, page.getByRole('link', { name: '← 回到测验成绩' }))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^测验结果/)
  await inModule()
  // On a phone the top bar's 返回; on a desktop the trail.
  await goBack(page, '投诉处理')
  await expect(page).toHaveURL(/#\/modules\/complaints$/)
  // Back on the module, the link to its quiz has the focus, in view, as after any of the module's own pages.
  const again = page.getByRole('region', { name: '本模块测验' }).getByRole('link', { name: '再做一次本模块测验' })
  await expect(again).toBeFocused()
  await expect(again).toBeInViewport()

  // The same result opened by its own address belongs to 练习: 返回 leads to the quiz list, to the quiz's card.
  await page.goto(result)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^测验结果/)
  await expect(tab(page, '练习')).toHaveAttribute('aria-current', 'true')
  await goBack(page, '测验与练习')
  await expect(page).toHaveURL(/#\/quizzes$/)
  const card = page.getByRole('link', { name: '8. 投诉处理', exact: true })
  await expect(card).toBeFocused()
  await expect(card).toBeInViewport()

  // The same quiz opened from 练习 belongs to 练习, and leads back to the quiz list.
  await activate(card)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('8. 投诉处理')
  await expect(tab(page, '练习')).toHaveAttribute('aria-current', 'true')
  await expect(trail.getByRole('link').first()).toHaveText('测验与练习')
  if (isMobile) {
    await activate(page.locator('.top-bar-back'))
    await expect(page).toHaveURL(/#\/quizzes$/)
  }
})

test('a module’s quiz left half done is offered back on the module’s page, at the question it was left on', async ({
  page,
}) => {
  await page.goto('./#/modules/complaints')
  const quizPanel = page.getByRole('region', { name: '本模块测验' })
  await activate(quizPanel.getByRole('link', { name: '开始本模块测验' }))
  await page.getByRole('radio', { name: /^测验/ }).check()
  await activate(page.getByRole('button', { name: '开始答题' }))
  await expect(page.getByText('第 1 / 10 题')).toBeVisible()
  await page.keyboard.press('1')
  await page.keyboard.press('Enter')
  await expect(page.getByText('第 2 / 10 题')).toBeVisible()
  await goBack(page, '投诉处理')
  await expect(page).toHaveURL(/#\/modules\/complaints$/)
  await expect(quizPanel).toContainText('有一次测验还没做完：做到第 2 / 10 题。')
  await expect(quizPanel).not.toContainText('还没有做过')
  await expect(quizPanel.getByRole('link', { name: '开始本模块测验' })).toHaveCount(0)
  // As after any of the module's own pages, the way back to the page just left has the focus.
  await expect(quizPanel.getByRole('link', { name: '继续答题' })).toBeFocused()
  await activate(quizPanel.getByRole('link', { name: '继续答题' }))
  await expect(page.getByText('第 2 / 10 题')).toBeVisible()
  await expect(page.getByRole('navigation', { name: '当前位置' })).toHaveText('首页 › 投诉处理 › 本模块测验')
})

test('a lesson opened from a quiz no longer under way leads back to its module, not to the quiz', async ({
  page,
  isMobile,
}) => {
  // The address a quiz's 复习相关课程 made, opened again once that quiz is over (here: never started).
  await page.goto('./#/modules/complaints/lessons/complaints-targets-and-attitude?quiz=m-complaints')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page).toHaveURL(/#\/modules\/complaints\/lessons\/complaints-targets-and-attitude$/)
  await expect(page.getByRole('link', { name: /^← 回到测验/ })).toHaveCount(0)
  if (isMobile) {
    await activate(page.locator('.top-bar-back'))
    await expect(page).toHaveURL(/#\/modules\/complaints$/)
  }
})

test('the exam asks on the page, not in a pop-up, before its clock starts; 先不考 and Escape leave it unstarted', async ({
  page,
  hasTouch,
}) => {
  const popUps: string[] = []
  page.on('dialog', (dialog) => {
    popUps.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto('./#/exam')
  // Said before it starts: leaving does not stop the clock.
  await expect(page.getByRole('main')).toContainText('中途离开（换页面、关掉浏览器、换学员）计时也不停')
  const start = page.getByRole('button', { name: '开始考试' })
  const question = page.getByRole('group', { name: '开始考试' })
  await activate(start)
  await expect(question).toContainText(
    '开始后计时 60 分钟，时间到会自动交卷。这会用掉剩下 3 次考试机会中的 1 次。确定开始吗？',
  )
  await expect(question.getByText(/^开始后计时/)).toBeFocused()
  await activate(question.getByRole('button', { name: '先不考' }))
  await expect(question).toHaveCount(0)
  await expect(start).toBeFocused()
  if (!hasTouch) {
    await page.keyboard.press('Enter')
    await expect(question).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(start).toBeFocused()
  }
  await expect(page).toHaveURL(/#\/exam$/)
  await activate(start)
  await activate(question.getByRole('button', { name: '确定开始' }))
  await expect(page.getByText(`第 1 / ${examSize} 题`)).toBeVisible()
  expect(popUps).toEqual([])
})

test('an exam left under way is said at the top of home, with its clock and the way back to it', async ({ page }) => {
  await startExam(page)
  // The trail leads where 返回 does: the exam's own page, not the quiz list it is not in.
  const trail = page.getByRole('navigation', { name: '当前位置' }).getByRole('link')
  await expect(trail).toHaveText(['客服人员结业考试'])
  await expect(trail).toHaveAttribute('href', /#\/exam$/)
  // The clock stays in view at the foot of a question, below the top bar.
  await page.mouse.wheel(0, 3000)
  await expect(page.getByRole('button', { name: '下一题' })).toBeInViewport()
  await expect(page.getByRole('timer')).toBeInViewport()
  await page.goto('./#/')
  const underWay = page.getByRole('region', { name: '结业考试正在进行，计时没有停' })
  await expect(underWay.getByRole('timer')).toHaveText(/^剩余时间 [\d:]+$/)
  await activate(underWay.getByRole('link', { name: '继续考试' }))
  await expect(page.getByText(`第 1 / ${examSize} 题`)).toBeVisible()
})

test('on a shared device, the learners page says whose exam is running and asks before switching away from it', async ({
  page,
}) => {
  // 王芳 and 李娜 share the device; 王芳 starts the exam and leaves it under way.
  await page.goto('./#/learners')
  await page.getByLabel('姓名', { exact: true }).fill('李娜')
  await activate(page.getByRole('button', { name: '添加并切换' }))
  await page.goto('./#/learners')
  await page.getByLabel('姓名', { exact: true }).fill('王芳')
  await activate(page.getByRole('button', { name: '添加并切换' }))
  await expect(page.getByRole('status').filter({ hasText: '已添加学员 王芳' })).toBeVisible()
  await startExam(page)

  await page.goto('./#/learners')
  const running = page.getByRole('region', { name: '王芳 的结业考试正在进行，计时没有停' })
  await expect(running).toContainText('时间到会自动交卷')
  const switchToLi = page.getByRole('button', { name: '切换到 李娜' })
  await activate(switchToLi)
  const question = page.getByRole('group', { name: '切换到 李娜' })
  await expect(question).toContainText('王芳 的结业考试还在计时，切换后计时不会停')
  await activate(question.getByRole('button', { name: '先不切换' }))
  await expect(switchToLi).toBeFocused()
  await expect(page.getByRole('listitem').filter({ hasText: /王芳\s*（当前）/ })).toBeVisible()
  // Asked again, and agreed: 李娜 has no exam running, so the warning goes.
  await activate(switchToLi)
  await activate(question.getByRole('button', { name: '仍然切换' }))
  await expect(page.getByRole('status').filter({ hasText: '已切换到学员 李娜' })).toBeVisible()
  await expect(running).toHaveCount(0)
  // Back to 王芳: her exam is there to go on with, from the page's own link.
  await activate(page.getByRole('button', { name: '切换到 王芳' }))
  await activate(running.getByRole('link', { name: '继续考试' }))
  await expect(page.getByText(`第 1 / ${examSize} 题`)).toBeVisible()
})

test('a learner with a PIN who leaves the device locked while the exam runs is asked first', async ({ page }) => {
  await page.goto('./#/learners')
  await page.getByLabel('姓名', { exact: true }).fill('王芳')
  await activate(page.getByRole('button', { name: '添加并切换' }))
  await page.getByLabel('新的 PIN（4 位数字）').fill('2580')
  await page.getByLabel('再输一次新的 PIN').fill('2580')
  await activate(page.getByRole('button', { name: '设置 PIN' }))
  await expect(page.getByRole('status').filter({ hasText: 'PIN 已设置' })).toBeVisible()
  await startExam(page)

  await page.goto('./#/me')
  const leave = page.getByRole('button', { name: '锁定并离开' })
  await activate(leave)
  const question = page.getByRole('group', { name: '锁定并离开' })
  await expect(question).toContainText('你的结业考试还在计时，离开后计时不会停，时间到会自动交卷。')
  await activate(question.getByRole('button', { name: '先不离开' }))
  await expect(leave).toBeFocused()
  await activate(leave)
  await activate(question.getByRole('button', { name: '仍然离开' }))
  await expect(page.getByText(/^已锁定：刚才那位学员的学习记录要输入 PIN 才能打开。/)).toBeVisible()
})

test.describe('a feedback that cannot download', () => {
  // The page's own requests only: a service worker would answer from its cache.
  test.use({ serviceWorkers: 'block' })

  test('still on its way, holds 下一题 until it is there, so a quick tap does not skip it', async ({
    page,
    hasTouch,
  }) => {
    await page.goto('./#/quizzes')
    const feedbackCode = await holdPageCode(page, 'QuizFeedback')
    await activate(page.getByRole('article', { name: /客服人员的职业素质$/ }).getByRole('link', { name: '开始练习' }))
    await expect(page.getByText('第 1 / 10 题')).toBeVisible()
    if (hasTouch) await page.locator('.option').first().tap()
    else await page.keyboard.press('1')
    await activate(page.getByRole('button', { name: '检查答案' }))
    await expect(page.getByText('正在载入答案解析……')).toBeVisible()
    const next = page.getByRole('button', { name: '下一题' })
    await expect(next).toHaveAttribute('aria-disabled', 'true')
    // Pressed all the same (a tap lands, whatever the button says): the question stays.
    if (hasTouch) await next.tap({ force: true })
    else await next.press('Enter')
    await expect(page.getByText('第 1 / 10 题')).toBeVisible()
    feedbackCode.release()
    await expect(page.locator('.feedback').first()).toContainText(/回答正确|回答错误|部分正确/)
    await expect(next).not.toHaveAttribute('aria-disabled')
    await activate(next)
    await expect(page.getByText('第 2 / 10 题')).toBeVisible()
  })

  test('is said, with 重试, and shows once it downloads', async ({ page, hasTouch }) => {
    await page.goto('./#/quizzes')
    let refuse = true
    // Its first address and those it is asked again under after a failure (?retry=1…).
    await page.route(/\/assets\/QuizFeedback-[^/?]*\.js(\?|$)/, (route) => (refuse ? route.abort() : route.continue()))
    await activate(page.getByRole('article', { name: /客服人员的职业素质$/ }).getByRole('link', { name: '开始练习' }))
    await expect(page.getByText('第 1 / 10 题')).toBeVisible()
    const options = page.locator('.option')
    if (hasTouch) await options.first().tap()
    else await page.keyboard.press('1')
    await activate(page.getByRole('button', { name: '检查答案' }))
    const failed = page.getByRole('alert').filter({ hasText: '加载失败' })
    await expect(failed).toBeVisible()
    // The answer stays checked: the options are locked as after any check.
    await expect(options.first().locator('input')).toBeDisabled()

    refuse = false
    await activate(failed.getByRole('button', { name: '重试' }))
    await expect(page.locator('.feedback').first()).toContainText(/回答正确|回答错误|部分正确/)
    await expect(failed).toHaveCount(0)
  })
})

test('the exam asks before hand-in with a summary: cancel, jump to an unanswered question, then a fail that says what to study', async ({
  page,
  hasTouch,
}) => {
  test.setTimeout(90_000)
  await startExam(page)
  // The exam is not called a 测验.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/结业考试$/)
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('测验')
  await answerRight(page)
  await activate(page.getByRole('button', { name: '下一题' }))
  await expect(page.getByText(`第 2 / ${examSize} 题`)).toBeVisible()

  const handIn = page.locator('.quiz-actions').getByRole('button', { name: '交卷' })
  await activate(handIn)
  const confirm = page.getByRole('dialog', { name: '确认交卷' })
  await expect(confirm).toBeFocused()
  await expect(confirm).toContainText(`已作答 1 / ${examSize} 题`)
  await expect(confirm).toContainText(`还有 ${examSize - 1} 道题未作答`)
  await expect(confirm).toContainText(/剩余时间 (60:00|59:[0-5]\d)/)
  await expect(confirm).toContainText('交卷后还可以再考 2 次。')
  await expect(confirm.getByRole('button', { name: /^第 \d+ 题$/ })).toHaveCount(examSize - 1)
  // The decision is wholly on screen, before the long list of unanswered questions.
  await scrollSettled(page)
  const decision = confirm.getByRole('button', { name: '确认交卷' })
  await expect(decision).toBeInViewport({ ratio: 1 })
  // What is drawn at its middle is the button itself, not a phone's tab bar or the sticky clock.
  const box = (await decision.boundingBox())!
  const drawn = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.closest('button')?.textContent?.trim() ?? null,
    [box.x + box.width / 2, box.y + box.height / 2],
  )
  expect(drawn).toBe('确认交卷')

  // Cancel: Escape on the desktop (focus goes back to 交卷), 继续作答 on the phone.
  if (hasTouch) await confirm.getByRole('button', { name: '继续作答' }).tap()
  else {
    await page.keyboard.press('Escape')
    await expect(handIn).toBeFocused()
  }
  await expect(confirm).toHaveCount(0)
  await expect(page.getByText(`第 2 / ${examSize} 题`)).toBeVisible()

  // Again, and jump to an unanswered question from the summary.
  await activate(handIn)
  await activate(confirm.getByRole('button', { name: '第 5 题', exact: true }))
  await expect(confirm).toHaveCount(0)
  await expect(page.getByText(`第 5 / ${examSize} 题`)).toBeVisible()

  // Now hand in for real.
  await activate(handIn)
  await activate(confirm.getByRole('button', { name: '确认交卷' }))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('考试结果')
  await expect(page.getByRole('region', { name: '未通过', exact: true })).toContainText(`得分 1 / ${examSize}`)
  await expect(page.getByRole('region', { name: '未通过', exact: true })).toBeFocused()
  const failed = page.getByRole('region', { name: '这次没有通过，再接再厉' })
  await expect(failed).toContainText('你还可以再考 2 次，随时都能再考。')
  await expect(failed.getByRole('heading', { name: '最需要加强的模块' })).toBeVisible()
  const weakest = failed.getByRole('listitem')
  await expect(weakest).toHaveCount(3)
  // The breakdown lists the modules as the course does; the weakest are those that lost the most.
  const byModule = page.getByRole('region', { name: '各模块得分' }).getByRole('rowheader')
  await expect(byModule).toHaveText(course.index.modules.map((module) => module.title))
  // One answer right: of the modules with none right, the first is the one with the most questions
  // (the heaviest, or the next if the right answer was in it).
  const [most, next] = Object.values(course.index.exam!.weights).sort((a, b) => b - a)
  await expect(weakest.first()).toContainText(new RegExp(`答对 0 / (${most}|${next})（0%）`))
  await expect(weakest.first().getByRole('link', { name: '学习本模块' })).toHaveAttribute(
    'href',
    /#\/modules\/[a-z-]+$/,
  )
  await expect(weakest.first().getByRole('link', { name: '做本模块测验' })).toHaveAttribute(
    'href',
    /#\/quizzes\/m-[a-z-]+\/play\?start=1$/,
  )
  // Practising a weak module starts its quiz at once.
  await activate(weakest.first().getByRole('link', { name: '做本模块测验' }))
  await expect(page.getByText('第 1 / 10 题')).toBeVisible()
})

test('a passed exam leads with a celebration and the certificate link; reduced motion stills it', async ({ page }) => {
  test.setTimeout(150_000)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  // passExam ends with Enter on the last question, which asks first (helpers/exam.ts confirms).
  await page.goto('./')
  await passExam(page)
  const celebration = page.getByRole('region', { name: '恭喜你通过结业考试！' })
  await expect(celebration).toBeVisible()
  // The keyboard starts at the page's top, so the celebration is heard before the score.
  await expect(page.locator('main')).toBeFocused()
  await expect(celebration.getByRole('heading', { level: 2 })).toHaveText('恭喜你通过结业考试！')
  const certificate = celebration.getByRole('link', { name: '查看并打印结业证书' })
  await expect(certificate).toHaveAttribute('href', '#/certificate')
  // The celebration comes before the score summary and the breakdown.
  const order = await page.locator('main').evaluate((main) => {
    const celebrationEl = main.querySelector('.exam-passed')!
    const summary = main.querySelector('.result-summary')!
    return celebrationEl.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING
  })
  expect(order).toBeTruthy()
  expect(await page.locator('.exam-passed .medal').evaluate((el) => getComputedStyle(el).animationName)).toBe('none')
  await certificate.click()
  await expect(page).toHaveURL(/#\/certificate$/)
})

test('the address of a quiz not under way (a bookmark, a reload after hand-in) says so and leads to its start', async ({
  page,
}) => {
  await page.goto('./#/quizzes/m-qualities/play')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('「2. 客服人员的职业素质」目前没有进行中的答题。')
  await expect(page.getByRole('navigation', { name: '当前位置' })).toContainText('2. 客服人员的职业素质')
  await activate(page.getByRole('main').getByRole('link', { name: '开始', exact: true }))
  await expect(page).toHaveURL(/#\/quizzes\/m-qualities$/)
  await expect(page.getByRole('button', { name: '开始答题' })).toBeVisible()
  // The exam's address names the exam, not a module, and leads to the exam's own page.
  await page.goto('./#/quizzes/exam/play')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('「客服人员结业考试」目前没有进行中的答题。')
  await expect(page.getByRole('navigation', { name: '当前位置' })).toContainText('客服人员结业考试')
  await activate(page.getByRole('main').getByRole('link', { name: '开始', exact: true }))
  await expect(page).toHaveURL(/#\/exam$/)
  await expect(page.getByRole('heading', { level: 1, name: '结业考试' })).toBeVisible()
  // An assignment's, whose name only its link carries, says it is the trainer's assignment.
  await page.goto('./#/quizzes/as-k3x9q2/play')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('「培训师布置的作业」目前没有进行中的答题。')
  // A quiz that does not exist at all is still not found, and leads back to the list, not to a start it has not.
  await page.goto('./#/quizzes/m-nothing/play')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有这个测验。')
  await expect(page.getByRole('navigation', { name: '当前位置' }).getByRole('link')).toHaveText(['测验与练习'])
  await expect(page.getByRole('main').getByRole('link', { name: '开始', exact: true })).toHaveCount(0)
  await activate(page.getByRole('main').getByRole('link', { name: '返回测验列表' }))
  await expect(page).toHaveURL(/#\/quizzes$/)
})
