/**
 * The course's IndexedDB database behind the `SavedDatabase` interface (database.ts). Loaded when
 * the database is opened: at start-up where something is saved, else with the first save.
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb'
import { DATABASE_NAME, DATABASE_VERSION, STORES } from './storageKeys'
import { memoryDatabase, rowKey, type SavedDatabase, type StoredBackup, type StoredRow } from './database'

interface CourseDB extends DBSchema {
  rows: { key: [string, string, string]; value: StoredRow; indexes: { owner: string } }
  profiles: { key: string; value: { id: string } & Record<string, unknown> }
  backups: { key: number; value: StoredBackup }
  meta: { key: string; value: unknown }
}

/** The database of the course's name cannot be the course's now; its message says why, in plain words. */
class DatabaseNotOursError extends Error {
  override name = 'DatabaseNotOursError'
}

/**
 * The course's database, with its stores. One of its name at its version but without them (made by
 * other code opening the name without a version, which makes it empty) holds nothing: it is made
 * again. One holding other stores is someone else's, and is never deleted.
 */
async function openIndexedDb(): Promise<SavedDatabase> {
  const db = await openCourseDb()
  const missing = Object.values(STORES).filter((store) => !db.objectStoreNames.contains(store))
  if (missing.length === 0) return savedDatabaseOf(db)
  const empty = db.objectStoreNames.length === 0
  db.close()
  if (!empty)
    throw new DatabaseNotOursError(`这个浏览器里已有一个同名（${DATABASE_NAME}）但内容不同的数据库，本课程没有改动它`)
  // Held open by code that does not let go, it cannot be made again now: this visit keeps its records in memory.
  await new Promise<void>((resolve, reject) => {
    deleteDB(DATABASE_NAME, {
      blocked: () => reject(new DatabaseNotOursError(`保存用的数据库（${DATABASE_NAME}）正被别的程序占用`)),
    }).then(resolve, reject)
  })
  return savedDatabaseOf(await openCourseDb())
}

function openCourseDb(): Promise<IDBPDatabase<CourseDB>> {
  return openDB<CourseDB>(DATABASE_NAME, DATABASE_VERSION, {
    upgrade(database) {
      const rows = database.createObjectStore(STORES.rows, { keyPath: ['owner', 'kind', 'key'] })
      rows.createIndex('owner', 'owner')
      database.createObjectStore(STORES.profiles, { keyPath: 'id' })
      database.createObjectStore(STORES.backups, { keyPath: 'id', autoIncrement: true })
      database.createObjectStore(STORES.meta)
    },
    // A newer version of the course opened in another tab (or a tab making an empty one again): let it go on.
    blocking(_current, _next, event) {
      ;(event.target as IDBDatabase).close()
    },
  })
}

function savedDatabaseOf(db: IDBPDatabase<CourseDB>): SavedDatabase {
  return {
    kind: 'indexeddb',
    rowsOf: (owner) => db.getAllFromIndex(STORES.rows, 'owner', owner),
    rowsOfKind: (owner, kind) => db.getAll(STORES.rows, IDBKeyRange.bound([owner, kind, ''], [owner, kind, '\uffff'])),
    countOfKind: (owner, kind) => db.count(STORES.rows, IDBKeyRange.bound([owner, kind, ''], [owner, kind, '\uffff'])),
    rowsOfKindAfter: (owner, kind, after, limit) =>
      db.getAll(
        STORES.rows,
        IDBKeyRange.bound([owner, kind, after ?? ''], [owner, kind, '\uffff'], after !== null),
        limit,
      ),
    async owners() {
      const owners: string[] = []
      // One step per learner: each step seeks past the learner's rows, where 'nextunique' walks every one of them.
      let cursor = await db.transaction(STORES.rows).store.index('owner').openKeyCursor()
      while (cursor) {
        owners.push(cursor.key)
        cursor = await cursor.continue(`${cursor.key}\u0000`)
      }
      return owners
    },
    profiles: () => db.getAll(STORES.profiles),
    meta: (key) => db.get(STORES.meta, key),
    async write(batch) {
      const tx = db.transaction([STORES.rows, STORES.profiles, STORES.meta], 'readwrite')
      const rows = tx.objectStore(STORES.rows)
      const work: Promise<unknown>[] = []
      for (const owner of batch.removeOwners ?? []) {
        work.push(rows.delete(IDBKeyRange.bound([owner, '', ''], [owner, '\uffff', '\uffff'])))
      }
      for (const key of batch.remove ?? []) work.push(rows.delete(rowKey(key)))
      for (const row of batch.put ?? []) work.push(rows.put(row))
      const profiles = tx.objectStore(STORES.profiles)
      for (const id of batch.profiles?.remove ?? []) work.push(profiles.delete(id))
      for (const profile of batch.profiles?.put ?? []) work.push(profiles.put(profile as { id: string }))
      for (const [key, value] of Object.entries(batch.meta ?? {}))
        work.push(tx.objectStore(STORES.meta).put(value, key))
      await Promise.all([...work, tx.done])
    },
    async addBackup(backup, keep) {
      const tx = db.transaction(STORES.backups, 'readwrite')
      await tx.store.add(backup)
      // Several generations are kept; the oldest beyond `keep` go.
      const keys = await tx.store.getAllKeys()
      for (const key of keys.slice(0, Math.max(0, keys.length - keep))) await tx.store.delete(key)
      await tx.done
    },
    backups: () => db.getAll(STORES.backups),
  }
}

/**
 * Opens the course's database; where the browser refuses, a memory database and
 * why, so the app can say once that nothing will be kept.
 */
export async function openSavedDatabase(): Promise<{ database: SavedDatabase; problem: string | null }> {
  if (typeof indexedDB === 'undefined') {
    return { database: memoryDatabase(), problem: '这个浏览器不支持本地保存' }
  }
  try {
    return { database: await openIndexedDb(), problem: null }
  } catch (error) {
    if (error instanceof DatabaseNotOursError) return { database: memoryDatabase(), problem: error.message }
    const name = (error as { name?: string } | null)?.name ?? ''
    return {
      database: memoryDatabase(),
      problem: name === 'QuotaExceededError' ? '浏览器的存储空间已满' : '浏览器不允许保存数据（可能处于隐私模式）',
    }
  }
}
