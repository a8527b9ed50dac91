import { beforeEach, describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/dom'
import { click, liveTexts, mountApp, textOf, typeInto, waitFor } from './mountApp'
import { READING_PASSAGE } from '../../src/domain/voice/courseTexts'
import { countableCharacters } from '../../src/domain/voice/text'

/**
 * The microphone and the recordings' database, faked: a take is `samples` at 16 kHz (speech-like
 * bursts, or silence), or the microphone refuses with `problem`.
 */
const device = vi.hoisted(() => ({
  problem: null as null | 'denied' | 'no-microphone',
  interrupt: false,
  samples: new Float32Array(0),
  saved: [] as { id: string; owner: string; size: number; createdAt: string; scriptId: string; runId?: string }[],
}))
vi.mock('../../src/platform/recorder', () => ({
  canRecord: () => true,
  startRecording: async (stoppedByItself: (audio: object) => void) => {
    // The microphone goes away partway: what was recorded so far is handed over.
    if (device.interrupt)
      setTimeout(() => stoppedByItself({ blob: new Blob(['part']), mimeType: 'audio/webm', partial: true }), 0)
    return device.problem
      ? { problem: device.problem }
      : {
          recording: {
            stop: async () => ({ blob: new Blob(['audio']), mimeType: 'audio/webm', partial: false }),
            cancel: () => {},
          },
        }
  },
  decodeRecording: async () => ({ samples: device.samples, sampleRate: 16000 }),
  playRecording: async () => ({ stop: () => {} }),
}))
vi.mock('../../src/platform/recordings', () => ({
  saveRecording: async (recording: (typeof device.saved)[number]) => {
    device.saved.push(recording)
    return null
  },
  recordingsOf: async (owner: string) => device.saved.filter((r) => r.owner === owner),
  recordingsOfRun: async (runId: string) => device.saved.filter((r) => r.runId === runId),
  deleteRecordings: async (ids: string[]) => {
    device.saved = device.saved.filter((r) => !ids.includes(r.id))
  },
  deleteRecordingsExceptOwners: async () => 0,
}))

const RATE = 16000
/** `count` bursts of 200 ms tone every 300 ms after half a second of silence: speaking time count × 300 − 100 ms. */
function bursts(count: number): Float32Array {
  const samples = new Float32Array(RATE * (0.5 + count * 0.3 + 0.5))
  for (let i = 0; i < count; i++) {
    const start = RATE * (0.5 + i * 0.3)
    for (let j = 0; j < RATE * 0.2; j++) samples[start + j] = 0.2 * Math.sin((2 * Math.PI * 200 * j) / RATE)
  }
  return samples
}

beforeEach(() => {
  localStorage.clear()
  Object.assign(device, { problem: null, interrupt: false, samples: bursts(100), saved: [] })
})

const practice = () => screen.getByRole('region', { name: '这段稿子的录音' })
const recordButton = () => within(practice()).getByRole('button', { name: /开始录音|停止录音/ })

async function openReading(): Promise<void> {
  await mountApp('/voice?script=reading')
  await waitFor('the reading passage', () => screen.getByText(READING_PASSAGE.text))
}

describe('语音练习', () => {
  it('records a take, measures its rate from the script’s characters, and deletes it', async () => {
    await openReading()
    expect(textOf(practice())).toContain('录好的每一遍会列在这里')
    await click(recordButton())
    expect(textOf(recordButton())).toBe('停止录音')
    // Nothing under the button contradicts it while it records.
    expect(textOf(practice())).not.toMatch(/还没有录音|点“开始录音”/)
    await click(recordButton())
    const take = await waitFor('the first take', () => within(practice()).getByRole('article', { name: /第 1 遍/ }))
    const expected = Math.round((countableCharacters(READING_PASSAGE.text) * 60000) / (100 * 300 - 100))
    expect(textOf(take.querySelector('[data-measure="rate"] .measure-value'))).toBe(`${expected} 字/分`)
    expect(textOf(take)).toContain('补充建议')
    expect(device.saved).toHaveLength(1)
    // Asked first, on the page: kept when the learner says no, the focus back on the button.
    const popUp = vi.spyOn(window, 'confirm')
    await click(within(take).getByRole('button', { name: '删除第 1 遍' }))
    let asked = within(take).getByRole('group', { name: '删除第 1 遍' })
    expect(textOf(asked)).toContain('删除第 1 遍录音和它的测量结果吗？删除后无法恢复。')
    await click(within(asked).getByRole('button', { name: '保留' }))
    expect(document.activeElement).toBe(within(take).getByRole('button', { name: '删除第 1 遍' }))
    expect(device.saved).toHaveLength(1)
    await click(within(take).getByRole('button', { name: '删除第 1 遍' }))
    asked = within(take).getByRole('group', { name: '删除第 1 遍' })
    await click(within(asked).getByRole('button', { name: '删除' }))
    expect(popUp).not.toHaveBeenCalled()
    await waitFor('the take gone', () => expect(within(practice()).queryByRole('article')).toBeNull())
    expect(device.saved).toEqual([])
    // Its button gone with it, the focus is on the list's heading, not lost to the page.
    await waitFor('the focus on the heading', () =>
      expect(document.activeElement).toBe(within(practice()).getByRole('heading', { name: '这段稿子的录音' })),
    )
  })

  it('deletes a recording from 我的录音, says so, and gives the focus to that list’s heading', async () => {
    await openReading()
    await click(recordButton())
    await click(recordButton())
    const library = () => screen.getByRole('region', { name: '我的录音' })
    const remove = await waitFor('the recording listed', () =>
      within(library()).getByRole('button', { name: /^删除录音：/ }),
    )
    await click(remove)
    const asked = within(library()).getByRole('group', { name: /^删除录音：/ })
    expect(textOf(asked.querySelector('p'))).toMatch(/^删除这段录音（.+）吗？删除后无法恢复。$/)
    await click(within(asked).getByRole('button', { name: '删除' }))
    await waitFor('the focus on the heading', () =>
      expect(document.activeElement).toBe(within(library()).getByRole('heading', { name: '我的录音' })),
    )
    expect(textOf(library().querySelector('[role="status"]'))).toBe('已删除。')
    expect(within(library()).queryByRole('button', { name: /^删除录音：/ })).toBeNull()
  })

  it('comes back to the script last recorded when opened again without one in its address', async () => {
    const { router } = await mountApp('/voice?script=reading')
    await waitFor('the reading passage', () => screen.getByText(READING_PASSAGE.text))
    await click(recordButton())
    await click(recordButton())
    await waitFor('the first take', () => within(practice()).getByRole('article', { name: /第 1 遍/ }))
    await router.push('/')
    await router.push('/voice')
    // Not the first phrase a new hire starts on: the passage they were reading.
    await waitFor('the reading passage again', () => screen.getByText(READING_PASSAGE.text))
    expect(within(practice()).getByRole('article', { name: /第 1 遍/ })).toBeTruthy()
  })

  it('tells two recordings of one script apart in 我的录音 by their take and length, newest first', async () => {
    await openReading()
    await click(recordButton())
    await click(recordButton())
    await waitFor('the first take', () => within(practice()).getByRole('article', { name: /第 1 遍/ }))
    await click(recordButton())
    await click(recordButton())
    await waitFor('the second take', () => within(practice()).getByRole('article', { name: /第 2 遍/ }))
    const library = screen.getByRole('region', { name: '我的录音' })
    // Half a second of quiet, 100 bursts of 0.3 s, half a second of quiet: 31 seconds.
    const listed = within(library)
      .getAllByRole('listitem')
      .map((item) => textOf(item.querySelector('p')))
    expect(listed).toEqual([
      expect.stringMatching(/^.+（第 2 遍，31 秒），.+，\d+ KB$/),
      expect.stringMatching(/^.+（第 1 遍，31 秒），.+，\d+ KB$/),
    ])
    expect(within(library).getByRole('button', { name: /^删除录音：.+（第 1 遍，31 秒）/ })).toBeTruthy()
  })

  it('deletes every recording from 我的录音 once the page has asked, and keeps them on 保留', async () => {
    await openReading()
    for (const take of [1, 2]) {
      await click(recordButton())
      await click(recordButton())
      await waitFor(`take ${take}`, () =>
        within(practice()).getByRole('article', { name: new RegExp(`第 ${take} 遍`) }),
      )
    }
    const library = () => screen.getByRole('region', { name: '我的录音' })
    await click(within(library()).getByRole('button', { name: '删除全部录音' }))
    let asked = within(library()).getByRole('group', { name: '删除全部录音' })
    expect(textOf(asked.querySelector('p'))).toBe('确定删除全部 2 段录音吗？删除后无法恢复。')
    await click(within(asked).getByRole('button', { name: '保留' }))
    expect(device.saved).toHaveLength(2)
    await click(within(library()).getByRole('button', { name: '删除全部录音' }))
    asked = within(library()).getByRole('group', { name: '删除全部录音' })
    await click(within(asked).getByRole('button', { name: '删除' }))
    await waitFor('every recording gone', () => expect(device.saved).toEqual([]))
    await waitFor('the list empty', () => expect(within(library()).getByText('还没有录音。')).toBeTruthy())
  })

  it('lists the newest take first, right under the button, and says that is where its result is', async () => {
    await openReading()
    for (const take of [1, 2, 3]) {
      await click(recordButton())
      await click(recordButton())
      await waitFor(`take ${take}`, () =>
        within(practice()).getByRole('article', { name: new RegExp(`第 ${take} 遍`) }),
      )
    }
    const names = within(practice())
      .getAllByRole('article')
      .map((take) => textOf(take.querySelector('h3')).match(/^第 \d+ 遍/)?.[0])
    expect(names).toEqual(['第 3 遍', '第 2 遍', '第 1 遍'])
    expect(liveTexts('status').join()).toContain('录好了，这一遍的结果在下面最前面。')
  })

  it('keeps what was recorded when recording stops by itself partway, and says so', async () => {
    device.interrupt = true
    await openReading()
    await click(recordButton())
    await waitFor('the partial take', () => within(practice()).getByRole('article', { name: /第 1 遍/ }))
    expect(liveTexts('status').join()).toContain('录音中途停止了，已保存停止前录到的部分。')
    expect(device.saved).toHaveLength(1)
    expect(textOf(recordButton())).toBe('开始录音')
  })

  it('says when nothing was heard, and keeps nothing', async () => {
    device.samples = new Float32Array(RATE * 2)
    await openReading()
    await click(recordButton())
    await click(recordButton())
    await waitFor('the no-audio message', () => expect(liveTexts('alert').join()).toMatch(/没有听到声音/))
    expect(device.saved).toEqual([])
  })

  it('says a steady noise was heard, not a muted microphone, and keeps nothing', async () => {
    // Two seconds of loud hiss, as a fan or a bad line gives.
    let state = 7
    device.samples = Float32Array.from({ length: RATE * 2 }, () => {
      state = (state * 1664525 + 1013904223) >>> 0
      return (state / 2 ** 32 - 0.5) * 0.2
    })
    await openReading()
    await click(recordButton())
    await click(recordButton())
    await waitFor('the noise message', () => expect(liveTexts('alert').join()).toMatch(/只听到一片持续的杂音/))
    expect(liveTexts('alert').join()).not.toMatch(/没有听到声音/)
    expect(device.saved).toEqual([])
  })

  it.each([
    ['denied', /浏览器没有允许使用麦克风/],
    ['no-microphone', /没有找到麦克风/],
  ] as const)('says what to do when the microphone is %s', async (problem, message) => {
    device.problem = problem
    await openReading()
    await click(recordButton())
    await waitFor('the message', () => expect(liveTexts('alert').join()).toMatch(message))
    expect(recordButton().getAttribute('aria-describedby')).toBe('voice-practice-problem')
  })

  it('compares a neutral and a smiling take only with each other', async () => {
    await openReading()
    const smile = screen.getByRole('region', { name: '微笑对比' })
    await click(within(smile).getByRole('button', { name: '不笑读一遍' }))
    await click(within(smile).getByRole('button', { name: '停止录音' }))
    await waitFor('the neutral take', () => within(smile).getByText('已录好不笑的一遍。'))
    await click(within(smile).getByRole('button', { name: '微笑读一遍' }))
    await click(within(smile).getByRole('button', { name: '停止录音' }))
    // The same bursts twice: no difference in pitch or brightness.
    await waitFor('the comparison', () => within(smile).getByText('两遍的音高差不多。'))
  })
})

describe('「说出来」 in a role-play', () => {
  async function reply(start: string): Promise<void> {
    const button = await waitFor(`the reply “${start}…”`, () =>
      screen.getByRole('button', { name: new RegExp(`^\\d\\. ${start}`) }),
    )
    await click(button)
  }

  it('is folded away, says there is no speech recognition, and plays the reply back beside the model at the end', async () => {
    await mountApp('/scenarios/silent-call')
    await waitFor('the first turn', () => screen.getByRole('heading', { name: '你会怎么做？' }))
    const details = screen.getByText('说出来（可选）').closest('details')!
    expect(details.open).toBe(false)
    details.open = true
    details.dispatchEvent(new Event('toggle'))
    expect(textOf(details)).toContain('没有语音识别')
    const record = await waitFor('the recorder', () => within(details).getByRole('button', { name: '录下我的回应' }))
    await click(record)
    await click(within(details).getByRole('button', { name: '停止录音' }))
    await waitFor('saved', () => within(details).getByText('已录下这一步的回应。'))
    expect(device.saved).toHaveLength(1)
    expect(device.saved[0]!.runId).toMatch(/^silent-call-/)

    await reply('铃响第二声时接起')
    await reply('稍停 5 秒，再说一遍')
    await reply('“对不起，您的电话没有声音')
    // A step whose best reply is something to do, not words: recorded too, and compared with the way to do it.
    const atWait = screen.getByText('说出来（可选）').closest('details')!
    atWait.open = true
    atWait.dispatchEvent(new Event('toggle'))
    await click(await waitFor('the recorder again', () => within(atWait).getByRole('button', { name: '录下我的回应' })))
    await click(within(atWait).getByRole('button', { name: '停止录音' }))
    await waitFor('saved again', () => within(atWait).getByText('已录下这一步的回应。'))
    await reply('再稍停 5 秒，然后挂机。')
    const field = await waitFor('the free-reply field', () => screen.getByRole('textbox', { name: '写下你的回应' }))
    await typeInto(field, '对不起，您的电话没有声音，请您换一部电话再打来，好吗？')
    await click(screen.getByRole('button', { name: '提交我的回应' }))
    await click(await waitFor('继续', () => screen.getByRole('button', { name: '继续' })))

    const spoken = await waitFor('the spoken replies', () => screen.getByRole('region', { name: '你说出来的回应' }))
    expect(within(spoken).getByRole('heading', { name: '第 1 步' })).toBeTruthy()
    // What was said to the learner at that step, so the clip is heard against it.
    expect(textOf(spoken)).toContain('旁白：电话铃响了。')
    expect(within(spoken).getByRole('button', { name: '播放：你的录音，第 1 步' })).toBeTruthy()
    expect(textOf(spoken)).toMatch(/参考回答：\S+/)
    const items = within(spoken).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(textOf(items[1]!)).toContain('参考做法：再稍停 5 秒，然后挂机。')
    expect(textOf(items[1]!)).not.toContain('参考回答')
  })
})
