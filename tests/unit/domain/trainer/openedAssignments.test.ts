/** The assignments a learner finds again under 我的: the latest hand-in first, each with its own latest score. */
import { describe, expect, it } from 'vitest'
import { openedAssignmentRows, type Assignment } from '../../../../src/domain/trainer/assignment'
import { fixtureAssignment } from '../../../fixtures/trainer'

const week = (id: string, title: string): { assignment: Assignment; code: string } => ({
  assignment: { ...fixtureAssignment, id, title },
  code: `code-${id}`,
})
const attempt = (quizId: string, finishedAt: string, percent: number) => ({
  quizId,
  finishedAt,
  score: { points: 0, max: 0, correct: 0, percent, passMark: 60, passed: percent >= 60 },
})

describe('openedAssignmentRows', () => {
  it('puts the latest hand-in first, then those not handed in by title, each with its latest attempt', () => {
    const rows = openedAssignmentRows(
      [week('w3', '第三周'), week('w1', '第一周'), week('w2', '第二周'), week('w4', '第四周')],
      [
        attempt('as-w1', '2026-03-01T08:00:00.000Z', 40),
        attempt('as-w2', '2026-03-02T08:00:00.000Z', 90),
        attempt('as-w1', '2026-03-03T08:00:00.000Z', 85),
        attempt('m-phone-etiquette', '2026-03-04T08:00:00.000Z', 10),
      ],
    )
    expect(rows.map((row) => [row.assignment.title, row.latest?.score.percent ?? null, row.code])).toEqual([
      ['第一周', 85, 'code-w1'],
      ['第二周', 90, 'code-w2'],
      ['第三周', null, 'code-w3'],
      ['第四周', null, 'code-w4'],
    ])
  })

  it('lists nothing when nothing was opened, whatever was taken', () => {
    expect(openedAssignmentRows([], [attempt('as-w1', '2026-03-01T08:00:00.000Z', 40)])).toEqual([])
  })
})
