import { computed, nextTick, onMounted, ref, watch, type ComputedRef, type Ref } from 'vue'
import { useRoute } from 'vue-router'
import { whenPageShown } from './useRenderAfterPaint'

export interface UseRouteFocusReturn {
  /** Bind to the <main> element; it receives focus after each navigation. */
  mainRef: Ref<HTMLElement | null>
}

/**
 * Moves keyboard and screen-reader focus to the page's main region after a
 * route change, so a keyboard user starts reading the new page at its top
 * instead of staying on the link they pressed. A page whose first stop is not
 * its top (a quiz's verdict) marks that element `data-route-focus`, and focus
 * lands there instead, also when it is the first page opened (once it is in the
 * document). In-page links (a hash on the same page) are left to the browser.
 */
export function useRouteFocus(): UseRouteFocusReturn {
  const route = useRoute()
  const mainRef = ref<HTMLElement | null>(null)
  const landing = () => mainRef.value?.querySelector<HTMLElement>('[data-route-focus]')
  // The first page leaves focus at the document's start (the skip link first), unless it marks a first stop.
  onMounted(async () => {
    await whenPageShown()
    landing()?.focus({ preventScroll: true })
  })
  watch(
    () => route.path,
    async (path, previous) => {
      if (previous === undefined || path === previous) return
      await nextTick()
      const target = landing() ?? mainRef.value
      target?.focus({ preventScroll: true })
    },
  )
  return { mainRef }
}

/**
 * Whether the address sends the keyboard's focus to the element `id` (a link to the page with
 * `#id`, such as home's 技能练习): bound as that element's `data-route-focus`, which
 * `useRouteFocus` focuses (true, or undefined for no attribute). The router's scroll brings it into view.
 */
export function useSentHere(id: string): ComputedRef<true | undefined> {
  const route = useRoute()
  return computed(() => route.hash === `#${id}` || undefined)
}
