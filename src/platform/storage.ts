/**
 * Reading and writing one value in a Web Storage place (sessionStorage for per-tab
 * flags; a Map in tests), so a full or missing storage never crashes the app and
 * never destroys what was there. Saved data lives in IndexedDB (database.ts).
 */

/** The part of the Web Storage API the course uses. */
export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export type WriteResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable'; message: string }

/**
 * Writes a value, reporting (never throwing) when the browser refuses.
 *
 * @example
 * writeRecord(localStorage, 'k', 'v') // { ok: true }
 */
export function writeRecord(storage: KeyValueStorage | null, key: string, value: string): WriteResult {
  if (!storage) return { ok: false, reason: 'unavailable', message: '浏览器不允许保存数据（可能处于隐私模式）' }
  try {
    storage.setItem(key, value)
    return { ok: true }
  } catch (error) {
    const name = (error as { name?: string } | null)?.name ?? ''
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
      return { ok: false, reason: 'quota', message: '浏览器的存储空间已满' }
    }
    return { ok: false, reason: 'unavailable', message: '浏览器拒绝保存数据' }
  }
}

/** Reads a value; a storage that throws on read counts as empty. */
export function readRecord(storage: KeyValueStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null
  } catch {
    return null
  }
}

/** The browser's localStorage, or null where it is missing or blocked. */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}
