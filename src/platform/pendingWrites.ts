/**
 * Writing again, at the next start, the batches a page noted (writeJournal.ts) but closed before
 * IndexedDB had them. Only a database's opening needs it, so it loads with that code, not the first page.
 */
import type { SavedDatabase, WriteBatch } from './database'
import { PENDING_WRITE_PREFIX } from './storageKeys'
import { journalStorage } from './writeJournal'

/** Writes again every batch a page left unfinished, oldest first; a batch that cannot be read is dropped. */
export async function replayPendingWrites(database: SavedDatabase): Promise<number> {
  const store = journalStorage()
  if (!store) return 0
  const keys: string[] = []
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i)
    if (key?.startsWith(PENDING_WRITE_PREFIX)) keys.push(key)
  }
  let replayed = 0
  for (const key of keys.sort()) {
    try {
      const batch = JSON.parse(store.getItem(key) ?? 'null') as WriteBatch | null
      if (batch && typeof batch === 'object') {
        // Every part a batch can carry (rows, learners, settings of the device); each is checked when read.
        await database.write({
          put: Array.isArray(batch.put) ? batch.put : [],
          remove: Array.isArray(batch.remove) ? batch.remove : [],
          removeOwners: Array.isArray(batch.removeOwners) ? batch.removeOwners : [],
          profiles: batch.profiles && typeof batch.profiles === 'object' ? batch.profiles : {},
          meta: batch.meta && typeof batch.meta === 'object' ? batch.meta : {},
        })
        replayed += 1
      }
      store.removeItem(key)
    } catch {
      // Left for the next start when the database refused; an unreadable note is of no use.
      if (!(store.getItem(key) ?? '').startsWith('{')) store.removeItem(key)
    }
  }
  return replayed
}
