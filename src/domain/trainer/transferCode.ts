/**
 * Packing data into text that travels in a link, a chat message or a file:
 * JSON, compressed to URL-safe characters (lz-string), with a version and a
 * checksum, so a truncated, edited or foreign code is refused with a reason.
 */
// lz-string is CommonJS: its default export loads the same in the bundle, in Node and in the test runners.
import LZString from 'lz-string'
import { checkCode } from './checksum'

const { compressToEncodedURIComponent, decompressFromEncodedURIComponent } = LZString

export type Decoded<T> = { ok: true; value: T } | { ok: false; problem: string }

/** Each kind of code by the name its users know it by, so one pasted where another belongs is named. */
const CODE_NAMES: Readonly<Record<string, string>> = { A: '作业代码', R: '成绩代码' }

/** A code's head: its kind, one capital letter, and its version. */
const HEAD = /^([A-Z])(\d{1,3})$/

/**
 * The first code of one of `kinds` inside text (a chat message, a link), or null: its head, the
 * payload's alphabet and a 6-character check, with no letter or digit on either side.
 *
 * @example
 * codeInText('成绩码：R5.abc.ABCDEF，谢谢', 'R') // 'R5.abc.ABCDEF'
 * codeInText('https://…/#/assignment/A1.abc.ABCDEF', 'AR') // 'A1.abc.ABCDEF'
 */
export function codeInText(text: string, kinds: string): string | null {
  const pattern = patternFor(
    `code:${kinds}`,
    () => `(?:^|[^A-Za-z0-9])([${kinds}]\\d{1,3}\\.[A-Za-z0-9+$-]+\\.[0-9A-Za-z]{6})(?![0-9A-Za-z])`,
  )
  const found = pattern.exec(text)
  return found ? found[1]! : null
}

/**
 * Whether text starts the way a code of `kind` does (its letter, version and a dot), complete or not.
 *
 * @example startsLikeCode('R5.ab', 'R') // true
 */
export function startsLikeCode(text: string, kind: string): boolean {
  return patternFor(`start:${kind}`, () => `^${kind}\\d{1,3}\\.`).test(text)
}

/** Each pattern made once: a paste of thousands of lines asks for the same few again and again. */
const PATTERNS = new Map<string, RegExp>()
function patternFor(key: string, source: () => string): RegExp {
  let pattern = PATTERNS.get(key)
  if (!pattern) PATTERNS.set(key, (pattern = new RegExp(source())))
  return pattern
}

/**
 * `<kind><version>.<payload>.<check>`, e.g. `A1.N4Ig…​.K7Q2ZP`.
 *
 * @example
 * packCode('R', 1, { s: 90 }) // 'R1.….XXXXXX'
 */
export function packCode(kind: string, version: number, data: unknown): string {
  const payload = compressToEncodedURIComponent(JSON.stringify(data))
  const head = `${kind}${version}`
  return `${head}.${payload}.${checkCode(`${head}.${payload}`)}`
}

/**
 * Unpacks a code of the given kind; the caller then validates the shape.
 * Every failure is a sentence a trainer or learner can act on.
 */
export function unpackCode(text: string, kind: string, version: number, maxLength: number): Decoded<unknown> {
  const unpacked = unpackVersionedCode(text, kind, { oldest: version, newest: version }, maxLength)
  return unpacked.ok ? { ok: true, value: unpacked.value.data } : unpacked
}

/**
 * Like `unpackCode`, for a kind whose older versions are still read: any version from
 * `oldest` to `newest` is unpacked, and the caller validates the data by its version.
 *
 * @example
 * unpackVersionedCode(packCode('R', 2, { s: 90 }), 'R', { oldest: 2, newest: 3 }, 1500)
 * // { ok: true, value: { version: 2, data: { s: 90 } } }
 */
export function unpackVersionedCode(
  text: string,
  kind: string,
  versions: { oldest: number; newest: number },
  maxLength: number,
): Decoded<{ version: number; data: unknown }> {
  // Chat apps break long codes over lines, and a query string turns "+" into a space:
  // the payload alphabet has "+" but never a space, so both are undone here.
  const joined = text.trim().replace(/[\r\n\t]/g, '')
  const read = unpackJoined(joined.replace(/ /g, '+'), kind, versions, maxLength)
  if (read.ok || !/[ \u3000]/.test(joined)) return read
  // A space typed or pasted in by chance (a full-width one from a Chinese keyboard too), not a "+"
  // a query string turned into one: read without it as well, and keep the first reading's problem.
  const withoutSpaces = unpackJoined(joined.replace(/[ \u3000]/g, ''), kind, versions, maxLength)
  return withoutSpaces.ok ? withoutSpaces : read
}

function unpackJoined(
  code: string,
  kind: string,
  versions: { oldest: number; newest: number },
  maxLength: number,
): Decoded<{ version: number; data: unknown }> {
  if (code === '') return { ok: false, problem: '内容是空的' }
  if (code.length > maxLength) return { ok: false, problem: '内容太长，不是本课程生成的代码' }
  const parts = code.split('.')
  // A line of chat is not a code cut short: only what starts like a code is asked for again.
  if (parts.length !== 3)
    return { ok: false, problem: HEAD.test(parts[0]!) ? '格式不对，可能复制得不完整' : '这不是本课程的代码' }
  const [head, payload, check] = parts as [string, string, string]
  const match = HEAD.exec(head)
  if (match && match[1] !== kind && CODE_NAMES[match[1]!] && CODE_NAMES[kind])
    return { ok: false, problem: `这是${CODE_NAMES[match[1]!]}，不是${CODE_NAMES[kind]}` }
  if (!match || match[1] !== kind) return { ok: false, problem: '这不是这一类代码' }
  if (checkCode(`${head}.${payload}`) !== check.toUpperCase())
    return { ok: false, problem: '校验码不符，内容可能被改动或复制不完整' }
  const version = Number(match[2])
  if (version > versions.newest) return { ok: false, problem: '代码来自更新版本的课程，请先更新课程' }
  if (version < versions.oldest) return { ok: false, problem: '代码来自旧版本的课程，已不再支持' }
  let json: string | null
  try {
    json = decompressFromEncodedURIComponent(payload)
  } catch {
    json = null
  }
  if (!json) return { ok: false, problem: '内容无法解压' }
  try {
    return { ok: true, value: { version, data: JSON.parse(json) as unknown } }
  } catch {
    return { ok: false, problem: '内容无法解析' }
  }
}
