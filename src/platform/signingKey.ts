/**
 * The trainer's signing key through WebCrypto: ECDSA P-256 with SHA-256, fingerprints, and the
 * passphrase-locked backup (PBKDF2-SHA-256 + AES-GCM). WebCrypto exists only in a secure context
 * (https, or localhost): `signingAvailable()` says whether this page has it.
 */
import { fromBase64Url, toBase64Url, utf8 } from '../domain/signing/bytes'
import { formatFingerprint, type SignatureCheck } from '../domain/signing/verdict'
import {
  backupEnvelope,
  readBackupContents,
  readBackupEnvelope,
  type BackupEnvelope,
  type Read,
} from '../domain/signing/backup'
import type { TrainerIdentity } from '../domain/signing/issue'

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const

const subtle = (): SubtleCrypto => globalThis.crypto.subtle
/** WebCrypto wants ArrayBuffer-backed views. */
const buffer = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes)

/** False on a plain-http page of another computer, where browsers give no WebCrypto. */
export function signingAvailable(): boolean {
  return typeof globalThis.crypto?.subtle?.sign === 'function'
}

/** A new key pair; the private key is extractable only so that it can be backed up once. */
export async function newSigningKey(): Promise<{ privateKey: CryptoKey; publicKey: Uint8Array }> {
  const pair = (await subtle().generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair
  return { privateKey: pair.privateKey, publicKey: new Uint8Array(await subtle().exportKey('raw', pair.publicKey)) }
}

/** The grouped fingerprint of a raw public key: the first 16 hex digits of its SHA-256. */
export async function keyFingerprint(publicKey: Uint8Array): Promise<string> {
  return formatFingerprint(new Uint8Array(await subtle().digest('SHA-256', buffer(publicKey))))
}

/** The signature of a text's UTF-8 bytes, base64url (64 bytes: r and s). */
export async function signText(privateKey: CryptoKey, text: string): Promise<string> {
  return toBase64Url(new Uint8Array(await subtle().sign(SIGNING, privateKey, buffer(utf8(text)))))
}

/** Checks signatures with WebCrypto; an unusable key or signature is simply not valid. */
export const webSignatureCheck: SignatureCheck = {
  async verify(publicKey, signature, data) {
    try {
      const key = await subtle().importKey('raw', buffer(publicKey), ALGORITHM, false, ['verify'])
      return await subtle().verify(SIGNING, key, buffer(signature), buffer(data))
    } catch {
      return false
    }
  },
  fingerprint: keyFingerprint,
}

/** A copy of an extractable private key that cannot be read out of the browser again. */
export async function lockedCopy(privateKey: CryptoKey): Promise<CryptoKey> {
  const pkcs8 = await subtle().exportKey('pkcs8', privateKey)
  return subtle().importKey('pkcs8', pkcs8, ALGORITHM, false, ['sign'])
}

async function passphraseKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', buffer(utf8(passphrase)), 'PBKDF2', false, ['deriveKey'])
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: buffer(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}

/** The backup file's text: the private key encrypted under the passphrase. */
export async function backupText(
  privateKey: CryptoKey,
  publicKey: Uint8Array,
  identity: TrainerIdentity,
  passphrase: string,
): Promise<string> {
  const pkcs8 = new Uint8Array(await subtle().exportKey('pkcs8', privateKey))
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16))
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12))
  const draft = backupEnvelope(identity, await keyFingerprint(publicKey), { salt: '', iv: '', data: '' })
  const key = await passphraseKey(passphrase, salt, draft.iterations)
  const contents = JSON.stringify({ privateKey: toBase64Url(pkcs8), publicKey: toBase64Url(publicKey) })
  const data = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv }, key, buffer(utf8(contents))))
  const envelope: BackupEnvelope = { ...draft, salt: toBase64Url(salt), iv: toBase64Url(iv), data: toBase64Url(data) }
  return JSON.stringify(envelope, null, 2)
}

/** A restored key: locked in this browser, with the identity and fingerprint it was saved with. */
export interface RestoredKey {
  privateKey: CryptoKey
  publicKey: Uint8Array
  fingerprint: string
  identity: TrainerIdentity
}

/**
 * Said when a backup does not open: most often a mistyped passphrase (a damaged file fails the same
 * way), so the form shows it beside the passphrase.
 */
export const BACKUP_NOT_OPENED = '备份口令不对，或备份文件已损坏。'

/** Opens a backup with its passphrase, refusing in Chinese a wrong file, passphrase or a damaged key. */
export async function restoreBackup(text: string, passphrase: string): Promise<Read<RestoredKey>> {
  const envelope = readBackupEnvelope(text)
  if (!envelope.ok) return envelope
  const { salt, iv, data, iterations } = envelope.value
  let plain: string
  try {
    const key = await passphraseKey(passphrase, fromBase64Url(salt)!, iterations)
    const opened = await subtle().decrypt(
      { name: 'AES-GCM', iv: buffer(fromBase64Url(iv)!) },
      key,
      buffer(fromBase64Url(data)!),
    )
    plain = new TextDecoder().decode(opened)
  } catch {
    return { ok: false, problem: BACKUP_NOT_OPENED }
  }
  const contents = readBackupContents(plain)
  if (!contents.ok) return contents
  const publicKey = fromBase64Url(contents.value.publicKey)!
  const fingerprint = await keyFingerprint(publicKey)
  try {
    const privateKey = await subtle().importKey(
      'pkcs8',
      buffer(fromBase64Url(contents.value.privateKey) ?? new Uint8Array()),
      ALGORITHM,
      false,
      ['sign'],
    )
    // The private key must belong to the public key the certificates will carry.
    const probe = 'kefu-signing-key-check'
    const signature = await signText(privateKey, probe)
    const pairs = await webSignatureCheck.verify(publicKey, fromBase64Url(signature)!, utf8(probe))
    if (!pairs || fingerprint !== envelope.value.fingerprint) throw new Error('key pair mismatch')
    return {
      ok: true,
      value: {
        privateKey,
        publicKey,
        fingerprint,
        identity: { name: envelope.value.name, organisation: envelope.value.organisation },
      },
    }
  } catch {
    return { ok: false, problem: '备份文件中的密钥已损坏，无法恢复。' }
  }
}
