/**
 * How far the service worker has got saving the course on the device, as it tells the open pages
 * (我的 → 离线使用 shows it): a count of files, or that the copy stopped. A page believes only a
 * message of this shape with figures that make sense: anything else posted to it is ignored.
 */
export const COPY_PROGRESS = 'offline-copy-progress'

export type CopyProgress = { saved: number; total: number } | { failed: true }

export type CopyProgressMessage = { type: typeof COPY_PROGRESS } & CopyProgress

export function copyProgressMessage(progress: CopyProgress): CopyProgressMessage {
  return { type: COPY_PROGRESS, ...progress }
}

/**
 * The progress a message carries, or null when it is not one.
 *
 * @example readCopyProgress({ type: 'offline-copy-progress', saved: 3, total: 300 }) // { saved: 3, total: 300 }
 * @example readCopyProgress({ type: 'offline-copy-progress', saved: 301, total: 300 }) // null
 */
export function readCopyProgress(data: unknown): CopyProgress | null {
  if (typeof data !== 'object' || data === null) return null
  const { type, saved, total, failed } = data as Record<string, unknown>
  if (type !== COPY_PROGRESS) return null
  if (failed === true) return { failed: true }
  if (typeof saved !== 'number' || typeof total !== 'number') return null
  if (!Number.isSafeInteger(saved) || !Number.isSafeInteger(total) || saved < 0 || total < 1 || saved > total)
    return null
  return { saved, total }
}

/**
 * The whole percent saved: 100 only when every file is, so a learner never reads 100% and goes
 * offline with a file missing.
 *
 * @example percentSaved({ saved: 299, total: 300 }) // 99
 */
export function percentSaved({ saved, total }: { saved: number; total: number }): number {
  return saved === total ? 100 : Math.min(99, Math.floor((saved * 100) / total))
}
