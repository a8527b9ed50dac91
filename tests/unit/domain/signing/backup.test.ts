import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readBackupEnvelope, MIN_BACKUP_ITERATIONS, backupFileName } from '../../../../src/domain/signing/backup'
import { fromBase64Url } from '../../../../src/domain/signing/bytes'
import {
  backupText,
  newSigningKey,
  restoreBackup,
  signText,
  webSignatureCheck,
} from '../../../../src/platform/signingKey'
import { utf8 } from '../../../../src/domain/signing/bytes'

const identity = { name: '李老师', organisation: '华东客服中心' }
const passphrase = '早上好，今天也要耐心'

describe('backup file', async () => {
  const key = await newSigningKey()
  const text = await backupText(key.privateKey, key.publicKey, identity, passphrase)

  it('restores with the passphrase to a key that signs for the same public key, locked in', async () => {
    const restored = await restoreBackup(text, passphrase)
    if (!restored.ok) throw new Error(restored.problem)
    expect(restored.value.identity).toEqual(identity)
    expect(restored.value.privateKey.extractable).toBe(false)
    const signature = await signText(restored.value.privateKey, 'x')
    expect(await webSignatureCheck.verify(key.publicKey, fromBase64Url(signature)!, utf8('x'))).toBe(true)
    expect(JSON.parse(text).iterations).toBeGreaterThanOrEqual(MIN_BACKUP_ITERATIONS)
    expect(backupFileName(restored.value.fingerprint)).toMatch(/^签名密钥备份-[0-9A-F]{8}\.json$/)
  })

  it.each([
    ['a wrong passphrase', () => [text, '别的口令别的口令别的'], '备份口令不对，或备份文件已损坏。'],
    ['another file', () => ['{"format":"roster"}', passphrase], '这不是培训师签名密钥的备份文件。'],
    ['not JSON', () => ['hello', passphrase], '这不是培训师签名密钥的备份文件（无法读取其内容）。'],
    [
      'a later version',
      () => [text.replace('"version": 1', '"version": 2'), passphrase],
      '这个备份文件来自另一版本的课程，无法在这里恢复。',
    ],
    [
      'too few rounds',
      () => [text.replace(/"iterations": \d+/, '"iterations": 1000'), passphrase],
      '备份文件已损坏或被改动过，无法恢复。',
    ],
    [
      'a changed fingerprint',
      () => [text.replace(/"fingerprint": "[^"]+"/, '"fingerprint": "0000 0000 0000 0000"'), passphrase],
      '备份文件中的密钥已损坏，无法恢复。',
    ],
  ])('refuses %s in Chinese', async (_name, input, problem) => {
    const [file, phrase] = input() as [string, string]
    expect(await restoreBackup(file, phrase)).toEqual({ ok: false, problem })
  })

  it('refuses a changed byte of the locked key', async () => {
    const envelope = JSON.parse(text) as { data: string }
    const flipped = envelope.data.startsWith('A') ? `B${envelope.data.slice(1)}` : `A${envelope.data.slice(1)}`
    const changed = JSON.stringify({ ...envelope, data: flipped })
    expect(await restoreBackup(changed, passphrase)).toEqual({ ok: false, problem: '备份口令不对，或备份文件已损坏。' })
  })

  it('never throws on garbage', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (garbage) => {
        expect(readBackupEnvelope(garbage).ok).toBe(false)
      }),
    )
  })
})
