import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { mountApp, until } from './mountApp'
import { PROGRESS_KEY } from '../../src/stores/progress'

let wrapper: VueWrapper | undefined

beforeEach(() => localStorage.clear())
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

async function reply(w: VueWrapper, index: number): Promise<void> {
  await until(() => w.findAll('.reply-button').length > index)
  await w.findAll('.reply-button')[index]!.trigger('click')
}

describe('scenario player', () => {
  it("lists the scenarios with the learner's role", async () => {
    ;({ wrapper } = await mountApp('/scenarios'))
    expect(wrapper.find('.scenario-list').text()).toContain('无声电话')
    expect(wrapper.text()).toContain('你的角色：你是呼叫中心的客服代表。')
    expect(wrapper.text()).toContain('尚未演练')
  })

  it('plays to the best ending, checks the typed reply, rates 优秀，and saves the run', async () => {
    ;({ wrapper } = await mountApp('/scenarios/silent-call'))
    await until(() => wrapper!.find('.reply-button').exists())
    expect(wrapper.find('.chat').text()).toContain('电话铃响了。')
    await reply(wrapper, 0)
    // The chosen reply, the feedback and the reaction join the conversation.
    expect(wrapper.find('.chat').text()).toContain('点评：及时接听并礼貌问候。')
    expect(wrapper.find('.chat').text()).toContain('电话那头没有声音。')
    await reply(wrapper, 0)
    await reply(wrapper, 0)
    await reply(wrapper, 0)

    await until(() => wrapper!.find('textarea').exists())
    await wrapper.find('form.free-reply').trigger('submit')
    expect(wrapper.text()).toContain('请先写下你的回应。')
    await wrapper.find('textarea').setValue('喂，您的电话没声音')
    await wrapper.find('form.free-reply').trigger('submit')
    await until(() => wrapper!.find('.checker-result').exists())
    const checker = wrapper.find('.checker-result').text()
    expect(checker).toContain('发现原文禁止的说法')
    expect(checker).toContain('还缺少：致歉')
    expect(checker).toContain('参考回答：对不起，您的电话没有声音')
    expect(checker).toContain('听不出语气')
    await wrapper.find('.checker-result button').trigger('click')

    await until(() => wrapper!.find('.result-summary').exists())
    const summary = wrapper.find('.result-summary').text()
    expect(summary).toContain('结局：规范处理')
    // The typed reply earned 1 of its 3 points (forbidden 喂, no apology): 12 of 14.
    expect(summary).toContain('得分 12 / 14（85.7%）')
    expect(summary).toContain('评级：优秀')
    expect(wrapper.findAll('.transcript > li')).toHaveLength(5)
    expect(wrapper.find('.transcript').text()).toContain('你选择了最佳回应。')
    expect(wrapper.find('.transcript').text()).toContain('你写的回应：喂，您的电话没声音')

    const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY)!)
    expect(saved.scenarioRuns).toHaveLength(1)
    expect(saved.scenarioRuns[0]).toMatchObject({ scenarioId: 'silent-call', endingId: 'done', rating: 'excellent' })
  })

  it('shows a poor ending with the best reply for each step that went wrong', async () => {
    ;({ wrapper } = await mountApp('/scenarios/silent-call'))
    await reply(wrapper, 1)
    await reply(wrapper, 1)
    await until(() => wrapper!.find('.result-summary').exists())
    expect(wrapper.find('.result-summary').text()).toContain('评级：需改进')
    const transcript = wrapper.find('.transcript').text()
    expect(transcript).toContain('你的回应：让电话多响几声，接起来先说“喂？”')
    expect(transcript).toContain('最佳回应：铃响第二声时接起')
    expect(transcript).toContain('为什么：严禁用“喂”开头。')

    await wrapper
      .findAll('.result-summary button')
      .find((b) => b.text() === '再演练一次')!
      .trigger('click')
    await until(() => wrapper!.find('.reply-button').exists())
    expect(wrapper.find('.result-summary').exists()).toBe(false)
  })

  it('resumes a role-play where the learner left it after a reload', async () => {
    ;({ wrapper } = await mountApp('/scenarios/silent-call'))
    await reply(wrapper, 0)
    await reply(wrapper, 0)
    wrapper.unmount()
    ;({ wrapper } = await mountApp('/scenarios/silent-call'))
    await until(() => wrapper!.find('.reply-button').exists())
    expect(wrapper.find('.chat').text()).toContain('点评：按规范稍停 5 秒后再问候一次。')
    expect(wrapper.find('.chat').text()).toContain('又过了 5 秒，还是没有声音。')
    // Finishing clears the saved play: the next visit starts afresh.
    await reply(wrapper, 1)
    await until(() => wrapper!.find('.result-summary').exists())
    wrapper.unmount()
    ;({ wrapper } = await mountApp('/scenarios/silent-call'))
    await until(() => wrapper!.find('.reply-button').exists())
    expect(wrapper.find('.chat').text()).not.toContain('点评')
  })

  it('says so when the scenario does not exist', async () => {
    ;({ wrapper } = await mountApp('/scenarios/nope'))
    await until(() => wrapper!.text().includes('没有这个情景'))
  })
})
