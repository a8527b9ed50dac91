import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import LessonSelfCheck from '../../src/components/lesson/LessonSelfCheck.vue'
import type { SelfCheckContent } from '../../src/content/types'

const seeds = vi.hoisted(() => ({ next: 1 }))
vi.mock('../../src/platform/random', () => ({ newSeed: () => seeds.next, newId: () => 'id' }))

const item: SelfCheckContent = {
  question: '客户来电时你正在吃东西，怎么办？',
  options: ['先咽下去再接', '边吃边接', '让同事替你接', '不接'],
  answer: 0,
  explanation: '接电话时嘴里不能有东西。',
  citation: { kind: 'supplementary', note: '本课程的做法' },
}

function mountWithSeed(seed: number) {
  seeds.next = seed
  return mount(LessonSelfCheck, {
    props: { item, number: 1, name: 'check-1' },
    global: {
      stubs: {
        LessonSources: true,
        LessonTrainerNote: true,
        LessonText: { props: ['text'], template: '<span>{{ text }}</span>' },
      },
    },
  })
}
const shownOrder = (wrapper: ReturnType<typeof mountWithSeed>) =>
  wrapper.findAll('label.choice').map((label) => label.text())

afterEach(() => {
  document.body.innerHTML = ''
})

describe('a lesson self-check', () => {
  it('shows its options in a fresh order on each visit, not always the written one with the key first', () => {
    const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => shownOrder(mountWithSeed(seed)).join('|')))
    expect(orders.size).toBeGreaterThan(1)
    const firstShown = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => shownOrder(mountWithSeed(seed))[0]))
    expect(firstShown.size).toBeGreaterThan(1)
    // Every option is there once, whatever the order.
    for (const seed of [1, 2, 3]) expect([...shownOrder(mountWithSeed(seed))].sort()).toEqual([...item.options].sort())
  })

  it('judges the option chosen, wherever it is shown', async () => {
    for (const seed of [1, 2, 3, 4]) {
      const wrapper = mountWithSeed(seed)
      const labels = wrapper.findAll('label.choice')
      const key = labels.find((label) => label.text() === '先咽下去再接')!
      await key.get('input').setValue(true)
      await wrapper.get('form').trigger('submit')
      expect(wrapper.text()).toContain('回答正确')
      const wrong = labels.find((label) => label.text() === '边吃边接')!
      await wrong.get('input').setValue(true)
      await wrapper.get('form').trigger('submit')
      expect(wrapper.text()).toContain('回答错误，正确答案是：先咽下去再接')
      wrapper.unmount()
    }
  })
})
