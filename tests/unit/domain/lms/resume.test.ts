import { describe, expect, it } from 'vitest'
import { mergeResume } from '../../../../src/domain/lms/resume'
import { decodeResume, encodeResume } from '../../../../src/domain/lms/suspendData'
import { emptyProgress } from '../../../../src/domain/progress/progress'
import { at, attempt, run } from './fixtures'

const titles = { quiz: (id: string) => `测验 ${id}`, scenario: (id: string) => `情景 ${id}` }

function otherPc() {
  const progress = emptyProgress()
  progress.learned = { l1: at(1), l2: at(2) }
  progress.attempts = [attempt('module:overview', 1, 90), attempt('exam', 2, 85)]
  progress.scenarioRuns = [run('bad-line', 1, 88)]
  return progress
}

function decoded(progress = otherPc()) {
  const read = decodeResume(encodeResume(progress))
  if (!read.ok) throw new Error(read.problem)
  return read.data
}

describe('mergeResume', () => {
  it('brings the lessons, scores and ratings to a fresh PC, as summary-only records', () => {
    const merged = mergeResume(emptyProgress(), decoded(), titles)
    expect(merged.learned).toEqual({ l1: at(1), l2: at(2) })
    expect(merged.attempts.map((item) => [item.quizId, item.score.percent, item.summaryOnly, item.title])).toEqual([
      ['module:overview', 90, true, '测验 module:overview'],
      ['exam', 85, true, '测验 exam'],
    ])
    expect(merged.scenarioRuns).toEqual([
      expect.objectContaining({ scenarioId: 'bad-line', percent: 88, rating: 'excellent' }),
    ])
  })

  it('adds nothing when restored twice', () => {
    const once = mergeResume(emptyProgress(), decoded(), titles)
    expect(mergeResume(once, decoded(), titles)).toEqual(once)
  })

  it('does not double what this PC already has, and keeps what only this PC has', () => {
    const mine = otherPc()
    mine.learned.l3 = at(3)
    const merged = mergeResume(mine, decoded(), titles)
    expect(merged.attempts).toEqual(mine.attempts)
    expect(merged.scenarioRuns).toEqual(mine.scenarioRuns)
    expect(Object.keys(merged.learned).sort()).toEqual(['l1', 'l2', 'l3'])
  })
})
