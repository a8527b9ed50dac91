import { shallowReactive } from 'vue'

export type ChunkState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string }

export interface LazyChunks<T> {
  /** The state of every chunk asked for so far, by id; reactive. */
  states: Map<string, ChunkState<T>>
  /** Fetches a chunk once and resolves when it has settled; a failed one is fetched again on the next call. */
  load: (id: string) => Promise<void>
  /** The chunk's value once it is ready. */
  valueOf: (id: string) => T | undefined
}

/**
 * Shared by the stores that fetch course content in pieces (module outlines,
 * lesson text, question banks, scenarios): one loader per id from a table, a loading/ready/error
 * state per id, and a plain message when the network drops mid-download.
 */
export function lazyChunks<T>(
  loaders: Readonly<Record<string, () => Promise<{ default: T }>>>,
  messages: { missing: string; failed: string },
): LazyChunks<T> {
  const states = shallowReactive(new Map<string, ChunkState<T>>())
  // A second caller while a chunk downloads waits for the same download, so it never
  // resumes to find the chunk still loading.
  const pending = new Map<string, Promise<void>>()

  function load(id: string): Promise<void> {
    if (states.get(id)?.status === 'ready') return Promise.resolve()
    const inFlight = pending.get(id)
    if (inFlight) return inFlight
    // Own keys only: an id from a link such as `constructor` names no chunk.
    const loader = Object.hasOwn(loaders, id) ? loaders[id] : undefined
    if (!loader) {
      states.set(id, { status: 'error', message: messages.missing })
      return Promise.resolve()
    }
    states.set(id, { status: 'loading' })
    const download = loader()
      .then(
        (chunk) => void states.set(id, { status: 'ready', value: chunk.default }),
        () => void states.set(id, { status: 'error', message: messages.failed }),
      )
      .finally(() => pending.delete(id))
    pending.set(id, download)
    return download
  }

  function valueOf(id: string): T | undefined {
    const state = states.get(id)
    return state?.status === 'ready' ? state.value : undefined
  }

  return { states, load, valueOf }
}
