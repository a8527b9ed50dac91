import { describe, expect, it } from 'vitest'
import type { HistoryEntry } from '../../../../src/domain/scenario/engine'
import { conversationLines } from '../../../../src/domain/scenario/conversation'

const steps = [
  {
    id: 'greet',
    kind: 'choice' as const,
    speaker: 'customer',
    text: '你好？',
    replies: [
      { text: '您好！', feedback: '礼貌。', reaction: '客户笑了。', scores: { courtesy: 2 }, next: 'note' },
      { text: '喂？', feedback: '严禁用“喂”开头。', reaction: '客户皱眉。', scores: { courtesy: -1 }, next: 'note' },
    ],
  },
  { id: 'note', kind: 'free' as const, speaker: 'colleague', text: '你会怎么说？', next: 'end' },
]

describe('conversationLines', () => {
  it('shows what was said, each reply with its mark and feedback, and the reaction', () => {
    const history: HistoryEntry[] = [
      { stepId: 'greet', kind: 'choice', reply: 1, scores: { courtesy: -1 } },
      { stepId: 'note', kind: 'free', text: '您好', scores: { courtesy: 1, solving: 2 } },
    ]
    expect(conversationLines(steps, history)).toEqual([
      { key: '0-s', kind: 'said', speaker: 'customer', text: '你好？' },
      { key: '0-m', kind: 'mine', text: '喂？', mark: 'poor', feedback: '严禁用“喂”开头。' },
      { key: '0-r', kind: 'said', speaker: 'customer', text: '客户皱眉。' },
      { key: '1-s', kind: 'said', speaker: 'colleague', text: '你会怎么说？' },
      { key: '1-m', kind: 'mine', text: '您好', mark: 'good', feedback: '' },
    ])
  })

  it("gives a narrator's step answered by a person that person's reaction", () => {
    const scene = {
      id: 'scene',
      kind: 'choice' as const,
      speaker: 'narrator',
      text: '过了一会儿，你拿着地图回来。',
      replies: [
        {
          text: '给您讲讲路线，好吗？',
          feedback: '主动。',
          reaction: '旅客连连点头：“那太好了！”',
          reactionSpeaker: 'guest',
          scores: { courtesy: 2 },
          next: 'end',
        },
        { text: '递过地图。', feedback: '被动。', reaction: '旅客走了。', scores: { courtesy: 1 }, next: 'end' },
      ],
    }
    const said = (reply: number) =>
      conversationLines([scene], [{ stepId: 'scene', kind: 'choice', reply, scores: {} }]).filter(
        (line) => line.kind === 'said',
      )
    expect(said(0).map((line) => line.kind === 'said' && line.speaker)).toEqual(['narrator', 'guest'])
    // Without a speaker of its own, the reaction is the step's.
    expect(said(1).map((line) => line.kind === 'said' && line.speaker)).toEqual(['narrator', 'narrator'])
  })

  it('marks the best reply good', () => {
    const history: HistoryEntry[] = [{ stepId: 'greet', kind: 'choice', reply: 0, scores: { courtesy: 2 } }]
    expect(conversationLines(steps, history)[1]).toMatchObject({ kind: 'mine', mark: 'good', feedback: '礼貌。' })
  })

  it('leaves out replies to steps the scenario no longer has, and replies it does not offer', () => {
    const history: HistoryEntry[] = [
      { stepId: 'gone', kind: 'choice', reply: 0, scores: {} },
      { stepId: 'greet', kind: 'choice', reply: 7, scores: {} },
    ]
    expect(conversationLines(steps, history)).toEqual([
      { key: '1-s', kind: 'said', speaker: 'customer', text: '你好？' },
    ])
  })
})
