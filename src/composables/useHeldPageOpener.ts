import { onUnmounted, watchEffect } from 'vue'
import { pageOpener, type PageOpener } from '../router/pageOpener'

/**
 * Holds what `opener` says as the shell's page opener while the calling page is on screen. It lets go
 * only of its own: the next page may have set its opener before this one is unmounted.
 * (Apart from pageOpener.ts, which the first page carries for the routes.)
 */
export function useHeldPageOpener(opener: () => PageOpener | null): void {
  let held: PageOpener | null = null
  const letGo = () => {
    if (pageOpener.value === held) pageOpener.value = null
  }
  watchEffect(() => {
    const next = opener()
    if (next) pageOpener.value = next
    else letGo()
    held = next
  })
  onUnmounted(letGo)
}
