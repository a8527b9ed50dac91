/**
 * Everything the course saves, in one IndexedDB database, behind one small interface.
 * Each saved thing is its own row, written in transactions, so two tabs that save at
 * the same moment never overwrite each other. Where IndexedDB is missing or refuses
 * to open (some private modes), the same interface keeps everything in memory.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import { DATABASE_NAME, DATABASE_VERSION, STORES } from './storageKeys'

/** One saved row: whose it is ('' for the whole device), what kind, and its own key. */
export interface StoredRow {
  owner: string
  kind: string
  key: string
  value: unknown
}

export type StoredRowKey = Pick<StoredRow, 'owner' | 'kind' | 'key'>

/** Unreadable saved data set aside, so it can be downloaded and looked at later. */
export interface StoredBackup {
  id?: number
  createdAt: string
  owner: string
  reason: string
  /** The original rows or text, exactly as they were read. */
  items: unknown[]
}

/** What one transaction writes. */
export interface WriteBatch {
  put?: readonly StoredRow[]
  remove?: readonly StoredRowKey[]
  /** Rows of these owners are all removed (a learner deleted). */
  removeOwners?: readonly string[]
  profiles?: { put?: readonly unknown[]; remove?: readonly string[] }
  meta?: Readonly<Record<string, unknown>>
}

interface CourseDB extends DBSchema {
  rows: { key: [string, string, string]; value: StoredRow; indexes: { owner: string } }
  profiles: { key: string; value: { id: string } & Record<string, unknown> }
  backups: { key: number; value: StoredBackup }
  meta: { key: string; value: unknown }
}

export interface SavedDatabase {
  /** 'memory' when the browser would not open IndexedDB: nothing outlives the page. */
  readonly kind: 'indexeddb' | 'memory'
  rowsOf(owner: string): Promise<StoredRow[]>
  rowsOfKind(owner: string, kind: string): Promise<StoredRow[]>
  /** Up to `limit` rows of one kind with keys after `after` (from the first when null), in key order. */
  rowsOfKindAfter(owner: string, kind: string, after: string | null, limit: number): Promise<StoredRow[]>
  /** How many rows of one kind a learner has, without reading them. */
  countOfKind(owner: string, kind: string): Promise<number>
  /** Every owner that has rows, to find learners whose profile was lost. */
  owners(): Promise<string[]>
  profiles(): Promise<unknown[]>
  meta(key: string): Promise<unknown>
  /** Writes a batch in one transaction: all of it, or (rejecting) none of it. */
  write(batch: WriteBatch): Promise<void>
  addBackup(backup: StoredBackup, keep: number): Promise<void>
  backups(): Promise<StoredBackup[]>
}

const rowKey = (row: StoredRowKey): [string, string, string] => [row.owner, row.kind, row.key]

async function openIndexedDb(): Promise<SavedDatabase> {
  const db: IDBPDatabase<CourseDB> = await openDB<CourseDB>(DATABASE_NAME, DATABASE_VERSION, {
    upgrade(database) {
      const rows = database.createObjectStore(STORES.rows, { keyPath: ['owner', 'kind', 'key'] })
      rows.createIndex('owner', 'owner')
      database.createObjectStore(STORES.profiles, { keyPath: 'id' })
      database.createObjectStore(STORES.backups, { keyPath: 'id', autoIncrement: true })
      database.createObjectStore(STORES.meta)
    },
    // A newer version of the course opened in another tab: let it upgrade.
    blocking() {
      db.close()
    },
  })
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
      let cursor = await db.transaction(STORES.rows).store.index('owner').openKeyCursor(null, 'nextunique')
      while (cursor) {
        owners.push(cursor.key)
        cursor = await cursor.continue()
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

/** The same interface over Maps, for a browser without IndexedDB and for tests. */
export function memoryDatabase(): SavedDatabase {
  const rows = new Map<string, StoredRow>()
  const profiles = new Map<string, unknown>()
  const meta = new Map<string, unknown>()
  const backups: StoredBackup[] = []
  let nextBackup = 1
  const keyOf = (row: StoredRowKey) => JSON.stringify(rowKey(row))
  const copy = <T>(value: T): T => structuredClone(value)
  return {
    kind: 'memory',
    rowsOf: async (owner) => [...rows.values()].filter((row) => row.owner === owner).map(copy),
    rowsOfKind: async (owner, kind) =>
      [...rows.values()].filter((row) => row.owner === owner && row.kind === kind).map(copy),
    countOfKind: async (owner, kind) =>
      [...rows.values()].filter((row) => row.owner === owner && row.kind === kind).length,
    rowsOfKindAfter: async (owner, kind, after, limit) =>
      [...rows.values()]
        .filter((row) => row.owner === owner && row.kind === kind && (after === null || row.key > after))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        .slice(0, limit)
        .map(copy),
    owners: async () => [...new Set([...rows.values()].map((row) => row.owner))].sort(),
    profiles: async () => [...profiles.values()].map(copy),
    meta: async (key) => copy(meta.get(key)),
    async write(batch) {
      for (const owner of batch.removeOwners ?? []) {
        for (const [key, row] of rows) if (row.owner === owner) rows.delete(key)
      }
      for (const key of batch.remove ?? []) rows.delete(keyOf(key))
      for (const row of batch.put ?? []) rows.set(keyOf(row), copy(row))
      for (const id of batch.profiles?.remove ?? []) profiles.delete(id)
      for (const profile of batch.profiles?.put ?? []) profiles.set((profile as { id: string }).id, copy(profile))
      for (const [key, value] of Object.entries(batch.meta ?? {})) meta.set(key, copy(value))
    },
    async addBackup(backup, keep) {
      backups.push({ ...copy(backup), id: nextBackup++ })
      backups.splice(0, Math.max(0, backups.length - keep))
    },
    backups: async () => backups.map(copy),
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
    const name = (error as { name?: string } | null)?.name ?? ''
    return {
      database: memoryDatabase(),
      problem: name === 'QuotaExceededError' ? '浏览器的存储空间已满' : '浏览器不允许保存数据（可能处于隐私模式）',
    }
  }
}

/** Why a read failed, in plain words. */
export function readProblem(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? ''
  return name === 'QuotaExceededError' ? '浏览器的存储空间已满' : '浏览器无法读取保存的数据'
}

/** Why a write failed, in plain words. */
export function writeProblem(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? ''
  if (name === 'QuotaExceededError') return '浏览器的存储空间已满'
  return '浏览器拒绝保存数据'
}
