import { describe, expect, it } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/dom'
import { flushPromises } from '@vue/test-utils'
import { click, liveTexts, mountApp, savedRecords, textOf, waitFor } from './mountApp'

// The fixture transcript (tests/fixtures/course/spotting/01-quiet-line.yaml): lines 2, 4 and 8
// break a rule; lines 6 and 9 are the agent speaking well. (jsdom puts a space before the hidden line number.)
const mark = (n: number) => screen.getByRole('checkbox', { name: new RegExp(`^这句不规范\\s?（第 ${n} 句）$`) })
const ruleOf = (n: number) => screen.getByRole('combobox', { name: new RegExp(`^违反了哪条规定\\s?（第 ${n} 句）$`) })
async function choose(n: number, rule: string): Promise<void> {
  const select = ruleOf(n) as HTMLSelectElement
  const option = within(select).getByRole('option', { name: rule }) as HTMLOptionElement
  fireEvent.change(select, { target: { value: option.value } })
  await flushPromises()
}

describe('找茬', () => {
  it('lists the calls with how they are scored, and none done yet', async () => {
    await mountApp('/spotting')
    const link = await waitFor('the call link', () => screen.getByRole('link', { name: '一通听不清的电话' }))
    expect(link.getAttribute('href')).toBe('/spotting/quiet-line')
    expect(screen.getByText('找出违规的句子并选对规定：得 1 分')).toBeTruthy()
    await waitFor('the results read', () => screen.getByText('尚未练习'))
  })

  it('asks for a mark and a rule for every marked line before scoring, focusing the first gap', async () => {
    await mountApp('/spotting/quiet-line')
    const submit = await waitFor('the form', () => screen.getByRole('button', { name: '提交' }))
    // Only the agent's lines can be marked.
    expect(screen.getAllByRole('checkbox')).toHaveLength(5)
    await click(submit)
    expect(liveTexts('alert')).toContain('还没有标出任何一句。请先勾选你认为不规范的句子。')
    expect(document.activeElement).toBe(mark(2))

    await click(mark(2))
    await click(mark(4))
    await choose(2, '无声电话先问候再等待，不催促、不威胁')
    await click(submit)
    expect(liveTexts('alert')).toEqual(['请选出第 4 句违反的规定。'])
    expect(ruleOf(4).getAttribute('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(ruleOf(4))
  })

  it('offers the rules of the call and distractors, the same each time', async () => {
    await mountApp('/spotting/quiet-line')
    await waitFor('the form', () => screen.getByRole('button', { name: '提交' }))
    await click(mark(2))
    const names = within(ruleOf(2)).getAllByRole('option').map(textOf)
    expect(names[0]).toBe('请选择……')
    expect(names.slice(1).sort()).toEqual(
      [
        '无声电话先问候再等待，不催促、不威胁',
        '开头先问候，不说“喂，说吧”',
        '听不清时礼貌请对方大声一点',
        '电话铃响三声之内接听',
        '遇事处变不惊',
      ].sort(),
    )
  })

  it('scores a right, a wrong rule, a fine line marked and a miss, explains each line, and keeps the best', async () => {
    await mountApp('/spotting/quiet-line')
    const submit = await waitFor('the form', () => screen.getByRole('button', { name: '提交' }))
    await click(mark(2))
    await choose(2, '无声电话先问候再等待，不催促、不威胁')
    await click(mark(4))
    await choose(4, '开头先问候，不说“喂，说吧”')
    await click(mark(6))
    await choose(6, '遇事处变不惊')
    await click(submit)

    const result = await waitFor('the result', () => screen.getByRole('region', { name: '结果' }))
    // 1 (found) + 0.5 (wrong rule) − 0.5 (fine line marked) = 1 of 3.
    expect(textOf(result)).toContain('得分 1 / 3（33%）')
    expect(textOf(result)).toContain('找对 1 句')
    expect(textOf(result)).toContain('规定选错 1 句')
    expect(textOf(result)).toContain('漏掉 1 句')
    expect(textOf(result)).toContain('误标 1 句')
    expect(textOf(result)).toContain(
      '计分：找对 1 句 × 1 分 + 规定选错 1 句 × 0.5 分 − 误标 1 句 × 0.5 分，最低 0 分。',
    )
    await waitFor('the save', () => expect(liveTexts('status')).toContain('成绩已保存。'))

    const lines = document.querySelectorAll('.spotting-review > li')
    expect(textOf(lines[1])).toContain('找对了')
    expect(textOf(lines[3])).toContain('找到了，但规定选错了')
    expect(textOf(lines[3])).toContain('你选的是：开头先问候，不说“喂，说吧”')
    expect(textOf(lines[3])).toContain('违反的规定：听不清时礼貌请对方大声一点')
    expect(textOf(lines[3])).toContain('应该说对不起，您的声音太小，请您拿起话筒说话好吗？')
    expect(textOf(lines[5])).toContain('标错了：这句没有问题')
    expect(textOf(lines[7])).toContain('漏掉了：这句不规范')
    expect(textOf(lines[8])).toContain('没有问题')
    const lesson = within(lines[3] as HTMLElement).getByRole('link', { name: '复习课程：第三课：三声之内' })
    expect(lesson.getAttribute('href')).toBe('/modules/phone/lessons/phone-rings')
    expect(within(lines[3] as HTMLElement).getByText('出处（2）')).toBeTruthy()

    const saved = Object.values(await savedRecords('spotting'))
    expect(saved).toEqual([
      expect.objectContaining({ transcriptId: 'quiet-line', points: 1, max: 3, percent: 33, found: 1, missed: 1 }),
    ])
  })
})
