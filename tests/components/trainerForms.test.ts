import { describe, expect, it } from 'vitest'
import { screen } from '@testing-library/dom'
import { click, mountApp, problemOf, typeInto, waitFor } from './mountApp'

async function openForm() {
  await mountApp('/trainer')
  await waitFor('the form', () => screen.getByRole('button', { name: '生成作业链接' }))
  return {
    title: screen.getByLabelText('作业标题'),
    trainer: screen.getByLabelText('培训师姓名'),
    modules: screen.getByRole('group', { name: '从哪些模块出题' }),
    count: screen.getByLabelText('题目数量'),
    passMark: screen.getByLabelText('及格线（%）'),
    timeLimit: screen.getByLabelText('时间限制（分钟，可不填）'),
    due: screen.getByLabelText('截止日期（可不填）'),
    create: screen.getByRole('button', { name: '生成作业链接' }),
  }
}

/** A title, a trainer, the basics module and `count` questions: all the form needs. */
async function fillIn(form: Awaited<ReturnType<typeof openForm>>, count: string): Promise<void> {
  await typeInto(form.title, '基础小测')
  await typeInto(form.trainer, '张老师')
  await click(screen.getByRole('checkbox', { name: /基础模块/ }))
  await typeInto(form.count, count)
}

describe('the assignment form', () => {
  it('names every wrong field beside it at once and moves focus to the first', async () => {
    const form = await openForm()
    await typeInto(form.count, '')
    await typeInto(form.passMark, '150')
    await typeInto(form.timeLimit, '301')
    await typeInto(form.due, '2000-01-01')
    await click(form.create)
    await waitFor('the title focused', () => expect(document.activeElement).toBe(form.title))
    expect({
      title: problemOf(form.title),
      trainer: problemOf(form.trainer),
      modules: problemOf(form.modules),
      count: problemOf(form.count),
      passMark: problemOf(form.passMark),
      timeLimit: problemOf(form.timeLimit),
    }).toEqual({
      title: '请填写作业标题',
      trainer: '请填写培训师姓名',
      modules: '请至少选择一个模块',
      count: '请填写题目数量',
      passMark: '及格线应在 0–100% 之间',
      timeLimit: '时间限制应在 1–300 分钟之间（整数），不限时请留空',
    })
    expect(problemOf(form.due)).toMatch(/^截止日期不能早于今天（\d{4}-\d{2}-\d{2}）$/)
    expect(screen.queryByRole('textbox', { name: '作业链接' })).toBeNull()
  })

  it('counts at most the questions of the chosen modules, then creates the link once all is well', async () => {
    const form = await openForm()
    await fillIn(form, '99')
    await click(form.create)
    await waitFor('the count focused', () => expect(document.activeElement).toBe(form.count))
    expect(problemOf(form.count)).toBe('题目数量应在 1–3 之间（整数）')
    expect(problemOf(form.title)).toBeNull()

    await typeInto(form.count, '1')
    await click(form.create)
    const link = await waitFor('the link', () => screen.getByRole('textbox', { name: '作业链接' }))
    expect((link as HTMLTextAreaElement).value).toContain('#/assignment?a=A1.')
    expect(problemOf(form.count)).toBeNull()
  })

  it('says when the link on screen no longer matches the form, until it is made again', async () => {
    const form = await openForm()
    await fillIn(form, '1')
    await click(form.create)
    const link = await waitFor('the link', () => screen.getByRole('textbox', { name: '作业链接' }))
    const first = (link as HTMLTextAreaElement).value
    const status = () =>
      screen
        .getAllByRole('status')
        .map((region) => region.textContent?.trim())
        .filter(Boolean)
    expect(status().join()).not.toMatch(/表单改过了/)

    await typeInto(form.passMark, '95')
    await waitFor('the notice', () =>
      expect(status()).toContain(
        '表单改过了：下面的链接和二维码还是改动之前的作业。要按现在的设置布置，请再点一次「生成作业链接」。',
      ),
    )
    expect((link as HTMLTextAreaElement).value).toBe(first)

    await click(form.create)
    await waitFor('a new link', () => expect((link as HTMLTextAreaElement).value).not.toBe(first))
    expect(status().join()).not.toMatch(/表单改过了/)
  })
})
