/**
 * The localStorage values earlier versions saved (everything under `kefu-course.`),
 * read once for the move to IndexedDB and removed only after the move is checked.
 */
import { COURSE_KEY_PREFIX, DATABASE_OPENED_KEY, PENDING_WRITE_PREFIX } from './storageKeys'

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/** What this version itself keeps under the prefix: unfinished writes and the note that the database was opened. */
function ownKey(key: string): boolean {
  return key.startsWith(PENDING_WRITE_PREFIX) || key === DATABASE_OPENED_KEY
}

/** Every localStorage key under the course's prefix, of this version or an earlier one. */
function courseKeys(store: Storage): string[] {
  const keys: string[] = []
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i)
    if (key?.startsWith(COURSE_KEY_PREFIX)) keys.push(key)
  }
  return keys
}

/** Every value saved by an earlier version, by key. */
export function readLegacyValues(): Record<string, string> {
  const store = storage()
  const values: Record<string, string> = {}
  if (!store) return values
  for (const key of courseKeys(store)) {
    if (ownKey(key)) continue
    const value = store.getItem(key)
    if (value !== null) values[key] = value
  }
  return values
}

/** Whether localStorage holds anything under the course's prefix, of this version or an earlier one. */
export function hasCourseValues(): boolean {
  const store = storage()
  return store !== null && courseKeys(store).length > 0
}

export function removeLegacyValues(keys: readonly string[]): void {
  const store = storage()
  for (const key of keys) store?.removeItem(key)
}
