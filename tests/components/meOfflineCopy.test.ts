/** 我的 → 离线使用: whether the course can be opened here without a network, updated once it is saved. */
import { afterEach, describe, expect, it } from 'vitest'
import { mount, flushPromises } from '@vue/test-utils'
import MeOfflineCopy from '../../src/components/me/MeOfflineCopy.vue'
import { textOf } from './mountApp'

/** A browser's service workers, as far as the page sees them: the controller, its change event and the worker's messages. */
class FakeWorkers extends EventTarget {
  controller: object | null = null
  started = false
  startMessages(): void {
    this.started = true
  }
  say(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }))
  }
}

function withWorkers(workers: FakeWorkers | undefined): void {
  Object.defineProperty(navigator, 'serviceWorker', { value: workers, configurable: true })
}

afterEach(() => {
  delete (navigator as { onLine?: unknown }).onLine
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
    expect(wrapper.get('[role="status"]').text()).toMatch(/^课程还在保存到这台设备上/)
    workers.controller = {}
    workers.dispatchEvent(new Event('controllerchange'))
    await flushPromises()
    expect(textOf(wrapper.element)).toBe('整个课程已经保存在这台设备上，断网也能打开和学习。')
    // Gone from the page, it stops listening.
    wrapper.unmount()
    workers.controller = null
    workers.dispatchEvent(new Event('controllerchange'))
  })

  it('shows how much is saved as the worker reports it, ignores anything else, and says when the copy stopped', async () => {
    const workers = new FakeWorkers()
    withWorkers(workers)
    const wrapper = mount(MeOfflineCopy)
    expect(workers.started).toBe(true)
    expect(wrapper.find('progress').exists()).toBe(false)
    workers.say({ type: 'offline-copy-progress', saved: 82, total: 328 })
    await flushPromises()
    expect(wrapper.get('label').text()).toBe('已保存 25%')
    expect(wrapper.get('progress').attributes('value')).toBe('25')
    // The network goes: the copy cannot be going on, whatever the last figure was; back, it is shown again.
    const connection = (online: boolean) => {
      Object.defineProperty(navigator, 'onLine', { value: online, configurable: true })
      window.dispatchEvent(new Event(online ? 'online' : 'offline'))
    }
    connection(false)
    await flushPromises()
    expect(wrapper.get('[role="status"]').text()).toMatch(
      /^现在没有网络，课程还没有完整保存到这台设备上。联网后会自动接着保存/,
    )
    expect(wrapper.find('progress').exists()).toBe(false)
    connection(true)
    await flushPromises()
    expect(wrapper.get('label').text()).toBe('已保存 25%')
    // Not the worker's progress, or figures that make no sense: nothing changes.
    workers.say({ type: 'offline-copy-progress', saved: 900, total: 328 })
    workers.say('<b>99</b>')
    await flushPromises()
    expect(wrapper.get('label').text()).toBe('已保存 25%')
    // The network dropped: the words say so, and the figure goes.
    workers.say({ type: 'offline-copy-progress', failed: true })
    await flushPromises()
    expect(wrapper.get('[role="status"]').text()).toMatch(
      /^保存时网络中断了，课程还没有完整保存到这台设备上。网络恢复后会自动接着保存/,
    )
    expect(wrapper.find('progress').exists()).toBe(false)
    // Tried again and finished: saved, with no figure left.
    workers.say({ type: 'offline-copy-progress', saved: 328, total: 328 })
    await flushPromises()
    expect(wrapper.get('label').text()).toBe('已保存 100%')
    workers.controller = {}
    workers.dispatchEvent(new Event('controllerchange'))
    await flushPromises()
    expect(wrapper.get('[role="status"]').text()).toBe('整个课程已经保存在这台设备上，断网也能打开和学习。')
    expect(wrapper.find('progress').exists()).toBe(false)
  })
})
