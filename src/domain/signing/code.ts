/**
 * The signed certificate code and the learner's request code: what they carry, how they are
 * written as one line of text (also the QR code's content), and how a line is read back.
 *
 * A certificate code is readable text, fields separated by 「|」:
 * `KFZS1|number|name|工号|score|passed|issued|valid until|trainer|organisation|public key|signature`.
 * The signature (ECDSA P-256, SHA-256) covers every byte before its own field, so any change to a
 * detail, a date or the public key makes it fail. The text fields may not contain 「|」 or line breaks.
 */
import { fromBase64Url } from './bytes'
import type { CalendarDate } from '../time/calendar'

/** What a signed certificate code starts with; the digits after it are the version. */
export const CERTIFICATE_PREFIX = 'KFZS'
export const CERTIFICATE_VERSION = 1
/** What a learner's request code starts with. */
export const REQUEST_PREFIX = 'KFSQ'
export const REQUEST_VERSION = 1

/** The details a trainer signs. */
export interface CertificateFields {
  number: string
  name: string
  /** 工号, '' when the learner has none. */
  staffId: string
  /** Whole percent. */
  score: number
  passedOn: CalendarDate
  issuedOn: CalendarDate
  /** The last day the certificate is valid. */
  validUntil: CalendarDate
  trainer: string
  organisation: string
}

/** A certificate with the public key that signed it and the signature, both base64url. */
export interface SignedCertificate {
  fields: CertificateFields
  publicKey: string
  signature: string
}

/** What a learner sends the trainer to ask for a signed certificate. */
export interface CertificateRequest {
  name: string
  staffId: string
  profileId: string
  score: number
  passedOn: CalendarDate
}

export const LIMITS = { name: 40, staffId: 20, trainer: 30, organisation: 60, number: 30 } as const

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  if (!DATE.test(text)) return false
  const [year, month, day] = text.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** A text field's content is safe inside a code: no separator, no line break or other control character. */
export function isCodeText(text: string): boolean {
  return !/[|\u0000-\u001f\u007f\u2028\u2029]/.test(text) && text === text.trim()
}

const SCORE = /^(100|[1-9]?\d)$/
const STAFF_ID = /^[A-Za-z0-9-]{0,20}$/
/** A P-256 public key, uncompressed (65 bytes), and a signature (64 bytes), in base64url. */
const PUBLIC_KEY_LENGTH = 87
const SIGNATURE_LENGTH = 86

/** The text the signature covers: everything in the code before the signature. */
export function signedText(fields: CertificateFields, publicKey: string): string {
  const f = fields
  return [
    `${CERTIFICATE_PREFIX}${CERTIFICATE_VERSION}`,
    f.number,
    f.name,
    f.staffId,
    String(f.score),
    f.passedOn,
    f.issuedOn,
    f.validUntil,
    f.trainer,
    f.organisation,
    publicKey,
    '',
  ].join('|')
}

/**
 * The one-line code of a signed certificate.
 *
 * @example encodeCertificate({ fields, publicKey, signature }) // 'KFZS1|KFZ-20261125-8K2QZP|王芳|…|<signature>'
 */
export function encodeCertificate(certificate: SignedCertificate): string {
  return signedText(certificate.fields, certificate.publicKey) + certificate.signature
}

/** What a pasted or scanned text turned out to be. */
export type DecodedCode =
  | { kind: 'certificate'; certificate: SignedCertificate; signedText: string }
  /** A learner's request code or an unsigned certificate number: nothing to verify. */
  | { kind: 'unsigned'; what: 'request' | 'number' }
  | { kind: 'unknownVersion'; version: string }
  /** `problem` says in Chinese what is wrong. */
  | { kind: 'malformed'; problem: string }

/** Line breaks a chat app or an e-mail put into a long code are not part of it. */
export function cleanCode(text: string): string {
  return text.replace(/[\r\n]+/g, '').trim()
}

/**
 * Reads a certificate code. Never throws: any text gets a kind, and a malformed one says why.
 *
 * @example decodeCertificate('hello') // { kind: 'malformed', problem: '这不是证书代码…' }
 */
export function decodeCertificate(text: string): DecodedCode {
  const code = cleanCode(text)
  if (/^KF-\d{8}-[2-9A-HJ-NP-Z]{6}$/i.test(code)) return { kind: 'unsigned', what: 'number' }
  if (code.startsWith(REQUEST_PREFIX)) return { kind: 'unsigned', what: 'request' }
  const head = /^KFZS(\d{1,4})\|/.exec(code)
  if (!head) return { kind: 'malformed', problem: notACodeProblem(code) }
  if (head[1] !== String(CERTIFICATE_VERSION)) return { kind: 'unknownVersion', version: head[1]! }
  const parts = code.split('|')
  if (parts.length !== 12) return { kind: 'malformed', problem: '证书代码不完整或多了内容，请完整复制证书上的代码。' }
  const [, number, name, staffId, score, passedOn, issuedOn, validUntil, trainer, organisation, publicKey, signature] =
    parts as [string, string, string, string, string, string, string, string, string, string, string, string]
  const problem = fieldsProblem({ number, name, staffId, score, passedOn, issuedOn, validUntil, trainer, organisation })
  if (problem) return { kind: 'malformed', problem }
  if (publicKey.length !== PUBLIC_KEY_LENGTH || fromBase64Url(publicKey)?.[0] !== 4)
    return { kind: 'malformed', problem: '证书代码中的公钥不完整或格式不对。' }
  if (signature.length !== SIGNATURE_LENGTH || !fromBase64Url(signature))
    return { kind: 'malformed', problem: '证书代码中的签名不完整或格式不对。' }
  const fields: CertificateFields = {
    number,
    name,
    staffId,
    score: Number(score),
    passedOn,
    issuedOn,
    validUntil,
    trainer,
    organisation,
  }
  return {
    kind: 'certificate',
    certificate: { fields, publicKey, signature },
    signedText: code.slice(0, code.length - signature.length),
  }
}

/** Why text without a code's head is not a code, in the words that get the right text copied next time. */
function notACodeProblem(code: string): string {
  // The signed certificate's number is printed large on it; the code is the long line under its QR code.
  if (/^KFZ-\d{8}-[2-9A-HJ-NP-Z]{6}$/i.test(code))
    return '这是证书编号，不是证书代码。请复制证书二维码下方以“KFZS1|”开头的整段代码。'
  if (/.KFZS\d{1,4}\|/.test(code)) return '代码前面多了文字（例如「证书代码：」）。请只粘贴以“KFZS1|”开头的整段代码。'
  if (/^KFZS/i.test(code))
    return '证书代码的开头不对：完整的代码以“KFZS1|”开头（竖线也是代码的一部分）。请把证书二维码下方的整段代码完整复制过来。'
  return '这不是证书代码，证书代码以 KFZS 开头。请把证书上的代码完整复制过来。'
}

type RawFields = Record<Exclude<keyof CertificateFields, 'score'>, string> & { score: string }

function fieldsProblem(f: RawFields): string | null {
  if (!f.number || f.number.length > LIMITS.number || !isCodeText(f.number)) return '证书编号缺失或格式不对。'
  if (!f.name || f.name.length > LIMITS.name || !isCodeText(f.name)) return '证书上的姓名缺失或格式不对。'
  if (!STAFF_ID.test(f.staffId)) return '证书上的工号格式不对。'
  if (!SCORE.test(f.score)) return '证书上的成绩应为 0–100 的整数。'
  for (const date of [f.passedOn, f.issuedOn, f.validUntil])
    if (!isCalendarDate(date)) return `证书上的日期「${date.slice(0, 12)}」不是有效日期。`
  if (f.issuedOn < f.passedOn || f.validUntil < f.issuedOn) return '证书上的日期前后矛盾（考试、签发、有效期）。'
  if (!f.trainer || f.trainer.length > LIMITS.trainer || !isCodeText(f.trainer))
    return '证书上的培训师姓名缺失或格式不对。'
  if (!f.organisation || f.organisation.length > LIMITS.organisation || !isCodeText(f.organisation))
    return '证书上的机构名称缺失或格式不对。'
  return null
}

/**
 * The request code a learner who passed sends the trainer.
 *
 * @example encodeRequest({ name: '王芳', staffId: 'A1', profileId: 'p-1', score: 92, passedOn: '2026-11-23' })
 * // 'KFSQ1|王芳|A1|p-1|92|2026-11-23'
 */
export function encodeRequest(request: CertificateRequest): string {
  const r = request
  return [`${REQUEST_PREFIX}${REQUEST_VERSION}`, r.name, r.staffId, r.profileId, String(r.score), r.passedOn].join('|')
}

export type DecodedRequest = { ok: true; request: CertificateRequest } | { ok: false; problem: string }

/** Reads a learner's request code; never throws, and says in Chinese what is wrong. */
export function decodeRequest(text: string): DecodedRequest {
  const code = cleanCode(text)
  if (code === '') return { ok: false, problem: '请先粘贴学员发来的申请代码。' }
  if (!code.startsWith(REQUEST_PREFIX))
    return {
      ok: false,
      problem: code.includes(`${REQUEST_PREFIX}${REQUEST_VERSION}|`)
        ? `代码前面多了文字。请只粘贴以“${REQUEST_PREFIX}${REQUEST_VERSION}|”开头的整段申请代码。`
        : '这不是学员的申请代码：申请代码以 KFSQ 开头。',
    }
  const parts = code.split('|')
  if (parts[0] !== `${REQUEST_PREFIX}${REQUEST_VERSION}`)
    return { ok: false, problem: '申请代码来自另一版本的课程，请按表格逐项填写。' }
  if (parts.length !== 6) return { ok: false, problem: '申请代码不完整，请让学员重新复制完整的代码。' }
  const [, name, staffId, profileId, score, passedOn] = parts as [string, string, string, string, string, string]
  if (!name || name.length > LIMITS.name || !isCodeText(name))
    return { ok: false, problem: '申请代码中的姓名格式不对。' }
  if (!STAFF_ID.test(staffId)) return { ok: false, problem: '申请代码中的工号格式不对。' }
  if (!/^[a-z0-9-]{0,40}$/.test(profileId)) return { ok: false, problem: '申请代码中的学员编号格式不对。' }
  if (!SCORE.test(score)) return { ok: false, problem: '申请代码中的成绩应为 0–100 的整数。' }
  if (!isCalendarDate(passedOn)) return { ok: false, problem: '申请代码中的考试日期不是有效日期。' }
  return { ok: true, request: { name, staffId, profileId, score: Number(score), passedOn } }
}
