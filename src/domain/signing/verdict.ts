/**
 * Checking a certificate code: its signature, whose key signed it, and its dates, as one
 * verdict in plain terms. The cryptography arrives as an argument (WebCrypto in the browser,
 * the same in tests), so the rules stay here and can be tested on any input.
 */
import { decodeCertificate, type CertificateFields } from './code'
import { fromBase64Url, utf8 } from './bytes'
import type { CalendarDate } from '../time/calendar'

/** The signature operations a check needs. */
export interface SignatureCheck {
  /** Whether `signature` over `data` was made with the private key of `publicKey`; false on any error. */
  verify(publicKey: Uint8Array, signature: Uint8Array, data: Uint8Array): Promise<boolean>
  /** The short fingerprint of a raw public key (see `formatFingerprint`). */
  fingerprint(publicKey: Uint8Array): Promise<string>
}

/** Whose key the verifier expects: a fingerprint they typed, else the trainer key on this device. */
export interface ExpectedKey {
  fingerprint: string
  source: 'entered' | 'device'
}

export interface SignedDetails {
  fields: CertificateFields
  /** The fingerprint of the key that signed, grouped as `formatFingerprint` writes it. */
  fingerprint: string
}

export type CertificateVerdict =
  /** Signed by the key, unchanged, within its dates; `matched` says which expectation it met, if any. */
  | ({ kind: 'valid'; matched: ExpectedKey['source'] | null } & SignedDetails)
  | ({ kind: 'expired'; matched: ExpectedKey['source'] | null } & SignedDetails)
  /** Signed with an issue date after today: the signer's clock or the verifier's is wrong. */
  | ({ kind: 'notYetIssued'; matched: ExpectedKey['source'] | null } & SignedDetails)
  /** The signature does not fit the details: something was changed after signing. */
  | { kind: 'altered' }
  /** A sound signature, but by another key than the one expected. */
  | ({ kind: 'otherKey'; expected: ExpectedKey } & SignedDetails)
  | { kind: 'unsigned'; what: 'request' | 'number' }
  | { kind: 'unknownVersion'; version: string }
  | { kind: 'malformed'; problem: string }

/**
 * 16 hex digits in groups of four, e.g. `3F2A 91C0 7B4E D215`: the first 8 bytes of the SHA-256
 * of the raw public key.
 *
 * @example formatFingerprint(new Uint8Array([0x3f, 0x2a, 0x91, 0xc0, 0x7b, 0x4e, 0xd2, 0x15, 0x99]))
 * // '3F2A 91C0 7B4E D215'
 */
export function formatFingerprint(digest: Uint8Array): string {
  const hex = [...digest.slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join('')
  return hex.replace(/(.{4})(?=.)/g, '$1 ')
}

/**
 * A typed fingerprint in the grouped form, or null when it is not 16 hex digits
 * (spaces, dashes and letter case do not matter).
 *
 * @example normaliseFingerprint('3f2a-91c0-7b4e-d215') // '3F2A 91C0 7B4E D215'
 */
export function normaliseFingerprint(text: string): string | null {
  const hex = text.replace(/[\s-]/g, '').toUpperCase()
  if (!/^[0-9A-F]{16}$/.test(hex)) return null
  return hex.replace(/(.{4})(?=.)/g, '$1 ')
}

/**
 * The verdict on a pasted or scanned certificate code, checked against the key carried in the
 * code and, when given, the key the verifier expects. Never throws.
 *
 * @example
 * await checkCertificate(code, { today: '2026-12-01', expected: null }, webCrypto) // { kind: 'valid', … }
 */
export async function checkCertificate(
  text: string,
  options: { today: CalendarDate; expected: ExpectedKey | null },
  crypto: SignatureCheck,
): Promise<CertificateVerdict> {
  const decoded = decodeCertificate(text)
  if (decoded.kind !== 'certificate') return decoded
  const { certificate } = decoded
  const publicKey = fromBase64Url(certificate.publicKey)
  const signature = fromBase64Url(certificate.signature)
  if (!publicKey || !signature) return { kind: 'malformed', problem: '证书代码中的公钥或签名格式不对。' }
  let sound = false
  let fingerprint = ''
  try {
    sound = await crypto.verify(publicKey, signature, utf8(decoded.signedText))
    fingerprint = await crypto.fingerprint(publicKey)
  } catch {
    sound = false
  }
  if (!sound) return { kind: 'altered' }
  const details = { fields: certificate.fields, fingerprint }
  const { expected, today } = options
  if (expected && expected.fingerprint !== fingerprint) return { kind: 'otherKey', expected, ...details }
  const matched = expected ? expected.source : null
  if (certificate.fields.issuedOn > today) return { kind: 'notYetIssued', matched, ...details }
  if (certificate.fields.validUntil < today) return { kind: 'expired', matched, ...details }
  return { kind: 'valid', matched, ...details }
}
