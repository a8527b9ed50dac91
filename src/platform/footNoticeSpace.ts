/**
 * Notices fixed over the foot of the screen come from two apps (the course's, and the LMS notice
 * mounted beside it), so they cannot share one stack. The LMS notice publishes the height it takes as
 * a page-wide CSS property; another notice at the foot (another window's learner switch) stands on it
 * instead of covering it.
 */
const PROPERTY = '--foot-notice-space'

/** Keeps `--foot-notice-space` at the element's height and a gap, until the returned function is called. */
export function reserveFootSpace(element: HTMLElement): () => void {
  const root = document.documentElement
  const observer = new ResizeObserver(() => {
    root.style.setProperty(PROPERTY, `calc(${element.offsetHeight}px + var(--space-2))`)
  })
  observer.observe(element)
  return () => {
    observer.disconnect()
    root.style.removeProperty(PROPERTY)
  }
}
