import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import {
  DatabaseDownloadError,
  deferredDatabase,
  memoryDatabase,
  type SavedDatabase,
  type StoredBackup,
} from '../platform/database'
import { noteDatabaseOpened } from '../platform/savedDataProbe'
import type { StorageUse } from '../platform/persistence'
import { BACKUP_GENERATIONS } from '../platform/storageKeys'
import { now } from '../platform/clock'

/**
 * The database everything is saved in, whether it is only in memory, the
 * set-aside backups, and the one-time move of what earlier versions saved (src/platform/legacyStorage.ts).
 */
export const useSavedDataStore = defineStore('savedData', () => {
  const database = shallowRef<SavedDatabase>(memoryDatabase())
  /** Why nothing will outlive this page (the browser refused its database), in plain words; null when saving works. */
  const memoryOnly = ref<string | null>(null)
  /** What the move from the old storage could not read in full; null when all went well. */
  const migrationNotice = ref<string | null>(null)
  const backups = ref<StoredBackup[]>([])
  const use = ref<StorageUse>({ usage: null, quota: null, persisted: null })

  /**
   * Opens the database (or takes the one given, in tests) and moves data from earlier versions once.
   * Where its code cannot be downloaded, the course runs on a database in memory and says so.
   */
  async function open(given?: SavedDatabase): Promise<void> {
    if (given) database.value = given
    else {
      const opened = await openSavedDatabase().catch(() => ({
        database: memoryDatabase(),
        problem:
          '网络中断，保存功能没有下载成功，已保存的学习记录这次没有读出（它们仍在，不会被改动），请检查网络后刷新页面',
      }))
      database.value = opened.database
      memoryOnly.value = opened.problem
    }
    await afterOpening(given)
  }

  /**
   * For a device that has saved nothing yet: the database opens with the first thing saved (or
   * read), and `onOpened` runs on it before that. Until then nothing is opened or downloaded.
   */
  function openOnFirstUse(onOpened: (database: SavedDatabase) => Promise<void>): void {
    database.value = deferredDatabase(async () => {
      noteDatabaseOpened()
      const opened = await openSavedDatabase().catch((error: unknown) => {
        throw new DatabaseDownloadError(String(error))
      })
      database.value = opened.database
      memoryOnly.value = opened.problem
      // Before the unfinished writes are replayed: they are this page's own, noted a moment ago.
      await onOpened(opened.database)
      await afterOpening()
      return opened.database
    })
  }

  async function afterOpening(given?: SavedDatabase): Promise<void> {
    try {
      // What an earlier version saved is moved once, and what a closed page left unwritten is written again:
      // that code loads only with a database's opening.
      const [{ migrateLegacy }, { replayPendingWrites }] = await Promise.all([
        import('./legacyMigration'),
        import('../platform/pendingWrites'),
      ])
      const problem = await migrateLegacy(database.value, setAside)
      if (problem) migrationNotice.value = problem
      // Rows a page noted but could not finish writing before it closed.
      if (database.value.kind === 'indexeddb') await replayPendingWrites(database.value)
      await refreshBackups()
    } catch {
      // A database that refuses even this: every later write says so to the learner.
    }
    // Asked after the first page: only the 学员 page shows the figures.
    if (!given)
      void import('../platform/persistence')
        .then(({ requestPersistence }) => requestPersistence())
        .then(refreshUse)
        .catch(() => {})
  }

  /** The database's code (src/platform/indexedDatabase.ts and its library) loads here, once: tried again once if the network cut out. */
  async function openSavedDatabase(): Promise<{ database: SavedDatabase; problem: string | null }> {
    const code = await import('../platform/indexedDatabase').catch(() => import('../platform/indexedDatabase'))
    return code.openSavedDatabase()
  }

  /** Keeps the original of something unreadable as a backup generation. */
  async function setAside(owner: string, reason: string, items: unknown[]): Promise<void> {
    try {
      await database.value.addBackup({ createdAt: now().toISOString(), owner, reason, items }, BACKUP_GENERATIONS)
      await refreshBackups()
    } catch {
      // Nowhere to keep it: the caller's notice already says the data could not be read.
    }
  }

  async function refreshBackups(): Promise<void> {
    backups.value = (await database.value.backups()).reverse()
  }

  async function refreshUse(): Promise<void> {
    const { storageUse } = await import('../platform/persistence')
    use.value = await storageUse()
  }

  return {
    database,
    memoryOnly,
    migrationNotice,
    backups,
    use,
    open,
    openOnFirstUse,
    setAside,
    refreshBackups,
    refreshUse,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSavedDataStore, import.meta.hot))
