import { shallowReactive } from 'vue'

export type ChunkState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string }

export interface LazyChunks<T> {
  /** The state of every chunk asked for so far, by id; reactive. */
  states: Map<string, ChunkState<T>>
  /** Fetches a chunk once; a failed one is fetched again on the next call. */
  load: (id: string) => Promise<void>
  /** The chunk's value once it is ready. */
  valueOf: (id: string) => T | undefined
}

/**
 * Shared by the stores that fetch course content in pieces (module text,
 * question banks, scenarios): one loader per id, a loading/ready/error state
 * per id, and a plain message when the network drops mid-download.
 */
export function lazyChunks<T>(
  loaders: Readonly<Record<string, () => Promise<{ default: T }>>>,
  messages: { missing: string; failed: string },
): LazyChunks<T> {
  const states = shallowReactive(new Map<string, ChunkState<T>>())

  async function load(id: string): Promise<void> {
    const current = states.get(id)
    if (current?.status === 'ready' || current?.status === 'loading') return
    const loader = loaders[id]
    if (!loader) {
      states.set(id, { status: 'error', message: messages.missing })
      return
    }
    states.set(id, { status: 'loading' })
    try {
      states.set(id, { status: 'ready', value: (await loader()).default })
    } catch {
      states.set(id, { status: 'error', message: messages.failed })
    }
  }

  function valueOf(id: string): T | undefined {
    const state = states.get(id)
    return state?.status === 'ready' ? state.value : undefined
  }

  return { states, load, valueOf }
}
