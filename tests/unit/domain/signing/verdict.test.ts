import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  decodeCertificate,
  encodeCertificate,
  signedText,
  type CertificateFields,
} from '../../../../src/domain/signing/code'
import { checkCertificate, normaliseFingerprint, type CertificateVerdict } from '../../../../src/domain/signing/verdict'
import { toBase64Url } from '../../../../src/domain/signing/bytes'
import { keyFingerprint, newSigningKey, signText, webSignatureCheck } from '../../../../src/platform/signingKey'

const fields: CertificateFields = {
  number: 'KFZ-20261201-8K2QZP',
  name: '王芳',
  staffId: 'A-1024',
  score: 92,
  passedOn: '2026-11-23',
  issuedOn: '2026-12-01',
  validUntil: '2028-11-23',
  trainer: '李老师',
  organisation: '华东客服中心',
}

async function signed(details: CertificateFields = fields) {
  const key = await newSigningKey()
  const publicKey = toBase64Url(key.publicKey)
  const signature = await signText(key.privateKey, signedText(details, publicKey))
  return {
    code: encodeCertificate({ fields: details, publicKey, signature }),
    fingerprint: await keyFingerprint(key.publicKey),
  }
}

const today = '2026-12-05'
const check = (code: string, expected: Parameters<typeof checkCertificate>[1]['expected'] = null, on = today) =>
  checkCertificate(code, { today: on, expected }, webSignatureCheck)

describe('checkCertificate', async () => {
  const trainer = await signed()
  const other = await signed()

  it('finds a freshly signed code valid, with its details and fingerprint', async () => {
    const verdict = await check(trainer.code)
    expect(verdict).toEqual({ kind: 'valid', matched: null, fields, fingerprint: trainer.fingerprint })
    expect(trainer.fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/)
  })

  it('says which expectation the key met', async () => {
    expect(await check(trainer.code, { fingerprint: trainer.fingerprint, source: 'entered' })).toMatchObject({
      kind: 'valid',
      matched: 'entered',
    })
    expect(await check(trainer.code, { fingerprint: trainer.fingerprint, source: 'device' })).toMatchObject({
      matched: 'device',
    })
  })

  it('names another key than the one expected', async () => {
    const expected = { fingerprint: other.fingerprint, source: 'entered' } as const
    expect(await check(trainer.code, expected)).toEqual({
      kind: 'otherKey',
      expected,
      fields,
      fingerprint: trainer.fingerprint,
    })
  })

  it('finds one changed character of the name altered', async () => {
    expect(await check(trainer.code.replace('王芳', '王芬'))).toEqual({ kind: 'altered' })
  })

  it('finds a code signed by another key but carrying this key altered', async () => {
    const swapped = trainer.code.split('|')
    swapped[10] = other.code.split('|')[10]!
    expect(await check(swapped.join('|'))).toEqual({ kind: 'altered' })
  })

  it.each([
    ['the day after the last valid day', '2028-11-24', 'expired'],
    ['the last valid day', '2028-11-23', 'valid'],
    ['the day before the issue date', '2026-11-30', 'notYetIssued'],
  ])('on %s it is %s', async (_name, on, kind) => {
    expect((await check(trainer.code, null, on)).kind).toBe(kind)
  })

  it('keeps a future issue date from passing as valid even when the signature is sound', async () => {
    const future = await signed({ ...fields, issuedOn: '2027-06-01', validUntil: '2028-11-23' })
    expect(await check(future.code)).toMatchObject({ kind: 'notYetIssued' })
  })

  it.each([
    ['KF-20261123-8K2QZP', { kind: 'unsigned', what: 'number' }],
    ['KFSQ1|王芳||p-1|92|2026-11-23', { kind: 'unsigned', what: 'request' }],
    ['KFZS2|anything', { kind: 'unknownVersion', version: '2' }],
    ['KFZS17|a|b', { kind: 'unknownVersion', version: '17' }],
  ] as const)('reads %s as %o', async (code, verdict) => {
    expect(await check(code)).toEqual(verdict)
  })

  it('accepts a code broken over lines by a chat app', async () => {
    const wrapped = trainer.code.replace(/(.{40})/g, '$1\r\n')
    expect((await check(wrapped)).kind).toBe('valid')
  })

  const never = (verdict: CertificateVerdict) => verdict.kind !== 'valid' && verdict.kind !== 'expired'

  it('gives a changed byte anywhere a clear verdict other than valid, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 0x20, max: 0x7e }), async (at, charCode) => {
        const index = at % trainer.code.length
        const char = String.fromCharCode(charCode)
        fc.pre(trainer.code[index] !== char)
        const changed = trainer.code.slice(0, index) + char + trainer.code.slice(index + 1)
        const verdict = await check(changed)
        expect(never(verdict)).toBe(true)
      }),
      { numRuns: 150 },
    )
  })

  it('gives garbage a verdict and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string().map((text) => `KFZS1|${text}`),
          fc.array(fc.string(), { minLength: 11, maxLength: 11 }).map((parts) => ['KFZS1', ...parts].join('|')),
        ),
        async (text) => {
          const verdict = await check(text)
          expect(['malformed', 'altered', 'unknownVersion', 'unsigned']).toContain(verdict.kind)
          if (verdict.kind === 'malformed') expect(verdict.problem).toMatch(/[\u4e00-\u9fff]/)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('gives any unknown version number that verdict', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 9999 }), async (version) => {
        expect(await check(trainer.code.replace(/^KFZS1/, `KFZS${version}`))).toEqual({
          kind: 'unknownVersion',
          version: String(version),
        })
      }),
    )
  })
})

describe('decodeCertificate', () => {
  it.each([
    ['', '这不是证书代码'],
    // The certificate's number, printed large on it, is not its code: the learner is told which line to copy.
    ['KFZ-20261125-8K2QZP', '这是证书编号，不是证书代码'],
    ['KFZS-123-abc', '开头不对：完整的代码以“KFZS1|”开头'],
    // A label copied with the code: told what to leave out, not that the text holds no code.
    ['证书代码：KFZS1|N|王芳||90|2026-11-23|2026-12-01|2028-11-23|李|某|k|s', '代码前面多了文字'],
    ['KFZS1|a|b', '不完整'],
    ['KFZS1|N|王芳||101|2026-11-23|2026-12-01|2028-11-23|李|某|k|s', '成绩'],
    ['KFZS1|N|王芳||90|2026-02-30|2026-12-01|2028-11-23|李|某|k|s', '不是有效日期'],
    ['KFZS1|N|王芳||90|2026-12-23|2026-12-01|2028-11-23|李|某|k|s', '前后矛盾'],
    ['KFZS1|N|王芳||90|2026-11-23|2026-12-01|2028-11-23|李|某|k|s', '公钥'],
  ])('refuses %j: %s', (code, problem) => {
    const decoded = decodeCertificate(code)
    expect(decoded.kind).toBe('malformed')
    expect(decoded.kind === 'malformed' && decoded.problem).toContain(problem)
  })
})

describe('normaliseFingerprint', () => {
  it.each([
    ['3f2a-91c0-7b4e-d215', '3F2A 91C0 7B4E D215'],
    [' 3F2A91C07B4ED215 ', '3F2A 91C0 7B4E D215'],
    ['3F2A 91C0 7B4E', null],
    ['3F2A 91C0 7B4E D21G', null],
  ])('%j → %j', (text, expected) => {
    expect(normaliseFingerprint(text)).toBe(expected)
  })
})
