import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
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

  it('gives no result when abandoned, and asks first', () => {
    const { wrapper: run, type, wait, finished } = mountRun('您好请问')
    type('您')
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true)
    const abandon = run.findAll('button').find((button) => button.text() === '放弃')!
    abandon.element.click()
    expect(run.emitted('abandoned')).toBeUndefined()
    abandon.element.click()
    expect(run.emitted('abandoned')).toHaveLength(1)
    wait(120_000)
    expect(finished()).toEqual([])
    expect(confirm).toHaveBeenCalledTimes(2)
  })
})
