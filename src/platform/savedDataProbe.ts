/**
 * Whether this browser holds nothing the course saved, told without opening the database: a
 * first visit then shows its first page without opening it or downloading its code.
 */
import { hasCourseValues } from './legacyStorage'
import { DATABASE_NAME, DATABASE_OPENED_KEY } from './storageKeys'

/**
 * True only when the course's database does not exist and localStorage holds nothing under the
 * course's prefix: no value of an earlier version, no unfinished write, and no note that the
 * database was opened (`noteDatabaseOpened`). Where the browser cannot tell (no
 * `indexedDB.databases`, or it refuses), false: the database opens as usual.
 */
export async function nothingSaved(): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return false
    if (hasCourseValues()) return false
    const databases = await indexedDB.databases()
    return !databases.some((database) => database.name === DATABASE_NAME)
  } catch {
    return false
  }
}

/**
 * Noted as a first visit opens the database, before it exists: Chromium lists a new database
 * about a second after creating it, and a reload in that second must still read it.
 */
export function noteDatabaseOpened(): void {
  try {
    localStorage.setItem(DATABASE_OPENED_KEY, '1')
  } catch {
    // No localStorage: the list of databases alone tells, a moment late.
  }
}
