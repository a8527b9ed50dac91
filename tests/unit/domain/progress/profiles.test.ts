import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { PROFILES_VERSION, firstProfile, nameProblem, type ProfileList } from '../../../../src/domain/progress/profiles'
import { recoveredProfiles } from '../../../../src/domain/progress/profileRecovery'
import { ProfileSchema } from '../../../../src/domain/progress/profileCheck'

const now = new Date('2026-05-01T00:00:00Z')
const start: ProfileList = { version: PROFILES_VERSION, activeId: 'default', profiles: [firstProfile(now)] }

describe('nameProblem', () => {
  it.each([
    ['', '请输入姓名'],
    ['   ', '请输入姓名'],
    ['\u202E\u200B', '请输入姓名'],
    ['学员 1', '已经有同名的学员'],
    ['学员 1\u200B', '已经有同名的学员'],
    ['一二三四五六七八九十一二三四五六七八九十一', '姓名最多 20 个字'],
    ['小李', null],
  ])('name %j: %s', (name, problem) => {
    expect(nameProblem(start, name)).toBe(problem)
  })

  it('allows a learner to keep their own name when renaming', () => {
    expect(nameProblem(start, '学员 1', 'default')).toBeNull()
  })
})

describe('ProfileSchema', () => {
  it('cleans a saved name of right-to-left and invisible controls as it reads it', () => {
    const read = v.parse(ProfileSchema, { id: 'p-1', name: '作业\u202Egpj.exe', createdAt: now.toISOString() })
    expect(read.name).toBe('作业gpj.exe')
  })

  it.each([
    ['a bad id', { id: '../x', name: '小李', createdAt: now.toISOString() }],
    ['a numeric name', { id: 'p-1', name: 42, createdAt: now.toISOString() }],
    ['an empty name', { id: 'p-1', name: ' \u200B', createdAt: now.toISOString() }],
    ['a 5 MB name', { id: 'p-1', name: '名'.repeat(1_750_000), createdAt: now.toISOString() }],
    ['no creation time', { id: 'p-1', name: '小李', createdAt: 'yesterday' }],
  ])('refuses %s', (_name, record) => {
    expect(v.safeParse(ProfileSchema, record).success).toBe(false)
  })
})

describe('recoveredProfiles', () => {
  it('finds learners whose records exist but whose own record is gone, the first learner first', () => {
    expect(
      recoveredProfiles(
        ['p-b', 'default', 'p-a', 'p-known', 'Not An Id'],
        [{ ...firstProfile(now), id: 'p-known' }],
        now,
      ),
    ).toEqual([
      firstProfile(now),
      { id: 'p-a', name: '找回的学员 1', createdAt: now.toISOString() },
      { id: 'p-b', name: '找回的学员 2', createdAt: now.toISOString() },
    ])
  })
})
