/**
 * The trainer's PIN on a shared PC: with one set, the trainer's pages (学员成绩, 布置作业, 签发证书)
 * and the trainer's view open only once it is given, so a learner at the same computer neither
 * reads nor clears the room's results. Kept as its salt and hash, as a learner's PIN is.
 */
import { MIN_PIN_ITERATIONS, type PinRecord } from '../progress/profiles'

/** The one saved row. */
export interface TrainerPin {
  pin: PinRecord
}

export const TRAINER_PIN_KEY = 'trainer'

/**
 * A saved trainer PIN (as JSON text of its rows), kept only when whole: a damaged one locks nothing,
 * and the trainer sets it again.
 *
 * @example
 * parseTrainerPin('[{"pin":{"salt":"…32 hex…","hash":"…64 hex…","iterations":150000}}]') // [{ pin }]
 */
export function parseTrainerPin(text: string): TrainerPin[] {
  let rows: unknown
  try {
    rows = JSON.parse(text)
  } catch {
    return []
  }
  if (!Array.isArray(rows)) return []
  return rows.flatMap((row): TrainerPin[] => {
    const pin = (row && typeof row === 'object' ? (row as { pin?: unknown }).pin : null) as Partial<PinRecord> | null
    if (!pin || typeof pin !== 'object') return []
    const { salt, hash, iterations } = pin
    const sound =
      typeof salt === 'string' &&
      /^[0-9a-f]{32}$/.test(salt) &&
      typeof hash === 'string' &&
      /^[0-9a-f]{64}$/.test(hash) &&
      typeof iterations === 'number' &&
      Number.isInteger(iterations) &&
      iterations >= MIN_PIN_ITERATIONS &&
      iterations <= 10_000_000
    return sound ? [{ pin: { salt, hash, iterations } }] : []
  })
}
