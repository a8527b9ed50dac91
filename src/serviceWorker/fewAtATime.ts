/**
 * Runs `task` on every item, at most `limit` at once, in the items' order; resolves when all are
 * done. After a task fails no new one starts, and the first failure is what it rejects with, once
 * the tasks already running have settled (none is left writing after the caller has moved on).
 */
export async function fewAtATime<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0
  let failed = false
  let firstError: unknown
  const lane = async (): Promise<void> => {
    while (next < items.length && !failed) {
      const item = items[next++]!
      try {
        await task(item)
      } catch (error) {
        if (!failed) firstError = error
        failed = true
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane))
  if (failed) throw firstError
}
