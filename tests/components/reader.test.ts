import { beforeEach, describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/dom'
import { click, liveTexts, mountApp, savedBefore, savedRecords, textOf, waitFor } from './mountApp'
import { useSavedDataStore } from '../../src/stores/savedData'

beforeEach(() => localStorage.clear())

const pageHeading = (name: string | RegExp) => screen.getByRole('heading', { level: 1, name })

describe('home page', () => {
  it('lists the modules in order with their progress and offers the first lesson', async () => {
    await mountApp('/')
    await waitFor('the home page heading', () => pageHeading('客服人员培训课程'))
    const modules = within(screen.getByRole('region', { name: '课程模块' }))
    expect(modules.getAllByRole('heading', { level: 3 }).map(textOf)).toEqual(['1. 基础模块', '2. 电话模块'])
    expect(screen.getByText('已学完 0 / 3 课')).toBeTruthy()
    const start = screen.getByRole('link', { name: '从第一课开始' })
    expect(start.getAttribute('href')).toBe('/modules/basics/lessons/basics-first')
  })

  it('continues from the first unlearned lesson', async () => {
    await savedBefore([{ owner: 'default', kind: 'lesson', key: 'basics-first', value: '2026-01-01T00:00:00.000Z' }])
    await mountApp('/')
    await waitFor('the home page heading', () => pageHeading('客服人员培训课程'))
    expect(screen.getByText('已学完 1 / 3 课')).toBeTruthy()
    const next = screen.getByRole('link', { name: '继续学习：第二课：接一顾二看三' })
    expect(next.getAttribute('href')).toBe('/modules/basics/lessons/basics-second')
    expect(screen.queryByRole('link', { name: '从第一课开始' })).toBeNull()
  })
})

describe('lesson page', () => {
  it('opens with what the learner will be able to do and teaches with worked examples, sources one click away', async () => {
    await mountApp('/modules/basics/lessons/basics-first')
    await waitFor('the lesson heading', () => pageHeading('第一课：处变不惊'))
    const goals = within(screen.getByRole('region', { name: '学完本课，你能：' }))
    expect(goals.getAllByRole('listitem').map(textOf)).toEqual(['能说出接待客户的基本做法', '能在练习中用对规范用语'])
    const toc = within(screen.getByRole('navigation', { name: '本课目录' }))
    expect(toc.getAllByRole('link').map(textOf)).toEqual(['处变不惊的应变力', '无声电话', '本课要点', '课后自测'])

    // One closed 出处 disclosure per section; its links lead to the passage in the document.
    const calm = screen.getByRole('region', { name: '处变不惊的应变力' })
    const calmSources = calm.querySelector('details')!
    expect(calmSources.open).toBe(false)
    expect(textOf(calmSources.querySelector('summary')!)).toBe('出处（1）：处变不惊的应变力')
    const sourceLink = within(calmSources).getByRole('link', { name: /^查看原文/ })
    expect(sourceLink.getAttribute('href')).toContain('/sources/000_0d273eb557817752.txt?q=')

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
    await waitFor('the lesson heading', () => pageHeading('第一课：处变不惊'))
    const silent = screen.getByRole('region', { name: '无声电话' })
    expect(silent.querySelector('details')!.open).toBe(true)
    expect(within(silent).getByText('测试用的培训师备注。')).toBeTruthy()
  })

  it('marks the lesson learned, saves it, and lets the learner undo it', async () => {
    const { wrapper } = await mountApp('/modules/basics/lessons/basics-first')
    const markLearned = await waitFor('the "mark learned" button', () =>
      screen.getByRole('button', { name: '标记为已学完', pressed: false }),
    )
    expect(liveTexts('status')).toEqual([])

    await click(markLearned)
    const undo = screen.getByRole('button', { name: '已学完 ✓（点击取消）', pressed: true })
    expect(liveTexts('status')).toEqual(['本课已标记为已学完。'])
    expect(Object.keys(await savedRecords('lesson'))).toEqual(['basics-first'])

    await click(undo)
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

  it('links to the previous and next lessons across modules', async () => {
    await mountApp('/modules/basics/lessons/basics-second')
    const pager = await waitFor('the lesson pager', () => screen.getByRole('navigation', { name: '上一课和下一课' }))
    const links = within(pager).getAllByRole('link')
    expect(links.map(textOf)).toEqual(['← 上一课：第一课：处变不惊', '下一课：第三课：三声之内 →'])
    expect(links.map((link) => link.getAttribute('rel'))).toEqual(['prev', 'next'])
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/modules/basics/lessons/basics-first',
      '/modules/phone/lessons/phone-rings',
    ])
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
        '之前保存的学习记录有部分无法读取（学员 1：保存的数据不是有效的 JSON），能读取的部分已保留，原文已另存为备份，可在“学员”页面下载。',
      ),
    ).toBeTruthy()
    expect(within(alert).getByRole('link', { name: '到“学员”页面下载备份' }).getAttribute('href')).toBe('/learners')
    expect(useSavedDataStore().backups.map(({ owner, reason, items }) => ({ owner, reason, items }))).toEqual([
      { owner: 'default', reason: '保存的数据不是有效的 JSON', items: ['{broken'] },
    ])
    expect(localStorage.getItem('kefu-course.progress')).toBeNull()
    expect(screen.getByText('已学完 0 / 3 课')).toBeTruthy()
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
