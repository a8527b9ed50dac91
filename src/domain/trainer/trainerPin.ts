/**
 * The trainer's PIN on a shared PC: with one set, the trainer's pages (学员成绩, 布置作业, 签发证书)
 * and the trainer's view open only once it is given, so a learner at the same computer neither
 * reads nor clears the room's results. Kept as its salt and hash, as a learner's PIN is.
 */
import type { PinRecord } from '../progress/profiles'
import { isPinRecord } from '../progress/pinRecord'

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
    const pin: unknown = row && typeof row === 'object' ? (row as { pin?: unknown }).pin : null
    return isPinRecord(pin) ? [{ pin: { salt: pin.salt, hash: pin.hash, iterations: pin.iterations } }] : []
  })
}
