/**
 * A write-ahead journal for saved data (rows, learners, the active learner). IndexedDB writes
 * finish after the click that made them; a reload or a closed tab in that instant can abort them. Each batch is first noted here
 * (localStorage writes are synchronous), removed once IndexedDB has it, and any batch still
 * noted at the next start is written again (pendingWrites.ts, loaded with a database's opening).
 */
import type { SavedDatabase, WriteBatch } from './database'
import { PENDING_WRITE_PREFIX } from './storageKeys'

let notedHere = 0
/**
 * A note's id, sorting in the order this page noted its batches: the time, then a count, so two
 * batches for the same row in one millisecond are written again in the order they were made.
 */
function noteId(): string {
  notedHere = (notedHere + 1) % 36 ** 5
  return `${Date.now().toString(36)}${notedHere.toString(36).padStart(5, '0')}`
}

/** The page's localStorage, or null where the browser has none or refuses it. */
export function journalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/**
 * Notes a batch, as its JSON text, before it is written; returns the note's key, or null where
 * nothing could be noted. The caller has the text already (it copies the batch through JSON).
 */
export function notePendingWrite(id: string, batchJson: string): string | null {
  const key = `${PENDING_WRITE_PREFIX}${id}`
  try {
    journalStorage()?.setItem(key, batchJson)
    return key
  } catch {
    // A full localStorage: the write itself still goes ahead, only without the safety net.
    return null
  }
}

/**
 * A batch ready to write: serialised once, the text is noted here at once (so a reload in the next
 * instant does not lose it; it is written again at the next start) and parsed back into the plain
 * copy IndexedDB and other tabs need (they refuse Vue's reactive proxies at any depth). A database
 * kept only in memory loses everything on a reload anyway, so nothing is noted for it.
 */
export function journaledBatch<T extends object>(database: SavedDatabase, batch: T): { plain: T; note: string | null } {
  const json = JSON.stringify(batch)
  return {
    plain: JSON.parse(json) as T,
    note: database.kind === 'indexeddb' ? notePendingWrite(noteId(), json) : null,
  }
}

export function clearPendingWrite(key: string | null): void {
  if (key) journalStorage()?.removeItem(key)
}

/**
 * Writes a batch noted first (a reload in the next instant loses nothing), and clears the note once
 * IndexedDB has it or has refused it: a refused write is told to the learner and not written again
 * at the next start. Rejects as the database does.
 */
export async function writeJournaled(database: SavedDatabase, batch: WriteBatch): Promise<void> {
  const { plain, note } = journaledBatch(database, batch)
  try {
    await database.write(plain)
  } finally {
    clearPendingWrite(note)
  }
}
