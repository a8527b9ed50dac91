/**
 * Where a reader is in a lesson: the section whose heading last passed the
 * reading line near the top of the screen.
 */

/**
 * The index of the section being read, given each section's top edge relative to the
 * viewport (in order) and the reading line: the last section whose top is at or above
 * the line, or the first section before any has reached it. -1 when there are no sections.
 *
 * @example
 * sectionInView([-300, 40, 900], 120) // 1
 * sectionInView([200, 900], 120) // 0
 */
export function sectionInView(tops: readonly number[], readingLine: number): number {
  if (tops.length === 0) return -1
  let current = 0
  tops.forEach((top, index) => {
    if (top <= readingLine) current = index
  })
  return current
}
