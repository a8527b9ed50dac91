import { describe, expect, it } from 'vitest'
import { interviewReadiness, type ReadinessFigures } from '../../../../src/domain/progress/interviewReadiness'

const band = { min: 120, max: 150 }
const nothingYet: ReadinessFigures = {
  lessons: { done: 0, total: 5 },
  scenarios: [
    { id: 'first', title: '初试', best: null },
    { id: 'second', title: '复试', best: null },
  ],
  typing: { netSpeed: null, target: 60 },
  voice: { rate: null, band },
}

describe('interviewReadiness', () => {
  it('lists the module, each role-play, the typing and the reading, none done for a new candidate', () => {
    const readiness = interviewReadiness(nothingYet)
    expect(readiness.items.map((item) => [item.kind, item.done])).toEqual([
      ['lessons', false],
      ['scenario', false],
      ['scenario', false],
      ['typing', false],
      ['voice', false],
    ])
    expect(readiness.left).toBe(5)
  })

  it('counts each part done at its bar: every lesson, 合格 or better, the typing target, a pace within the band', () => {
    const readiness = interviewReadiness({
      lessons: { done: 5, total: 5 },
      scenarios: [
        { id: 'first', title: '初试', best: 'pass' },
        { id: 'second', title: '复试', best: 'improve' },
      ],
      typing: { netSpeed: 60, target: 60 },
      voice: { rate: 151, band },
    })
    expect(readiness.items.map((item) => item.done)).toEqual([true, true, false, true, false])
    expect(readiness.left).toBe(2)
  })

  it('is all done at the bars’ edges, and a module without lessons is never done', () => {
    const done = interviewReadiness({
      lessons: { done: 5, total: 5 },
      scenarios: [{ id: 'first', title: '初试', best: 'excellent' }],
      typing: { netSpeed: 75, target: 60 },
      voice: { rate: 120, band },
    })
    expect(done.left).toBe(0)
    expect(interviewReadiness({ ...nothingYet, lessons: { done: 0, total: 0 } }).items[0]!.done).toBe(false)
    // 59 字/分 is short of 60; 119 字/分 too slow.
    const short = interviewReadiness({
      ...nothingYet,
      typing: { netSpeed: 59, target: 60 },
      voice: { rate: 119, band },
    })
    expect(short.items.slice(-2).map((item) => item.done)).toEqual([false, false])
  })
})
