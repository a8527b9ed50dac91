import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import LoadState from '../../src/components/common/LoadState.vue'

function mountFailed() {
  return mount(LoadState, { props: { status: 'error', loading: '正在加载……' }, attachTo: document.body })
}

describe('LoadState', () => {
  it('puts the focus on the new 重试 when the download it started fails again', async () => {
    const wrapper = mountFailed()
    const retry = wrapper.get('button')
    ;(retry.element as HTMLButtonElement).focus()
    await retry.trigger('click')
    expect(wrapper.emitted('retry')).toHaveLength(1)

    // The download: the button leaves with it, and the focus falls to the page.
    await wrapper.setProps({ status: 'loading' })
    expect(wrapper.find('button').exists()).toBe(false)
    expect(document.activeElement).toBe(document.body)

    await wrapper.setProps({ status: 'error' })
    await nextTick()
    expect(document.activeElement).toBe(wrapper.get('button').element)
    wrapper.unmount()
  })

  it('leaves the focus where it is on a failure nobody asked to retry, and after a retry that worked', async () => {
    const wrapper = mountFailed()
    expect(document.activeElement).toBe(document.body)
    await wrapper.get('button').trigger('click')
    await wrapper.setProps({ status: 'loading' })
    await wrapper.setProps({ status: 'ready' })
    // A later failure (another download, started by the page) does not take the focus either.
    await wrapper.setProps({ status: 'loading' })
    await wrapper.setProps({ status: 'error' })
    await nextTick()
    expect(document.activeElement).toBe(document.body)
    wrapper.unmount()
  })

  it('hands the focus to 重试 when the page asks', async () => {
    const wrapper = mountFailed()
    wrapper.vm.focusRetry()
    expect(document.activeElement).toBe(wrapper.get('button').element)
    wrapper.unmount()
  })
})
