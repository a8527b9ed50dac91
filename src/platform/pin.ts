/**
 * A learner's PIN through the browser's WebCrypto: PBKDF2 with SHA-256 over a 16-byte random salt.
 * Only the salt and the hash are kept; the digits never leave this module.
 * The rules (4 digits, comparing hashes) are in src/domain/progress/profiles.ts.
 */
import { PIN_ITERATIONS, normalPin, sameHash, type PinRecord } from '../domain/progress/profiles'

const SALT_BYTES = 16
const HASH_BITS = 256

/**
 * Why this page cannot hash a PIN, in plain words; null when it can. WebCrypto needs a secure
 * context (https, or this computer). The words live here, with the code loaded only for a PIN.
 */
export function pinUnsupported(): string | null {
  return typeof globalThis.crypto?.subtle?.importKey === 'function'
    ? null
    : '这个浏览器在此网址下无法使用 PIN（需要 https 网址）。'
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
const fromHex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16))

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(normalPin(pin)), 'PBKDF2', false, [
    'deriveBits',
  ])
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    HASH_BITS,
  )
  return hex(new Uint8Array(bits))
}

/**
 * A new PIN record, with a fresh salt.
 *
 * @example
 * await hashPin('2580') // { salt: '9f1c…', hash: '4be0…', iterations: 150000 }
 */
export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES))
  return { salt: hex(salt), hash: await derive(pin, salt, iterations), iterations }
}

/** Whether `pin` is the one `record` was made from. */
export async function pinMatches(pin: string, record: PinRecord): Promise<boolean> {
  return sameHash(await derive(pin, fromHex(record.salt), record.iterations), record.hash)
}
