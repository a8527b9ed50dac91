/**
 * Cleaning text that arrives from outside the course (a link, a result code,
 * a file, a paste) before it is shown or compared: invisible characters that
 * can reorder or hide what a reader sees are removed, so 「作业‮exe.gpj」 cannot
 * pass itself off as 「作业jpg.exe」, and two names that look the same are the same.
 */

/** Line breaks and tabs: kept apart as a space, so words on two lines do not run together. */
const WHITESPACE_CONTROLS = /[\t\n\v\f\r\u0085\u2028\u2029]/g

/**
 * Removed outright:
 * - bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069);
 * - zero-width and other invisible format characters (U+200B–U+200D, U+2060–U+2064, U+FEFF, soft hyphen…),
 *   i.e. every Unicode default-ignorable code point except variation selectors, which choose a
 *   glyph (emoji style, or the variant form of a Chinese character in a name);
 * - C0 and C1 control characters (the whitespace ones became spaces above);
 * - lone surrogates and noncharacters, which no keyboard produces.
 */
const INVISIBLE = new RegExp(
  [
    '[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]',
    '(?![\\u180B-\\u180D\\u180F\\uFE00-\\uFE0F\\u{E0100}-\\u{E01EF}])\\p{Default_Ignorable_Code_Point}',
    '\\p{Cc}',
    '\\p{Cs}',
    '[\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]',
  ].join('|'),
  'gu',
)

/**
 * Text fit to show as a name or title: invisible and bidirectional control
 * characters removed, line breaks and tabs made spaces, normalised to NFC
 * (so a character typed two ways compares equal) and trimmed.
 *
 * @example
 * cleanText('  作业\u202Eexe.gpj ') // '作业exe.gpj'
 * cleanText('王\u200B芳') // '王芳'
 */
export function cleanText(value: string): string {
  return value.replace(WHITESPACE_CONTROLS, ' ').replace(INVISIBLE, '').normalize('NFC').trim()
}

/**
 * At most `max` UTF-16 units of a text, never cutting a character in two.
 *
 * @example
 * clip('王芳', 1) // '王'
 */
export function clip(value: string, max: number): string {
  if (value.length <= max) return value
  let out = ''
  for (const char of value) {
    if (out.length + char.length > max) break
    out += char
  }
  return out
}
