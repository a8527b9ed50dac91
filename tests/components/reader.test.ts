import { beforeEach, describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/dom'
import { click, liveTexts, mountApp, savedBefore, savedRecords, textOf, waitFor } from './mountApp'
import { useSavedDataStore } from '../../src/stores/savedData'
import { flushPromises } from '@vue/test-utils'

beforeEach(() => localStorage.clear())

const pageHeading = (name: string | RegExp) => screen.getByRole('heading', { level: 1, name })

/** A click at a given moment of the page's life (the event's time stamp), as two taps a moment apart are. */
async function clickAt(element: Element, timeStamp: number): Promise<void> {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true })
  Object.defineProperty(event, 'timeStamp', { value: timeStamp })
  element.dispatchEvent(event)
  await flushPromises()
}

describe('home page', () => {
  it('lists the modules in order with progress rings and offers the first lesson', async () => {
    await mountApp('/')
    await waitFor('the home page heading', () => pageHeading('客服人员培训课程'))
    // A new learner's welcome comes first; the rest of the page follows it, never pushed down by it.
    await waitFor('the welcome', () => screen.getByRole('region', { name: '欢迎！先认识一下你' }))
    const modules = within(await waitFor('the modules', () => screen.getByRole('region', { name: '课程模块' })))
    expect(modules.getAllByRole('heading', { level: 3 }).map(textOf)).toEqual(['1. 基础模块', '2. 电话模块'])
    // Each ring says its number in words, not by colour alone.
    expect(modules.getAllByRole('img').map((ring) => ring.getAttribute('aria-label'))).toEqual([
      '基础模块：已学完 0 / 2 课',
      '电话模块：已学完 0 / 1 课',
    ])
    const today = within(screen.getByRole('region', { name: '今日' }))
    const start = today.getByRole('link', { name: '开始学习：第一课：处变不惊' })
    expect(start.getAttribute('href')).toBe('/modules/basics/lessons/basics-first')
  })

  it('continues from the first unlearned lesson', async () => {
    await savedBefore([{ owner: 'default', kind: 'lesson', key: 'basics-first', value: '2026-01-01T00:00:00.000Z' }])
    await mountApp('/')
    await waitFor('the home page heading', () => pageHeading('客服人员培训课程'))
    await waitFor('the module rings', () => screen.getByRole('img', { name: '基础模块：已学完 1 / 2 课' }))
    const next = screen.getByRole('link', { name: '继续学习：第二课：接一顾二看三' })
    expect(next.getAttribute('href')).toBe('/modules/basics/lessons/basics-second')
    expect(screen.queryByRole('link', { name: /^开始学习/ })).toBeNull()
  })
})

describe('lesson page', () => {
  it('opens with what the learner will be able to do and teaches with worked examples, sources one click away', async () => {
    await mountApp('/modules/basics/lessons/basics-first')
    await waitFor('the lesson heading', () => pageHeading('第一课：处变不惊'))
    // The sections after the first are drawn once the top of the lesson has painted.
    await waitFor('the second section', () => screen.getByRole('region', { name: '无声电话' }))
    const goals = within(screen.getByRole('region', { name: '本课目标' }))
    expect(goals.getAllByRole('listitem').map(textOf)).toEqual(['能说出接待客户的基本做法', '能在练习中用对规范用语'])
    const toc = within(screen.getByRole('navigation', { name: '本课目录' }))
    expect(toc.getAllByRole('link').map(textOf)).toEqual([
      '处变不惊的应变力',
      '无声电话',
      '本课要点',
      '课后自测',
      '完成本课',
    ])

    // One closed 出处 disclosure per section; its links lead to the passage in the document.
    const calm = screen.getByRole('region', { name: '处变不惊的应变力' })
    const calmSources = calm.querySelector('details')!
    expect(calmSources.open).toBe(false)
    expect(textOf(calmSources.querySelector('summary')!)).toBe('出处（1）：处变不惊的应变力')
    const sourceLink = within(calmSources).getByRole('link', { name: /^查看原文/ })
    expect(sourceLink.getAttribute('href')).toContain('/sources/000_0d273eb557817752.txt?q=')
    // …and carry the place to come back to: this lesson, this section's 出处.
    expect(calmSources.id).toBe('src-calm')
    expect(new URLSearchParams(sourceLink.getAttribute('href')!.split('?')[1]).get('from')).toBe(
      'basics/basics-first/src-calm',
    )

    const silent = screen.getByRole('region', { name: '无声电话' })
    const phrase = within(within(silent).getAllByRole('listitem')[0]!)
    const terms = phrase.getAllByRole('term').map(textOf)
    const definitions = phrase.getAllByRole('definition').map(textOf)
    expect(terms.map((term, index) => [term, definitions[index]])).toEqual([
      ['客户说', '（接通后没有声音）'],
      ['你说', '您好！请问有什么可以帮助您？'],
      ['不要说', '喂，说话呀！再不说话我就挂了啊！'],
      ['为什么', '对方可能信号不好，催促只会让人难堪。'],
    ])
    // A rule taught in another lesson is one link away.
    expect(within(silent).getByRole('link', { name: '《第三课：三声之内》' }).getAttribute('href')).toBe(
      '/modules/phone/lessons/phone-rings',
    )
    // The course's own advice is marked as such; the note for trainers is not shown to learners.
    expect(within(silent).getByText('本课程建议')).toBeTruthy()
    expect(within(silent).getByText('等待 5 秒再问一次，给对方留出时间。')).toBeTruthy()
    expect(within(silent).queryByText(/测试用的培训师备注/)).toBeNull()

    // The section's and the example's sources share one disclosure.
    const silentSources = within(silent.querySelector('details')!)
    expect(silentSources.getAllByRole('listitem').map(textOf)).toEqual([
      '本课程补充（原文未涉及）：测试用的补充说明。',
      expect.stringContaining('遇到无声电话时'),
    ])
    // The traditional quote is shown in simplified characters, flagged as such; the link keeps the original.
    expect(silentSources.getByText('遇到无声电话时', { selector: 'q' })).toBeTruthy()
    expect(silentSources.getByText('（原文为繁体）')).toBeTruthy()
    const phraseSource = silentSources.getByRole('link', { name: /^查看原文/ }).getAttribute('href')!
    expect(decodeURIComponent(phraseSource)).toContain('/sources/004_2e7b325d63276746.txt?q=遇到無聲電話時')
    // A simplified document's quote is not flagged, however its punctuation is set.
    expect(within(calmSources).queryByText('（原文为繁体）')).toBeNull()
  })

  it('shows a trainer every source open and the notes written for trainers', async () => {
    await savedBefore([{ owner: '', kind: 'setting', key: 'trainerView', value: { name: 'trainerView', value: true } }])
    await mountApp('/modules/basics/lessons/basics-first')
    const silent = await waitFor('the second section', () => screen.getByRole('region', { name: '无声电话' }))
    expect(silent.querySelector('details')!.open).toBe(true)
    expect(within(silent).getByText('测试用的培训师备注。')).toBeTruthy()
  })

  it('marks the lesson learned, saves it, and lets the learner undo it', async () => {
    const { wrapper } = await mountApp('/modules/basics/lessons/basics-first')
    const markLearned = await waitFor('the "mark learned" button', () =>
      screen.getByRole('button', {
        name: '标记为已学完',
        description: '读完了就按一下，这一课会记进学习进度。',
        pressed: false,
      }),
    )
    expect(liveTexts('status')).toEqual([])

    await clickAt(markLearned, 1_000)
    const undo = screen.getByRole('button', {
      name: '已学完 ✓',
      description: '标错了？再按一下这个按钮，就改回未学完。',
      pressed: true,
    })
    expect(liveTexts('status')).toEqual(['本课已标记为已学完。'])
    expect(Object.keys(await savedRecords('lesson'))).toEqual(['basics-first'])

    // The second tap of a double tap does not undo it.
    await clickAt(undo, 1_300)
    expect(screen.getByRole('button', { name: '已学完 ✓', pressed: true })).toBe(undo)
    expect(Object.keys(await savedRecords('lesson'))).toEqual(['basics-first'])

    await clickAt(undo, 2_500)
    expect(screen.getByRole('button', { name: '标记为已学完', pressed: false })).toBeTruthy()
    expect(liveTexts('status')).toEqual(['本课已取消“已学完”。'])
    expect(await savedRecords('lesson')).toEqual({})

    // After a reload the lesson is still not learned.
    wrapper.unmount()
    await mountApp('/modules/basics/lessons/basics-first')
    await waitFor('the "mark learned" button', () =>
      screen.getByRole('button', { name: '标记为已学完', pressed: false }),
    )
  })

  it('ends a lesson with the next lesson of its module and the role-plays that practise it', async () => {
    await mountApp('/modules/basics/lessons/basics-first')
    const end = within(await waitFor('the end of the lesson', () => screen.getByRole('region', { name: '完成本课' })))
    expect(end.getByRole('button', { name: '标记为已学完' })).toBeTruthy()
    const next = end.getByRole('link', { name: '下一课：第二课：接一顾二看三' })
    expect(next.getAttribute('href')).toBe('/modules/basics/lessons/basics-second')
    expect(end.queryByRole('link', { name: '本模块测验' })).toBeNull()
    const practice = within(end.getByRole('region', { name: '练一练' }))
    expect(practice.getAllByRole('link').map((link) => [textOf(link), link.getAttribute('href')])).toEqual([
      ['无声电话', '/scenarios/silent-call?module=basics'],
    ])
    // Below it, the way back: no previous lesson here, and the module's page.
    const pager = within(screen.getByRole('navigation', { name: '上一课与本模块' }))
    expect(pager.getAllByRole('link').map(textOf)).toEqual(['回到本模块：基础模块'])
  })

  it("at a module's last required lesson offers the module quiz and its role-plays, not the next module", async () => {
    await savedBefore([{ owner: 'default', kind: 'lesson', key: 'basics-first', value: '2026-01-01T00:00:00.000Z' }])
    await mountApp('/modules/basics/lessons/basics-second')
    const end = within(await waitFor('the end of the lesson', () => screen.getByRole('region', { name: '完成本课' })))
    expect(end.getByText('本模块的必学课程都学完了。做一做本模块测验，看看掌握得怎么样。')).toBeTruthy()
    expect(end.queryByRole('link', { name: /^去学/ })).toBeNull()
    expect(end.getByRole('link', { name: '本模块测验' }).getAttribute('href')).toBe('/quizzes/m-basics?module=basics')
    expect(within(end.getByRole('region', { name: '练一练' })).getByRole('link', { name: '无声电话' })).toBeTruthy()
    // The next module's first lesson is not offered as the next step.
    expect(screen.queryByRole('link', { name: /三声之内/ })).toBeNull()
    // Learned, the module is complete: the moment says so, and the quiz is still offered once.
    await click(end.getByRole('button', { name: '标记为已学完' }))
    await waitFor('the moment', () => end.getByRole('heading', { name: '「基础模块」的课程全部学完了！' }))
    // It says what comes next; the line that said the module's lessons were done goes, so nothing is said twice.
    expect(textOf(end.getByRole('region', { name: '「基础模块」的课程全部学完了！' }))).toContain('接下来做本模块测验')
    expect(end.queryByText('本模块的必学课程都学完了。做一做本模块测验，看看掌握得怎么样。')).toBeNull()
    const quizLinks = end.getAllByRole('link').filter((link) => link.getAttribute('href')?.startsWith('/quizzes/'))
    expect(quizLinks.map(textOf)).toEqual(['本模块测验'])
    const pager = within(screen.getByRole('navigation', { name: '上一课与本模块' }))
    const previous = pager.getByRole('link', { name: '← 上一课：第一课：处变不惊' })
    expect([previous.getAttribute('rel'), previous.getAttribute('href')]).toEqual([
      'prev',
      '/modules/basics/lessons/basics-first',
    ])
  })

  it("at a module's last required lesson, with an earlier one skipped, leads back to it before the quiz", async () => {
    await mountApp('/modules/basics/lessons/basics-second')
    const end = within(await waitFor('the end of the lesson', () => screen.getByRole('region', { name: '完成本课' })))
    expect(end.getByText('除了这一课，本模块的必学课还有 1 课没有学完，学完再做本模块测验。')).toBeTruthy()
    expect(end.queryByText(/都学完了/)).toBeNull()
    const skipped = end.getByRole('link', { name: '去学：第一课：处变不惊' })
    expect(skipped.getAttribute('href')).toBe('/modules/basics/lessons/basics-first')
    expect(end.getByRole('link', { name: '本模块测验' }).classList.contains('button-secondary')).toBe(true)
  })

  it('marks the moment the last lesson finishes the module, at the end of that lesson', async () => {
    await savedBefore([{ owner: 'default', kind: 'lesson', key: 'basics-first', value: '2026-01-01T00:00:00.000Z' }])
    await mountApp('/modules/basics/lessons/basics-second')
    const end = await waitFor('the end of the lesson', () => screen.getByRole('region', { name: '完成本课' }))
    expect(within(end).queryByText(/课程全部学完了/)).toBeNull()
    await click(within(end).getByRole('button', { name: '标记为已学完' }))
    await waitFor('the module-complete moment', () => within(end).getByText('「基础模块」的课程全部学完了！'))
  })

  it('offers no practice where no role-play practises the module', async () => {
    await mountApp('/modules/phone/lessons/phone-rings')
    const end = within(await waitFor('the end of the lesson', () => screen.getByRole('region', { name: '完成本课' })))
    expect(end.queryByRole('region', { name: '练一练' })).toBeNull()
    // This module has no question bank, so no quiz either; the module's page is one link away.
    expect(end.queryByRole('link', { name: '本模块测验' })).toBeNull()
    expect(screen.getByRole('link', { name: '回到本模块：电话模块' }).getAttribute('href')).toBe('/modules/phone')
  })

  it('shows which section is being read, in words and as a value', async () => {
    // Where each section stands in the window, by its heading's id; jsdom lays nothing out, so the test says.
    const tops: Record<string, number> = {
      'sec-calm': 200,
      'sec-silent': 1200,
      'key-points': 2000,
      'self-check': 2600,
      'lesson-end': 3200,
    }
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const heading = this.tagName === 'SECTION' ? this.querySelector(':scope > h2') : null
      return { top: (heading && tops[heading.id]) ?? 0 } as DOMRect
    })
    await mountApp('/modules/basics/lessons/basics-first')
    const progress = await waitFor('the reading progress', () => screen.getByRole('progressbar', { name: '阅读进度' }))
    const state = () => ['aria-valuenow', 'aria-valuemax', 'aria-valuetext'].map((name) => progress.getAttribute(name))
    expect(state()).toEqual(['1', '2', '第 1/2 节：处变不惊的应变力'])
    // Shown in words too, not only as a bar.
    expect(within(progress).getByText('第 1/2 节')).toBeTruthy()
    expect(within(progress).getByText('处变不惊的应变力')).toBeTruthy()

    // The second section scrolls up past the reading line, a third of the way down the window.
    await waitFor('the second section', () => screen.getByRole('region', { name: '无声电话' }))
    tops['sec-calm'] = -600
    tops['sec-silent'] = window.innerHeight / 3 - 10
    window.dispatchEvent(new Event('scroll'))
    await waitFor('the second section', () => expect(state()).toEqual(['2', '2', '第 2/2 节：无声电话']))
    expect(within(progress).getByText('第 2/2 节')).toBeTruthy()
    expect(within(progress).getByText('无声电话')).toBeTruthy()

    // Past the last section, the bar names the part being read, not the last section still.
    tops['sec-silent'] = -900
    tops['key-points'] = window.innerHeight / 3 - 10
    window.dispatchEvent(new Event('scroll'))
    await waitFor('the key points', () => expect(state()).toEqual(['2', '2', '正文 2 节之后：本课要点']))
    expect(within(progress).getByText('正文 2 节之后')).toBeTruthy()
    tops['key-points'] = -300
    tops['self-check'] = -100
    tops['lesson-end'] = 50
    window.dispatchEvent(new Event('scroll'))
    await waitFor('the end', () => expect(state()[2]).toBe('正文 2 节之后：完成本课'))

    // And back up again.
    Object.assign(tops, {
      'sec-calm': 100,
      'sec-silent': 900,
      'key-points': 2000,
      'self-check': 2600,
      'lesson-end': 3200,
    })
    window.dispatchEvent(new Event('scroll'))
    await waitFor('the first section again', () => expect(state()[0]).toBe('1'))
  })

  it('jumps from the top of the lesson to its end, where "mark learned" comes next', async () => {
    await mountApp('/modules/basics/lessons/basics-first')
    const jump = await waitFor('the jump link', () => screen.getByRole('link', { name: '跳到本课末尾 ↓' }))
    // Before the table of contents and the sections in reading (and Tab) order.
    const toc = screen.getByRole('navigation', { name: '本课目录' })
    expect(jump.compareDocumentPosition(toc) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    await click(jump)
    // Pressed as the lesson opens, the end may not be drawn yet: the jump waits for it.
    const heading = await waitFor('the end of the lesson', () =>
      screen.getByRole('heading', { level: 2, name: '完成本课' }),
    )
    await waitFor('focus on the end', () => expect(document.activeElement).toBe(heading))
    // The next focusable element after the heading is the button.
    const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, summary, [tabindex="0"]')]
    const after = focusable.find(
      (element) => heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
    )
    expect(after).toBe(screen.getByRole('button', { name: '标记为已学完' }))
  })

  it('checks a self-check answer and explains it', async () => {
    await mountApp('/modules/basics/lessons/basics-first')
    const selfCheck = within(await waitFor('the self-check', () => screen.getByRole('region', { name: '课后自测' })))
    expect(selfCheck.getByRole('group', { name: '1. “处变不惊”属于哪一类素质？' })).toBeTruthy()
    const check = selfCheck.getByRole('button', { name: '检查答案' })

    await click(check)
    expect(selfCheck.getByText('请先选择一个答案。')).toBeTruthy()

    await click(selfCheck.getByRole('radio', { name: '品格素质' }))
    // A new choice hides the old message.
    expect(selfCheck.queryByText('请先选择一个答案。')).toBeNull()
    await click(check)
    expect(selfCheck.getByText('回答错误，正确答案是：心理素质')).toBeTruthy()
    expect(selfCheck.getByText('应变力属于心理素质。')).toBeTruthy()

    await click(selfCheck.getByRole('radio', { name: '心理素质' }))
    expect(selfCheck.queryByText(/回答错误/)).toBeNull()
    await click(check)
    expect(selfCheck.getByText('回答正确。')).toBeTruthy()
    expect(selfCheck.getByText('应变力属于心理素质。')).toBeTruthy()
  })

  it('says so when the lesson does not exist', async () => {
    await mountApp('/modules/basics/lessons/nope')
    await waitFor('the not-found heading', () => pageHeading('没有找到这一课。'))
  })
})

describe('saved data that cannot be read', () => {
  it('moves what an earlier version saved, keeps the unreadable text as a backup and tells the learner', async () => {
    // Saved by the version that kept progress in localStorage, and damaged since.
    localStorage.setItem('kefu-course.progress', '{broken')
    await mountApp('/')
    const alert = await waitFor('the recovery notice', () =>
      screen.getByRole('alert', { name: '部分学习记录无法读取' }),
    )
    expect(
      within(alert).getByText(
        '之前保存的学习记录有部分无法读取（学员 1：保存的数据已损坏，读不出内容），能读取的部分已保留，原文已另存为备份，可在“学员”页面下载。',
      ),
    ).toBeTruthy()
    expect(within(alert).getByRole('link', { name: '到“学员”页面下载备份' }).getAttribute('href')).toBe('/learners')
    expect(useSavedDataStore().backups.map(({ owner, reason, items }) => ({ owner, reason, items }))).toEqual([
      { owner: 'default', reason: '保存的数据已损坏，读不出内容', items: ['{broken'] },
    ])
    expect(localStorage.getItem('kefu-course.progress')).toBeNull()
    expect(screen.getByRole('img', { name: '基础模块：已学完 0 / 2 课' })).toBeTruthy()
  })
})

describe('source view', () => {
  it('highlights the cited passage as text', async () => {
    await mountApp('/sources/002_7c298a5d88a5912a.txt?q=' + encodeURIComponent('接一、顾二、看三'))
    const mark = await waitFor('the highlighted quote', () => screen.getByRole('mark'))
    expect(textOf(mark)).toBe('接一、顾二、看三')
    expect(screen.getByText('已在原文中标出被引用的段落。')).toBeTruthy()
    expect(screen.getByRole('button', { name: '跳到引文' })).toBeTruthy()
    expect(liveTexts('alert')).toEqual([])
  })

  it('shows the document by its title, without the web page’s own text, for a learner', async () => {
    await mountApp('/sources/002_7c298a5d88a5912a.txt?q=' + encodeURIComponent('接一、顾二、看三'))
    await waitFor('the highlighted quote', () => screen.getByRole('mark'))
    expect(pageHeading(/^客服人员岗位职责/)).toBeTruthy()
    // Not opened from a lesson, the document is one of 全部原文, under 我的.
    const trail = screen.getByRole('navigation', { name: '当前位置' })
    expect(textOf(trail)).toBe('我的 › 全部原文')
    expect(within(trail).getByRole('link', { name: '我的' }).getAttribute('href')).toBe('/me')
    // The hashed file name is for trainers; the site name, address line and "related topics" are hidden.
    expect(screen.queryByText(/002_7c298a5d88a5912a/)).toBeNull()
    expect(screen.queryByText('搜档网')).toBeNull()
    expect(screen.queryByText('当前位置:搜档网 › 客服人员岗位职责')).toBeNull()
    expect(screen.queryByText('相关主题')).toBeNull()
    expect(screen.getByText('已隐藏 3 行网页附带的文字（下载提示、网站名、页码），它们不是课程内容。')).toBeTruthy()
    // The material itself is all there, its headings as written rather than each character twice.
    expect(screen.getByText('1. 地面无灰尘、纸屑、杂物，无痰迹。'.replace('，', ','))).toBeTruthy()
    expect(screen.getByText('(一)顾客来访接待礼仪')).toBeTruthy()
    expect(screen.queryByText(/顾顾客客/)).toBeNull()
  })

  it('reads a document saved page by page as running text: no page numbers, no notice inside a sentence', async () => {
    const quote = '千万不可'
    await mountApp('/sources/001_4351cf7fcdc4313a.txt?q=' + encodeURIComponent(quote))
    const mark = await waitFor('the highlighted quote', () => screen.getByRole('mark'))
    const paragraph = textOf(mark.parentElement!)
    // Saved as 「…千万不可”我行我」, a blank line, 「4、素”,否则…」: one sentence again, ended where it ends.
    expect(paragraph).toContain('千万不可”我行我素”,否则公司有可能就此失去一个客户;')
    expect(paragraph).toMatch(/。$/)
    const lines = [...mark.closest('.source-text')!.querySelectorAll('.line')].map(textOf)
    expect(lines.join('')).not.toContain('资料内容仅供您学习参考')
    expect(lines.filter((line) => /^\d、/.test(line))).toEqual([])
    // What was left out is the trainer's to know; the learner just reads.
    expect(screen.queryByText(/^学员读到的是连贯的正文/)).toBeNull()
  })

  it("shows a trainer the web page's text too, set apart, and the file name", async () => {
    await savedBefore([{ owner: '', kind: 'setting', key: 'trainerView', value: { name: 'trainerView', value: true } }])
    await mountApp('/sources/002_7c298a5d88a5912a.txt?q=' + encodeURIComponent('接一、顾二、看三'))
    await waitFor('the highlighted quote', () => screen.getByRole('mark'))
    expect(screen.getByText('文件名：002_7c298a5d88a5912a.txt')).toBeTruthy()
    const siteLine = screen.getByText('当前位置:搜档网 › 客服人员岗位职责')
    // Labelled for a screen reader, not by its grey alone.
    expect(textOf(siteLine)).toBe('网页附带：当前位置:搜档网 › 客服人员岗位职责')
    expect(screen.getByText(/^灰色虚线标出的 3 行是网页附带的文字/)).toBeTruthy()
    // Saved whole, not page by page: learners read the same lines, less the grey ones and the doubling.
    expect(screen.queryByText(/^学员读到的是连贯的正文/)).toBeNull()
    expect(screen.queryByText(/^夹在句子里的/)).toBeNull()
    expect(
      screen.getByText('6 行标题在保存时每个字都重复了两遍（如“顾顾客客”），学员看到的是去掉重复后的标题。'),
    ).toBeTruthy()
    expect(screen.getByText('((一一))顾顾客客来来访访接接待待礼礼仪仪')).toBeTruthy()
  })

  it('tells a trainer what else learners do not see of a document saved page by page', async () => {
    await savedBefore([{ owner: '', kind: 'setting', key: 'trainerView', value: { name: 'trainerView', value: true } }])
    await mountApp('/sources/001_4351cf7fcdc4313a.txt?q=' + encodeURIComponent('千万不可'))
    await waitFor('the highlighted quote', () => screen.getByRole('mark'))
    expect(
      screen.getByText('学员读到的是连贯的正文：8 个分页处的页码也去掉了，被分页切开的句子接在一起。'),
    ).toBeTruthy()
    expect(screen.getByText('夹在句子里的 4 处网页提示（“资料内容仅供您学习参考……”）学员也看不到。')).toBeTruthy()
    // The trainer reads the document as saved, page numbers and all.
    expect(screen.getAllByText(/^4、素/).length).toBeGreaterThan(0)
  })

  it('leads back to the section of the lesson the citation was opened from', async () => {
    const { router } = await mountApp(
      '/sources/002_7c298a5d88a5912a.txt?q=' +
        encodeURIComponent('在营业高峰时应做到“接一、顾二、看三”') +
        '&from=basics/basics-second/sec-rush',
    )
    const back = await waitFor('the way back', () =>
      screen.getByRole('link', { name: '返回本课：第二课：接一顾二看三' }),
    )
    expect(back.getAttribute('href')).toBe('/modules/basics/lessons/basics-second#sec-rush')
    await click(back)
    // A cheap check while the lesson page's code loads (querying the long document by role is not).
    await waitFor('the lesson page', () =>
      expect(router.currentRoute.value.fullPath).toBe('/modules/basics/lessons/basics-second#sec-rush'),
    )
    const heading = await waitFor('the section heading', () =>
      screen.getByRole('heading', { level: 2, name: '营业高峰' }),
    )
    // Keyboard focus lands on the section, so reading goes on from there.
    await waitFor('focus on the section', () => expect(document.activeElement).toBe(heading))
  })

  it('leads back to the 出处 the document was opened from, open again, with the focus on it', async () => {
    const { router } = await mountApp(
      '/sources/002_7c298a5d88a5912a.txt?q=' +
        encodeURIComponent('在营业高峰时应做到“接一、顾二、看三”') +
        '&from=basics/basics-second/src-rush',
    )
    await click(await waitFor('the way back', () => screen.getByRole('link', { name: /^返回本课/ })))
    await waitFor('the lesson page', () =>
      expect(router.currentRoute.value.fullPath).toBe('/modules/basics/lessons/basics-second#src-rush'),
    )
    const sources = await waitFor('the section’s 出处', () => {
      const found = document.getElementById('src-rush')
      expect(found).not.toBeNull()
      return found as HTMLDetailsElement
    })
    await waitFor('the 出处 open, its summary focused', () => {
      expect(sources.open).toBe(true)
      expect(document.activeElement).toBe(sources.querySelector('summary'))
    })
  })

  it.each([
    ['an unknown lesson', 'basics/nope/sec-rush'],
    ['an unknown module', 'nope/basics-second'],
    ['markup', 'basics/basics-second/<img src=x onerror=alert(1)>'],
    ['an address elsewhere', 'https://example.com/'],
    ['a script address', 'javascript:alert(1)'],
  ])('ignores a way back that names %s', async (_what, from) => {
    await mountApp(
      '/sources/002_7c298a5d88a5912a.txt?q=' +
        encodeURIComponent('接一、顾二、看三') +
        '&from=' +
        encodeURIComponent(from),
    )
    await waitFor('the highlighted quote', () => screen.getByRole('mark'))
    expect(screen.queryByRole('link', { name: /^返回本课/ })).toBeNull()
    // Opened directly, there is no page to go back to either.
    expect(screen.queryByRole('button', { name: '返回上一页' })).toBeNull()
    expect(document.images).toHaveLength(0)
  })

  it('shows markup in a link as plain text and says the quote is missing', async () => {
    await mountApp('/sources/002_7c298a5d88a5912a.txt?q=' + encodeURIComponent('<img src=x onerror=alert(1)>'))
    await waitFor('the missing-quote notice', () =>
      expect(liveTexts('alert')).toEqual(['在这份原文中找不到所引用的文字，可能是链接被改动过。下面显示原文全文。']),
    )
    // The whole source is shown instead, and the markup in the link made no element.
    expect(screen.getByText(/接一、顾二、看三/)).toBeTruthy()
    expect(screen.queryByRole('img')).toBeNull()
    expect(document.images).toHaveLength(0)
  })

  it('refuses an unknown document', async () => {
    await mountApp('/sources/evil.txt')
    await waitFor('the unknown-document notice', () => expect(liveTexts('alert')).toEqual(['没有这份原文：evil.txt']))
  })
})
