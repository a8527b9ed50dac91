/** Asking the browser to keep the course's data, and how much room it takes. */

export interface StorageUse {
  /** Bytes used by this site, when the browser says. */
  usage: number | null
  /** Bytes the browser allows this site, when it says. */
  quota: number | null
  /** True when the browser promised not to clear the data to free space. */
  persisted: boolean | null
}

/** Asks once for persistent storage; a refusal is normal and changes nothing. */
export async function requestPersistence(): Promise<boolean | null> {
  try {
    return (await navigator.storage?.persist?.()) ?? null
  } catch {
    return null
  }
}

export async function storageUse(): Promise<StorageUse> {
  try {
    const [estimate, persisted] = await Promise.all([
      navigator.storage?.estimate?.() ?? Promise.resolve(null),
      navigator.storage?.persisted?.() ?? Promise.resolve(null),
    ])
    return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted }
  } catch {
    return { usage: null, quota: null, persisted: null }
  }
}
