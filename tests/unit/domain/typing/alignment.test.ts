import { describe, expect, it } from 'vitest'
import { ALIGNMENT_BAND, alignTyping, comparableChars, passageRuns } from '../../../../src/domain/typing/alignment'

const PASSAGE = '您好，请问有什么可以帮助您？'

describe('comparableChars', () => {
  it.each([
    ['您好, 请问', ['您', '好', ',', '请', '问']],
    ['您好，\n请问', ['您', '好', ',', '请', '问']],
    ['ＡＢ１', ['A', 'B', '1']],
    ['', []],
  ])('%j → %j', (text, chars) => {
    expect(comparableChars(text)).toEqual(chars)
  })
})

describe('alignTyping', () => {
  it.each([
    // typed, typed count, correct, wrong, extra, missed, reached
    ['', 0, 0, 0, 0, 0, 0],
    ['您好，请问', 5, 5, 0, 0, 0, 5],
    ['您好，清问', 5, 4, 1, 0, 0, 5],
    ['您好请问', 4, 4, 0, 0, 1, 5],
    ['您好，，请问', 6, 5, 0, 1, 0, 5],
    ['您好, 请问', 5, 5, 0, 0, 0, 5],
    ['您好，请问x', 6, 5, 1, 0, 0, 6],
    [PASSAGE, 14, 14, 0, 0, 0, 14],
    [PASSAGE + '再见', 16, 14, 0, 2, 0, 14],
    ['甲乙丙丁', 4, 0, 4, 0, 0, 4],
  ])('%j', (typed, count, correct, wrong, extra, missed, reached) => {
    const alignment = alignTyping(PASSAGE, typed)
    expect(alignment).toMatchObject({ typed: count, correct, wrong, extra, missed, reached })
    expect(alignment.marks).toHaveLength(reached)
    expect(alignment.correct + alignment.wrong + alignment.extra).toBe(alignment.typed)
  })

  it('marks each passage character as correct, wrong or missed', () => {
    expect(alignTyping(PASSAGE, '您好清问').marks).toEqual(['correct', 'correct', 'missed', 'wrong', 'correct'])
    expect(alignTyping('您好请问有什么', '您好清问').marks).toEqual(['correct', 'correct', 'wrong', 'correct'])
  })

  it('counts two swapped characters as one extra and one correct, not two wrong', () => {
    expect(alignTyping('ba', 'ab')).toMatchObject({ correct: 1, wrong: 0, extra: 1, missed: 0, reached: 1 })
    expect(alignTyping('您好请问', '好您请问')).toMatchObject({ correct: 3, wrong: 0, extra: 1, missed: 1, reached: 4 })
  })

  it('does not count a wrong character as correct because it occurs later in the passage', () => {
    expect(alignTyping('您好请问有什么可以帮助您', '您好帮')).toMatchObject({ correct: 2, wrong: 1, reached: 3 })
  })

  // How long it takes is measured by `npm run bench` (scripts/bench/pure.ts), not here.
  it('scores five minutes of fast typing with a wrong character now and then', () => {
    const passage = '您好请问有什么可以帮助您我们会尽快为您处理'.repeat(100)
    const typed = passage.slice(0, 1500).replace(/可/g, '课')
    const alignment = alignTyping(passage, typed)
    expect(alignment.typed).toBe(1500)
    expect(alignment.wrong).toBe([...passage.slice(0, 1500)].filter((char) => char === '可').length)
    expect(alignment.correct).toBe(1500 - alignment.wrong)
  })

  it('follows a skipped line of up to ALIGNMENT_BAND characters, when more is typed after it than was skipped', () => {
    const passage = Array.from({ length: 600 }, (_, index) => String.fromCodePoint(0x4e00 + index)).join('')
    const chars = Array.from(passage)
    /** 50 characters, then `count` skipped, then `after` more. */
    const skipping = (count: number, after: number) =>
      [...chars.slice(0, 50), ...chars.slice(50 + count, 50 + count + after)].join('')
    expect(alignTyping(passage, skipping(80, 120))).toMatchObject({ correct: 170, missed: 80, wrong: 0, reached: 250 })
    expect(alignTyping(passage, skipping(ALIGNMENT_BAND, 200))).toMatchObject({ correct: 250, missed: ALIGNMENT_BAND })
    // Fewer typed after the skip than were skipped: fewer edits as wrong characters than as missed ones.
    expect(alignTyping(passage, skipping(80, 40))).toMatchObject({ correct: 50, wrong: 40, missed: 0 })
    // Beyond the band the place is lost: what follows counts as wrong.
    expect(alignTyping(passage, skipping(ALIGNMENT_BAND + 30, 200)).correct).toBeLessThan(100)
  })

  it('ends on the passage’s last character however much is typed past it', () => {
    expect(alignTyping('您好', '您好' + '啊'.repeat(300))).toMatchObject({ correct: 2, extra: 300, reached: 2 })
  })
})

describe('passageRuns', () => {
  it.each([
    [
      '您好请问',
      [],
      [
        { text: '您', mark: 'next' },
        { text: '好请问', mark: 'ahead' },
      ],
    ],
    [
      '您好请问',
      ['correct', 'correct', 'wrong'],
      [
        { text: '您好', mark: 'correct' },
        { text: '请', mark: 'wrong' },
        { text: '问', mark: 'next' },
      ],
    ],
    [
      '您好',
      ['missed', 'correct'],
      [
        { text: '您', mark: 'missed' },
        { text: '好', mark: 'correct' },
      ],
    ],
    ['', [], []],
  ] as const)('%s %j', (passage, marks, runs) => {
    expect(passageRuns(passage, marks)).toEqual(runs)
  })
})
