/**
 * Runs `callback` once the browser has painted the current frame: work that can wait a frame
 * (measuring a long page, figures from a long history) then never delays the tap that led here.
 */
export function afterNextPaint(callback: () => void): void {
  // The frame callback runs just before the paint; the task it queues runs just after it.
  if (typeof requestAnimationFrame === 'undefined') setTimeout(callback)
  else requestAnimationFrame(() => setTimeout(callback))
}

/**
 * Resolves in a task of its own, after whatever input is waiting: long work split by it never
 * holds a tap for more than one of its steps.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve))
}
