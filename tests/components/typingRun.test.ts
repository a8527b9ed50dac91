import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import TypingRun, { type TypingRunCounts } from '../../src/components/typing/TypingRun.vue'

/** The page's monotonic clock, moved by the test together with the fake timers. */
const clock = vi.hoisted(() => ({ ms: 1_000 }))
vi.mock('../../src/platform/monotonic', () => ({ monotonicNow: () => clock.ms }))

let wrapper: VueWrapper | null = null
beforeEach(() => {
  clock.ms = 1_000
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
})
afterEach(() => {
  wrapper?.unmount()
  vi.useRealTimers()
})

function mountRun(passage: string) {
  wrapper = mount(TypingRun, { props: { passage, minutes: 1 }, attachTo: document.body })
  const box = wrapper.get('textarea').element
  const type = (value: string) => {
    box.value = value
    box.dispatchEvent(new InputEvent('input', { bubbles: true }))
  }
  const wait = (ms: number) => {
    clock.ms += ms
    vi.advanceTimersByTime(ms)
  }
  const finished = () => wrapper!.emitted<[TypingRunCounts]>('finished')?.map(([counts]) => counts) ?? []
  return { wrapper, type, wait, finished }
}

describe('TypingRun', () => {
  it('ends when the time is up, counting what was committed before it', async () => {
    const { type, wait, finished } = mountRun('您好请问有什么可以帮助您')
    wait(5_000) // the clock waits for the first key
    type('您')
    wait(30_000)
    type('您好清')
    wait(30_000)
    expect(finished()).toEqual([{ typed: 3, correct: 2, missed: 0, elapsedMs: 60_000 }])
    type('您好清问有') // too late
    expect(finished()).toHaveLength(1)
  })

  it('ends early when the whole passage is typed, timed to that moment', () => {
    const { type, wait, finished } = mountRun('您好请问')
    type('您')
    wait(1_500)
    type('您好请问')
    expect(finished()).toEqual([{ typed: 4, correct: 4, missed: 0, elapsedMs: 1_500 }])
  })

  it('gives no result when abandoned, asked first on the page', async () => {
    const { wrapper: run, type, wait, finished } = mountRun('您好请问')
    type('您')
    const popUp = vi.spyOn(window, 'confirm')
    const button = (text: string) => run.findAll('button').find((candidate) => candidate.text() === text)
    await button('放弃')!.trigger('click')
    const question = run.get('[role="group"]')
    expect(question.attributes('aria-label')).toBe('放弃')
    expect(question.text()).toContain('确定放弃这次测试吗？放弃后不记成绩。')
    // 继续测试: back to typing, the clock still running.
    await button('继续测试')!.trigger('click')
    await nextTick()
    expect(document.activeElement).toBe(run.get('textarea').element)
    expect(run.emitted('abandoned')).toBeUndefined()
    await button('放弃')!.trigger('click')
    await button('确定放弃')!.trigger('click')
    expect(run.emitted('abandoned')).toEqual([[null]])
    wait(120_000)
    expect(finished()).toEqual([])
    expect(popUp).not.toHaveBeenCalled()
  })

  it('asks about leaving when the page is left mid-test, and hands back where the learner was going', async () => {
    const { wrapper: run, type } = mountRun('您好请问')
    type('您')
    ;(run.vm as unknown as { askToLeave: (to: string) => void }).askToLeave('/quizzes')
    await nextTick()
    await nextTick()
    const question = run.get('[role="group"]')
    expect(question.text()).toContain('离开这一页就等于放弃')
    expect(document.activeElement).toBe(question.get('p').element)
    const leave = run.findAll('button').find((candidate) => candidate.text() === '放弃并离开')!
    await leave.trigger('click')
    expect(run.emitted('abandoned')).toEqual([['/quizzes']])
  })
})
