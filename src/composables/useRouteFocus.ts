import { nextTick, ref, watch, type Ref } from 'vue'
import { useRoute } from 'vue-router'

export interface UseRouteFocusReturn {
  /** Bind to the <main> element; it receives focus after each navigation. */
  mainRef: Ref<HTMLElement | null>
}

/**
 * Moves keyboard and screen-reader focus to the page's main region after a
 * route change, so a keyboard user starts reading the new page at its top
 * instead of staying on the link they pressed. A page whose first stop is not
 * its top (a quiz's verdict) marks that element `data-route-focus`, and focus
 * lands there instead. In-page links (a hash on the same page) are left to the browser.
 */
export function useRouteFocus(): UseRouteFocusReturn {
  const route = useRoute()
  const mainRef = ref<HTMLElement | null>(null)
  watch(
    () => route.path,
    async (path, previous) => {
      if (previous === undefined || path === previous) return
      await nextTick()
      const landing = mainRef.value?.querySelector<HTMLElement>('[data-route-focus]') ?? mainRef.value
      landing?.focus({ preventScroll: true })
    },
  )
  return { mainRef }
}
