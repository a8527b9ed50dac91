import { describe, expect, it } from 'vitest'
import {
  certifiable,
  issueLinkOf,
  issuePrefillOf,
  certificateFields,
  identityProblems,
  issueProblems,
  passphraseProblems,
  type IssueForm,
} from '../../../../src/domain/signing/issue'
import { decodeCertificate, encodeCertificate } from '../../../../src/domain/signing/code'

const form: IssueForm = { name: ' 王芳 ', staffId: 'A-1024', score: 92, passedOn: '2026-11-23', profileId: 'p-1' }
const trainer = { name: '李老师', organisation: '华东客服中心' }

describe('issueProblems', () => {
  it('finds nothing wrong with a sound form', () => {
    expect(issueProblems(form, '2026-12-01', 24, 80)).toEqual({})
  })

  it('names every problem at once, in Chinese, by field', () => {
    expect(
      issueProblems({ name: '', staffId: '工号 1', score: 150, passedOn: '', profileId: '' }, '2026-12-01', 24, 80),
    ).toEqual({
      name: '请填写学员姓名',
      staffId: '工号只能包含字母、数字和“-”，最多 20 位',
      score: '成绩应在 0–100 之间（整数）',
      passedOn: '请填写考试通过日期',
    })
  })

  it.each([
    [{ score: '' }, 'score', '请填写成绩'],
    [{ score: 92.5 }, 'score', '成绩应在 0–100 之间（整数）'],
    [{ score: 79 }, 'score', '成绩低于及格线 80 分：结业证书只发给通过考试的学员'],
    [{ score: 30 }, 'score', '成绩低于及格线 80 分：结业证书只发给通过考试的学员'],
    [{ name: '王|芳' }, 'name', '学员姓名不能包含「|」或换行'],
    [{ name: '王'.repeat(41) }, 'name', '学员姓名最多 40 个字'],
    [{ passedOn: '2026-12-02' }, 'passedOn', '考试通过日期不能晚于今天'],
    [{ passedOn: '2024-11-30' }, 'passedOn', '这次考试已超过 24 个月的有效期，学员需要重新考试'],
  ] as const)('%o: %s', (change, field, problem) => {
    expect(issueProblems({ ...form, ...change }, '2026-12-01', 24, 80)[field]).toBe(problem)
  })
})

it('takes a score at the pass mark itself', () => {
  expect(issueProblems({ ...form, score: 80 }, '2026-12-01', 24, 80)).toEqual({})
})

describe('identityProblems and passphraseProblems', () => {
  it('asks for both the name and the organisation', () => {
    expect(identityProblems({ name: ' ', organisation: '' })).toEqual({
      name: '请填写培训师姓名',
      organisation: '请填写机构名称',
    })
    expect(identityProblems(trainer)).toEqual({})
  })

  it.each([
    ['short', 'short', { passphrase: '备份口令至少 10 个字符；可以用一句好记的话' }],
    ['一句好记的话一句好记的话', '一句好记的话', { repeat: '两次输入的备份口令不一致' }],
    // Both said at once: a trainer fixes both fields in one go, not one per press.
    [
      'short',
      'shirt',
      { passphrase: '备份口令至少 10 个字符；可以用一句好记的话', repeat: '两次输入的备份口令不一致' },
    ],
    ['一句好记的话一句好记的话', '', { repeat: '请再输入一次备份口令' }],
    ['', '', { passphrase: '备份口令至少 10 个字符；可以用一句好记的话', repeat: '请再输入一次备份口令' }],
    ['一句好记的话一句好记的话', '一句好记的话一句好记的话', {}],
  ])('%j / %j → %j', (passphrase, repeat, problems) => {
    expect(passphraseProblems(passphrase, repeat)).toEqual(problems)
  })
})

describe('certificateFields', () => {
  it('dates the expiry from the pass, numbers the certificate from its details, and trims', () => {
    const fields = certificateFields(form, trainer, '2026-12-01', 24)
    expect(fields).toMatchObject({
      name: '王芳',
      staffId: 'A-1024',
      score: 92,
      passedOn: '2026-11-23',
      issuedOn: '2026-12-01',
      validUntil: '2028-11-23',
      trainer: '李老师',
      organisation: '华东客服中心',
    })
    expect(fields.number).toMatch(/^KFZ-20261201-[2-9A-HJ-NP-Z]{6}$/)
    expect(certificateFields({ ...form, staffId: 'B-1' }, trainer, '2026-12-01', 24).number).not.toBe(fields.number)
  })

  it('makes details the decoder reads back', () => {
    const fields = certificateFields(form, trainer, '2026-12-01', 24)
    const code = encodeCertificate({ fields, publicKey: `B${'A'.repeat(86)}`, signature: 'A'.repeat(86) })
    expect(decodeCertificate(code)).toMatchObject({ kind: 'certificate', certificate: { fields } })
  })
})

describe('the issue form filled from the roster', () => {
  it('is offered for a result passed at the exam’s pass mark, not for one passed at a lower mark of its own', () => {
    const exam = { passMark: 80, size: 50 }
    expect(certifiable({ passed: true, percent: 86.7, total: 50 }, exam)).toBe(true)
    expect(certifiable({ passed: true, percent: 80, total: 60 }, exam)).toBe(true)
    // The form counts whole points: 79.9 is 79, under the mark.
    expect(certifiable({ passed: true, percent: 79.9, total: 50 }, exam)).toBe(false)
    expect(certifiable({ passed: true, percent: 66.7, total: 50 }, exam)).toBe(false)
    expect(certifiable({ passed: false, percent: 90, total: 50 }, exam)).toBe(false)
  })

  it('is not offered for a quiz shorter than the exam, however well it went: the certificate says 通过结业考试', () => {
    expect(certifiable({ passed: true, percent: 100, total: 5 }, { passMark: 80, size: 50 })).toBe(false)
    expect(certifiable({ passed: true, percent: 100, total: 49 }, { passMark: 80, size: 50 })).toBe(false)
  })

  it('carries the result’s learner, rounded-down score and date, and the form accepts them', () => {
    const query = issueLinkOf(
      { learner: '王芳', staffId: 'A-17', learnerId: 'p-1', percent: 89.9, title: '第二周：接听电话' },
      '2026-11-20',
    )

    expect(query).toEqual({
      name: '王芳',
      staffId: 'A-17',
      score: '89',
      passedOn: '2026-11-20',
      profileId: 'p-1',
      from: '第二周：接听电话',
    })
    // The assignment's title comes too, for the page to say where the score is from.
    const { from, ...fields } = issuePrefillOf(query)!
    expect(from).toBe('第二周：接听电话')
    const form = { name: '', staffId: '', score: '', passedOn: '', profileId: '', ...fields }
    expect(issueProblems(form, '2026-11-29', 24, 80)).toEqual({})
  })

  it('takes only short single-line text of the form’s own fields from a link', () => {
    expect(issuePrefillOf({ name: '王芳\n|x', score: ['90'], staffId: 'x'.repeat(61), other: '1' })).toBeNull()
    expect(issuePrefillOf({ name: '<b>李</b>', passedOn: '2026-13-40' })).toEqual({
      name: '<b>李</b>',
      passedOn: '2026-13-40',
    })
  })
})
