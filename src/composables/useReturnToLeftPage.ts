import { nextTick, onMounted } from 'vue'
import { useRouter } from 'vue-router'
import { linkTowardLeftPage } from '../domain/course/leftPageLink'
import { whenPageShown } from './useRenderAfterPaint'

const pathOf = (address: string) => address.split(/[?#]/, 1)[0]!

/**
 * For a list page (测验与练习, 情景演练, a module's lessons, 我的): opened by a link from one of its
 * own pages (返回, a breadcrumb), it shows and focuses the link to the page the learner has just left,
 * in the middle of the screen, so they go on down the list from where they were rather than from its
 * top. The browser's back button restores the place by itself: an entry gone back to has its place
 * saved (`scroll`), and is left alone.
 */
export function useReturnToLeftPage(): void {
  const router = useRouter()
  onMounted(async () => {
    const { back, scroll } = router.options.history.state
    if (typeof back !== 'string' || scroll) return
    // After the router's own jump to the page's top, and the page's later parts drawn.
    await nextTick()
    await whenPageShown()
    const links = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="#/"]')]
    const found =
      links[
        linkTowardLeftPage(
          links.map((link) => pathOf(link.hash.slice(1))),
          pathOf(back),
        )
      ]
    if (!found) return
    found.focus({ preventScroll: true })
    found.scrollIntoView({ block: 'center', behavior: 'instant' })
  })
}
