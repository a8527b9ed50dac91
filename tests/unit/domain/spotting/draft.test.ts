import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { draftMarks, spottingDraft, SpottingDraftSchema } from '../../../../src/domain/spotting/draft'

const lines = [{ speaker: 'customer' }, { speaker: 'agent' }, { speaker: 'narrator' }, { speaker: 'agent' }]
const rules = new Set(['no-greeting', 'jargon'])

describe('a 找茬 draft', () => {
  it('keeps the marks in line order with the time, and passes its own check', () => {
    const draft = spottingDraft(
      'silent-call',
      new Map([
        [3, 'jargon'],
        [1, ''],
      ]),
      new Date('2026-01-02T03:04:05Z'),
    )
    expect(draft).toEqual({
      transcriptId: 'silent-call',
      marks: [
        [1, ''],
        [3, 'jargon'],
      ],
      at: '2026-01-02T03:04:05.000Z',
    })
    expect(v.is(SpottingDraftSchema, draft)).toBe(true)
  })

  it.each([
    ['a negative line', { marks: [[-1, 'jargon']] }],
    ['a line that is not a whole number', { marks: [[1.5, 'jargon']] }],
    ['a mark that is not a pair', { marks: [[1]] }],
    ['no time', { at: 'yesterday' }],
    ['no transcript', { transcriptId: '' }],
  ])('refuses %s', (_, change) => {
    const draft = { transcriptId: 'silent-call', marks: [[1, 'jargon']], at: '2026-01-02T03:04:05.000Z', ...change }
    expect(v.is(SpottingDraftSchema, draft)).toBe(false)
  })

  it('restores only marks on agent lines, and drops a rule the call no longer offers', () => {
    const draft = {
      transcriptId: 'silent-call',
      marks: [
        [0, 'jargon'],
        [1, 'retired-rule'],
        [2, 'jargon'],
        [3, 'jargon'],
        [9, 'jargon'],
      ] as [number, string][],
      at: '2026-01-02T03:04:05.000Z',
    }
    expect(draftMarks(draft, lines, rules)).toEqual(
      new Map([
        [1, ''],
        [3, 'jargon'],
      ]),
    )
    expect(draftMarks(undefined, lines, rules)).toEqual(new Map())
  })
})
