import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import {
  PROFILES_VERSION,
  certificateName,
  firstProfile,
  isNamed,
  normalPin,
  pinProblem,
  sameHash,
  staffIdProblem,
  teamProblem,
  withCertifiedName,
  withDetails,
  type Profile,
  type ProfileList,
} from '../../../../src/domain/progress/profiles'
import { ProfileSchema, readProfile } from '../../../../src/domain/progress/profileCheck'

const createdAt = '2026-05-01T00:00:00.000Z'
const pin = { salt: 'a'.repeat(32), hash: 'b'.repeat(64), iterations: 150_000 }
const listOf = (...profiles: Profile[]): ProfileList => ({ version: PROFILES_VERSION, activeId: 'default', profiles })

describe('isNamed', () => {
  it.each<[string, Profile, boolean]>([
    ['the first learner, never named', firstProfile(new Date(createdAt)), false],
    ['a learner found again', { id: 'p-a', name: '找回的学员 2', createdAt }, false],
    ['a learner saved before names were asked, renamed', { id: 'default', name: '王芳', createdAt }, true],
    ['a learner who chose the name 学员 1', { id: 'default', name: '学员 1', createdAt, named: true }, true],
    ['a learner marked not named', { id: 'default', name: '王芳', createdAt, named: false }, false],
  ])('%s: %s', (_name, profile, named) => {
    expect(isNamed(profile)).toBe(named)
  })
})

describe('staffIdProblem and teamProblem', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['A-1024', null],
    // None, said in words, is the field left empty.
    ['无', null],
    ['还没有工号', null],
    ['12345678901234567890', null],
    ['123456789012345678901', '工号只能包含字母、数字和“-”，最多 20 位'],
    ['工号 12', '工号只能包含字母、数字和“-”，最多 20 位'],
    ['<b>1</b>', '工号只能包含字母、数字和“-”，最多 20 位'],
  ])('工号 %j: %s', (staffId, problem) => {
    expect(staffIdProblem(staffId)).toBe(problem)
  })

  it.each([
    ['', null],
    ['二组', null],
    ['班'.repeat(20), null],
    ['班'.repeat(21), '班组最多 20 个字'],
  ])('班组 %j: %s', (team, problem) => {
    expect(teamProblem(team)).toBe(problem)
  })
})

describe('withDetails, given the welcome’s answers', () => {
  const first = firstProfile(new Date(createdAt))

  it('names the learner with the cleaned answers and their purpose, leaving out empty optional answers', () => {
    const result = withDetails(listOf(first), 'default', {
      name: ' 王\u200B芳 ',
      staffId: '',
      team: ' 二组 ',
      purpose: 'interview',
    })
    expect(result).toEqual({
      ok: true,
      profile: { id: 'default', name: '王芳', createdAt, named: true, team: '二组', purpose: 'interview' },
    })
  })

  it('clears an optional answer given before and now left empty', () => {
    const before = { ...first, staffId: 'A-1', team: '一组' }
    const result = withDetails(listOf(before), 'default', { name: '王芳', staffId: ' ', team: '', purpose: 'newHire' })
    expect(result.ok && result.profile).toEqual({
      id: 'default',
      name: '王芳',
      createdAt,
      named: true,
      purpose: 'newHire',
    })
  })

  it('takes 「无」 or 「还没有」 for a 工号 as none, and keeps none', () => {
    for (const none of ['无', ' 暂无 ', '没有', '还没有工号']) {
      const result = withDetails(listOf(first), 'default', {
        name: '王芳',
        staffId: none,
        team: '',
        purpose: 'newHire',
      })
      expect(result.ok && result.profile.staffId).toBeUndefined()
    }
    // A 工号 is still checked as one.
    expect(withDetails(listOf(first), 'default', { name: '王芳', staffId: '无号', team: '' }).ok).toBe(false)
  })

  it('says what is wrong with each answer, and names nobody', () => {
    const other = { id: 'p-li', name: '小李', createdAt }
    expect(
      withDetails(listOf(first, other), 'default', {
        name: '小李',
        staffId: '工号',
        team: '班'.repeat(21),
        purpose: 'trainer',
      }),
    ).toEqual({
      ok: false,
      problems: {
        name: '已经有同名的学员',
        staffId: '工号只能包含字母、数字和“-”，最多 20 位',
        team: '班组最多 20 个字',
      },
    })
    expect(withDetails(listOf(first), 'default', { name: ' ', staffId: '', team: '', purpose: 'newHire' })).toEqual({
      ok: false,
      problems: { name: '请输入姓名' },
    })
  })
})

describe('withDetails', () => {
  const wang: Profile = {
    id: 'p-1',
    name: '王芳',
    createdAt,
    named: true,
    staffId: 'A-1',
    team: '一组',
    purpose: 'interview',
    certifiedName: '王芳',
  }

  it('changes what is given and keeps the rest: purpose, PIN and certificate name too', () => {
    const result = withDetails(listOf(wang), 'p-1', { team: ' 三组 ' })
    expect(result).toEqual({ ok: true, profile: { ...wang, team: '三组' } })
  })

  it('clears an optional detail given empty, and names a learner with an automatic name only when a name is given', () => {
    const first = firstProfile(new Date(createdAt))
    expect(withDetails(listOf(wang), 'p-1', { staffId: ' ' })).toEqual({
      ok: true,
      profile: {
        id: 'p-1',
        name: '王芳',
        createdAt,
        named: true,
        team: '一组',
        purpose: 'interview',
        certifiedName: '王芳',
      },
    })
    const placed = withDetails(listOf(first), 'default', { team: '二组' })
    expect(placed.ok && placed.profile.team).toBe('二组')
    expect(placed.ok && isNamed(placed.profile)).toBe(false)
    expect(withDetails(listOf(first), 'default', { name: '小李' })).toMatchObject({
      ok: true,
      profile: { named: true },
    })
  })

  it('says what is wrong with each detail, and changes nothing of a learner not on the list', () => {
    const li: Profile = { id: 'p-2', name: '小李', createdAt, named: true }
    expect(withDetails(listOf(wang, li), 'p-1', { name: '小李', staffId: 'A 1' })).toEqual({
      ok: false,
      problems: { name: '已经有同名的学员', staffId: '工号只能包含字母、数字和“-”，最多 20 位' },
    })
    expect(withDetails(listOf(wang), 'p-9', { team: '三组' })).toEqual({ ok: false, problems: {} })
  })
})

describe('certificateName and withCertifiedName', () => {
  const named: Profile = { id: 'default', name: '王芳', createdAt, named: true }

  it('asks for a name while the learner has none of their own', () => {
    const first = firstProfile(new Date(createdAt))
    expect(certificateName(first)).toBeNull()
    expect(withCertifiedName(first)).toBe(first)
  })

  it('fixes the chosen name at the pass; a later rename leaves the certificate as issued', () => {
    const passed = withCertifiedName(named)
    expect(passed).toEqual({ ...named, certifiedName: '王芳' })
    const renamed = { ...passed, name: '王小芳' }
    expect(certificateName(renamed)).toBe('王芳')
    expect(withCertifiedName(renamed)).toBe(renamed)
  })
})

describe('pinProblem, normalPin and sameHash', () => {
  it.each([
    ['2580', null],
    [' 0000 ', null],
    ['２５８０', null],
    ['258', 'PIN 必须是 4 位数字'],
    ['25801', 'PIN 必须是 4 位数字'],
    ['25a0', 'PIN 必须是 4 位数字'],
    ['', 'PIN 必须是 4 位数字'],
    ['٢٥٨٠', 'PIN 必须是 4 位数字'],
  ])('PIN %j: %s', (given, problem) => {
    expect(pinProblem(given)).toBe(problem)
  })

  it('reads full-width digits as digits', () => {
    expect(normalPin('２５８０')).toBe('2580')
  })

  it.each([
    ['ab12', 'ab12', true],
    ['ab12', 'ab13', false],
    ['ab12', 'ab1', false],
    ['', '', true],
  ])('sameHash(%j, %j) is %s', (a, b, same) => {
    expect(sameHash(a, b)).toBe(same)
  })
})

describe('readProfile', () => {
  const base = { id: 'p-1', name: '小李', createdAt }
  const NOW_DATE = new Date('2026-06-01T08:00:00.000Z')

  it('reads a learner saved before names, PINs and purposes were asked, unchanged', () => {
    expect(readProfile(base, NOW_DATE)).toEqual({ ok: true, profile: base, dropped: [] })
  })

  it('reads every new detail when it is sound', () => {
    const full = {
      ...base,
      named: true,
      staffId: 'A-1',
      team: '二组',
      purpose: 'trainer',
      pin,
      certifiedName: '李明',
    }
    expect(readProfile(full, NOW_DATE)).toEqual({ ok: true, profile: full, dropped: [] })
    expect(v.parse(ProfileSchema, full)).toEqual(full)
  })

  it('keeps the learner and leaves out each damaged detail, naming it', () => {
    const read = readProfile(
      {
        ...base,
        named: 'yes',
        staffId: '<script>',
        team: 42,
        purpose: 'boss',
        pin: { ...pin, iterations: 1000 },
        certifiedName: '',
      },
      NOW_DATE,
    )
    expect(read).toEqual({
      ok: true,
      profile: base,
      dropped: ['是否已填写姓名', '工号', '班组', '学习目的', 'PIN', '证书上的姓名'],
    })
  })

  it.each([
    ['a short salt', { ...pin, salt: 'ab' }],
    ['a hash in capitals', { ...pin, hash: 'B'.repeat(64) }],
    ['no iteration count', { salt: pin.salt, hash: pin.hash }],
    ['the PIN itself', '2580'],
  ])('refuses a PIN record with %s', (_name, record) => {
    expect(readProfile({ ...base, pin: record }, NOW_DATE)).toMatchObject({ ok: true, dropped: ['PIN'] })
  })

  it('keeps a deleted learner deleted, as of now, when the time of their deletion is damaged', () => {
    expect(readProfile({ ...base, deletedAt: 'yesterday' }, NOW_DATE)).toEqual({
      ok: true,
      profile: { ...base, deletedAt: '2026-06-01T08:00:00.000Z' },
      dropped: [],
      redated: true,
    })
    expect(readProfile({ ...base, deletedAt: '2026-05-02T00:00:00.000Z' }, NOW_DATE)).toEqual({
      ok: true,
      profile: { ...base, deletedAt: '2026-05-02T00:00:00.000Z' },
      dropped: [],
    })
  })

  it('cannot read a learner without a sound id, name or creation time', () => {
    expect(readProfile({ ...base, name: ' ' }, NOW_DATE)).toEqual({ ok: false })
    expect(readProfile(null, NOW_DATE)).toEqual({ ok: false })
    expect(readProfile('小李', NOW_DATE)).toEqual({ ok: false })
  })
})
