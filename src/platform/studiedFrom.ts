/**
 * Per tab (sessionStorage): the question of each quiz result whose lesson the learner last opened,
 * so the lesson's 返回 lands on that question again, also after the lesson was reloaded. Kept
 * apart from storageKeys.ts, which the first page carries: only the result page needs it.
 */
import { readRecord, writeRecord, type KeyValueStorage } from './storage'

const KEY = 'kefu-course.studiedFrom'
/** Results remembered at once: a tab's latest few, which is all 返回 needs. */
const KEPT = 20

function tabStorage(): KeyValueStorage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage
  } catch {
    return null
  }
}

/** What is saved, read strictly: pairs of strings, or nothing (a damaged value is forgotten). */
function readPlaces(storage: KeyValueStorage | null): [string, string][] {
  try {
    const value: unknown = JSON.parse(readRecord(storage, KEY) ?? '[]')
    if (!Array.isArray(value)) return []
    return value.filter(
      (pair): pair is [string, string] =>
        Array.isArray(pair) && pair.length === 2 && pair.every((part) => typeof part === 'string'),
    )
  } catch {
    return []
  }
}

/** Notes the question whose lesson was opened from a result; a storage that refuses is no loss but this. */
export function rememberStudied(attemptId: string, questionId: string, storage = tabStorage()): void {
  const rest = readPlaces(storage).filter(([attempt]) => attempt !== attemptId)
  writeRecord(storage, KEY, JSON.stringify([...rest.slice(-(KEPT - 1)), [attemptId, questionId]]))
}

/**
 * The question last studied from this result in this tab, or null; forgotten as it is read, so
 * the result opened later some other way starts at its top again.
 */
export function takeStudiedQuestion(attemptId: string, storage = tabStorage()): string | null {
  const places = readPlaces(storage)
  const place = places.find(([attempt]) => attempt === attemptId)
  if (!place) return null
  writeRecord(storage, KEY, JSON.stringify(places.filter((other) => other !== place)))
  return place[1]
}
