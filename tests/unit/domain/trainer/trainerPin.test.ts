/** The trainer's PIN as read back: kept only when whole, so a damaged row locks nothing. */
import { describe, expect, it } from 'vitest'
import { parseTrainerPin } from '../../../../src/domain/trainer/trainerPin'

const pin = { salt: 'a'.repeat(32), hash: 'b'.repeat(64), iterations: 150_000 }

describe('parseTrainerPin', () => {
  it('keeps a sound PIN record', () => {
    expect(parseTrainerPin(JSON.stringify([{ pin }]))).toEqual([{ pin }])
  })

  it.each([
    ['a short salt', { ...pin, salt: 'a'.repeat(31) }],
    ['a hash that is not hex', { ...pin, hash: 'z'.repeat(64) }],
    ['too few rounds to be ours', { ...pin, iterations: 10 }],
    ['rounds that are not a whole number', { ...pin, iterations: 150_000.5 }],
    ['no record at all', null],
  ])('drops %s', (_, record) => {
    expect(parseTrainerPin(JSON.stringify([{ pin: record }]))).toEqual([])
  })

  it('reads text that is not a list of rows as no PIN', () => {
    expect(parseTrainerPin('{')).toEqual([])
    expect(parseTrainerPin(JSON.stringify({ pin }))).toEqual([])
  })
})
