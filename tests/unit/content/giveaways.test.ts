import { describe, expect, it } from 'vitest'
import type { ScenarioContent } from '../../../src/content/types'
import {
  bestReplyLongestShare,
  shorterMistakesShare,
  lengthStrategyProblems,
  lengthStrategyRating,
} from '../../../src/content/build/giveaways'

/** A three-step call; each step's replies as [text, points], the first listed being the best. */
function aCall(id: string, steps: [string, number][][]): ScenarioContent {
  return {
    id,
    start: 's0',
    steps: steps.map((replies, index) => ({
      id: `s${index}`,
      kind: 'choice',
      replies: replies.map(([text, points]) => ({
        text,
        scores: { rules: points },
        next: index + 1 < steps.length ? `s${index + 1}` : 'end',
      })),
    })),
    endings: [{ id: 'end' }],
  } as unknown as ScenarioContent
}

const padded = aCall('padded', [
  [
    ['您好，这里是客服中心，我姓王，很高兴为您服务，请问有什么可以帮您？', 2],
    ['喂？', -1],
    ['你好，什么事', 0],
  ],
  [
    ['好的，我马上帮您查一下这个订单现在的情况，请您稍等片刻。', 2],
    ['等着', -2],
    ['我看看', 0],
  ],
  [
    ['感谢您的来电，祝您生活愉快，再见。', 2],
    ['没事了吧', -1],
    ['拜拜', 0],
  ],
])

const wellWritten = aCall('well-written', [
  [
    ['您好，客服中心，我姓王，请讲。', 2],
    ['喂？', -1],
    ['您好您好，实在不好意思让您久等了，我们这边最近电话特别多，您先别着急慢慢说', -1],
  ],
  [
    ['请稍等，我马上查。', 2],
    ['等着', -2],
    ['这个订单的情况比较复杂，我得先去问问仓库的同事，明天再给您回电话吧', -1],
  ],
  [
    ['感谢来电，再见。', 2],
    ['没事了吧', -1],
    ['好的好的，那您还有别的什么问题吗，没有的话我就先挂了啊，拜拜', -1],
  ],
])

describe('role-plays a learner could win by the length of the replies', () => {
  it('finds the call whose best reply is always the longest: choosing the longest wins it', () => {
    expect(lengthStrategyRating(padded, 'longest')).toBe('excellent')
    expect(bestReplyLongestShare([padded])).toBe(1)
    expect(lengthStrategyProblems([padded])).toEqual([
      'padded：每步都选最长的回应也能得到「优秀」：把最佳回应写得精炼，再写一条又长又客气、却做错了的回应',
    ])
  })

  it('passes a call where neither the longest nor the shortest reply is a safe bet', () => {
    expect(lengthStrategyRating(wellWritten, 'longest')).toBe('improve')
    expect(lengthStrategyRating(wellWritten, 'shortest')).toBe('improve')
    expect(bestReplyLongestShare([wellWritten])).toBe(0)
    expect(lengthStrategyProblems([wellWritten])).toEqual([])
  })

  it('finds the opposite mistake too: a call won by always choosing the shortest reply', () => {
    const terse = aCall('terse', [
      [
        ['您好，请讲。', 2],
        ['您好，这里是客服中心，请问您贵姓，今天打来有什么事情呀', -1],
      ],
      [
        ['请稍等。', 2],
        ['您稍微等一下下啊，我这边系统有点慢，可能要好几分钟', -1],
      ],
      [
        ['再见。', 2],
        ['那就先这样吧，有什么事情您再打过来，拜拜拜拜', -1],
      ],
    ])
    expect(lengthStrategyProblems([terse])).toEqual([
      'terse：每步都选最短的回应也能得到「优秀」：把最佳回应写得精炼，再写一条又长又客气、却做错了的回应',
    ])
  })

  it('counts the share over every choice step of every call, punctuation not counted', () => {
    expect(bestReplyLongestShare([padded, wellWritten])).toBe(0.5)
    // Only punctuation longer: the best reply is not the longest.
    const tie = aCall('tie', [
      [
        ['好的。。。。', 1],
        ['好吧', 0],
      ],
    ])
    expect(bestReplyLongestShare([tie])).toBe(0)
  })
})

describe('找茬 calls whose mistakes are the short lines', () => {
  const line = (speaker: 'agent' | 'customer', text: string, breaks: string[] = []) => ({ speaker, text, breaks })
  it('counts a call whose rule-breaking lines are shorter than its good ones, and only the agent’s lines', () => {
    const giveaway = {
      lines: [
        line('agent', '喂？', ['greet']),
        line('customer', '我想问一下我的快递到哪里了，已经三天了还没有到'),
        line('agent', '您好，请您告诉我运单号，我马上帮您查。'),
        line('agent', '等着。', ['polite']),
      ],
    }
    const subtle = {
      lines: [
        line('agent', '您放心，明天上午一定送到，我向您保证，到不了您再打来找我。', ['overpromise']),
        line('agent', '请稍等，我查一下。'),
        line('agent', '您好，请问有什么可以帮助您？'),
      ],
    }
    expect(shorterMistakesShare([giveaway])).toBe(1)
    expect(shorterMistakesShare([subtle])).toBe(0)
    expect(shorterMistakesShare([giveaway, subtle])).toBe(0.5)
  })
})
