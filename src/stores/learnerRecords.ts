import { ref, shallowRef, toRaw, watch, type Ref, type ShallowRef } from 'vue'
import * as v from 'valibot'
import { writeProblem } from '../platform/database'
import { openChangeChannel } from '../platform/broadcast'
import { writeJournaled } from '../platform/writeJournal'
import { useProfileStore } from './profiles'
import { useSavedDataStore } from './savedData'

export interface LearnerRecords<T> {
  /** The active learner's records, each checked when read, in key order. */
  items: ShallowRef<T[]>
  /** True once the active learner's records have been read (for a page's loading state). */
  loaded: Ref<boolean>
  /** Why the last change could not be saved; null once saving works. */
  saveError: Ref<string | null>
  /** Reads the active learner's records once; later calls wait for the same read. */
  ready: () => Promise<void>
  /** Saves one record; resolves to a problem in plain Chinese, or null once saved. */
  add: (item: T) => Promise<string | null>
  remove: (key: string) => Promise<string | null>
  removeAll: () => Promise<string | null>
}

interface LearnerRecordsOptions<T> {
  /** The row kind: a name no other feature uses. */
  kind: string
  keyOf: (item: T) => string
  schema: v.GenericSchema<unknown, T>
  /** What the records are called in messages (e.g. 打字成绩). */
  name: string
}

type Message = { type: 'learner-records'; kind: string; owner: string }

/**
 * A learner's own list of records (typing results, 找茬 scores…): one row per record under the
 * learner, so two tabs adding at once keep both, and deleting the learner deletes them. Records that
 * fail their schema are set aside (downloadable from 学员) rather than shown or lost.
 * Call it inside a setup store.
 */
export function learnerRecords<T>(options: LearnerRecordsOptions<T>): LearnerRecords<T> {
  const saved = useSavedDataStore()
  const profiles = useProfileStore()
  const items = shallowRef<T[]>([])
  const loaded = ref(false)
  const saveError = ref<string | null>(null)
  let loading: Promise<void> | null = null
  let readFor: string | null = null

  const channel = openChangeChannel<Message>((message) => {
    if (message.type === 'learner-records' && message.kind === options.kind && message.owner === readFor) {
      loading = read(message.owner)
    }
  })

  async function read(owner: string): Promise<void> {
    readFor = owner
    const rows = await saved.database.rowsOfKind(owner, options.kind)
    const kept: T[] = []
    const dropped: typeof rows = []
    for (const row of rows) {
      const checked = v.safeParse(options.schema, row.value)
      if (checked.success && options.keyOf(checked.output) === row.key) kept.push(checked.output)
      else dropped.push(row)
    }
    if (dropped.length > 0) {
      await saved.setAside(owner, `${options.name}中有 ${dropped.length} 条无法读取`, dropped)
      await saved.database
        .write({ remove: dropped.map(({ owner: rowOwner, kind, key }) => ({ owner: rowOwner, kind, key })) })
        .catch(() => {})
    }
    if (readFor !== owner) return // another learner was chosen meanwhile
    items.value = kept
    loaded.value = true
  }

  function ready(): Promise<void> {
    if (readFor !== profiles.activeId || !loading) {
      loaded.value = false
      const reading = read(profiles.activeId)
      // A failed read is not kept: the page's 重试 reads again.
      reading.catch(() => {
        if (loading === reading) loading = null
      })
      loading = reading
    }
    return loading
  }

  // Another learner chosen: the list is theirs from now on.
  watch(
    () => profiles.activeId,
    () => {
      if (readFor !== null) void ready()
    },
  )

  async function write(change: { put?: T[]; remove?: string[] }, next: (current: T[]) => T[]): Promise<string | null> {
    await ready()
    const owner = profiles.activeId
    const before = items.value
    items.value = next(before)
    try {
      // Noted first, so a reload in the next instant (a 找茬 mark chosen, then F5) writes it at the next start.
      await writeJournaled(saved.database, {
        put: (change.put ?? []).map((item) => ({
          owner,
          kind: options.kind,
          key: options.keyOf(item),
          value: toRaw(item),
        })),
        remove: (change.remove ?? []).map((key) => ({ owner, kind: options.kind, key })),
      })
      saveError.value = null
      channel.post({ type: 'learner-records', kind: options.kind, owner })
      return null
    } catch (error) {
      items.value = before
      saveError.value = `${writeProblem(error)}，${options.name}没有保存`
      return saveError.value
    }
  }

  const byKey = (list: T[]) => [...list].sort((a, b) => (options.keyOf(a) < options.keyOf(b) ? -1 : 1))

  return {
    items,
    loaded,
    saveError,
    ready,
    add: (item) =>
      write({ put: [item] }, (current) =>
        byKey([...current.filter((old) => options.keyOf(old) !== options.keyOf(item)), item]),
      ),
    remove: (key) => write({ remove: [key] }, (current) => current.filter((item) => options.keyOf(item) !== key)),
    removeAll: async () => {
      await ready()
      return write({ remove: items.value.map(options.keyOf) }, () => [])
    },
  }
}
