/**
 * Runs `callback` once the browser has painted the current frame: work that can wait a frame
 * (measuring a long page, figures from a long history) then never delays the tap that led here.
 */
export function afterNextPaint(callback: () => void): void {
  // The frame callback runs just before the paint; the task it queues runs just after it.
  requestAnimationFrame(() => setTimeout(callback))
}
