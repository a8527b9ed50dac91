import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { defineComponent, h, nextTick, ref } from 'vue'
import { RenderAfterPaint, whenPageShown } from '../../src/composables/useRenderAfterPaint'
import { afterNextPaint } from '../../src/platform/afterPaint'

/** A page with its top drawn at once and two parts below it, which can be taken away. */
const Page = defineComponent({
  setup() {
    const withParts = ref(true)
    return () => [
      h('h1', '我的进度'),
      withParts.value ? h(RenderAfterPaint, () => h('p', '第一部分')) : null,
      withParts.value ? h(RenderAfterPaint, () => h('p', '第二部分')) : null,
      h('button', { onClick: () => (withParts.value = false) }, '收起'),
    ]
  },
})

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

describe('RenderAfterPaint', () => {
  it('draws the parts below the top once the page has painted, and then lets a jump go ahead', async () => {
    wrapper = mount(Page, { attachTo: document.body })
    await nextTick()
    expect(wrapper.text()).toContain('我的进度')
    expect(wrapper.text()).not.toContain('第一部分')
    const shown = whenPageShown()
    expect(shown).not.toBeNull()
    await shown
    expect(wrapper.text()).toContain('第一部分')
    expect(wrapper.text()).toContain('第二部分')
    // Nothing waits any more: a jump now goes at once.
    expect(whenPageShown()).toBeNull()
  })

  it('does not hold up a jump on the next page when the page is left before its parts were drawn', async () => {
    wrapper = mount(Page, { attachTo: document.body })
    const shown = whenPageShown()
    expect(shown).not.toBeNull()
    await wrapper.get('button').trigger('click')
    await shown
    expect(whenPageShown()).toBeNull()
    // Taken away, they are not drawn after the next paint either.
    await new Promise<void>((resolve) => afterNextPaint(resolve))
    expect(wrapper.text()).not.toContain('第一部分')
  })
})
