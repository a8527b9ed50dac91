/** 我的 → 离线使用: whether the course can be opened here without a network, updated once it is saved. */
import { afterEach, describe, expect, it } from 'vitest'
import { mount, flushPromises } from '@vue/test-utils'
import MeOfflineCopy from '../../src/components/me/MeOfflineCopy.vue'
import { textOf } from './mountApp'

/** A browser's service workers, as far as the page sees them: the controller and its change event. */
class FakeWorkers extends EventTarget {
  controller: object | null = null
}

function withWorkers(workers: FakeWorkers | undefined): void {
  Object.defineProperty(navigator, 'serviceWorker', { value: workers, configurable: true })
}

afterEach(() => {
  delete (navigator as { serviceWorker?: unknown }).serviceWorker
})

describe('MeOfflineCopy', () => {
  it('says the course cannot be saved where there are no service workers (an http room address)', () => {
    delete (navigator as { serviceWorker?: unknown }).serviceWorker
    expect('serviceWorker' in navigator).toBe(false)
    const wrapper = mount(MeOfflineCopy)
    expect(textOf(wrapper.element)).toBe('在这个浏览器或这个网址上，课程不能保存到设备上离线使用，学习时需要联网。')
  })

  it('says the course is still being saved, and that it is saved once the worker takes control', async () => {
    const workers = new FakeWorkers()
    withWorkers(workers)
    const wrapper = mount(MeOfflineCopy)
    expect(textOf(wrapper.element)).toMatch(/^课程还在保存到这台设备上.*没打开过的页面会打不开。$/)
    expect(wrapper.element.getAttribute('role')).toBe('status')
    workers.controller = {}
    workers.dispatchEvent(new Event('controllerchange'))
    await flushPromises()
    expect(textOf(wrapper.element)).toBe('整个课程已经保存在这台设备上，断网也能打开和学习。')
    // Gone from the page, it stops listening.
    wrapper.unmount()
    workers.controller = null
    workers.dispatchEvent(new Event('controllerchange'))
  })
})
