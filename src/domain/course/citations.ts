/**
 * Finding a cited passage in its source document. Pure string work, shared by
 * the build-time citation check and the 查看原文 view, so both agree on what
 * "found" means: the quote occurs in the document exactly as written.
 */

/** Where a quote stands in a document, as character offsets. */
export interface QuoteLocation {
  start: number
  end: number
}

/**
 * Locates `quote` in `document`, or returns null when it is not there verbatim.
 *
 * @example
 * locateQuote('接一、顾二、看三', '顾二') // { start: 3, end: 5 }
 */
export function locateQuote(document: string, quote: string): QuoteLocation | null {
  if (quote.length === 0) return null
  const start = document.indexOf(quote)
  return start === -1 ? null : { start, end: start + quote.length }
}

/** A document cut into the text before, inside and after a highlighted passage. */
export interface HighlightedDocument {
  before: string
  match: string
  after: string
}

/**
 * Splits a document around the first occurrence of `quote` so a view can mark
 * it without building HTML; null when the quote is absent.
 *
 * @example
 * splitAroundQuote('甲乙丙', '乙') // { before: '甲', match: '乙', after: '丙' }
 */
export function splitAroundQuote(document: string, quote: string): HighlightedDocument | null {
  const location = locateQuote(document, quote)
  if (!location) return null
  return {
    before: document.slice(0, location.start),
    match: document.slice(location.start, location.end),
    after: document.slice(location.end),
  }
}

/**
 * Estimated reading time in whole minutes for Chinese text, at about 300
 * characters a minute (a careful first read of training material), never below 1.
 *
 * @example
 * readingMinutes('字'.repeat(900)) // 3
 */
export function readingMinutes(text: string, charsPerMinute = 300): number {
  const chars = text.replace(/\s/g, '').length
  return Math.max(1, Math.round(chars / charsPerMinute))
}
