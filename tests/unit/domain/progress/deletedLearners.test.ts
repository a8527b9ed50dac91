import { describe, expect, it } from 'vitest'
import { dueForErasure, erasedOn, restoreProblem } from '../../../../src/domain/progress/deletedLearners'
import type { Profile } from '../../../../src/domain/progress/profiles'

const li: Profile = { id: 'p-li', name: '小李', createdAt: '2026-03-01T09:00:00.000Z' }
const deletedLi: Profile = { ...li, deletedAt: '2026-03-10T12:00:00.000Z' }

describe('a deleted learner', () => {
  it('is erased 30 days after the deletion, to the millisecond, and a learner not deleted never is', () => {
    expect(dueForErasure(deletedLi, new Date('2026-04-09T11:59:59.999Z'))).toBe(false)
    expect(dueForErasure(deletedLi, new Date('2026-04-09T12:00:00.000Z'))).toBe(true)
    expect(dueForErasure(li, new Date('2030-01-01T00:00:00.000Z'))).toBe(false)
  })

  it('is not erased early by a clock set back before the deletion', () => {
    expect(dueForErasure(deletedLi, new Date('2026-01-01T00:00:00.000Z'))).toBe(false)
  })

  it('says the day their records go', () => {
    expect(erasedOn(deletedLi)).toBe('2026-04-09')
    expect(erasedOn(li)).toBeNull()
  })

  it('comes back only when no learner on the list has their name', () => {
    expect(restoreProblem([{ ...li, id: 'p-other' }], deletedLi)).toBe(
      '已经有名叫“小李”的学员。请先在上面给那位学员改名，再恢复。',
    )
    expect(restoreProblem([{ ...li, id: 'p-other', name: '小王' }], deletedLi)).toBeNull()
  })
})
