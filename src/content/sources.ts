/** The five source documents, by file name. Kept free of zod so the app can import it. */
export const SOURCE_FILES = [
  '000_0d273eb557817752.txt',
  '001_4351cf7fcdc4313a.txt',
  '002_7c298a5d88a5912a.txt',
  '003_1cdde22c45bafc02.txt',
  '004_2e7b325d63276746.txt',
] as const

export type SourceFile = (typeof SOURCE_FILES)[number]

/** @example isSourceFile('000_0d273eb557817752.txt') // true */
export function isSourceFile(value: unknown): value is SourceFile {
  return typeof value === 'string' && (SOURCE_FILES as readonly string[]).includes(value)
}
