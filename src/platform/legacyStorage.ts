/**
 * The localStorage values earlier versions saved (everything under `kefu-course.`),
 * read once for the move to IndexedDB and removed only after the move is checked.
 */
const PREFIX = 'kefu-course.'

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/** Every value saved by an earlier version, by key. */
export function readLegacyValues(): Record<string, string> {
  const store = storage()
  const values: Record<string, string> = {}
  if (!store) return values
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i)
    if (!key?.startsWith(PREFIX)) continue
    const value = store.getItem(key)
    if (value !== null) values[key] = value
  }
  return values
}

export function removeLegacyValues(keys: readonly string[]): void {
  const store = storage()
  for (const key of keys) store?.removeItem(key)
}
