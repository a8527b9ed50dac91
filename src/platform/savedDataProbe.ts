/**
 * Whether this browser holds nothing the course saved, told without opening the database: a
 * first visit then shows its first page without opening it or downloading its code.
 */
import { readLegacyValues } from './legacyStorage'
import { DATABASE_NAME } from './storageKeys'

/**
 * True only when the course's database does not exist and localStorage holds no value of an
 * earlier version and no unfinished write (both kept under the course's prefix). Where the
 * browser cannot tell (no `indexedDB.databases`, or it refuses), false: the database opens as usual.
 */
export async function nothingSaved(): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return false
    if (Object.keys(readLegacyValues()).length > 0) return false
    const databases = await indexedDB.databases()
    return !databases.some((database) => database.name === DATABASE_NAME)
  } catch {
    return false
  }
}
