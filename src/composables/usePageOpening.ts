import { onBeforeUnmount, ref, type Ref } from 'vue'
import { useRouter } from 'vue-router'

/** A page opening quicker than this flashes no sign: only a slow link's download is worth saying. */
const SAY_AFTER_MS = 400

/**
 * Whether a page has been opening for a moment: a tap on a slow link downloads the page's code
 * first, and without a sign the learner taps again or thinks the course has stuck. Set once the
 * router has waited that long, cleared when the page opens or cannot.
 */
export function usePageOpening(): Ref<boolean> {
  const router = useRouter()
  const opening = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  /** The address being opened: a tap made while another page was opening ends that one, not the sign. */
  let latest = ''
  const opened = (to?: { fullPath: string }) => {
    if (to && to.fullPath !== latest) return
    clearTimeout(timer)
    opening.value = false
  }
  const stops = [
    router.beforeEach((to) => {
      latest = to.fullPath
      clearTimeout(timer)
      timer = setTimeout(() => (opening.value = true), SAY_AFTER_MS)
    }),
    router.afterEach((to) => opened(to)),
    router.onError((_error, to) => opened(to)),
  ]
  onBeforeUnmount(() => {
    opened()
    for (const stop of stops) stop()
  })
  return opening
}
