/**
 * The roster's 题目分析: a trainer pastes thirty learners' result codes (each carrying which question
 * was right and, for all but two, what was chosen), picks the assignment, reads each question's
 * facility and discrimination, opens a flagged question with its key and how many chose each
 * option, and exports the table. The figures are the hand-checked ones of
 * tests/unit/domain/trainer/itemAnalysis.test.ts, over five questions of the real course.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import { loadCourse } from '../../src/content/build/loadCourse'
import { encodeResult, resultPercent, resultPassed } from '../../src/domain/trainer/assignmentResult'
import { optionLetter } from '../../src/domain/quiz/keys'
import type { QuestionMark } from '../../src/domain/trainer/questionMarks'
import { ITEM_PATTERNS } from '../fixtures/itemAnalysis'
import { activate } from './helpers/shell'

const course = loadCourse(fileURLToPath(new URL('../../content', import.meta.url)))
const IDS = ['overview-q001', 'overview-q002', 'overview-q003', 'overview-q004', 'overview-q005']
const question = (id: string) => course.questions.find((item) => item.id === id)!
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * What learner `index` chose: the key when right; when wrong, every third left it blank and the
 * rest chose A (a wrong option of every single-choice question here) or the wrong one of 对 / 错.
 * The last two learners' codes say nothing of it, as codes from before choices travelled.
 */
function chosen(index: number, questionId: string, correct: boolean): QuestionMark['given'] {
  if (index >= 28) return undefined
  const asked = question(questionId)
  if (asked.type === 'multiple') throw new Error(`${questionId} is not a single-choice or true/false question`)
  if (correct) return asked.answer
  if (index % 3 === 0) return null
  return asked.type === 'truefalse' ? !asked.answer : 0
}

/** Thirty learners' answers to one assignment, as the fixture's patterns say. */
const sheets = ITEM_PATTERNS.flatMap(([pattern, learners]) => Array.from({ length: learners }, () => pattern)).map(
  (pattern, index): QuestionMark[] =>
    IDS.map((questionId, at) => {
      const correct = pattern[at] === '1'
      const given = chosen(index, questionId, correct)
      return given === undefined ? { questionId, correct } : { questionId, correct, given }
    }),
)

/** Thirty result codes of one assignment. */
const codes = sheets.map((answers, index) => {
  const correct = answers.filter((answer) => answer.correct).length
  const number = String(index + 1).padStart(2, '0')
  return encodeResult({
    assignment: 'ia2026',
    title: '第一周小测',
    learner: `学员${number}`,
    learnerId: `p-item-${number}`,
    percent: resultPercent(correct, IDS.length),
    correct,
    total: IDS.length,
    passMark: 60,
    passed: resultPassed(correct, IDS.length, 60),
    startedAt: '2026-11-23T09:00:00.000Z',
    finishedAt: `2026-11-23T09:${number}:00.000Z`,
    scenarios: [],
    answers,
  })
})

async function openAnalysis(page: Page, pick: (select: Locator) => Promise<void>): Promise<Locator> {
  await page.goto('./#/roster')
  await page.getByLabel('成绩代码（每行一个）').fill(codes.join('\n'))
  await page.getByRole('button', { name: '加入名册' }).click()
  await expect(page.getByRole('status').filter({ hasText: '加入' }).first()).toBeVisible()
  await pick(page.getByLabel('题目分析：选择作业'))
  const analysis = page.getByRole('region', { name: '题目分析' })
  await expect(analysis).toContainText('根据 30 位学员各自第一次交的答卷')
  // Each learner saw the questions and options in their own order: the table's numbers are the bank's.
  await expect(analysis).toContainText('学员作答时题目和选项的顺序是打乱的')
  return analysis
}

/** Presses Tab until `target` has focus (at most `max` times), as a keyboard user moves on. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let press = 0; press < max; press++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

/** The table's rows as read on screen, each a list of cell texts. */
async function rows(analysis: Locator): Promise<string[][]> {
  const table = analysis.getByRole('table', { name: '每道题的答对率、区分度和提示' })
  await expect(table.locator('td.ia-stem').first()).toHaveText(question(IDS[0]!).stem)
  return table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
    )
}

const EXPECTED_FIGURES = [
  ['第 1 题', '93.3%', '0.25', '30', '几乎人人答对'],
  ['第 2 题', '16.7%', '0.37', '30', '几乎人人答错'],
  ['第 3 题', '53.3%', '-0.63', '30', '区分度为负'],
  ['第 4 题', '53.3%', '0.27', '30', '无'],
  ['第 5 题', '56.7%', '0.31', '30', '无'],
]

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' '))}`),
  ).toEqual([])
}

/** Activates a control as the trainer would: Tab to it and Enter on desktop, a tap on a phone. */
async function press(page: Page, isMobile: boolean, target: Locator): Promise<void> {
  if (isMobile) return target.tap()
  await tabTo(page, target)
  await page.keyboard.press('Enter')
}

test('a trainer reads the item analysis, opens flagged questions with their keys and exports the table', async ({
  page,
  isMobile,
}) => {
  const analysis = await openAnalysis(page, async (select) => {
    if (isMobile) return void (await select.selectOption({ label: '第一周小测' }))
    await select.focus()
    await page.keyboard.press('ArrowDown')
  })
  expect((await rows(analysis)).map((row) => row.slice(0, 5))).toEqual(EXPECTED_FIGURES)
  // On a phone the question's text is off to the right: the page says where to find it.
  await expect(analysis.getByText('表格较宽时可以左右滑动，题号一列固定不动，题目在最右一列。')).toBeVisible()
  // Every question was answered by all thirty: nothing is left uncomputed, so nothing is said of it.
  await expect(analysis).not.toContainText('没有计算')

  // The page itself never scrolls sideways; the table does, inside its box, its first column in view.
  const [pageWidth, viewport] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth])
  expect(pageWidth).toBeLessThanOrEqual(viewport!)
  const box = analysis.getByRole('region', { name: '每道题的答对率、区分度和提示' })
  await box.evaluate((element) => element.scrollBy({ left: 300 }))
  const firstLeft = await analysis
    .getByRole('button', { name: '第 1 题' })
    .evaluate((element) => element.getBoundingClientRect().left)
  const boxLeft = await box.evaluate((element) => element.getBoundingClientRect().left)
  expect(firstLeft - boxLeft).toBeLessThan(20)

  // The explanation opens from its summary.
  await press(page, isMobile, analysis.getByText('这些数字是什么意思'))
  await expect(analysis.getByText(/学得好的学员反而更容易答错/)).toBeVisible()

  // The question flagged 区分度为负 opens below the table with its key; focus goes to it and back.
  const third = analysis.getByRole('button', { name: '第 3 题' })
  await press(page, isMobile, third)
  await expect(third).toHaveAttribute('aria-expanded', 'true')
  const detail = analysis.getByRole('region', { name: '第 3 题' })
  await expect(detail.getByRole('heading', { name: '第 3 题' })).toBeFocused()
  const asked = question(IDS[2]!)
  if (asked.type !== 'single') throw new Error('overview-q003 is a single-choice question')
  await expect(detail).toContainText(asked.stem)
  await expect(detail).toContainText(`正确答案：${optionLetter(asked.answer)}`)
  await expect(detail.getByRole('listitem').filter({ hasText: '（正确答案）' })).toHaveText(
    new RegExp(`^${optionLetter(asked.answer)}\\. ${escaped(asked.options[asked.answer]!)}（正确答案）`),
  )
  // Beside each option, how many of the 28 whose codes say chose it; then the blanks, and the two whose codes do not say.
  const third3 = sheets.slice(0, 28).map((sheet) => sheet[2]!.given)
  const pickedBy = (given: QuestionMark['given']) => third3.filter((one) => one === given).length
  const options = detail.getByRole('listitem')
  for (const [index, text] of asked.options.entries()) {
    const count = pickedBy(index)
    await expect(options.nth(index)).toHaveText(
      new RegExp(
        `^${optionLetter(index)}\\. ${escaped(text)}.*${count} 人选了这一项（${Math.round((count / 28) * 100)}%）$`,
      ),
    )
  }
  expect(pickedBy(asked.answer)).toBeGreaterThan(0)
  expect(pickedBy(0)).toBeGreaterThan(0)
  await expect(detail).toContainText(`未作答：${pickedBy(null)} 人。`)
  await expect(detail).toContainText('各选项的人数只算成绩代码记录了所选答案的 28 人；另有 2 人的成绩代码没有这项记录')
  await expectNoAxeViolations(page)
  await press(page, isMobile, detail.getByRole('button', { name: '返回表格' }))
  await expect(detail).toBeHidden()
  await expect(third).toBeFocused()

  // A true/false question shows its key in words.
  await press(page, isMobile, analysis.getByRole('button', { name: '第 4 题' }))
  const fourth = analysis.getByRole('region', { name: '第 4 题' })
  const judged = question(IDS[3]!)
  if (judged.type !== 'truefalse') throw new Error('overview-q004 is a true/false question')
  await expect(fourth).toContainText(judged.stem)
  await expect(fourth.getByRole('listitem').filter({ hasText: '（正确答案）' })).toHaveText(
    new RegExp(`^${judged.answer ? 'A. 正确' : 'B. 错误'}（正确答案）`),
  )

  const downloading = page.waitForEvent('download')
  await press(page, isMobile, analysis.getByRole('button', { name: '导出 CSV' }))
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^题目分析-第一周小测-\d{4}-\d{2}-\d{2}\.csv$/)
  const csv = await readFile((await download.path())!, 'utf8')
  expect(
    csv.startsWith(
      '\uFEFF"题号","题目编号","题目","作答人数","答对人数","答对率（%）","区分度","提示","各选项人数"\r\n',
    ),
  ).toBe(true)
  const picks = asked.options.map((_, index) => `${optionLetter(index)} ${pickedBy(index)} 人`).join('；')
  expect(csv.split('\r\n')[3]).toBe(
    `"3","overview-q003","${asked.stem.replace(/"/g, '""')}","30","16","53.3","-0.63","区分度为负","${picks}；未作答 ${pickedBy(null)} 人"`,
  )
  await expect(analysis.getByRole('status')).toHaveText(`已导出 ${download.suggestedFilename()}。`)
})

test('five learners of a random draw: 题目分析 says no question has enough answers yet, how many it needs, and what to do', async ({
  page,
}) => {
  // Each drew a different pair of questions, as a draw from a module does.
  const drawn = Array.from({ length: 5 }, (_, index) => {
    const answers = [IDS[index]!, IDS[(index + 1) % IDS.length]!].map((questionId) => ({ questionId, correct: true }))
    return encodeResult({
      assignment: 'draw2026',
      title: '随机抽题小测',
      learner: `学员${index + 1}`,
      learnerId: `p-draw-${index + 1}`,
      percent: 100,
      correct: 2,
      total: 2,
      passMark: 60,
      passed: true,
      startedAt: '2026-11-23T09:00:00.000Z',
      finishedAt: `2026-11-23T09:0${index + 1}:00.000Z`,
      scenarios: [],
      answers,
    })
  })
  await page.goto('./#/roster')
  await page.getByLabel('成绩代码（每行一个）').fill(drawn.join('\n'))
  await activate(page.getByRole('button', { name: '加入名册' }))
  await page.getByLabel('题目分析：选择作业').selectOption({ label: '随机抽题小测' })
  const analysis = page.getByRole('region', { name: '题目分析' })
  await expect(analysis).toContainText(
    '还没有一道题能计算：每道题要有 10 人作答才计算，现在作答人数最多的一道题只有 2 人。',
  )
  await expect(analysis).toContainText('布置作业时选「手动选题」')
  // Every row would say 人数不足: the table is folded, a click away, so the page stays short.
  const rows = analysis.getByRole('row')
  await expect(rows.first()).toBeHidden()
  await activate(analysis.getByText('仍然查看这 5 道题各有多少人作答'))
  await expect(rows.nth(1)).toContainText('人数不足，不计算')
  await expectNoAxeViolations(page)
})
