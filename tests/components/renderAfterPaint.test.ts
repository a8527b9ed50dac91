import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createApp, defineComponent, h, nextTick, ref, type App } from 'vue'
import {
  RenderAfterPaint,
  RenderInNextTask,
  holdJumpsForFirstPage,
  mountWhenWhole,
  whenPageShown,
} from '../../src/composables/useRenderAfterPaint'
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
let app: App | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  app?.unmount()
  app = null
  document.body.innerHTML = ''
  vi.unstubAllGlobals()
})

/** index.html's static shell, which the course's first page replaces. */
function showShell(): HTMLElement {
  document.body.innerHTML = '<div id="app"><p>正在打开课程……</p></div>'
  return document.getElementById('app')!
}

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

describe('mountWhenWhole', () => {
  it('keeps the shell on screen until the first page and its parts are drawn, then swaps them in at once; jumps wait for it', async () => {
    holdJumpsForFirstPage()
    // The router's first jump asks before the course is even mounted.
    const jump = whenPageShown()
    expect(jump).not.toBeNull()
    app = createApp(Page)
    let placed = false
    // What waits for the page in place (the history read behind home) waits as long as the shell is shown.
    void mountWhenWhole(app, showShell()).then(() => (placed = true))
    expect(document.body.textContent).toContain('正在打开课程')
    expect(document.body.textContent).not.toContain('我的进度')
    await nextTick()
    expect(placed).toBe(false)
    await jump
    const page = document.getElementById('app')!
    expect(page.textContent).toContain('我的进度')
    expect(page.textContent).toContain('第一部分')
    expect(page.textContent).toContain('第二部分')
    expect(document.body.textContent).not.toContain('正在打开课程')
    await vi.waitFor(() => expect(placed).toBe(true))
    // The page is live where it now stands.
    page.querySelector('button')!.click()
    await nextTick()
    expect(page.textContent).not.toContain('第一部分')
    expect(whenPageShown()).toBeNull()
  })

  it('puts a page with nothing below its first screen in place at once', () => {
    holdJumpsForFirstPage()
    app = createApp(defineComponent(() => () => h('h1', '结业考试')))
    mountWhenWhole(app, showShell())
    expect(document.getElementById('app')!.textContent).toBe('结业考试')
    expect(whenPageShown()).toBeNull()
  })
})

describe('RenderInNextTask', () => {
  it('builds the first page with its header in the task after the page, with no frame drawn, and only then puts it in place', async () => {
    // No frame comes at all (a tab opened in the background, or a test holding the page's clock).
    vi.stubGlobal('requestAnimationFrame', () => 0)
    holdJumpsForFirstPage()
    const jump = whenPageShown()
    app = createApp(
      defineComponent(() => () => [h(RenderInNextTask, () => h('header', '客服人员培训课程')), h('h1', '打字测试')]),
    )
    void mountWhenWhole(app, showShell())
    // The page rendered first, off the document: the shell is still what shows.
    expect(document.body.textContent).toContain('正在打开课程')
    await jump
    const page = document.getElementById('app')!
    expect(page.textContent).toBe('客服人员培训课程打字测试')
    // The header stands before the page, as if it had rendered with it.
    expect(page.firstElementChild?.tagName).toBe('HEADER')
    expect(whenPageShown()).toBeNull()
  })

  it('renders with the page at once once the course has started, so a page opened by a tap has its whole first screen', () => {
    vi.stubGlobal('requestAnimationFrame', () => 0)
    wrapper = mount(
      defineComponent(() => () => [h('h1', '我的进度'), h(RenderInNextTask, () => h('section', '每天的节奏'))]),
    )
    expect(wrapper.text()).toBe('我的进度每天的节奏')
    expect(whenPageShown()).toBeNull()
  })
})
