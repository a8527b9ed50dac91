import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import TypingInput from '../../src/components/typing/TypingInput.vue'

let wrapper: VueWrapper | null = null
afterEach(() => wrapper?.unmount())

/** The box as an input method drives it: composition events around input events that say isComposing. */
function mountBox() {
  wrapper = mount(TypingInput, { props: { id: 'box' }, attachTo: document.body })
  const box = wrapper.get('textarea').element
  const commits = () => (wrapper!.emitted('commit') ?? []).map(([text]) => text)
  const input = (value: string, isComposing: boolean) => {
    box.value = value
    box.dispatchEvent(new InputEvent('input', { isComposing, bubbles: true }))
  }
  /** A composition event; at compositionend the box already holds what was committed (`value`). */
  const composition = (type: 'compositionstart' | 'compositionend', data: string, value = box.value) => {
    box.value = value
    box.dispatchEvent(new CompositionEvent(type, { data, bubbles: true }))
  }
  return { wrapper, box, commits, input, composition }
}

describe('TypingInput', () => {
  it('reports committed text only, never pinyin still being composed', async () => {
    const { commits, input, composition } = mountBox()
    composition('compositionstart', '')
    input('n', true)
    input('ni', true)
    expect(commits()).toEqual([])
    composition('compositionend', '您', '您')
    input('您好', false)
    expect(commits()).toEqual(['您', '您好'])
    expect(wrapper!.emitted('activity')?.length).toBeGreaterThan(0)
  })

  it('reports nothing new when a composition is cancelled', () => {
    const { commits, input, composition } = mountBox()
    input('您', false)
    composition('compositionstart', '')
    input('您hao', true)
    // Esc: the input method takes its letters back, and the box holds what it held before.
    input('您', true)
    composition('compositionend', '')
    expect(commits()).toEqual(['您', '您'])
  })

  it('refuses a paste and says why', async () => {
    const { wrapper: mounted, box } = mountBox()
    const paste = new Event('paste', { bubbles: true, cancelable: true })
    box.dispatchEvent(paste)
    expect(paste.defaultPrevented).toBe(true)
    await mounted.vm.$nextTick()
    expect(mounted.get('[role="status"]').text()).toBe('测试中不能粘贴，请自己打字。')
  })
})
