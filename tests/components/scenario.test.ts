import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/dom'
import { flushPromises } from '@vue/test-utils'
import type { SpeakHandlers } from '../../src/platform/speech'
import { click, liveTexts, mountApp, savedBefore, savedRecords, textOf, typeInto, waitFor } from './mountApp'

/** A fake of the device's speech: whether it has a Chinese voice, and the reading under way. */
const speech = vi.hoisted(() => ({
  voice: false,
  listeners: new Set<() => void>(),
  spoken: [] as string[],
  reading: null as SpeakHandlers | null,
  stops: 0,
}))
vi.mock('../../src/platform/speech', () => ({
  hasChineseVoice: () => speech.voice,
  onVoicesChanged: (changed: () => void) => {
    speech.listeners.add(changed)
    return () => speech.listeners.delete(changed)
  },
  speak: (text: string, handlers: SpeakHandlers) => {
    speech.spoken.push(text)
    speech.reading = handlers
    return true
  },
  stopSpeaking: () => speech.stops++,
}))

beforeEach(() => {
  localStorage.clear()
  Object.assign(speech, { voice: false, spoken: [], reading: null, stops: 0 })
  speech.listeners.clear()
})

/** Picks the reply whose text starts with `start` (replies read "1. …", "2. …"), once it is offered. */
async function reply(start: string): Promise<void> {
  const escaped = start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const button = await waitFor(`the reply “${start}…”`, () =>
    screen.getByRole('button', { name: new RegExp(`^\\d\\. ${escaped}`) }),
  )
  await click(button)
}

/** The best reply at each of 无声电话's four choices, then `text` typed at its free step. */
async function typeAtTheFreeStep(text: string): Promise<void> {
  await reply('铃响第二声时接起')
  await reply('稍停 5 秒，再说一遍')
  await reply('“对不起，您的电话没有声音')
  await reply('再稍停 5 秒，然后挂机。')
  await typeInto(
    await waitFor('the free-reply field', () => screen.getByRole('textbox', { name: '写下你的回应' })),
    text,
  )
}

/** The reply buttons' names, in the order shown. */
const shownReplies = () => screen.getAllByRole('button', { name: /^\d\. / }).map(textOf)
const conversation = () => textOf(screen.getByRole('region', { name: '对话记录' }))
const ending = (name: string) => waitFor(`the ending “${name}”`, () => screen.getByRole('region', { name }))

describe('scenario player', () => {
  it("lists the scenarios with the learner's role and the module each practises", async () => {
    await mountApp('/scenarios')
    const link = await waitFor('the scenario link', () => screen.getByRole('link', { name: '无声电话' }))
    expect(link.getAttribute('href')).toBe('/scenarios/silent-call')
    expect(screen.getByText('你的角色：你是呼叫中心的客服代表。')).toBeTruthy()
    expect(screen.getByText('尚未演练')).toBeTruthy()
    const practised = screen.getByRole('list', { name: '练习的课程' })
    expect(within(practised).getByRole('link', { name: '学习模块：基础模块' }).getAttribute('href')).toBe(
      '/modules/basics',
    )
  })

  it('offers a module or lesson the learner has begun as 复习, one not yet begun as 学习', async () => {
    await savedBefore([{ owner: 'default', kind: 'lesson', key: 'basics-first', value: '2026-01-01T00:00:00.000Z' }])
    await mountApp('/scenarios')
    const practised = await waitFor('the practised list', () => screen.getByRole('list', { name: '练习的课程' }))
    await waitFor('复习', () => within(practised).getByRole('link', { name: '复习模块：基础模块' }))
  })

  it('plays to the best ending, checks the typed reply, rates 优秀，and saves the run', async () => {
    await mountApp('/scenarios/silent-call')
    await waitFor('the first turn', () => screen.getByRole('heading', { name: '你会怎么做？' }))
    expect(textOf(screen.getByRole('navigation', { name: '当前位置' }))).toBe('情景演练 › 无声电话')
    expect(conversation()).toContain('电话铃响了。')
    await reply('铃响第二声时接起')
    // The chosen reply, its mark in words, the feedback and the reaction join the conversation.
    expect(conversation()).toContain('铃响第二声时接起')
    expect(conversation()).toContain('很好点评：及时接听并礼貌问候。')
    expect(conversation()).toContain('电话那头没有声音。')
    await reply('稍停 5 秒，再说一遍')
    await reply('“对不起，您的电话没有声音')
    await reply('再稍停 5 秒，然后挂机。')

    const field = await waitFor('the free-reply field', () => screen.getByRole('textbox', { name: '写下你的回应' }))
    expect(screen.getByRole('heading', { name: '写下你会对客户说的话。' })).toBeTruthy()
    await click(screen.getByRole('button', { name: '提交我的回应' }))
    expect(liveTexts('alert')).toEqual(['请先写下你的回应。'])
    expect(screen.getByRole('textbox', { name: '写下你的回应', description: '请先写下你的回应。' })).toBe(field)
    // The problem goes as soon as something is written; near the box's limit, what is left is said.
    await typeInto(field, '喂')
    expect(liveTexts('alert')).toEqual([])
    expect(field.getAttribute('aria-invalid')).toBe('false')
    await typeInto(field, '好'.repeat(850))
    expect(screen.getByRole('textbox', { name: '写下你的回应', description: '还能写 150 字（最多 1000 字）' })).toBe(
      field,
    )
    await typeInto(field, '喂，您的电话没声音')
    expect(screen.queryByText(/^还能写/)).toBeNull()
    await click(screen.getByRole('button', { name: '提交我的回应' }))
    const checker = await waitFor('the reply checker', () => screen.getByRole('region', { name: '自动提示' }))
    expect(textOf(checker)).toContain('你写的回应：喂，您的电话没声音')
    expect(textOf(checker)).toContain('发现规范里禁止的说法')
    expect(textOf(checker)).toContain('还缺少：致歉')
    expect(textOf(checker)).toContain('这一步记为：不妥')
    expect(textOf(checker)).toContain('参考回答：对不起，您的电话没有声音')
    expect(textOf(checker)).toContain('听不出语气')
    await click(within(checker).getByRole('button', { name: '继续' }))

    const summary = await ending('结局：规范处理')
    // The typed reply earned 1 of its 3 points (forbidden 喂, no apology): 12 of 14.
    expect(within(summary).getByText('得分 12 / 14（85.7%）')).toBeTruthy()
    expect(within(summary).getByText('评级：优秀')).toBeTruthy()
    expect(textOf(summary)).not.toContain('结局不错，但')
    // Each area out of what the best replies would have earned there; 同理心, which no step on the way
    // scores, is left out rather than shown as 0 / 0.
    const areas = within(summary).getAllByRole('row').slice(1).map(textOf)
    expect(areas).toHaveLength(3)
    // Named as the role-play names them (its areaNames), else by their usual names.
    expect(areas.map((area) => area.replace(/\d+ \/ \d+$/, ''))).toEqual(['礼貌规范用语', '解决问题', '通话规范'])
    expect(screen.getByRole('heading', { name: '逐步回顾' })).toBeTruthy()
    const transcript = screen.getByRole('list', { name: '逐步回顾' })
    expect(transcript.querySelectorAll(':scope > li')).toHaveLength(5)
    expect(within(transcript).getAllByText('你选择了最佳回应。')).toHaveLength(4)
    expect(within(transcript).getByText('你写的回应：喂，您的电话没声音')).toBeTruthy()
    // The typed reply earned 1 of 3 points: marked 不妥 in the conversation and the transcript.
    expect(conversation()).toContain('喂，您的电话没声音不妥')
    expect(within(transcript).getAllByText('很好')).toHaveLength(4)
    expect(within(transcript).getAllByText('不妥')).toHaveLength(1)
    // Back to what the role-play practises.
    expect(within(summary).getByRole('link', { name: '学习模块：基础模块' }).getAttribute('href')).toBe(
      '/modules/basics',
    )

    // Saved without a word of failure.
    const runs = Object.values(await savedRecords('run'))
    expect(liveTexts('alert')).toEqual([])
    expect(runs).toHaveLength(1)
    expect(runs[0]).toMatchObject({ scenarioId: 'silent-call', endingId: 'done', rating: 'excellent' })

    await click(within(summary).getByRole('link', { name: '返回情景列表' }))
    const card = await waitFor('the list', () => screen.getByRole('article', { name: '无声电话' }))
    expect(textOf(card)).toContain('最好评级：优秀')
    expect(textOf(card)).toContain('85.7%，已演练 1 次')
  })

  it('shows a poor ending with the best reply for each step that went wrong', async () => {
    await mountApp('/scenarios/silent-call')
    await reply('让电话多响几声')
    await reply('“喂，说话呀！')
    // Each poor reply is marked in words, not by colour alone.
    expect(conversation()).toContain('不妥点评：严禁用“喂”开头。')
    const summary = await waitFor('the ending', () => screen.getByRole('region', { name: /^结局：/ }))
    expect(within(summary).getByText('评级：需改进')).toBeTruthy()
    // A rude run scores zero, never a negative number.
    expect(within(summary).getByText(/^得分 0 \/ \d+（0%）$/)).toBeTruthy()
    const transcript = textOf(screen.getByRole('list', { name: '逐步回顾' }))
    expect(transcript).toContain('你的回应：让电话多响几声，接起来先说“喂？”')
    expect(transcript).toContain('最佳回应：铃响第二声时接起')
    expect(transcript).toContain('为什么：严禁用“喂”开头。')

    await click(within(summary).getByRole('button', { name: '再演练一次' }))
    await waitFor('the first turn again', () => screen.getByRole('button', { name: /^\d\. 铃响第二声时接起/ }))
    expect(screen.queryByRole('region', { name: /^结局：/ })).toBeNull()
    expect(conversation()).not.toContain('点评')
  })

  it("offers the last run's step-by-step review when the role-play is opened again, until a new run is under way", async () => {
    const first = await mountApp('/scenarios/silent-call')
    // Before any run there is nothing to look back on.
    await waitFor('the first turn', () => screen.getByRole('button', { name: /^\d\. 铃响第二声时接起/ }))
    expect(screen.queryByText(/^上次演练/)).toBeNull()
    await reply('让电话多响几声')
    await reply('“喂，说话呀！')
    await waitFor('the ending', () => screen.getByRole('region', { name: /^结局：/ }))
    first.wrapper.unmount()

    await mountApp('/scenarios/silent-call')
    const summary = await waitFor('the last run', () =>
      screen.getByText(/^上次演练（\d{4}-\d{2}-\d{2}）：需改进，0%。查看逐步回顾$/),
    )
    expect(screen.queryByRole('list', { name: '逐步回顾' })).toBeNull()
    const details = summary.closest('details')!
    details.open = true
    details.dispatchEvent(new Event('toggle'))
    const transcript = await waitFor('the review', () => screen.getByRole('list', { name: '逐步回顾' }))
    expect(textOf(transcript)).toContain('你的回应：让电话多响几声，接起来先说“喂？”')
    expect(textOf(transcript)).toContain('最佳回应：铃响第二声时接起')

    // A new run under way: the old review goes, the conversation is this run's.
    await reply('铃响第二声时接起')
    await waitFor('the review gone', () => expect(screen.queryByText(/^上次演练/)).toBeNull())
    expect(screen.queryByRole('list', { name: '逐步回顾' })).toBeNull()
  })

  /** Plays the silent call along the turns that lead to its good ending, closing with `last` and a typed 喂. */
  async function playGoodTurnsEndingWith(last: string): Promise<void> {
    await mountApp('/scenarios/silent-call')
    await reply('铃响第二声时接起')
    await reply('稍停 5 秒，再说一遍')
    await reply('“对不起，您的电话没有声音')
    await reply(last)
    const field = await waitFor('the free-reply field', () => screen.getByRole('textbox', { name: '写下你的回应' }))
    await typeInto(field, '喂')
    await click(screen.getByRole('button', { name: '提交我的回应' }))
    await click(await waitFor('继续', () => screen.getByRole('button', { name: '继续' })))
  }

  it('says when a good ending was reached with weaker replies than it describes', async () => {
    await playGoodTurnsEndingWith('再稍停 5 秒，然后挂机。')
    const summary = await ending('结局：规范处理')
    expect(textOf(summary)).toContain('评级：合格')
    expect(textOf(summary)).toContain('结局不错，但上面说的这些，这次你没有每一步都做到。')
  })

  it('ends a role-play opened from its module with the way back to the module, not to the role-play list', async () => {
    await mountApp('/scenarios/silent-call?module=basics')
    await reply('让电话多响几声')
    await reply('“喂，说话呀！')
    const summary = await waitFor('the ending', () => screen.getByRole('region', { name: /^结局：/ }))
    expect(within(summary).getByRole('link', { name: '回到模块：基础模块' }).getAttribute('href')).toBe(
      '/modules/basics',
    )
    expect(within(summary).queryByRole('link', { name: '返回情景列表' })).toBeNull()
  })

  it('does not tell the good ending to replies rated 需改进 that took the right turns: the story ends as they earned', async () => {
    await playGoodTurnsEndingWith('说完立刻挂机。')
    const summary = await ending('结局：电话处理了，却不够规范')
    expect(textOf(summary)).toContain('评级：需改进')
    expect(textOf(summary)).toContain('无声电话最后处理了，可几处说法不合规范。')
    expect(textOf(summary)).not.toContain('结局不错')
  })

  it('resumes a role-play where the learner left it after a reload', async () => {
    const first = await mountApp('/scenarios/silent-call')
    await reply('铃响第二声时接起')
    await reply('稍停 5 秒，再说一遍')
    await waitFor('the third turn', () => screen.getByRole('button', { name: /^\d\. “对不起，您的电话没有声音/ }))
    const shown = shownReplies()
    first.wrapper.unmount()

    // The list says it was left partway, not that it was never played.
    const list = await mountApp('/scenarios')
    const card = await waitFor('the card', () => screen.getByRole('article', { name: '无声电话' }))
    await waitFor('left partway', () => within(card).getByText('演练到一半：打开后从上次停下的地方接着练'))
    expect(within(card).queryByText('尚未演练')).toBeNull()
    list.wrapper.unmount()

    const second = await mountApp('/scenarios/silent-call')
    await waitFor('the third turn', () => screen.getByRole('button', { name: /^\d\. “对不起，您的电话没有声音/ }))
    // Back where the play stopped, not at the top of the conversation: on the last reply and its 点评, the turn below.
    await waitFor('the focus on the last reply', () =>
      expect(document.activeElement?.textContent).toContain('点评：按规范稍停 5 秒后再问候一次。'),
    )
    // The replies come back in the order they were shown before the reload.
    expect(shownReplies()).toEqual(shown)
    expect(conversation()).toContain('点评：按规范稍停 5 秒后再问候一次。')
    expect(conversation()).toContain('又过了 5 秒，还是没有声音。')
    // Finishing clears the saved play: the next visit starts afresh.
    await reply('直接挂机。')
    await waitFor('the ending', () => screen.getByRole('region', { name: /^结局：/ }))
    second.wrapper.unmount()

    const third = await mountApp('/scenarios/silent-call')
    await waitFor('the first turn', () => screen.getByRole('button', { name: /^\d\. 铃响第二声时接起/ }))
    expect(conversation()).not.toContain('点评')
    third.wrapper.unmount()

    await mountApp('/scenarios')
    const done = await waitFor('the card', () => screen.getByRole('article', { name: '无声电话' }))
    await waitFor('its record', () => within(done).getByText(/已演练 1 次/))
    expect(within(done).queryByText(/演练到一半/)).toBeNull()
  })

  it('keeps a typed reply, and the hints it got, across a reload until 继续', async () => {
    const first = await mountApp('/scenarios/silent-call')
    await typeAtTheFreeStep('喂，您的电话没声音')
    first.wrapper.unmount()

    const second = await mountApp('/scenarios/silent-call')
    const field = await waitFor('the free-reply field', () => screen.getByRole('textbox', { name: '写下你的回应' }))
    expect((field as HTMLTextAreaElement).value).toBe('喂，您的电话没声音')
    await click(screen.getByRole('button', { name: '提交我的回应' }))
    await waitFor('the reply checker', () => screen.getByRole('region', { name: '自动提示' }))
    second.wrapper.unmount()

    await mountApp('/scenarios/silent-call')
    const checker = await waitFor('the reply checker', () => screen.getByRole('region', { name: '自动提示' }))
    expect(textOf(checker)).toContain('你写的回应：喂，您的电话没声音')
    expect(textOf(checker)).toContain('还缺少：致歉')
    await click(within(checker).getByRole('button', { name: '继续' }))
    // Scored as if there had been no reload: 12 of 14, as in the run above.
    const summary = await ending('结局：规范处理')
    expect(within(summary).getByText('得分 12 / 14（85.7%）')).toBeTruthy()
  })

  it('says at once how a typed reply is marked: free of forbidden words is not a good reply', async () => {
    await mountApp('/scenarios/silent-call')
    await typeAtTheFreeStep('你等着，我去叫领导。')
    await click(screen.getByRole('button', { name: '提交我的回应' }))
    const checker = await waitFor('the reply checker', () => screen.getByRole('region', { name: '自动提示' }))
    expect(textOf(checker)).toContain('没有找到规范里明确禁止的说法。')
    // The mark the conversation will give it, in words, before 继续; nothing in the checker says 'done'.
    expect(within(checker).getByText('这一步记为：不妥').className).toContain('status-fail')
    expect(checker.querySelector('.status-done')).toBeNull()
    await click(within(checker).getByRole('button', { name: '继续' }))
    expect(conversation()).toContain('你等着，我去叫领导。不妥')
  })

  it('restarts midway only after asking, with a new order and no conversation', async () => {
    await mountApp('/scenarios/silent-call')
    await waitFor('the first turn', () => screen.getByRole('button', { name: /^\d\. 铃响第二声时接起/ }))
    const firstSeed = ((await savedRecords('play'))['silent-call'] as { seed: number }).seed
    await reply('铃响第二声时接起')
    await reply('稍停 5 秒，再说一遍')

    await click(screen.getByRole('button', { name: '重新开始' }))
    const question = screen.getByRole('group', { name: '重新开始' })
    expect(textOf(question)).toContain('已经回应了 2 步')
    expect(document.activeElement?.textContent).toContain('已经回应了 2 步')
    // While the question is open, a number key gives no reply.
    fireEvent.keyDown(document.activeElement!, { key: '1' })
    await flushPromises()
    expect(screen.getAllByText('你', { exact: true })).toHaveLength(2)
    // Keeping on changes nothing and puts the focus back on the button.
    await click(within(question).getByRole('button', { name: '继续这次演练' }))
    expect(screen.queryByRole('group', { name: '重新开始' })).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '重新开始' }))
    expect(conversation()).toContain('点评：按规范稍停 5 秒后再问候一次。')

    await click(screen.getByRole('button', { name: '重新开始' }))
    await click(screen.getByRole('button', { name: '确定重新开始' }))
    await waitFor('the first turn again', () => screen.getByRole('button', { name: /^\d\. 铃响第二声时接起/ }))
    expect(conversation()).not.toContain('点评')
    expect(conversation()).not.toContain('你')
    expect(liveTexts('status')).toContain('已重新开始，从第一步演练。')
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: '你会怎么做？' }))
    // Nothing to start again until the first reply.
    expect(screen.queryByRole('button', { name: '重新开始' })).toBeNull()
    // A new run: its own seed, nothing answered, kept for a reload.
    const saved = (await savedRecords('play'))['silent-call'] as { seed: number; history: unknown[] }
    expect(saved.history).toEqual([])
    expect(saved.seed).not.toBe(firstSeed)
    expect(Object.values(await savedRecords('run'))).toEqual([])
  })

  it('offers 朗读 only once a Chinese voice is there, and shows when it is reading', async () => {
    await mountApp('/scenarios/silent-call')
    await reply('铃响第二声时接起')
    await reply('稍停 5 秒，再说一遍')
    await reply('“对不起，您的电话没有声音')
    await reply('再稍停 5 秒，然后挂机。')
    await waitFor('the colleague', () => screen.getByRole('heading', { name: '写下你会对客户说的话。' }))
    // No Chinese voice on this device: nothing offers to read aloud.
    expect(screen.queryByRole('button', { name: '朗读' })).toBeNull()

    // The voices arrive late, as browsers load them after the page.
    speech.voice = true
    for (const changed of speech.listeners) changed()
    const button = await waitFor('the read-aloud button', () => screen.getByRole('button', { name: '朗读' }))
    expect(button.getAttribute('aria-pressed')).toBe('false')
    await click(button)
    expect(speech.spoken).toEqual(['组长问你：刚才那通电话，如果对方其实是听不清，你会怎么说？'])
    expect(button.textContent).toContain('停止朗读')
    expect(button.getAttribute('aria-pressed')).toBe('true')
    // Reading ends: back to 朗读.
    speech.reading!.onEnd()
    await waitFor('朗读 again', () => expect(button.textContent).toContain('朗读'))
    expect(button.textContent).not.toContain('停止')

    // Stopped by the learner.
    await click(button)
    await click(button)
    expect(speech.stops).toBe(1)
    expect(button.textContent).not.toContain('停止')

    // Reading fails: back to 朗读, saying so.
    await click(button)
    speech.reading!.onError()
    await waitFor('the failure said', () => expect(liveTexts('status')).toContain('这台设备没能朗读这句话。'))
    expect(button.textContent).not.toContain('停止')
  })

  it('says so when the scenario does not exist', async () => {
    await mountApp('/scenarios/nope')
    // Not a failed download: nothing to retry, only the way back to the list.
    await waitFor('the not-found heading', () => screen.getByRole('heading', { level: 1, name: '没有这个情景。' }))
    expect(screen.getByRole('link', { name: '返回情景列表' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull()
    expect(screen.queryByRole('button', { name: /^\d\. / })).toBeNull()
    // The trail ends at the list: no empty place of its own after a ›.
    expect(textOf(screen.getByRole('navigation', { name: '当前位置' }))).toBe('情景演练')
  })
})
