/** Taking the 结业考试 in the browser as a learner who knows the answer key. */
import { expect, type Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { loadCourse } from '../../../src/content/build/loadCourse'
import type { QuestionContent } from '../../../src/content/types'
import { examSize as examQuestionCount } from '../../../src/domain/exam/standing'
import { openExamPage } from './shell'

// The real question bank, read the way the build reads it.
const course = loadCourse(fileURLToPath(new URL('../../../content', import.meta.url)))
const byStem = new Map(course.questions.map((question) => [question.stem, question]))

/** How many questions the exam draws, from its per-module weights. */
export const examSize = examQuestionCount(course.index.exam!.weights)

/** Presses the keys for the right answer to the question on screen, in the option order shown. */
export async function answerRight(page: Page): Promise<void> {
  const stem = (await page.locator('.question-stem').first().textContent())!.trim()
  const question: QuestionContent | undefined = byStem.get(stem)
  if (!question) throw new Error(`unknown stem ${stem}`)
  if (question.type === 'truefalse') {
    await page.keyboard.press(question.answer ? '1' : '2')
    return
  }
  const shown = (await page.locator('.option').allTextContents()).map((label) =>
    label.replace(/^\s*[A-J]\.\s*/, '').trim(),
  )
  for (const original of question.type === 'single' ? [question.answer] : question.answer) {
    await page.keyboard.press(String(shown.indexOf(question.options[original]!) + 1))
  }
}

/** From any page: opens 结业考试, confirms the start and waits for the first question and the full clock. */
export async function startExam(page: Page): Promise<void> {
  await openExamPage(page)
  await page.getByRole('button', { name: '开始考试' }).click()
  await page.getByRole('group', { name: '开始考试' }).getByRole('button', { name: '确定开始' }).click()
  await expect(page.getByText(`第 1 / ${examSize} 题`)).toBeVisible()
  await expect(page.getByRole('timer')).toContainText('剩余时间 60:00')
}

/** The exam, and a test with questions left, ask on the page before hand-in (Enter on the last question or 交卷): confirms the summary. */
export async function handInConfirmed(page: Page): Promise<void> {
  const confirm = page.getByRole('dialog', { name: '确认交卷' })
  await expect(confirm).toBeFocused()
  await confirm.getByRole('button', { name: '确认交卷' }).click()
}

/** Starts the exam and answers every question right; ends on the result page. */
export async function passExam(page: Page): Promise<void> {
  await startExam(page)
  for (let number = 1; number <= examSize; number++) {
    await expect(page.getByText(`第 ${number} / ${examSize} 题`)).toBeVisible()
    await answerRight(page)
    await page.keyboard.press('Enter')
  }
  await handInConfirmed(page)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('考试结果')
  // The summary is labelled by its verdict.
  await expect(page.getByRole('region', { name: '通过', exact: true })).toContainText(`得分 ${examSize} / ${examSize}`)
}
