import { markRaw, shallowRef, type Component, type ShallowRef } from 'vue'

export interface UseLazyComponentReturn<T extends Component> {
  /** The component once its code is here; null before. */
  component: ShallowRef<T | null>
  /** 'idle' until asked for, then loading, ready, or failed (offline while it downloaded). */
  status: ShallowRef<'idle' | 'loading' | 'ready' | 'error'>
  /** Starts loading (once; again after a failure) and resolves when it settled; never rejects. */
  load: () => Promise<void>
}

/**
 * A component whose code a page loads only when it is about to be needed (on a first step towards
 * it, say), with a state a page can show and retry: unlike defineAsyncComponent, a press can wait
 * for it, and a failed download is said and tried again rather than leaving an empty place.
 */
export function useLazyComponent<T extends Component>(
  loader: () => Promise<{ default: T }>,
): UseLazyComponentReturn<T> {
  const component: ShallowRef<T | null> = shallowRef(null)
  const status = shallowRef<'idle' | 'loading' | 'ready' | 'error'>('idle')
  let loading: Promise<void> | null = null

  function load(): Promise<void> {
    if (component.value) return Promise.resolve()
    loading ??= loader().then(
      (module) => {
        component.value = markRaw(module.default)
        status.value = 'ready'
      },
      () => {
        status.value = 'error'
        loading = null
      },
    )
    status.value = 'loading'
    return loading
  }

  return { component, status, load }
}
