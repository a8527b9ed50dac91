/**
 * The roster page with named learners: refused lines said beside the field, two people of one
 * name kept apart with a warning in words, a merge that is confirmed, saved and undone.
 */
import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/dom'
import { encodeResult, type AssignmentResult } from '../../src/domain/trainer/assignmentResult'
import { fixtureAssignment, fixtureResult } from '../fixtures/trainer'
import { useCreatedAssignmentsStore } from '../../src/stores/createdAssignments'
import { click, liveTexts, mountApp, textOf, waitFor } from './mountApp'

const wang = (learnerId: string, correct: number, extra: Partial<AssignmentResult> = {}): AssignmentResult => ({
  ...fixtureResult,
  scenarios: [],
  learnerId,
  correct,
  percent: correct * 10,
  passed: correct >= 8,
  ...extra,
})
const codes = [
  encodeResult(wang('p-aaaa1111', 10, { staffId: 'KF-1024' })),
  encodeResult(wang('p-bbbb2222', 0)),
  '半截代码',
]

async function pasteCodes(text: string): Promise<HTMLTextAreaElement> {
  const field = await waitFor('the paste field', () =>
    screen.getByLabelText<HTMLTextAreaElement>('成绩代码（每行一个）'),
  )
  fireEvent.input(Object.assign(field, { value: text }))
  await click(screen.getByRole('button', { name: '加入名册' }))
  return field
}
/** The overview's learners' rows: not its head, nor its 合计 row at the foot. */
const overviewRows = () =>
  within(screen.getByRole('region', { name: /^每位学员在每个作业中的/ }))
    .getAllByRole('row')
    .filter((row) => row.closest('tbody'))

describe('the roster page', () => {
  it('asks for codes when 加入名册 is pressed with nothing pasted, and refuses no line', async () => {
    await mountApp('/roster')
    const field = await pasteCodes('  \n ')
    const problem = await waitFor('the problem', () => screen.getByText(/还没有粘贴成绩代码/))
    expect(problem.textContent).toBe('还没有粘贴成绩代码：请把学员发来的成绩代码粘贴到这里，每行一个')
    expect(field.getAttribute('aria-describedby')).toBe(problem.id)
    expect(document.activeElement).toBe(field)
  })

  it('drops the box’s refusal once the box is emptied by hand: no lines are left for it to name', async () => {
    await mountApp('/roster')
    const field = await pasteCodes('半截代码')
    await waitFor('the refusal', () => screen.getByText(/^拒收 1 条：/))
    fireEvent.input(Object.assign(field, { value: '' }))
    await waitFor('no refusal', () => expect(screen.queryByText(/^拒收 1 条：/)).toBeNull())
    expect(field.getAttribute('aria-invalid')).toBeNull()
  })

  it('names each reason for refusal once, so a rarer reason among many alike is not hidden', async () => {
    await mountApp('/roster')
    await pasteCodes([...Array<string>(7).fill('R5.半截'), 'A1.abc.ABCDEF'].join('\n'))
    const problem = await waitFor('the refusal', () => screen.getByText(/^拒收 8 条：/))
    expect(problem.textContent).toContain(
      '第 1 行、第 2 行、第 3 行、第 4 行、第 5 行 等 7 条：格式不对，可能复制得不完整；第 8 行：这是作业代码，不是成绩代码：请学员打开作业、交卷，再把交卷后显示的成绩代码发来',
    )
  })

  it('says which lines it refused beside the field, and keeps two people of one name apart', async () => {
    await mountApp('/roster')
    const field = await pasteCodes(codes.join('\n'))
    const problem = await waitFor('the refusal', () => screen.getByText(/^拒收 1 条：/))
    expect(problem.textContent).toContain(
      '拒收 1 条：框里只留下了拒收的行，请改正后再加入。第 1 行：这不是本课程的代码',
    )
    // What went in is said too, in the status line, not buried in the refusal.
    expect(textOf(screen.getAllByRole('status').find((status) => /新加入/.test(textOf(status)))!)).toBe(
      '新加入 2 条，重复 0 条，拒收 1 条。',
    )
    expect(field.value).toBe('半截代码')
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(field.getAttribute('aria-describedby')).toBe(problem.id)
    expect(document.activeElement).toBe(field)

    const rows = await waitFor('two rows', () => {
      const found = overviewRows()
      expect(found).toHaveLength(2)
      return found
    })
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/王芳工号 KF-1024同名.*100% 通过/),
      expect.stringMatching(/王芳编号尾号 2222同名.*0% 未通过/),
    ])
    expect(screen.getByText(/有 2 位学员都叫「王芳」/)).toBeTruthy()
  })

  it('shows each learner’s role-play ratings beside the quiz score, or that one is still to do', async () => {
    await mountApp('/roster')
    const played = wang('p-aaaa1111', 9, { scenarios: [{ id: 'bad-line', rating: 'pass', percent: 72 }] })
    const notYet = wang('p-bbbb2222', 8, {
      learner: '李强',
      scenarios: [{ id: 'bad-line', rating: 'none', percent: 0 }],
    })
    await pasteCodes([encodeResult(played), encodeResult(notYet)].join('\n'))
    await waitFor('two rows', () => expect(overviewRows()).toHaveLength(2))
    expect(overviewRows().map(textOf)).toEqual([
      expect.stringMatching(/李强.*80% 通过（布置的情景演练还没做）$/),
      expect.stringMatching(/王芳.*90% 通过（情景演练：合格）$/),
    ])
  })

  it('says who handed in more than once, which hand-in each row is, and how many handed in and passed', async () => {
    await mountApp('/roster')
    const first = wang('p-bbbb2222', 3, { finishedAt: '2026-11-23T09:12:00.000Z' })
    const retake = wang('p-bbbb2222', 9, { finishedAt: '2026-11-23T09:40:00.000Z' })
    await pasteCodes([encodeResult(retake), encodeResult(first), encodeResult(wang('p-aaaa1111', 5))].join('\n'))
    await waitFor('two rows', () => expect(overviewRows()).toHaveLength(2))
    const overview = screen.getByRole('region', { name: '每位学员在每个作业中的最好成绩' })
    expect(overviewRows().map(textOf)).toEqual([
      expect.stringMatching(/王芳.*50% 未通过$/),
      expect.stringMatching(/王芳.*90% 通过（共交 2 次）$/),
    ])
    const foot = within(overview).getAllByRole('row').at(-1)!
    expect([...foot.querySelectorAll('th, td')].map(textOf)).toEqual(['合计', '2 人已交，1 人通过'])
    // 每次提交 marks the retake, counted by time handed in whatever order the codes came in.
    const submissions = screen.getAllByRole('region', { name: '每次提交' }).at(-1)!
    const scores = within(submissions)
      .getAllByRole('row')
      .slice(1)
      .map((row) => textOf(row.querySelectorAll('td')[1]!))
    expect(scores.sort()).toEqual(['30%（3/10）', '50%（5/10）', '90%（9/10） （第 2 次交卷）'])
  })

  it('counts the first hand-in of an assignment this device set to 只能交一次, and says there were more', async () => {
    await mountApp('/roster')
    expect(
      await useCreatedAssignmentsStore().remember({ ...fixtureAssignment, oneTry: true }, '2026-11-22T08:00:00.000Z'),
    ).toBeNull()
    const first = wang('p-bbbb2222', 3, { finishedAt: '2026-11-23T09:12:00.000Z' })
    const retake = wang('p-bbbb2222', 9, { finishedAt: '2026-11-23T09:40:00.000Z' })
    await pasteCodes([encodeResult(retake), encodeResult(first)].join('\n'))
    await waitFor('the first try counted', () =>
      expect(overviewRows().map(textOf)).toEqual([
        expect.stringMatching(/王芳.*30% 未通过（只能交一次，却交了 2 次；算第一次）$/),
      ]),
    )
    // The heading, the table's name and the column say what the cell counts.
    expect(screen.getByRole('heading', { level: 2, name: /^总览/ }).textContent).toBe(
      '总览：学员 × 作业（最好成绩；只能交一次的作业算第一次交卷）',
    )
    const table = screen.getByRole('region', {
      name: '每位学员在每个作业中的成绩：最好的一次；只能交一次的作业，第一次',
    })
    expect(textOf(within(table).getAllByRole('columnheader')[1]!)).toBe(`${fixtureAssignment.title}（只能交一次）`)
    const foot = within(table).getAllByRole('row').at(-1)!
    expect([...foot.querySelectorAll('th, td')].map(textOf)).toEqual(['合计', '1 人已交，0 人通过'])
  })

  it('says so when a code brings an assignment the roster did not hold, and takes it out again on request', async () => {
    await mountApp('/roster')
    await pasteCodes(encodeResult(wang('p-aaaa1111', 9)))
    await waitFor('one row', () => expect(overviewRows()).toHaveLength(1))
    await pasteCodes(encodeResult(wang('p-bbbb2222', 9, { assignment: 'zzz999', title: '第二周小测' })))
    await waitFor('the note', () =>
      expect(liveTexts('status').join()).toContain(
        '新加入 1 条，重复 0 条，拒收 0 条。名册里多了作业「第二周小测」，总览多了一列；如果是学员发错了作业的成绩，可以把它移出名册。',
      ),
    )
    await waitFor('two rows', () => expect(overviewRows()).toHaveLength(2))
    // Asked first, then gone: the other assignment's result stays.
    await click(screen.getByRole('button', { name: '把「第二周小测」的成绩移出名册' }))
    const asked = screen.getByRole('group', { name: '把「第二周小测」的成绩移出名册' })
    expect(within(asked).getByText(/^把作业「第二周小测」的全部成绩移出名册？/)).toBeTruthy()
    await click(within(asked).getByRole('button', { name: '移出' }))
    await waitFor('one row again', () => expect(overviewRows()).toHaveLength(1))
    expect(textOf(overviewRows()[0]!)).toMatch(/^王芳/)
    await waitFor('the removal said', () =>
      expect(liveTexts('status').join()).toContain('已把作业「第二周小测」的成绩移出名册，总览里的这一列也去掉了。'),
    )
    expect(screen.queryByRole('button', { name: '把「第二周小测」的成绩移出名册' })).toBeNull()
    await waitFor('the focus back in the box', () =>
      expect(document.activeElement).toBe(screen.getByLabelText('成绩代码（每行一个）')),
    )
  })

  it('empties once 清空名册 is confirmed, and gives the focus to the page’s title', async () => {
    await mountApp('/roster')
    await pasteCodes(codes.join('\n'))
    await waitFor('the refusal', () => screen.getByText(/^拒收 1 条：/))
    await waitFor('two rows', () => expect(overviewRows()).toHaveLength(2))
    const popUp = vi.spyOn(window, 'confirm')
    await click(screen.getByRole('button', { name: '清空名册' }))
    const asked = screen.getByRole('group', { name: '清空名册' })
    expect(textOf(asked.querySelector('p'))).toBe('清空名册中的全部成绩？此操作不能撤销，建议先导出 CSV。')
    await click(within(asked).getByRole('button', { name: '确定清空' }))
    expect(popUp).not.toHaveBeenCalled()
    await waitFor('the focus on the title', () =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 })),
    )
    expect(screen.queryByRole('button', { name: '清空名册' })).toBeNull()
    expect(screen.queryByRole('region', { name: '每位学员在每个作业中的最好成绩' })).toBeNull()
    // What was said about the codes pasted before is gone with them.
    expect(screen.queryByText(/拒收 1 条/)).toBeNull()
  })

  it('says so when the filters leave no submission, instead of a table of headers only', async () => {
    await mountApp('/roster')
    await pasteCodes(codes.slice(0, 2).join('\n'))
    await waitFor('two rows', () => expect(overviewRows()).toHaveLength(2))
    fireEvent.input(Object.assign(screen.getByLabelText('按姓名筛选'), { value: 'zzz' }))
    await waitFor('the message', () =>
      expect(liveTexts('status')).toContain('没有符合筛选条件的提交：换个姓名或作业再试。'),
    )
    expect(screen.queryAllByRole('region', { name: '每次提交' })).toHaveLength(1)
  })

  it('takes on a better role-play rating when a learner sends the same hand-in again, and says so', async () => {
    const quizFirst = wang('p-aaaa1111', 9, { scenarios: [{ id: 'silent-call', rating: 'none', percent: 0 }] })
    const playedSince = { ...quizFirst, scenarios: [{ id: 'silent-call', rating: 'pass' as const, percent: 72 }] }
    await mountApp('/roster')
    await pasteCodes(encodeResult(quizFirst))
    const submissions = () => screen.getAllByRole('region', { name: '每次提交' })[0]!
    await waitFor('the first code', () => expect(submissions().textContent).toContain('无声电话 未演练'))

    await pasteCodes(encodeResult(playedSince))
    await waitFor('the report', () =>
      expect(liveTexts('status')).toContain(
        '新加入 0 条，重复 1 条，拒收 0 条。其中 1 条是交过的成绩再次发来，已换上其中更好的情景演练评级。',
      ),
    )
    await waitFor('the rating taken on', () => expect(submissions().textContent).toContain('无声电话 合格'))
    expect(submissions().textContent).not.toContain('未演练')
  })

  it('merges two learners once confirmed, keeps the merge after a reload, and undoes it', async () => {
    const { wrapper } = await mountApp('/roster')
    await pasteCodes(codes.slice(0, 2).join('\n'))
    await waitFor('the merge form', () => screen.getByRole('heading', { name: '合并学员' }))

    // Nothing chosen: every message at once, beside its field, focus on the first.
    await click(screen.getByRole('button', { name: '合并' }))
    const from = screen.getByLabelText<HTMLSelectElement>('把这位学员的成绩')
    expect(from.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText('请选择要并入的学员')).toBeTruthy()
    expect(screen.getByText('请选择并入哪位学员')).toBeTruthy()
    expect(document.activeElement).toBe(from)

    // Both chosen: asked on the page, by name; 先不 changes nothing.
    const popUp = vi.spyOn(window, 'confirm')
    fireEvent.change(from, { target: { value: 'id:p-bbbb2222' } })
    fireEvent.change(screen.getByLabelText('并入这位学员'), { target: { value: 'id:p-aaaa1111/KF-1024' } })
    await click(screen.getByRole('button', { name: '合并' }))
    let asked = screen.getByRole('group', { name: '合并' })
    expect(textOf(asked.querySelector('p'))).toBe(
      '确定「王芳（编号尾号 2222）」和「王芳（工号 KF-1024）」是同一个人吗？合并后两人的成绩在总览中显示为一行（可以撤销）。',
    )
    expect(document.activeElement).toBe(asked.querySelector('p'))
    await click(within(asked).getByRole('button', { name: '先不' }))
    expect(overviewRows()).toHaveLength(2) // declined: nothing changed
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '合并' }))
    await click(screen.getByRole('button', { name: '合并' }))
    asked = screen.getByRole('group', { name: '合并' })
    await click(within(asked).getByRole('button', { name: '确定合并' }))
    expect(popUp).not.toHaveBeenCalled()
    await waitFor('one row', () => expect(overviewRows()).toHaveLength(1))
    await waitFor('how to undo it', () => screen.getByText(/已把「王芳（编号尾号 2222）」并入「王芳（工号 KF-1024）」/))

    wrapper.unmount()
    await mountApp('/roster')
    const row = await waitFor('the merged row', () => {
      const found = overviewRows()
      expect(found).toHaveLength(1)
      return found[0]!
    })
    expect(row.textContent).toContain('已合并 1 位：王芳')
    await click(within(row).getByRole('button', { name: '撤销合并：王芳（工号 KF-1024）' }))
    await waitFor('two rows again', () => expect(overviewRows()).toHaveLength(2))
    await waitFor('the undo said', () => screen.getByText('已撤销合并，「王芳（工号 KF-1024）」的成绩重新分开显示。'))
    // Its button gone with the merge, the focus is on the overview's heading.
    await waitFor('the focus on the heading', () =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: /^总览/ })),
    )
  })

  it('says, from a pasted class list kept after a reload, who has not handed each assignment in', async () => {
    const { wrapper } = await mountApp('/roster')
    // Listed before any result comes in: everyone is still to hand in.
    await click(await waitFor('the class list button', () => screen.getByRole('button', { name: '添加班级名单' })))
    const list = screen.getByLabelText<HTMLTextAreaElement>(/^班级名单：每行一位学员/)
    expect(document.activeElement).toBe(list)
    fireEvent.input(Object.assign(list, { value: '姓名\t工号\n王芳\tKF-1024\nKF-2048\n李强' }))
    await click(screen.getByRole('button', { name: '保存名单' }))
    // A line with no name: nothing saved, the list left as typed, the line named.
    const problem = await waitFor('the refusal', () => screen.getByText(/名单没有保存/))
    expect(problem.textContent).toContain(
      '有 1 行看不出是哪位学员：第 3 行「KF-2048」只有工号，缺少姓名。请改正后再保存。',
    )
    expect(list.value).toBe('姓名\t工号\n王芳\tKF-1024\nKF-2048\n李强')
    expect(document.activeElement).toBe(list)
    fireEvent.input(Object.assign(list, { value: '王芳 KF-1024\n李强\n张伟' }))
    await click(screen.getByRole('button', { name: '保存名单' }))
    await waitFor('saved', () => screen.getByText('名单已保存，共 3 人。'))
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: '班级名单：谁还没交' }))
    expect(screen.getByText('还没有收到成绩：名单上的 3 人都还没交。')).toBeTruthy()

    // 王芳 with her 工号 hands in, and another 王芳 (no 工号) not on the list.
    await pasteCodes(codes.slice(0, 2).join('\n'))
    const missing = await waitFor('who is missing', () => screen.getByText(/还有 2 人没交/))
    expect(missing.textContent).toBe('「第一周电话礼仪小测」：还有 2 人没交：李强、张伟')
    expect(screen.getByText(/交了成绩却不在名单上的 1 位/).textContent).toBe(
      '交了成绩却不在名单上的 1 位（名字写法不同，或不是这个班的）：王芳（编号尾号 2222）',
    )

    wrapper.unmount()
    await mountApp('/roster')
    await waitFor('the list kept', () => screen.getByText('名单共 3 人。'))
    await click(screen.getByRole('button', { name: '修改名单' }))
    const again = screen.getByLabelText<HTMLTextAreaElement>(/^班级名单：每行一位学员/)
    // In name order, one learner a line, as it would be pasted.
    expect(again.value).toBe('李强\n王芳 KF-1024\n张伟')
    fireEvent.input(Object.assign(again, { value: '王芳 KF-1024' }))
    await click(screen.getByRole('button', { name: '保存名单' }))
    await waitFor('all in', () => screen.getByText('「第一周电话礼仪小测」：全部交齐。'))
  })
})
