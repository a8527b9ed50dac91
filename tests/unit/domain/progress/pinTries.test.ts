import { describe, expect, it } from 'vitest'
import {
  afterWrongPin,
  FREE_PIN_TRIES,
  forgetPinTries,
  parsePinTries,
  pinWaitLeft,
  pinWaitMs,
  waitInWords,
  type PinTriesByLearner,
} from '../../../../src/domain/progress/pinTries'

const T = Date.parse('2026-12-04T09:00:00Z')

describe('wrong PINs in a row', () => {
  it('cost nothing for the first few, then each try waits twice as long, up to 15 minutes', () => {
    expect(FREE_PIN_TRIES).toBe(5)
    expect([1, 4, 5, 6, 7, 9, 10, 50, 10_000].map(pinWaitMs)).toEqual([
      0, 0, 30_000, 60_000, 120_000, 480_000, 900_000, 900_000, 900_000,
    ])
  })

  it('make the next try wait from the last wrong one, counted per learner', () => {
    let tries: PinTriesByLearner = {}
    for (let i = 0; i < 5; i++) tries = afterWrongPin(tries, 'p-li', T + i * 1000)
    const last = T + 4000
    expect(pinWaitLeft(tries['p-li'], last)).toBe(30_000)
    expect(pinWaitLeft(tries['p-li'], last + 29_000)).toBe(1000)
    expect(pinWaitLeft(tries['p-li'], last + 30_000)).toBe(0)
    // Another learner on the same device is not held up.
    expect(pinWaitLeft(tries['default'], last)).toBe(0)
  })

  it('are forgotten after the right PIN', () => {
    const tries = afterWrongPin(afterWrongPin({}, 'p-li', T), 'p-wang', T)
    expect(forgetPinTries(tries, 'p-li')).toEqual({ 'p-wang': { failures: 1, lastAt: T } })
  })

  it('never lock a learner out because the clock was set back since', () => {
    const tries = { failures: 8, lastAt: T }
    expect(pinWaitLeft(tries, T - 24 * 3600_000)).toBe(0)
  })

  it('are read back only as this course wrote them: anything else is dropped, not trusted', () => {
    expect(parsePinTries(null)).toEqual({})
    expect(parsePinTries('5')).toEqual({})
    expect(parsePinTries([{ failures: 5, lastAt: T }])).toEqual({})
    expect(
      parsePinTries({
        ok: { failures: 6, lastAt: T },
        zero: { failures: 0, lastAt: T },
        fraction: { failures: 5.5, lastAt: T },
        huge: { failures: 1e9, lastAt: T },
        text: { failures: '9', lastAt: T },
        noTime: { failures: 6 },
        badTime: { failures: 6, lastAt: Number.NaN },
        empty: null,
      }),
    ).toEqual({ ok: { failures: 6, lastAt: T } })
  })

  it('are waited in words a learner reads at a glance', () => {
    expect([1, 30_000, 59_001, 60_000, 89_500, 120_000, 900_000].map(waitInWords)).toEqual([
      '1 秒',
      '30 秒',
      '1 分钟',
      '1 分钟',
      '1 分 30 秒',
      '2 分钟',
      '15 分钟',
    ])
  })
})
