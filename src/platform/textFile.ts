/**
 * Reading a text file a person chose, whatever editor saved it. `File.text()`
 * assumes UTF-8 and quietly turns a GBK/GB18030 file (what Notepad and Excel
 * on Chinese Windows often save) into garbled text; here UTF-8 is tried
 * strictly first, then GB18030, and the person is told which was used.
 */
import { formatBytes } from '../domain/text/size'

export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be'

export type TextFileRead =
  { ok: true; text: string; encoding: TextEncodingName; note: string | null } | { ok: false; problem: string }

export const GB18030_NOTE = '文件不是 UTF-8 编码，已按 GB18030（简体中文 Windows 常用编码）读取，请核对内容是否正确。'
export const UNKNOWN_ENCODING =
  '读不出文件的文字：它既不是 UTF-8 编码，也不是 GB18030 编码。请用记事本打开文件，“另存为”时选择 UTF-8 编码，再重新导入。'
export const NOT_TEXT = '这不是文本文件（含有二进制内容），请选择纯文本文件。'
export const OFFICE_FILE =
  '这是 Word、Excel 或压缩（.zip）文件，不是纯文本文件。请在原来的程序里“另存为”纯文本（.txt，UTF-8 编码），再重新导入。'
export const READ_FAILED = '文件读取失败，请重新选择文件。'

function strictly(encoding: TextEncodingName, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

/**
 * The text of a file's bytes: UTF-8 (a byte-order mark is dropped), UTF-16 when
 * it starts with its byte-order mark, otherwise GB18030 with a note; refused
 * when it is none of these or holds NUL characters (a binary file).
 *
 * @example
 * decodeTextBytes(new Uint8Array([0xbf, 0xcd, 0xb7, 0xfe])) // { ok: true, text: '客服', encoding: 'gb18030', note: GB18030_NOTE }
 */
export function decodeTextBytes(bytes: Uint8Array): TextFileRead {
  let encoding: TextEncodingName
  let text: string | null
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8'
    text = strictly('utf-8', bytes.subarray(3))
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le'
    text = strictly('utf-16le', bytes.subarray(2))
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be'
    text = strictly('utf-16be', bytes.subarray(2))
  } else {
    // Told before decoding: a .docx or .xlsx is a zip, and a binary file fails both decoders, where
    // advice about encodings would be wrong.
    if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
      return { ok: false, problem: OFFICE_FILE }
    if (bytes.includes(0)) return { ok: false, problem: NOT_TEXT }
    encoding = 'utf-8'
    text = strictly('utf-8', bytes)
    if (text === null) {
      encoding = 'gb18030'
      text = strictly('gb18030', bytes)
    }
  }
  if (text === null) return { ok: false, problem: UNKNOWN_ENCODING }
  if (text.includes('\u0000')) return { ok: false, problem: NOT_TEXT }
  return { ok: true, text, encoding, note: encoding === 'gb18030' ? GB18030_NOTE : null }
}

/**
 * Reads a chosen file as text, refusing one larger than `maxBytes` before reading it.
 *
 * @example
 * const read = await readTextFile(file, MAX_GIFT_BYTES)
 * if (read.ok) importGift(read.text) // and show read.note, if any
 */
export async function readTextFile(file: Blob, maxBytes: number): Promise<TextFileRead> {
  if (file.size > maxBytes)
    return { ok: false, problem: `文件太大（${formatBytes(file.size, 'up')}），最多 ${formatBytes(maxBytes)}` }
  try {
    return decodeTextBytes(new Uint8Array(await bytesOf(file)))
  } catch {
    return { ok: false, problem: READ_FAILED }
  }
}

/** A Blob's bytes; FileReader where `arrayBuffer()` is missing (older Safari, jsdom). */
function bytesOf(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer()
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as ArrayBuffer)
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsArrayBuffer(file)
  })
}
