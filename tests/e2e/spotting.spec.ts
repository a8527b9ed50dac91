import { expect, test, type Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { loadCourse } from '../../src/content/build/loadCourse'
import { expectNoViolations } from './helpers/a11y'

const course = loadCourse(fileURLToPath(new URL('../../content', import.meta.url)))
const rules = new Map(course.spotting.rules.map((rule) => [rule.id, rule]))

// A call with at least three violations and an agent line that is fine: enough for one of each verdict.
const transcript = course.spotting.transcripts.find(
  (candidate) =>
    candidate.lines.filter((line) => line.breaks.length > 0).length >= 3 &&
    candidate.lines.some((line) => line.speaker === 'agent' && line.breaks.length === 0),
)!
const violations = transcript.lines.flatMap((line, index) => (line.breaks.length > 0 ? [index] : []))
const fineAgent = transcript.lines.findIndex((line) => line.speaker === 'agent' && line.breaks.length === 0)
/** Found with the right rule: all but the last two violations. */
const right = violations.slice(0, -2)
const wrongRule = violations.at(-2)!
const missed = violations.at(-1)!
// 1 point each found, ½ for the wrong rule, −½ for the fine line marked: as many points as lines found.
const points = right.length
const percent = Math.round((points / violations.length) * 100)

const mark = (page: Page, index: number) =>
  page.getByRole('checkbox', { name: new RegExp(`^这句不规范\\s?（第 ${index + 1} 句）$`) })
const ruleOf = (page: Page, index: number) =>
  page.getByRole('combobox', { name: new RegExp(`^违反了哪条规定\\s?（第 ${index + 1} 句）$`) })

/** The offered rules of a line's list (its values), without the placeholder. */
async function offered(page: Page, index: number): Promise<string[]> {
  const values = await ruleOf(page, index)
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
  return values.filter((value) => value !== '')
}

/** The rule to name for each marked line: its own for the right ones, another for the rest. */
async function ruleFor(page: Page, index: number): Promise<string> {
  const breaks = transcript.lines[index]!.breaks
  if (right.includes(index)) return breaks[0]!
  return (await offered(page, index)).find((id) => !breaks.includes(id))!
}

/** Ticks or unticks a line's box: Space on the keyboard, or a tap. */
async function toggle(page: Page, index: number, touch: boolean): Promise<void> {
  if (touch) return mark(page, index).tap()
  await mark(page, index).focus()
  await page.keyboard.press('Space')
}

/** Marks a line and names a rule with the keyboard alone: Space on the box, arrow keys in the list. */
async function markWithKeyboard(page: Page, index: number): Promise<void> {
  await mark(page, index).focus()
  await page.keyboard.press('Space')
  await expect(mark(page, index)).toBeChecked()
  const rule = await ruleFor(page, index)
  const position = (await offered(page, index)).indexOf(rule) + 1
  await page.keyboard.press('Tab')
  await expect(ruleOf(page, index)).toBeFocused()
  for (let step = 0; step < position; step++) await page.keyboard.press('ArrowDown')
  await expect(ruleOf(page, index)).toHaveValue(rule)
}

/** Marks a line and names a rule by touch. */
async function markByTouch(page: Page, index: number): Promise<void> {
  await mark(page, index).tap()
  await expect(mark(page, index)).toBeChecked()
  await ruleOf(page, index).selectOption(await ruleFor(page, index))
}

test('marks the violations of a call, gets the score and every explanation, and keeps the best', async ({
  page,
}, testInfo) => {
  const touch = testInfo.project.name === 'phone'
  await page.goto('./#/spotting')
  await expect(page.getByRole('heading', { level: 1, name: '找茬：这通电话哪里不规范' })).toBeVisible()
  const card = page.getByRole('article', { name: transcript.title })
  await expect(card).toContainText('尚未练习')
  await expectNoViolations(page, 'list')

  const link = card.getByRole('link', { name: transcript.title })
  if (touch) await link.tap()
  else {
    await link.focus()
    await page.keyboard.press('Enter')
  }
  await expect(page.getByRole('heading', { level: 1, name: transcript.title })).toBeVisible()
  await expect(page.locator('.spotting-lines > li')).toHaveCount(transcript.lines.length)
  await expectNoViolations(page, 'form')

  // A marked line without a rule is refused beside it, and focused.
  const submit = page.getByRole('button', { name: '提交' })
  await toggle(page, right[0]!, touch)
  if (touch) await submit.tap()
  else {
    await submit.focus()
    await page.keyboard.press('Enter')
  }
  await expect(page.getByText(`请选出第 ${right[0]! + 1} 句违反的规定。`)).toBeVisible()
  await expect(ruleOf(page, right[0]!)).toBeFocused()
  await expect(ruleOf(page, right[0]!)).toHaveAttribute('aria-invalid', 'true')
  await expectNoViolations(page, 'form with a problem')
  await toggle(page, right[0]!, touch)
  await expect(mark(page, right[0]!)).not.toBeChecked()

  const marked = [...right, wrongRule, fineAgent]
  for (const index of marked) {
    await (touch ? markByTouch(page, index) : markWithKeyboard(page, index))
  }
  // A reload before handing in keeps every mark and its rule.
  const chosen = await Promise.all(marked.map((index) => ruleOf(page, index).inputValue()))
  await page.reload()
  await expect(
    page.getByRole('status').filter({ hasText: `已恢复你上次没提交的 ${marked.length} 处标记` }),
  ).toBeVisible()
  for (const [position, index] of marked.entries()) {
    await expect(mark(page, index)).toBeChecked()
    await expect(ruleOf(page, index)).toHaveValue(chosen[position]!)
  }
  await expect(mark(page, missed)).not.toBeChecked()
  if (touch) await submit.tap()
  else {
    await submit.focus()
    await page.keyboard.press('Enter')
  }

  const result = page.getByRole('region', { name: '结果' })
  await expect(result).toContainText(`得分 ${points} / ${violations.length}（${percent}%）`)
  await expect(result).toContainText(`找对 ${right.length} 句`)
  await expect(result).toContainText('规定选错 1 句')
  await expect(result).toContainText('漏掉 1 句')
  await expect(result).toContainText('误标 1 句')
  await expect(result).toContainText(
    `计分：找对 ${right.length} 句 × 1 分 + 规定选错 1 句 × 0.5 分 − 误标 1 句 × 0.5 分`,
  )
  await expect(result).toContainText('成绩已保存。')

  const review = page.locator('.spotting-review > li')
  for (const index of right) await expect(review.nth(index)).toContainText('找对了')
  await expect(review.nth(wrongRule)).toContainText('找到了，但规定选错了')
  await expect(review.nth(missed)).toContainText('漏掉了：这句不规范')
  await expect(review.nth(fineAgent)).toContainText('标错了：这句没有问题')
  for (const index of violations) {
    const line = transcript.lines[index]!
    const item = review.nth(index)
    await expect(item).toContainText(line.why!)
    await expect(item).toContainText(line.better!)
    const rule = rules.get(line.breaks[0]!)!
    await expect(item).toContainText(`违反的规定：${rule.name}`)
    await expect(item.getByRole('link', { name: `复习课程：${rule.lesson.title}` })).toHaveAttribute(
      'href',
      `#/modules/${rule.lesson.moduleId}/lessons/${rule.lesson.lessonId}`,
    )
  }
  // The citation behind the missed line, one press away.
  const sources = review.nth(missed).locator('summary', { hasText: '出处' })
  await (touch ? sources.tap() : sources.focus().then(() => page.keyboard.press('Enter')))
  const citation = transcript.lines[missed]!.citation!
  if (citation.kind === 'quote') await expect(review.nth(missed)).toContainText(citation.display)
  await expectNoViolations(page, 'result')

  // The list shows the best score, after a reload too; the call opens again with no marks left over.
  await page.goto('./#/spotting')
  await page.reload()
  await expect(page.getByRole('article', { name: transcript.title })).toContainText(`最好成绩 ${percent}%`)
  await page.goto(`./#/spotting/${transcript.id}`)
  await expect(page.locator('.spotting-lines > li')).toHaveCount(transcript.lines.length)
  for (const index of marked) await expect(mark(page, index)).not.toBeChecked()
  await expect(page.getByText('已恢复你上次没提交的')).toHaveCount(0)
})

test('a call that does not exist says so and leads back to the list', async ({ page }) => {
  await page.goto('./#/spotting/no-such-call')
  await expect(page.getByRole('heading', { level: 1, name: '没有这通电话。' })).toBeVisible()
  await expect(page.getByRole('link', { name: '返回找茬列表' })).toBeVisible()
})
