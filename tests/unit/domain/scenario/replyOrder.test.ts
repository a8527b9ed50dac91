import { describe, expect, it } from 'vitest'
import { readSavedPlay, replyOrder } from '../../../../src/domain/scenario/replyOrder'

describe('replyOrder', () => {
  it('shows every reply once, in the same order for the same run and step', () => {
    const order = replyOrder(42, 'greet', 4)
    expect([...order].sort()).toEqual([0, 1, 2, 3])
    expect(replyOrder(42, 'greet', 4)).toEqual(order)
  })

  it('puts the first-written reply first in only about a quarter of runs', () => {
    let first = 0
    for (let seed = 0; seed < 4000; seed++) if (replyOrder(seed, 'greet', 4)[0] === 0) first++
    expect(first / 4000).toBeGreaterThan(0.2)
    expect(first / 4000).toBeLessThan(0.3)
  })

  it('orders each step of a run on its own', () => {
    const steps = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
    const orders = new Set(steps.map((step) => replyOrder(7, step, 4).join()))
    expect(orders.size).toBeGreaterThan(1)
  })
})

describe('readSavedPlay', () => {
  it('reads a play with its seed', () => {
    expect(readSavedPlay({ seed: 9, history: [{ stepId: 'a' }] }, 1)).toEqual({ seed: 9, history: [{ stepId: 'a' }] })
  })

  it('keeps the replies of a play saved before replies were shuffled, with a fresh seed', () => {
    expect(readSavedPlay([{ stepId: 'a' }], 5)).toEqual({ seed: 5, history: [{ stepId: 'a' }] })
  })

  it('reads a typed reply not yet taken on, and leaves out a damaged one without losing the play', () => {
    const draft = { stepId: 'reply', text: '您好，请问有什么可以帮您？', checked: true }
    expect(readSavedPlay({ seed: 9, history: [], draft }, 1)).toEqual({ seed: 9, history: [], draft })
    expect(readSavedPlay({ seed: 9, history: [], draft: { ...draft, text: '好'.repeat(1500) } }, 1).draft?.text).toBe(
      '好'.repeat(1000),
    )
    for (const damaged of [null, 'text', { stepId: 'reply', text: 3, checked: true }, { stepId: 'reply', text: '' }]) {
      expect(readSavedPlay({ seed: 9, history: [{ stepId: 'a' }], draft: damaged }, 1)).toEqual({
        seed: 9,
        history: [{ stepId: 'a' }],
      })
    }
  })

  it.each([null, 'text', 3, { seed: -1, history: 'x' }, { seed: 2 ** 40 }, { seed: 1.5, history: [] }])(
    'starts over from %j with a fresh seed',
    (value) => {
      const read = readSavedPlay(value, 11)
      expect(read.seed).toBe(11)
      expect(Array.isArray(read.history)).toBe(true)
    },
  )
})
