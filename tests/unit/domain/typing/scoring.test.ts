import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import * as OpenCC from 'opencc-js'
import {
  TARGET_DISPLAY,
  TARGET_QUOTE,
  TARGET_SOURCE,
  TypingResultSchema,
  accuracyText,
  countdownText,
  elapsedOf,
  isNewBest,
  personalBest,
  scoreTyping,
  speedText,
  type TypingResult,
} from '../../../../src/domain/typing/scoring'

const result = (overrides: Partial<TypingResult>): TypingResult => ({
  id: '2026-11-29T10:00:00.000Z-a1',
  at: '2026-11-29T10:00:00.000Z',
  passageId: 'phrases',
  minutes: 1,
  elapsedMs: 60_000,
  typed: 60,
  correct: 60,
  missed: 0,
  ...overrides,
})

describe('scoreTyping', () => {
  it.each([
    // typed, correct, ms, speed, accuracy, net, score, target
    [120, 114, 120_000, 60, 0.95, 57, 114, false],
    [60, 60, 60_000, 60, 1, 60, 60, true],
    [300, 270, 180_000, 100, 0.9, 90, 270, true],
    [30, 30, 15_000, 120, 1, 120, 30, true],
    [0, 0, 60_000, 0, 0, 0, 0, false],
  ])('%i typed, %i correct in %i ms', (typed, correct, elapsedMs, speed, accuracy, netSpeed, score, reachesTarget) => {
    const scores = scoreTyping({ typed, correct, elapsedMs })
    expect(scores.speed).toBeCloseTo(speed)
    expect(scores.accuracy).toBeCloseTo(accuracy)
    expect(scores.netSpeed).toBeCloseTo(netSpeed)
    expect(scores.score).toBeCloseTo(score)
    expect(scores.reachesTarget).toBe(reachesTarget)
  })
})

describe('personalBest', () => {
  it('is the highest net speed, the earlier on a tie, none without history', () => {
    const fast = result({ id: 'b', at: '2026-11-29T10:05:00.000Z', typed: 100, correct: 70 })
    const careful = result({ id: 'a', at: '2026-11-29T10:00:00.000Z', typed: 80, correct: 78 })
    const again = result({ id: 'c', at: '2026-11-29T10:10:00.000Z', typed: 78, correct: 78 })
    expect(personalBest([])).toBeNull()
    expect(personalBest([fast, careful, again])?.id).toBe('a')
    expect(personalBest([again, careful])?.id).toBe('a')
  })
})

describe('isNewBest', () => {
  it('praises a test that beat an earlier one, never a first test, however it went', () => {
    const first = result({ id: 'a', typed: 60, correct: 6 })
    const better = result({ id: 'b', at: '2026-11-29T10:05:00.000Z', typed: 60, correct: 30 })
    const worse = result({ id: 'c', at: '2026-11-29T10:10:00.000Z', typed: 60, correct: 20 })
    expect(isNewBest(first, [first])).toBe(false)
    expect(isNewBest(better, [first, better])).toBe(true)
    expect(isNewBest(worse, [first, better, worse])).toBe(false)
  })
})

describe('elapsedOf', () => {
  it.each([
    [null, 5_000, 1, 0],
    [1_000, 31_000, 1, 30_000],
    [1_000, 70_000, 1, 60_000],
    [1_000, 500, 3, 0],
    [0, 400_000, 5, 300_000],
  ] as const)('started %s, now %i, %i minutes → %i', (started, now, minutes, elapsed) => {
    expect(elapsedOf(started, now, minutes)).toBe(elapsed)
  })
})

describe('texts', () => {
  it.each([
    [59.6, '60'],
    [0, '0'],
    [112.4, '112'],
  ])('speedText(%d) = %s', (value, text) => expect(speedText(value)).toBe(text))
  it.each([
    [57 / 60, '95.0%'],
    [1, '100.0%'],
    [0, '0.0%'],
    [2 / 3, '66.7%'],
  ])('accuracyText(%d) = %s', (value, text) => expect(accuracyText(value)).toBe(text))
  it.each([
    [60_000, '1:00'],
    [65_000, '1:05'],
    [299_001, '5:00'],
    [400, '0:01'],
    [0, '0:00'],
    [-5, '0:00'],
  ])('countdownText(%i) = %s', (ms, text) => expect(countdownText(ms)).toBe(text))
})

describe('TypingResultSchema', () => {
  it('accepts a sound result', () => {
    expect(v.safeParse(TypingResultSchema, result({})).success).toBe(true)
  })
  it.each([
    [{ minutes: 2 }, '测试时长只能是 1、3 或 5 分钟'],
    [{ correct: 61 }, '正确字数不能多于所打字数'],
    [{ typed: -1, correct: 0 }, '字数不能是负数'],
    [{ elapsedMs: 0 }, '用时必须大于 0'],
    [{ at: 'yesterday' }, '时间格式不对'],
  ])('refuses %j with 「%s」', (overrides, message) => {
    const parsed = v.safeParse(TypingResultSchema, { ...result({}), ...overrides })
    expect(parsed.success).toBe(false)
    expect(parsed.issues?.[0]?.message).toBe(message)
  })
})

describe('the target', () => {
  it('is quoted verbatim from document 004', () => {
    const text = readFileSync(join(__dirname, '../../../../content/sources', TARGET_SOURCE), 'utf8')
    expect(text).toContain(TARGET_QUOTE)
    expect(TARGET_QUOTE).toContain('60')
    expect(TARGET_DISPLAY).toBe(OpenCC.Converter({ from: 'tw', to: 'cn' })(TARGET_QUOTE))
  })
})
