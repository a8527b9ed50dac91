/**
 * The trainer's issue form and key form: every field checked at once, each problem in Chinese
 * for its own field, and the details a certificate is signed with.
 */
import { checkCode } from '../trainer/checksum'
import { validUntil } from '../exam/certificate'
import { isCalendarDate, isCodeText, LIMITS, type CertificateFields } from './code'
import type { CalendarDate } from '../time/calendar'

export interface IssueForm {
  name: string
  staffId: string
  /** As typed: a number input gives '' when empty. */
  score: number | string
  passedOn: string
  /** From the learner's request code, '' when typed by hand. */
  profileId: string
}

export type IssueField = 'name' | 'staffId' | 'score' | 'passedOn'
export type FieldProblems<F extends string> = Partial<Record<F, string>>

/** The trainer's name and organisation, printed on every certificate they sign. */
export interface TrainerIdentity {
  name: string
  organisation: string
}

function textProblem(value: string, label: string, max: number, required = true): string | undefined {
  const text = value.trim()
  if (text === '') return required ? `请填写${label}` : undefined
  if (text.length > max) return `${label}最多 ${max} 个字`
  if (!isCodeText(text)) return `${label}不能包含「|」或换行`
  return undefined
}

/**
 * Every problem of the issue form, by field; empty when it can be signed. A certificate says the
 * learner passed, so a score under the exam's pass mark is refused.
 *
 * @example issueProblems({ name: '', staffId: '', score: 150, passedOn: '', profileId: '' }, '2026-12-01', 24, 80)
 * // { name: '请填写学员姓名', score: '成绩应在 0–100 之间', passedOn: '请填写考试通过日期' }
 */
export function issueProblems(
  form: IssueForm,
  today: CalendarDate,
  validityMonths: number,
  passMark: number,
): FieldProblems<IssueField> {
  const problems: FieldProblems<IssueField> = {}
  const name = textProblem(form.name, '学员姓名', LIMITS.name)
  if (name) problems.name = name
  if (!/^[A-Za-z0-9-]{0,20}$/.test(form.staffId.trim())) problems.staffId = '工号只能包含字母、数字和“-”，最多 20 位'
  const score = form.score === '' ? NaN : Number(form.score)
  if (form.score === '') problems.score = '请填写成绩'
  else if (!Number.isInteger(score) || score < 0 || score > 100) problems.score = '成绩应在 0–100 之间（整数）'
  else if (score < passMark) problems.score = `成绩低于及格线 ${passMark} 分：结业证书只发给通过考试的学员`
  if (form.passedOn === '') problems.passedOn = '请填写考试通过日期'
  else if (!isCalendarDate(form.passedOn)) problems.passedOn = '考试通过日期不是有效日期'
  else if (form.passedOn > today) problems.passedOn = '考试通过日期不能晚于今天'
  else if (validUntil(form.passedOn, validityMonths) < today)
    problems.passedOn = `这次考试已超过 ${validityMonths} 个月的有效期，学员需要重新考试`
  return problems
}

/** Every problem of the trainer's name and organisation, by field. */
export function identityProblems(identity: TrainerIdentity): FieldProblems<keyof TrainerIdentity> {
  const problems: FieldProblems<keyof TrainerIdentity> = {}
  const name = textProblem(identity.name, '培训师姓名', LIMITS.trainer)
  if (name) problems.name = name
  const organisation = textProblem(identity.organisation, '机构名称', LIMITS.organisation)
  if (organisation) problems.organisation = organisation
  return problems
}

/**
 * The problems of a backup passphrase and its repeat, by field, all at once: long enough to resist
 * guessing, typed twice alike. A repeat left empty is asked for, not called different.
 */
export function passphraseProblems(passphrase: string, repeat: string): { passphrase?: string; repeat?: string } {
  const problems: { passphrase?: string; repeat?: string } = {}
  if (passphrase.length < 10) problems.passphrase = '备份口令至少 10 个字符；可以用一句好记的话'
  if (repeat === '') problems.repeat = '请再输入一次备份口令'
  else if (passphrase !== repeat) problems.repeat = '两次输入的备份口令不一致'
  return problems
}

/**
 * The details to sign for a checked form: the certificate number comes from the details
 * (so the same learner and exam give the same number), the expiry from the pass date and the
 * course's validity.
 *
 * @example certificateFields({ …, passedOn: '2026-11-23' }, trainer, '2026-12-01', 24).validUntil // '2028-11-23'
 */
export function certificateFields(
  form: IssueForm,
  trainer: TrainerIdentity,
  issuedOn: CalendarDate,
  validityMonths: number,
): CertificateFields {
  const name = form.name.trim()
  const staffId = form.staffId.trim()
  const score = Number(form.score)
  const key = [name, staffId, form.profileId, score, form.passedOn, issuedOn].join('|')
  return {
    number: `KFZ-${issuedOn.replaceAll('-', '')}-${checkCode(key)}`,
    name,
    staffId,
    score,
    passedOn: form.passedOn,
    issuedOn,
    // From the pass, as the learner's own certificate page counts it, so both show the same expiry.
    validUntil: validUntil(form.passedOn, validityMonths),
    trainer: trainer.name.trim(),
    organisation: trainer.organisation.trim(),
  }
}

/**
 * The issue form's fields in a link from the roster to the 签发证书 page, with the title of the
 * assignment the score is from (`from`): the certificate says 通过结业考试, which a weekly quiz is not.
 */
export type IssueLinkQuery = Record<'name' | 'staffId' | 'score' | 'passedOn' | 'profileId' | 'from', string>

/** What a link fills in: some of the form's fields, and the assignment the score is from. */
export type IssuePrefill = Partial<IssueForm> & { from?: string }

/**
 * Whether a result in the roster can stand for the exam on a certificate, which says 通过结业考试:
 * passed, at the exam's pass mark or above as the form counts it (whole points, rounded down), over
 * at least as many questions as the exam asks. A weekly quiz passed at 80% is not the exam.
 *
 * @example certifiable({ passed: true, percent: 86.7, total: 5 }, { passMark: 80, size: 50 }) // false
 */
export function certifiable(
  result: { passed: boolean; percent: number; total: number },
  exam: { passMark: number; size: number },
): boolean {
  return result.passed && Math.floor(result.percent) >= exam.passMark && result.total >= exam.size
}

/**
 * The issue form filled from one result in the roster; the trainer still checks it before signing.
 * The score is rounded down, so a certificate never shows more than the learner scored.
 *
 * @example issueLinkOf({ learner: '王芳', percent: 86.7, learnerId: 'p-1', title: '结业测评' }, '2026-11-20')
 * // { name: '王芳', staffId: '', score: '86', passedOn: '2026-11-20', profileId: 'p-1', from: '结业测评' }
 */
export function issueLinkOf(
  result: { learner: string; staffId?: string; learnerId?: string; percent: number; title: string },
  passedOn: CalendarDate,
): IssueLinkQuery {
  return {
    name: result.learner,
    staffId: result.staffId ?? '',
    score: String(Math.floor(result.percent)),
    passedOn,
    profileId: result.learnerId ?? '',
    from: result.title,
  }
}

/**
 * The form's fields a link carries, or null when it carries none. A link can come from anywhere:
 * only short single-line text is taken (the form checks the rest, field by field, before signing).
 *
 * @example issuePrefillOf({ name: '王芳', score: '86', extra: 'x' }) // { name: '王芳', score: '86' }
 */
export function issuePrefillOf(query: Readonly<Record<string, unknown>>): IssuePrefill | null {
  const prefill: Partial<Record<keyof IssueLinkQuery, string>> = {}
  for (const field of ['name', 'staffId', 'score', 'passedOn', 'profileId', 'from'] as const) {
    const value = query[field]
    if (typeof value === 'string' && value !== '' && value.length <= 60 && !/[\r\n]/.test(value)) prefill[field] = value
  }
  return Object.keys(prefill).length > 0 ? prefill : null
}
