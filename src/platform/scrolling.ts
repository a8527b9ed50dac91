/**
 * How a jump within a page moves: smoothly, unless the learner's system asks for less motion.
 * Given per jump, not page-wide in the stylesheet: that would also animate the scroll a Tab makes
 * to bring a link into view, and a link opened while it runs left the next page off its place.
 */
export function withinPageScroll(): ScrollBehavior {
  return matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth'
}
