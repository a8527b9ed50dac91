import { describe, expect, it } from 'vitest'
import { knownTrainerName } from '../../../../src/domain/trainer/trainerName'

const createdAt = '2026-01-01T00:00:00.000Z'

describe('knownTrainerName', () => {
  it('is the name of a named learner who came as a trainer, and nothing for anyone else', () => {
    expect(knownTrainerName({ id: 'default', name: '王老师', named: true, purpose: 'trainer', createdAt })).toBe(
      '王老师',
    )
    expect(knownTrainerName({ id: 'default', name: '王芳', named: true, purpose: 'newHire', createdAt })).toBe('')
    expect(knownTrainerName({ id: 'default', name: '王芳', named: true, createdAt })).toBe('')
    // The automatic name of a trainer who skipped the welcome is not theirs.
    expect(knownTrainerName({ id: 'default', name: '学员 1', purpose: 'trainer', createdAt })).toBe('')
  })
})
