/**
 * Long pages lay out a section only when it comes near the screen (.render-when-near in
 * src/styles/pages.css); until then its height is an estimate. A jump to a place (a saved
 * position, a heading further down) measured against those estimates lands elsewhere once the
 * sections around it are laid out. So a jump lays out every section first, and two frames later
 * lets them go back to waiting, at the sizes they now have.
 */
const EVERY_SECTION_CLASS = 'laying-out-every-section'

/** Jumps under way: the class stays until the last of them has settled. */
let jumps = 0

/** Runs `jump` (which scrolls now, or returns where the router is to scroll) with every section laid out. */
export function withEverySectionLaidOut<T>(jump: () => T): T {
  const root = document.documentElement
  jumps += 1
  root.classList.add(EVERY_SECTION_CLASS)
  const settled = () => {
    jumps -= 1
    if (jumps === 0) root.classList.remove(EVERY_SECTION_CLASS)
  }
  try {
    return jump()
  } finally {
    requestAnimationFrame(() => requestAnimationFrame(settled))
  }
}
