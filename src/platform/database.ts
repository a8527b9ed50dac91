/**
 * Everything the course saves, in one IndexedDB database, behind one small interface.
 * Each saved thing is its own row, written in transactions, so two tabs that save at
 * the same moment never overwrite each other. Where IndexedDB is missing or refuses
 * to open (some private modes), the same interface keeps everything in memory.
 * The IndexedDB side (and its library) is in indexedDatabase.ts, loaded when the database opens.
 */

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

export const rowKey = (row: StoredRowKey): [string, string, string] => [row.owner, row.kind, row.key]

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
 * The database's code could not be downloaded (the network cut out): told apart from the
 * browser refusing, so the learner is asked to check the network rather than their settings.
 */
export class DatabaseDownloadError extends Error {
  // Set in the constructor: a class field would bring the compiled field helpers onto the first page.
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'DatabaseDownloadError'
  }
}

/**
 * A database opened when first used: every call waits for `open` and goes to the database it
 * gives. A device that has saved nothing shows its first page without opening the database or
 * downloading its code; the first save opens it. An `open` that fails is tried again by the next call.
 */
export function deferredDatabase(open: () => Promise<SavedDatabase>): SavedDatabase {
  let opening: Promise<SavedDatabase> | null = null
  let opened: SavedDatabase | null = null
  function ready(): Promise<SavedDatabase> {
    opening ??= open().then(
      (database) => (opened = database),
      (error: unknown) => {
        opening = null
        throw error
      },
    )
    return opening
  }
  return {
    // Saved batches are noted in the write journal until the database says where they went.
    get kind() {
      return opened?.kind ?? 'indexeddb'
    },
    rowsOf: async (owner) => (await ready()).rowsOf(owner),
    rowsOfKind: async (owner, kind) => (await ready()).rowsOfKind(owner, kind),
    rowsOfKindAfter: async (owner, kind, after, limit) => (await ready()).rowsOfKindAfter(owner, kind, after, limit),
    countOfKind: async (owner, kind) => (await ready()).countOfKind(owner, kind),
    owners: async () => (await ready()).owners(),
    profiles: async () => (await ready()).profiles(),
    meta: async (key) => (await ready()).meta(key),
    write: async (batch) => (await ready()).write(batch),
    addBackup: async (backup, keep) => (await ready()).addBackup(backup, keep),
    backups: async () => (await ready()).backups(),
  }
}

const DOWNLOAD_PROBLEM = '网络中断，保存功能没有下载成功'

/** Why a read failed, in plain words. */
export function readProblem(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? ''
  if (name === 'DatabaseDownloadError') return DOWNLOAD_PROBLEM
  return name === 'QuotaExceededError' ? '浏览器的存储空间已满' : '浏览器无法读取保存的数据'
}

/** Why a write failed, in plain words. */
export function writeProblem(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? ''
  if (name === 'DatabaseDownloadError') return DOWNLOAD_PROBLEM
  if (name === 'QuotaExceededError') return '浏览器的存储空间已满'
  return '浏览器拒绝保存数据'
}
