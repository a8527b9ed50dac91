/**
 * A short, fixed fingerprint of a text (FNV-1a, written in an alphabet
 * without look-alike characters). It catches typing errors, truncation and
 * casual edits; it is public, so it is not a signature.
 */

export const CHECK_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

/** @example fingerprint('abc') // the same 32-bit number every time */
export function fingerprint(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash >>> 0
}

/** @example checkCode('abc', 6) // six characters from CHECK_ALPHABET */
export function checkCode(text: string, length = 6): string {
  let out = ''
  let rest = fingerprint(text)
  for (let i = 0; i < length; i++) {
    out = CHECK_ALPHABET[rest % CHECK_ALPHABET.length] + out
    rest = Math.floor(rest / CHECK_ALPHABET.length)
  }
  return out
}
