import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { mountApp, until } from './mountApp'
import { PROGRESS_KEY } from '../../src/stores/progress'

let wrapper: VueWrapper | undefined

beforeEach(() => localStorage.clear())
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

function saved() {
  return JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}')
}

describe('quiz list', () => {
  it('offers a quiz per module, the mixed quiz, and an empty review and 错题本', async () => {
    ;({ wrapper } = await mountApp('/quizzes'))
    const titles = wrapper.findAll('.quiz-card h3').map((h) => h.text())
    expect(titles).toEqual(['今日复习', '综合测验', '错题本', '1. 基础模块', '2. 电话模块'])
    expect(wrapper.text()).toContain('题库 3 道题')
    // Nothing to review and no mistakes yet: those two are not links.
    expect(wrapper.findAll('.quiz-card')[0]!.find('a').exists()).toBe(false)
    expect(wrapper.findAll('.quiz-card')[2]!.find('a').exists()).toBe(false)
  })
})

describe('quiz start and play', () => {
  it('tells the learner how multiple choice is scored before starting', async () => {
    ;({ wrapper } = await mountApp('/quizzes/m-basics'))
    await until(() => wrapper!.find('form.quiz-setup').exists())
    expect(wrapper.text()).toContain('全对才得分（默认）')
    expect(wrapper.text()).toContain('每选对一项得 1/n 分，每选错一项扣 1/n 分')
    expect(wrapper.text()).toContain('及格线：60%')
  })

  it('runs a practice quiz: feedback after checking, the answer then locked, and saved as it goes', async () => {
    const { wrapper: w, router } = await mountApp('/quizzes/m-basics')
    wrapper = w
    await until(() => w.find('form.quiz-setup').exists())
    await w.find('form.quiz-setup').trigger('submit')
    await until(() => router.currentRoute.value.name === 'quiz-play' && w.find('.quiz-question').exists())
    expect(w.text()).toContain('第 1 / 3 题')
    const session = saved().sessions['m-basics']
    expect(session.questionIds).toHaveLength(3)

    await w.find('form.quiz-form').trigger('submit')
    expect(w.text()).toContain('请先作答。')

    await w.find('.quiz-question input').setValue(true)
    await w.find('form.quiz-form').trigger('submit')
    await until(() => w.find('.feedback').exists())
    expect(w.find('.feedback').text()).toMatch(/回答(正确|错误)|部分正确/)
    expect(w.find('.quiz-question').attributes('disabled')).toBeDefined()
    expect(saved().sessions['m-basics'].revealed).toHaveLength(1)
  })

  it('resumes a saved session where the learner left it', async () => {
    ;({ wrapper } = await mountApp('/quizzes/m-basics'))
    await until(() => wrapper!.find('form.quiz-setup').exists())
    await wrapper.find('form.quiz-setup').trigger('submit')
    await until(() => wrapper!.find('.quiz-question').exists())
    wrapper.unmount()
    ;({ wrapper } = await mountApp('/quizzes/m-basics'))
    await until(() => wrapper!.text().includes('上次的测验还没有完成'))
    expect(wrapper.text()).toContain('已答 0 / 3 题，停在第 1 题。')
    expect(wrapper.find('form.quiz-setup').exists()).toBe(false)
  })

  it('hands in a test with unanswered questions only after confirming, then shows the result', async () => {
    const { wrapper: w, router } = await mountApp('/quizzes/m-basics')
    wrapper = w
    await until(() => w.find('form.quiz-setup').exists())
    await w.find('input[value="test"]').setValue(true)
    await w.find('form.quiz-setup').trigger('submit')
    await until(() => w.find('.quiz-question').exists())
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true)
    const handIn = () => w.findAll('.quiz-actions button').find((button) => button.text() === '交卷')!
    await handIn().trigger('click')
    expect(confirm).toHaveBeenCalledWith('还有 3 道题未作答，确定交卷吗？')
    expect(router.currentRoute.value.name).toBe('quiz-play')
    await handIn().trigger('click')
    await until(() => router.currentRoute.value.name === 'quiz-result' && w.find('.result-summary').exists())
    expect(w.find('.result-summary').text()).toContain('未通过')
    expect(w.find('.result-summary').text()).toContain('得分 0 / 3（0%）')
    expect(saved().attempts).toHaveLength(1)
    expect(saved().sessions).toEqual({})
  })
})
