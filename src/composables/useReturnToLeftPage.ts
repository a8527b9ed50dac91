import { nextTick, onBeforeUnmount, onMounted, watch } from 'vue'
import { useRoute, useRouter, type Router } from 'vue-router'
import { linksTowardLeftPage } from '../domain/course/leftPageLink'
import { quizOfAttempt } from '../router'
import { afterNextPaint } from '../platform/afterPaint'
import { followedLinkIn, rememberFollowedLink } from '../platform/followedLink'
import { whenPageShown } from './useRenderAfterPaint'

const pathOf = (address: string) => address.split(/[?#]/, 1)[0]!
/** The page's links to other pages of the course. */
const LINKS = 'main a[href^="#/"]'
const courseLinks = () => [...document.querySelectorAll<HTMLAnchorElement>(LINKS)]
/** The path a link of the course leads to (its address is in its hash). */
const linkPath = (link: HTMLAnchorElement) => pathOf(link.hash.slice(1))
/** What names the card or section a link is in. */
const partOf = (link: Element) => link.closest('[aria-labelledby]')?.getAttribute('aria-labelledby') ?? null

export interface UseReturnToLeftPageOptions {
  /** Only after the browser's back button (a lesson: its own links lead on, not back up a list). */
  onlyGoneBack?: boolean
  /**
   * Only when the page left is under this path (home: a module or a lesson, whose card it shows). From
   * a quiz, home's nearest link is the practice card at its foot: 学习 opens home at its top instead.
   * The browser's back button always returns to the link followed, wherever it led.
   */
  leftUnder?: string
}

/**
 * For a list page (测验与练习, 情景演练, a module's lessons, 我的, home's modules): opened by a link from one of its
 * own pages (返回, a breadcrumb), it shows and focuses the link to the page the learner has just left,
 * in the middle of the screen, so they go on down the list from where they were rather than from its
 * top. Gone back to with the browser's back button, the router puts the page where it was, and the
 * link to the page left (`forward`) takes the focus there. Only after a
 * change of page inside the course, when the focus is on <main> (useRouteFocus): a reload keeps its
 * focus at the page's start.
 */
export function useReturnToLeftPage(options: UseReturnToLeftPageOptions = {}): void {
  const router = useRouter()
  const route = useRoute()
  const returnToLink = () => returnToLeftLink(router, options)
  onMounted(returnToLink)
  // Which of the page's links to one place is followed (练习 links to a quiz under way twice), for the way back.
  const followed = (event: MouseEvent) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(LINKS) : null
    if (link) rememberFollowedLink({ path: linkPath(link), within: partOf(link) })
  }
  onMounted(() => document.addEventListener('click', followed, true))
  onBeforeUnmount(() => document.removeEventListener('click', followed, true))
  // A lesson opened from another lesson is the same page component, not mounted again.
  watch(() => route.path, returnToLink)
}

/** What `useReturnToLeftPage` does once the page is there: home calls it alone, its code loaded only when needed. */
export async function returnToLeftLink(router: Router, options: UseReturnToLeftPageOptions = {}): Promise<void> {
  const { back, forward } = router.options.history.state
  // A new entry has nothing ahead of it; one gone back to has the page that was left.
  const goneBack = typeof forward === 'string'
  const left = goneBack ? forward : options.onlyGoneBack ? null : back
  if (typeof left !== 'string') return
  const leftPath = pathOfPageLeft(router, left)
  if (options.leftUnder && !goneBack && !leftPath.startsWith(options.leftUnder)) return
  // After the router's own jump, and the page's later parts drawn.
  await nextTick()
  await whenPageShown()
  // Gone back to, after the router has put the page back where it was (its jump follows the same wait).
  if (goneBack) await new Promise<void>((resolve) => afterNextPaint(resolve))
  const main = document.querySelector('main')
  // The page's own first stop (data-route-focus) gives way to the link followed, when gone back to.
  const focused = document.activeElement
  if (focused !== main && !(goneBack && focused?.hasAttribute('data-route-focus'))) return
  const links = courseLinks()
  const paths = links.map(linkPath)
  const towardLeft = linksTowardLeftPage(paths, leftPath).map((position) => links[position]!)
  // Of two links there, gone back to, the one the learner followed.
  const followed = goneBack ? followedLinkIn(router.options.history.state) : null
  const used = followed
    ? towardLeft.find((link) => linkPath(link) === followed.path && partOf(link) === followed.within)
    : undefined
  const found = used ?? towardLeft[0]
  if (!found) return
  found.focus({ preventScroll: true })
  // A link already in sight leaves the page where it is: at its top when just opened (centring it would
  // slide the top bar and the title away), where it was when gone back to. Out of sight (further down,
  // or pushed down by something that grew above it: a quiz now under way), it comes to the middle.
  if (inView(found)) return
  found.scrollIntoView({ block: 'center', behavior: 'instant' })
}

/** Wholly on screen, clear of the phone's sticky bars (the page's scroll padding). */
function inView(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect()
  const padding = getComputedStyle(document.documentElement)
  const covered = (side: string) => parseFloat(side) || 0
  return top >= covered(padding.scrollPaddingTop) && bottom <= window.innerHeight - covered(padding.scrollPaddingBottom)
}

/** The path a link to the page left has: a result's address names no quiz, so its quiz's own page stands for it. */
function pathOfPageLeft(router: Router, address: string): string {
  const { name, params } = router.resolve(address)
  const quizId = name === 'quiz-result' ? quizOfAttempt(params.attemptId) : undefined
  return quizId ? router.resolve({ name: 'quiz-start', params: { quizId } }).path : pathOf(address)
}
