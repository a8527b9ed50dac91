import { computed, type ComputedRef } from 'vue'
import { useRoute } from 'vue-router'

/**
 * Whether the address sends the keyboard's focus to the element `id` (a link to the page with
 * `#id`, such as home's 技能练习): bound as that element's `data-route-focus`, which useRouteFocus
 * focuses (true, or undefined for no attribute). The router's scroll brings it into view.
 */
export function useSentHere(id: string): ComputedRef<true | undefined> {
  const route = useRoute()
  return computed(() => route.hash === `#${id}` || undefined)
}
