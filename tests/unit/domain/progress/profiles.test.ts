import { describe, expect, it } from 'vitest'
import {
  addProfile,
  firstProfileList,
  nameProblem,
  parseProfileList,
  removeProfile,
  renameProfile,
  switchProfile,
} from '../../../../src/domain/progress/profiles'

const now = new Date('2026-05-01T00:00:00Z')

describe('profiles', () => {
  const start = firstProfileList(now)

  it('starts with one learner', () => {
    expect(start).toEqual({
      version: 1,
      activeId: 'default',
      profiles: [{ id: 'default', name: '学员 1', createdAt: now.toISOString() }],
    })
  })

  it('adds, renames, switches and removes', () => {
    let list = addProfile(start, '  小王 ', 'p-1', now)
    expect(list.activeId).toBe('p-1')
    expect(list.profiles.map((p) => p.name)).toEqual(['学员 1', '小王'])
    list = renameProfile(list, 'p-1', '王芳')
    expect(list.profiles[1]!.name).toBe('王芳')
    list = switchProfile(list, 'default')
    expect(list.activeId).toBe('default')
    expect(switchProfile(list, 'nobody')).toBe(list)
    list = switchProfile(list, 'p-1')
    list = removeProfile(list, 'p-1')
    expect(list.activeId).toBe('default')
    expect(removeProfile(list, 'default')).toBe(list)
  })

  it.each([
    ['', '请输入姓名'],
    ['   ', '请输入姓名'],
    ['学员 1', '已经有同名的学员'],
    ['一二三四五六七八九十一二三四五六七八九十一', '姓名最多 20 个字'],
    ['小李', null],
  ])('name %j: %s', (name, problem) => {
    expect(nameProblem(start, name)).toBe(problem)
  })

  it('allows a learner to keep their own name when renaming', () => {
    expect(nameProblem(start, '学员 1', 'default')).toBeNull()
  })

  it.each([
    null,
    '',
    '{bad',
    '[]',
    '{"version":1,"activeId":"a","profiles":[]}',
    '{"version":1,"activeId":"a","profiles":[{"id":"A B","name":"x","createdAt":""}]}',
  ])('refuses a saved list %j', (raw) => {
    expect(parseProfileList(raw)).toBeNull()
  })

  it('falls back to the first learner when the active one is gone', () => {
    const raw = JSON.stringify({
      version: 1,
      activeId: 'gone',
      profiles: [{ id: 'a', name: '甲', createdAt: now.toISOString() }],
    })
    expect(parseProfileList(raw)?.activeId).toBe('a')
  })
})
