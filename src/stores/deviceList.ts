import { ref, shallowRef, toRaw, type Ref, type ShallowRef } from 'vue'
import { writeProblem } from '../platform/database'
import { openChangeChannel } from '../platform/broadcast'
import { readLegacyValues, removeLegacyValues } from '../platform/legacyStorage'
import { writeJournaled } from '../platform/writeJournal'
import type { useSavedDataStore } from './savedData'

export interface DeviceList<T> {
  /** The saved items, each checked when read. */
  items: ShallowRef<T[]>
  /** Why the last change could not be saved; null once saving works. */
  saveError: Ref<string | null>
  load: () => Promise<void>
  /** Takes the list as empty without reading it, on a device that has saved nothing yet. */
  startEmpty: () => void
  /** Loads once, for the pages that need the list; later calls wait for the same load. */
  ready: () => Promise<void>
  /** True once the list has been read (for a page's loading state). */
  loaded: Ref<boolean>
  /** Replaces the whole list with `next`, writing only what changed; resolves to a problem or null. */
  save: (next: readonly T[]) => Promise<string | null>
}

interface DeviceListOptions<T> {
  /** The row kind, under the device's owner ''. */
  kind: string
  keyOf: (item: T) => string
  /** Checks a saved list (as JSON text), keeping what is sound; the same rules as the feature's own reader. */
  check: (text: string) => T[]
  /**
   * The key an earlier version kept the whole list under (src/platform/legacyStorage.ts), moved over
   * once; '' for a list no earlier version kept (no such key is ever read).
   */
  legacyKey: string
  /** What the list is called in messages. */
  name: string
}

type Message = { type: 'device'; kind: string }

/**
 * A list kept on this device for everyone (the trainer's roster, imported questions,
 * opened assignments, settings): one row per item, so two tabs adding at once keep both.
 */
export function deviceList<T>(
  saved: ReturnType<typeof useSavedDataStore>,
  options: DeviceListOptions<T>,
): DeviceList<T> {
  const items = shallowRef<T[]>([])
  const saveError = ref<string | null>(null)
  const loaded = ref(false)
  const channel = openChangeChannel<Message>((message) => {
    if (message.type === 'device' && message.kind === options.kind) void load()
  })

  async function load(): Promise<void> {
    const db = saved.database
    let rows = await db.rowsOfKind('', options.kind)
    const legacy = readLegacyValues()[options.legacyKey]
    if (rows.length === 0 && legacy !== undefined) {
      const moved = options.check(legacy)
      try {
        await db.write({
          put: moved.map((item) => ({ owner: '', kind: options.kind, key: options.keyOf(item), value: item })),
        })
        rows = await db.rowsOfKind('', options.kind)
        if (rows.length >= moved.length && db.kind === 'indexeddb') removeLegacyValues([options.legacyKey])
      } catch {
        // Left where the earlier version kept it: moved on a later start.
      }
    }
    const values = rows.map((row) => row.value)
    const kept = options.check(JSON.stringify(values))
    if (kept.length < values.length) {
      const keptKeys = new Set(kept.map(options.keyOf))
      const dropped = rows.filter((row) => !keptKeys.has(row.key))
      await saved.setAside('', `${options.name}中有 ${dropped.length} 项无法读取`, dropped)
      await db.write({ remove: dropped.map(({ owner, kind, key }) => ({ owner, kind, key })) }).catch(() => {})
    }
    items.value = kept
    loaded.value = true
  }

  let loading: Promise<void> | null = null
  function ready(): Promise<void> {
    loading ??= load()
    return loading
  }

  /** A device that has saved nothing yet: an empty list, with nothing to read before the first change. */
  function startEmpty(): void {
    items.value = []
    loaded.value = true
    loading = Promise.resolve()
  }

  async function save(next: readonly T[]): Promise<string | null> {
    await ready()
    const before = new Map(items.value.map((item) => [options.keyOf(item), item]))
    const after = new Map(next.map((item) => [options.keyOf(item), item]))
    const put = [...after].filter(([key, item]) => before.get(key) !== item)
    const remove = [...before.keys()].filter((key) => !after.has(key))
    items.value = [...next]
    try {
      // Journaled: a reload before the write lands (a first save waits for the database to open) loses nothing.
      await writeJournaled(saved.database, {
        put: put.map(([key, item]) => ({ owner: '', kind: options.kind, key, value: toRaw(item) })),
        remove: remove.map((key) => ({ owner: '', kind: options.kind, key })),
      })
      saveError.value = null
      channel.post({ type: 'device', kind: options.kind })
      return null
    } catch (error) {
      saveError.value = `${writeProblem(error)}，${options.name}的修改没有保存`
      return saveError.value
    }
  }

  return { items, saveError, load, ready, loaded, save, startEmpty }
}

/**
 * The key–value pairs of a saved list: an earlier version kept an object (`{ key: value }`),
 * rows come back as an array of items; unreadable text gives none.
 */
export function savedPairs(text: string, keyField: string, valueField: string): [unknown, unknown][] {
  try {
    const data = JSON.parse(text) as unknown
    if (Array.isArray(data)) {
      return data.map((item) => {
        const record = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>
        return [record[keyField], record[valueField]]
      })
    }
    return Object.entries(data && typeof data === 'object' ? data : {})
  } catch {
    return []
  }
}
