import { describe, expect, it } from 'vitest'
import {
  decodeTextBytes,
  GB18030_NOTE,
  NOT_TEXT,
  OFFICE_FILE,
  readTextFile,
  UNKNOWN_ENCODING,
} from '../../../src/platform/textFile'
import { importGift } from '../../../src/domain/trainer/gift'
import { MAX_GIFT_BYTES } from '../../../src/domain/trainer/exchange'

/**
 * GB18030 bytes for text, from a table built by decoding every two-byte code
 * (Node's TextDecoder reads GB18030; nothing built in writes it). ASCII is one byte.
 */
const GB_TABLE = (() => {
  const table = new Map<string, [number, number]>()
  const decoder = new TextDecoder('gb18030')
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const char = decoder.decode(new Uint8Array([lead, trail]))
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail])
    }
  return table
})()
function gb18030(text: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(
    [...text].flatMap((char) => {
      if (char.charCodeAt(0) < 0x80) return [char.charCodeAt(0)]
      const bytes = GB_TABLE.get(char)
      if (!bytes) throw new Error(`no two-byte GB18030 code for ${char}`)
      return bytes
    }),
  )
}

describe('the GB18030 test table', () => {
  it('matches the published codes: 客 BF CD, 服 B7 FE (C7 A1 is 恰)', () => {
    expect([...gb18030('客服')]).toEqual([0xbf, 0xcd, 0xb7, 0xfe])
    expect(new TextDecoder('gb18030').decode(new Uint8Array([0xc7, 0xa1]))).toBe('恰')
  })
})

describe('decodeTextBytes', () => {
  const gift = '::判断::接电话可以用“喂”开头。{F}\n\n::单选::接听电话应在几声之内？{=三声 ~五声 ~十声}\n'

  it('reads UTF-8, with or without a byte-order mark, without a note', () => {
    const utf8 = new TextEncoder().encode(gift)
    expect(decodeTextBytes(utf8)).toEqual({ ok: true, text: gift, encoding: 'utf-8', note: null })
    expect(decodeTextBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      ok: true,
      text: gift,
      encoding: 'utf-8',
      note: null,
    })
  })

  it('reads a GB18030 (GBK) file as GB18030, and says so', () => {
    const bytes = gb18030(gift)
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    expect(decodeTextBytes(bytes)).toEqual({ ok: true, text: gift, encoding: 'gb18030', note: GB18030_NOTE })
    expect(GB18030_NOTE).toBe(
      '文件不是 UTF-8 编码，已按 GB18030（简体中文 Windows 常用编码）读取，请核对内容是否正确。',
    )
  })

  it('so a GBK GIFT file imports the same questions as its UTF-8 copy', () => {
    const read = decodeTextBytes(gb18030(gift))
    expect(read.ok && importGift(read.text).taken).toEqual(importGift(gift).taken)
    expect(importGift(gift).taken.map((q) => q.stem)).toEqual(['接电话可以用“喂”开头。', '接听电话应在几声之内？'])
  })

  it('reads UTF-16 with its byte-order mark (Notepad’s “Unicode”)', () => {
    const le = [0xff, 0xfe, ...[...'客服'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]
    const be = [0xfe, 0xff, ...[...'客服'].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]
    expect(decodeTextBytes(new Uint8Array(le))).toEqual({ ok: true, text: '客服', encoding: 'utf-16le', note: null })
    expect(decodeTextBytes(new Uint8Array(be))).toEqual({ ok: true, text: '客服', encoding: 'utf-16be', note: null })
  })

  it.each<[string, number[], string]>([
    ['bytes that are neither UTF-8 nor GB18030', [0x41, 0xff, 0xff, 0x42], UNKNOWN_ENCODING],
    ['a lone GB18030 lead byte at the end', [0x41, 0x81], UNKNOWN_ENCODING],
    ['a binary file with NUL bytes', [0x89, 0x50, 0x4e, 0x47, 0x00, 0x00], NOT_TEXT],
    ['UTF-8 text with a NUL byte', [0x61, 0x00, 0x62], NOT_TEXT],
    // A real PNG's start, which neither decoder takes: binary, not a question of encoding.
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xd8], NOT_TEXT],
    // A .docx or .xlsx is a zip archive.
    ['a Word or Excel file', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xc3, 0x28], OFFICE_FILE],
  ])('refuses %s', (_name, bytes, problem) => {
    expect(decodeTextBytes(new Uint8Array(bytes))).toEqual({ ok: false, problem })
  })

  it('says exactly what to do about an unknown encoding', () => {
    expect(UNKNOWN_ENCODING).toBe(
      '读不出文件的文字：它既不是 UTF-8 编码，也不是 GB18030 编码。请用记事本打开文件，“另存为”时选择 UTF-8 编码，再重新导入。',
    )
    expect(NOT_TEXT).toBe('这不是文本文件（含有二进制内容），请选择纯文本文件。')
  })
})

describe('readTextFile', () => {
  it('reads a Blob', async () => {
    expect(await readTextFile(new Blob([gb18030('客服')]), 100)).toEqual({
      ok: true,
      text: '客服',
      encoding: 'gb18030',
      note: GB18030_NOTE,
    })
  })

  it.each<[number, number, string]>([
    [MAX_GIFT_BYTES + 1, MAX_GIFT_BYTES, '文件太大（1.1 MB），最多 1 MB'],
    [3 * 1024 * 1024, MAX_GIFT_BYTES, '文件太大（3 MB），最多 1 MB'],
    [35 * 1024, 20 * 1024, '文件太大（35 KB），最多 20 KB'],
    [101, 100, '文件太大（101 字节），最多 100 字节'],
  ])('refuses %i bytes over a limit of %i before reading them', async (size, limit, problem) => {
    const blob = { size, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as Blob
    expect(await readTextFile(blob, limit)).toEqual({ ok: false, problem })
  })

  it('says so when the file cannot be read', async () => {
    const blob = { size: 10, arrayBuffer: () => Promise.reject(new Error('gone')) } as unknown as Blob
    expect(await readTextFile(blob, 100)).toEqual({ ok: false, problem: '文件读取失败，请重新选择文件。' })
  })
})
