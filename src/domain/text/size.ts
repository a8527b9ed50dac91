/**
 * Sizes of files and pastes, written as a person reads them in a message.
 */

/**
 * Bytes as 字节, KB or MB (1 KB = 1024 bytes), with at most one decimal.
 * Round `up` for a size being refused, so one just over a limit never reads as the limit itself.
 *
 * @example
 * formatBytes(20 * 1024) // '20 KB'
 * formatBytes(1_572_864) // '1.5 MB'
 * formatBytes(1024 * 1024 + 1, 'up') // '1.1 MB'
 */
export function formatBytes(bytes: number, rounding: 'nearest' | 'up' = 'nearest'): string {
  const round = rounding === 'up' ? Math.ceil : Math.round
  if (bytes < 1024) return `${bytes} 字节`
  if (bytes < 1024 * 1024) return `${round((bytes / 1024) * 10) / 10} KB`
  return `${round((bytes / 1024 / 1024) * 10) / 10} MB`
}
