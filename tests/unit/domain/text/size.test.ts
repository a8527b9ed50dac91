import { describe, expect, it } from 'vitest'
import { formatBytes } from '../../../../src/domain/text/size'

describe('formatBytes', () => {
  it.each<[number, 'nearest' | 'up', string]>([
    [0, 'nearest', '0 字节'],
    [1023, 'nearest', '1023 字节'],
    [1024, 'nearest', '1 KB'],
    [20 * 1024, 'nearest', '20 KB'],
    [20 * 1024 + 1, 'nearest', '20 KB'],
    [20 * 1024 + 1, 'up', '20.1 KB'],
    [1_572_864, 'nearest', '1.5 MB'],
    [1024 * 1024, 'up', '1 MB'],
    [1024 * 1024 + 1, 'up', '1.1 MB'],
    [21_000_000, 'nearest', '20 MB'],
  ])('%i bytes (%s) → %s', (bytes, rounding, expected) => {
    expect(formatBytes(bytes, rounding)).toBe(expected)
  })
})
