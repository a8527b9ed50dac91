import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { mountApp, until } from './mountApp'
import { PROGRESS_BACKUP_KEY, PROGRESS_KEY } from '../../src/stores/progress'

let wrapper: VueWrapper | undefined

beforeEach(() => localStorage.clear())
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

describe('home page', () => {
  it('lists the modules in order with their progress and offers the first lesson', async () => {
    ;({ wrapper } = await mountApp('/'))
    expect(wrapper.find('h1').text()).toBe('客服人员培训课程')
    const modules = wrapper.findAll('.module-card h3').map((h) => h.text())
    expect(modules).toEqual(['1. 基础模块', '2. 电话模块'])
    expect(wrapper.text()).toContain('已学完 0 / 3 课')
    expect(wrapper.find('a.button').text()).toBe('从第一课开始')
    expect(wrapper.find('a.button').attributes('href')).toBe('/modules/basics/lessons/basics-first')
  })

  it('continues from the first unlearned lesson', async () => {
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ version: 1, learned: { 'basics-first': '2026-01-01T00:00:00.000Z' } }),
    )
    ;({ wrapper } = await mountApp('/'))
    expect(wrapper.text()).toContain('已学完 1 / 3 课')
    expect(wrapper.find('a.button').text()).toBe('继续学习：第二课：接一顾二看三')
  })
})

describe('lesson page', () => {
  it('shows sections, table of contents, citations with links to the source, and the phrases', async () => {
    ;({ wrapper } = await mountApp('/modules/basics/lessons/basics-first'))
    await until(() => wrapper!.find('#lesson-title').exists())
    expect(wrapper.find('#lesson-title').text()).toBe('第一课：处变不惊')
    const toc = wrapper.find('nav.lesson-toc')
    expect(toc.attributes('aria-label')).toBe('本课目录')
    expect(toc.findAll('a').map((a) => a.text())).toEqual(['处变不惊的应变力', '无声电话', '本课要点', '课后自测'])
    const link = wrapper.find('a.citation-link')
    expect(link.attributes('href')).toContain('/sources/000_0d273eb557817752.txt?q=')
    expect(wrapper.text()).toContain('补充练习（原文未涉及）测试用的补充说明。')
    // The traditional quote is shown in simplified characters, flagged as such.
    expect(wrapper.find('.phrase .citation-quote').text()).toBe('遇到无声电话时')
    expect(wrapper.find('.phrase').text()).toContain('原文为繁体')
    expect(wrapper.find('.phrase-avoid dd').text()).toBe('喂，说话呀！再不说话我就挂了啊！')
  })

  it('marks the lesson learned, saves it, and lets the learner undo it', async () => {
    ;({ wrapper } = await mountApp('/modules/basics/lessons/basics-first'))
    await until(() => wrapper!.find('.learned-toggle button').exists())
    const button = () => wrapper!.find('.learned-toggle button')
    expect(button().attributes('aria-pressed')).toBe('false')
    await button().trigger('click')
    expect(button().attributes('aria-pressed')).toBe('true')
    expect(wrapper.find('.learned-toggle [role=status]').text()).toBe('本课已标记为已学完。')
    expect(Object.keys(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).learned)).toEqual(['basics-first'])
    await button().trigger('click')
    expect(button().attributes('aria-pressed')).toBe('false')
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).learned).toEqual({})
  })

  it('links to the previous and next lessons across modules', async () => {
    ;({ wrapper } = await mountApp('/modules/basics/lessons/basics-second'))
    await until(() => wrapper!.find('nav.pager').exists())
    const links = wrapper.findAll('nav.pager a')
    expect(links.map((a) => a.attributes('rel'))).toEqual(['prev', 'next'])
    expect(links[1]!.attributes('href')).toBe('/modules/phone/lessons/phone-rings')
  })

  it('checks a self-check answer and explains it', async () => {
    ;({ wrapper } = await mountApp('/modules/basics/lessons/basics-first'))
    await until(() => wrapper!.find('form.self-check').exists())
    const form = wrapper.find('form.self-check')
    await form.trigger('submit')
    expect(form.text()).toContain('请先选择一个答案。')
    await form.findAll('input[type=radio]')[1]!.setValue(true)
    await form.trigger('submit')
    expect(form.text()).toContain('回答错误，正确答案是：心理素质')
    await form.findAll('input[type=radio]')[0]!.setValue(true)
    await form.trigger('submit')
    expect(form.text()).toContain('回答正确。')
    expect(form.text()).toContain('应变力属于心理素质。')
  })

  it('says so when the lesson does not exist', async () => {
    ;({ wrapper } = await mountApp('/modules/basics/lessons/nope'))
    expect(wrapper.find('h1').text()).toBe('没有找到这一课。')
  })
})

describe('saved data that cannot be read', () => {
  it('starts fresh, keeps a backup and tells the learner', async () => {
    localStorage.setItem(PROGRESS_KEY, '{broken')
    ;({ wrapper } = await mountApp('/'))
    const alert = wrapper.find('[role=alert]')
    expect(alert.text()).toContain('学习进度已恢复为初始状态')
    expect(alert.text()).toContain('保存的数据不是有效的 JSON')
    expect(localStorage.getItem(PROGRESS_BACKUP_KEY)).toBe('{broken')
    expect(wrapper.text()).toContain('已学完 0 / 3 课')
  })
})

describe('source view', () => {
  it('highlights the cited passage as text', async () => {
    ;({ wrapper } = await mountApp('/sources/002_7c298a5d88a5912a.txt?q=' + encodeURIComponent('接一、顾二、看三')))
    await until(() => wrapper!.find('mark').exists())
    expect(wrapper.find('mark').text()).toBe('接一、顾二、看三')
    expect(wrapper.text()).toContain('已在原文中标出被引用的段落。')
  })

  it('shows markup in a link as plain text and says the quote is missing', async () => {
    ;({ wrapper } = await mountApp(
      '/sources/002_7c298a5d88a5912a.txt?q=' + encodeURIComponent('<img src=x onerror=alert(1)>'),
    ))
    await until(() => wrapper!.find('.source-text').exists())
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.text()).toContain('在这份原文中找不到所引用的文字')
  })

  it('refuses an unknown document', async () => {
    ;({ wrapper } = await mountApp('/sources/evil.txt'))
    expect(wrapper.text()).toContain('没有这份原文：evil.txt')
  })
})
