import { expect, test, type Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { loadCourse } from '../../src/content/build/loadCourse'
import type { QuestionContent } from '../../src/content/types'
import { scoreAnswer, type GivenAnswer } from '../../src/domain/quiz/scoring'
import { courseRule } from '../../src/domain/quiz/start'

// The real question bank, read the way the build reads it, so the test can answer as someone who knows the key.
const course = loadCourse(fileURLToPath(new URL('../../content', import.meta.url)))
const byStem = new Map(course.questions.map((question) => [question.stem, question]))

async function currentQuestion(page: Page): Promise<QuestionContent> {
  const stem = (await page.locator('.question-stem').first().textContent())!.trim()
  const question = byStem.get(stem)
  if (!question) throw new Error(`unknown stem ${stem}`)
  return question
}

/** The answer given: the right one, or a wrong one (see keysFor). */
function answerFor(question: QuestionContent, right: boolean): GivenAnswer {
  if (question.type === 'truefalse') return right ? question.answer : !question.answer
  const rightOptions = question.type === 'single' ? [question.answer] : question.answer
  // A wrong answer: an option outside the key, or, where every option is right (000's printed
  // multi-selects), only the first of them.
  const wrongOption = question.options.findIndex((_, index) => !rightOptions.includes(index))
  const chosen = right ? rightOptions : wrongOption === -1 ? [rightOptions[0]!] : [wrongOption]
  return question.type === 'single' ? chosen[0]! : chosen
}

/** The keys to press for the right (or a wrong) answer, from the option order on screen. */
async function keysFor(page: Page, question: QuestionContent, right: boolean): Promise<string[]> {
  if (question.type === 'truefalse') return [question.answer === right ? '1' : '2']
  const shown = await page.locator('.option').allTextContents()
  const position = (text: string) => shown.findIndex((label) => label.replace(/^\s*[A-J]\.\s*/, '').trim() === text)
  const given = answerFor(question, right)
  const chosen = Array.isArray(given) ? given : [given as number]
  return chosen.map((original) => String(position(question.options[original]!) + 1))
}

test('a practice quiz by keyboard: feedback after each answer, resume after a reload, then the results', async ({
  page,
}) => {
  await page.goto('./#/quizzes/m-qualities')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('客服人员的职业素质')
  // A module's quiz says which mode counts toward its badge: either.
  await expect(page.getByText(/^练习和测验都算数：哪一次答对 60%/)).toBeVisible()
  await page.getByRole('radio', { name: /^练习/ }).check()
  await page.getByRole('button', { name: '开始答题' }).press('Enter')
  await expect(page.getByText('第 1 / 10 题')).toBeVisible()

  // Practice scores multiple choice with partial credit: the wrong answer may still earn part of a point.
  let wrongPoints = 0
  for (let number = 1; number <= 10; number++) {
    await expect(page.getByText(`第 ${number} / 10 题`)).toBeVisible()
    const question = await currentQuestion(page)
    if (number === 2) wrongPoints = scoreAnswer(question, answerFor(question, false), courseRule('module'))
    for (const key of await keysFor(page, question, number !== 2)) await page.keyboard.press(key)
    if (number === 4) {
      // Leave mid-quiz and come back: same question, same answer, same options.
      const before = await page.locator('.option').allTextContents()
      await page.reload()
      await expect(page.getByText('第 4 / 10 题')).toBeVisible()
      expect(await page.locator('.option').allTextContents()).toEqual(before)
      expect((await currentQuestion(page)).id).toBe(question.id)
    }
    await page.keyboard.press('Enter')
    const feedback = page.locator('.feedback').first()
    await expect(feedback).toBeFocused()
    const verdict = number !== 2 ? '回答正确' : wrongPoints > 0 ? '部分正确' : '回答错误'
    await expect(feedback).toContainText(verdict)
    await expect(feedback).toContainText('解析')
    await expect(feedback.getByRole('link', { name: '复习相关课程' })).toBeVisible()
    await page.keyboard.press('Enter')
  }

  // A practice run's result is called a 练习, not a 测验.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^练习结果：/)
  await expect(page).toHaveTitle(/^练习结果/)
  // Nine right answers and the wrong one's share, as the score is rounded for display.
  const points = Math.round((9 + wrongPoints) * 1e6) / 1e6
  const percent = Math.round(points * 10 * 10) / 10
  await expect(page.locator('.result-summary')).toContainText(`得分 ${points} / 10（${percent}%）`)
  await expect(page.locator('.result-summary')).toContainText('通过')
  // Handed in, the keyboard is on the verdict, not at the top of the page.
  await expect(page.locator('.result-summary')).toBeFocused()
  // Opened first (a reload), the result page puts the keyboard on the verdict once it is in the document.
  await page.reload()
  await expect(page.locator('.result-summary')).toBeFocused()
  await expect(page.locator('.review-item')).toHaveCount(10)
})

test('a test quiz: no feedback until handed in, a reload mid-way, then score and full review', async ({ page }) => {
  await page.goto('./#/quizzes/mixed')
  await page.getByRole('radio', { name: /^测验/ }).check()
  await page.getByRole('radio', { name: '10 道' }).check()
  await page.getByRole('button', { name: '开始答题' }).click()

  const wrongOnes = new Set([3, 7])
  for (let number = 1; number <= 10; number++) {
    await expect(page.getByText(`第 ${number} / 10 题`)).toBeVisible()
    const question = await currentQuestion(page)
    const navigator = page.getByRole('navigation', { name: '题目导航' })
    // Digits and letters pick with the focus anywhere but a link or a field: here on the navigator's button.
    if (number === 6) await navigator.locator('[aria-current="step"]').focus()
    // Enter goes on to the next question, and on the last one hands the paper in: the keyboard hint says which.
    if (number >= 9) await expect(page.locator('.key-hint')).toContainText(number === 9 ? 'Enter 确认' : 'Enter 交卷')
    for (const key of await keysFor(page, question, !wrongOnes.has(number))) await page.keyboard.press(key)
    await expect(page.locator('.feedback')).toHaveCount(0)
    if (number === 6) {
      await expect(navigator.getByRole('button', { name: /(已答)/ })).toHaveCount(6)
      // Seen as well as heard: each answered number carries a mark, not only a fill.
      await expect(navigator.locator('.answered-mark')).toHaveCount(6)
      await expect(navigator.getByText('带 ✓ 的题已作答。')).toBeVisible()
      await navigator.locator('[aria-current="step"]').blur()
    }
    if (number === 5) {
      await page.reload()
      await expect(page.getByText('第 5 / 10 题')).toBeVisible()
      await expect(
        page.getByRole('navigation', { name: '题目导航' }).getByRole('button', { name: /(已答)/ }),
      ).toHaveCount(5)
      // The question on screen is marked in the navigator, and its focus ring still shows over that mark.
      const current = page.getByRole('navigation', { name: '题目导航' }).locator('[aria-current="step"]')
      await expect(current).toHaveText(/5/)
      await current.focus()
      await expect(current).toHaveCSS('outline-width', '3px')
      await expect(current).toHaveCSS('outline-style', 'solid')
      await current.blur()
    }
    await page.keyboard.press('Enter')
  }

  await expect(page.getByRole('heading', { level: 1 })).toContainText('测验结果')
  const summary = page.locator('.result-summary')
  await expect(summary).toContainText('答对 8 题')
  await expect(summary).toContainText('通过')
  // Practice quizzes and tests of the course give credit for each right option (domain/quiz/start.ts).
  await expect(summary).toContainText('多选题计分：按比例得分')
  const review = page.locator('.review-item')
  await expect(review).toHaveCount(10)
  await expect(review.filter({ hasText: '回答正确' })).toHaveCount(8)
  for (const item of await review.all()) {
    await expect(item).toContainText('你的答案')
    await expect(item).toContainText('正确答案')
    await expect(item).toContainText('解析')
  }

  // The two wrong answers now make up the 错题本, opened by a full-size button on its card.
  await page.getByRole('link', { name: '返回测验列表' }).click()
  await expect(page.getByText('现有错题 2 道')).toBeVisible()
  // Read through first: each as answered, with the key and why, and nothing started.
  await page.getByRole('article', { name: '错题本' }).getByRole('link', { name: '先看看错在哪里' }).click()
  const mistakes = page.getByRole('region', { name: '错题一览（2 道）' })
  await expect(mistakes.locator('.review-item')).toHaveCount(2)
  for (const item of await mistakes.locator('.review-item').all()) {
    await expect(item).toContainText('你的答案')
    await expect(item).toContainText('正确答案')
    await expect(item).toContainText('解析')
  }
  await expect(page.getByRole('button', { name: '开始答题' })).toBeVisible()
  await expect(page.getByText(/^第 1 \/ \d+ 题$/)).toHaveCount(0)
  await page.goBack()
  await expect(page.getByText('现有错题 2 道')).toBeVisible()
  const open = page.getByRole('article', { name: '错题本' }).getByRole('link', { name: '开始' })
  expect((await open.boundingBox())!.height).toBeGreaterThanOrEqual(44)
  await open.click()
  await expect(page.getByRole('heading', { level: 1, name: '错题本' })).toBeVisible()
})

test('a letter pressed on an option picks that option and takes the focus there, so Space and the arrows go on from it', async ({
  page,
}) => {
  await page.goto('./#/quizzes/mixed')
  await page.getByRole('radio', { name: /^测验/ }).check()
  await page.getByRole('radio', { name: '10 道' }).check()
  await page.getByRole('button', { name: '开始答题' }).click()
  const inputs = page.locator('.option input')
  for (let number = 1; number <= 10; number++) {
    await expect(page.getByText(`第 ${number} / 10 题`)).toBeVisible()
    const question = await currentQuestion(page)
    if (question.type === 'truefalse') {
      await page.getByRole('button', { name: '下一题' }).click()
      continue
    }
    // On option A, the letter of option C (or B where there are only two).
    const picked = Math.min(2, (await inputs.count()) - 1)
    await inputs.first().focus()
    await page.keyboard.press('ABC'[picked]!)
    await expect(inputs.nth(picked)).toBeChecked()
    await expect(inputs.nth(picked)).toBeFocused()
    await expect(inputs.first()).not.toBeChecked()
    if (question.type === 'single') {
      // Arrow up from the picked option chooses the one above it, as a radio group does.
      await page.keyboard.press('ArrowUp')
      await expect(inputs.nth(picked - 1)).toBeChecked()
    } else {
      // Space toggles the option picked, not option A.
      await page.keyboard.press('Space')
      await expect(inputs.nth(picked)).not.toBeChecked()
      await expect(inputs.first()).not.toBeChecked()
    }
    return
  }
  throw new Error('no single or multiple choice question among the ten')
})
