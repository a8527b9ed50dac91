/**
 * Runs `callback` once the browser has painted the current frame: work that can wait a frame
 * (measuring a long page, figures from a long history) then never delays the tap that led here.
 */
export function afterNextPaint(callback: () => void): void {
  // The frame callback runs just before the paint; the task it queues runs just after it.
  if (typeof requestAnimationFrame === 'undefined') setTimeout(callback)
  else requestAnimationFrame(() => setTimeout(callback))
}

/** What the course uses of the browser's task scheduler (`globalThis.scheduler`, where it has one). */
interface TaskScheduler {
  yield?: () => Promise<void>
  postTask?: (callback: () => void, options: { priority: 'background' }) => Promise<void>
}
const taskScheduler = () => (globalThis as { scheduler?: TaskScheduler }).scheduler

/**
 * Resolves in a task of its own, after whatever input is waiting: long work split by it never
 * holds a tap for more than one of its steps. Not a timer: timers wait up to a second (a minute,
 * after a while) in a background tab, and not at all while a test holds the page's clock.
 */
export function nextTask(): Promise<void> {
  // Where the browser has a scheduler, its yield also keeps the work ahead of other pending tasks.
  const scheduler = taskScheduler()
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/**
 * Resolves in a task the browser runs only when nothing more urgent is waiting: work no one waits
 * for (the history read behind home) gives way to a tap and to the page it opens, whose downloads and
 * rendering would otherwise take turns with each of its steps. Without a scheduler that knows
 * priorities, in a task of its own (`nextTask`).
 */
export function inBackground(): Promise<void> {
  const scheduler = taskScheduler()
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => {}, { priority: 'background' })
  return nextTask()
}
