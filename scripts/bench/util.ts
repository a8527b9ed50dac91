/** Small helpers shared by the benchmark's parts: rounding, medians, sizes. */
import { readFileSync } from 'node:fs'
import { brotliCompressSync, gzipSync } from 'node:zlib'

/** Bytes as kilobytes with one decimal, as the budgets are written. */
export const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10

/** One decimal place. */
export const round1 = (value: number): number => Math.round(value * 10) / 10

/** Two decimal places (ratios). */
export const round2 = (value: number): number => Math.round(value * 100) / 100

/** The middle value (the lower middle of an even count); null for no samples. */
export function median(samples: readonly number[]): number | null {
  if (samples.length === 0) return null
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)]!
}

/** A file's size as served: raw, gzip -9 and brotli (quality 11, Node's default). */
export interface FileSize {
  raw: number
  gzip: number
  brotli: number
}

const sizeCache = new Map<string, FileSize>()

/** Sizes of a file on disk, computed once per run (the big content chunks take a moment to brotli). */
export function fileSize(path: string): FileSize {
  const cached = sizeCache.get(path)
  if (cached) return cached
  const size = bufferSize(readFileSync(path))
  sizeCache.set(path, size)
  return size
}

/** Sizes of some bytes: as they are, gzip -9 and brotli. */
export function bufferSize(buffer: Buffer): FileSize {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer).length,
  }
}

/** Adds sizes up. */
export function sumSizes(sizes: readonly FileSize[]): FileSize {
  return sizes.reduce(
    (total, size) => ({
      raw: total.raw + size.raw,
      gzip: total.gzip + size.gzip,
      brotli: total.brotli + size.brotli,
    }),
    { raw: 0, gzip: 0, brotli: 0 },
  )
}

/** The message of anything thrown, on one line. */
export function problemOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split('\n')[0]!.slice(0, 300)
}
