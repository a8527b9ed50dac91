/**
 * The trainer's key backup file: a small JSON envelope around the private key, encrypted with
 * AES-GCM under a key derived from a passphrase (PBKDF2-SHA-256). These are its rules and its
 * checks; the encryption itself is in src/platform/signingKey.ts.
 */
import * as v from 'valibot'
import { fromBase64Url } from './bytes'
import type { TrainerIdentity } from './issue'

export const BACKUP_FORMAT = 'kefu-signing-key-backup'
export const BACKUP_VERSION = 1
/** PBKDF2 rounds for a new backup; a file asking for fewer than the minimum is refused. */
export const BACKUP_ITERATIONS = 310_000
export const MIN_BACKUP_ITERATIONS = 150_000
const MAX_BACKUP_ITERATIONS = 5_000_000

const bytes = (length: number) =>
  v.pipe(
    v.string(),
    v.check((text) => fromBase64Url(text)?.length === length),
  )

const envelopeSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.number(),
  name: v.pipe(v.string(), v.maxLength(30)),
  organisation: v.pipe(v.string(), v.maxLength(60)),
  fingerprint: v.pipe(v.string(), v.regex(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/)),
  iterations: v.pipe(v.number(), v.integer(), v.minValue(MIN_BACKUP_ITERATIONS), v.maxValue(MAX_BACKUP_ITERATIONS)),
  salt: bytes(16),
  iv: bytes(12),
  data: v.pipe(
    v.string(),
    v.maxLength(4000),
    v.check((text) => fromBase64Url(text) !== null),
  ),
})

/** The backup file as saved: who, which key, how it is locked, and the locked key. */
export type BackupEnvelope = v.InferOutput<typeof envelopeSchema>

const contentsSchema = v.object({
  /** PKCS #8 of the private key, base64url. */
  privateKey: v.pipe(v.string(), v.maxLength(1000)),
  /** The raw public key, base64url. */
  publicKey: bytes(65),
})

export type BackupContents = v.InferOutput<typeof contentsSchema>

export type Read<T> = { ok: true; value: T } | { ok: false; problem: string }

/**
 * Reads a backup file's text, refusing anything that is not one, in Chinese.
 *
 * @example readBackupEnvelope('{}') // { ok: false, problem: '这不是培训师签名密钥的备份文件。' }
 */
export function readBackupEnvelope(text: string): Read<BackupEnvelope> {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, problem: '这不是培训师签名密钥的备份文件（无法读取其内容）。' }
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== BACKUP_FORMAT)
    return { ok: false, problem: '这不是培训师签名密钥的备份文件。' }
  if ((data as { version?: unknown }).version !== BACKUP_VERSION)
    return { ok: false, problem: '这个备份文件来自另一版本的课程，无法在这里恢复。' }
  const parsed = v.safeParse(envelopeSchema, data)
  if (!parsed.success) return { ok: false, problem: '备份文件已损坏或被改动过，无法恢复。' }
  return { ok: true, value: parsed.output }
}

/** Reads the decrypted part of a backup. */
export function readBackupContents(text: string): Read<BackupContents> {
  try {
    const parsed = v.safeParse(contentsSchema, JSON.parse(text))
    if (parsed.success) return { ok: true, value: parsed.output }
  } catch {
    // Same answer as a wrong shape.
  }
  return { ok: false, problem: '备份文件已损坏或被改动过，无法恢复。' }
}

/** The envelope for a new backup. */
export function backupEnvelope(
  identity: TrainerIdentity,
  fingerprint: string,
  lock: { salt: string; iv: string; data: string },
): BackupEnvelope {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    name: identity.name,
    organisation: identity.organisation,
    fingerprint,
    iterations: BACKUP_ITERATIONS,
    ...lock,
  }
}

/** The backup file's name, e.g. `签名密钥备份-3F2A91C0.json`. */
export function backupFileName(fingerprint: string): string {
  return `签名密钥备份-${fingerprint.replaceAll(' ', '').slice(0, 8)}.json`
}
