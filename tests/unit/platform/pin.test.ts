import { describe, expect, it } from 'vitest'
import { hashPin, pinMatches, pinUnsupported } from '../../../src/platform/pin'
import { MIN_PIN_ITERATIONS, PIN_ITERATIONS } from '../../../src/domain/progress/profiles'

describe('hashPin', () => {
  it('keeps a 16-byte random salt and a 32-byte PBKDF2 hash, never the digits', async () => {
    expect(pinUnsupported()).toBeNull()
    const record = await hashPin('2580')
    expect(record.salt).toMatch(/^[0-9a-f]{32}$/)
    expect(record.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(record.iterations).toBe(PIN_ITERATIONS)
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(MIN_PIN_ITERATIONS)
    expect(MIN_PIN_ITERATIONS).toBeGreaterThanOrEqual(100_000)
    expect(JSON.stringify(record)).not.toContain('2580')
  })

  it('salts each PIN afresh: the same digits twice give different hashes', async () => {
    const [first, second] = await Promise.all([hashPin('2580'), hashPin('2580')])
    expect(first.salt).not.toBe(second.salt)
    expect(first.hash).not.toBe(second.hash)
  })

  it('is PBKDF2-HMAC-SHA-256 over the salt (RFC 7914 test vector)', async () => {
    // RFC 7914 §11: P = "passwd", S = "salt", c = 1, dkLen = 64 (first 32 bytes).
    const salt = Buffer.from('salt').toString('hex')
    const record = { salt, hash: '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc', iterations: 1 }
    expect(await pinMatches('passwd', record)).toBe(true)
  })
})

describe('pinMatches', () => {
  it.each([
    ['the same PIN', '2580', true],
    ['the same PIN in full-width digits', '２５８０', true],
    ['another PIN', '2581', false],
    ['the PIN reversed', '0852', false],
    ['nothing', '', false],
  ])('%s: %s', async (_name, given, matches) => {
    const record = await hashPin('2580', MIN_PIN_ITERATIONS)
    expect(await pinMatches(given, record)).toBe(matches)
  })
})
