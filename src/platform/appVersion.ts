/**
 * What the page shows about the course's own version: a new version waiting for the learner's
 * 重新加载 (set by serviceWorker.ts, loaded after the first page), and a page whose code could not
 * be downloaded (offline and not cached, or gone after a new deploy): `recoverFromFailedImport()`
 * reloads once onto the current build when the server answers, and otherwise sets `failedPage`,
 * which the app shows with 重试. Small, because the router needs it on the first page.
 */
import { readRecord, writeRecord, type KeyValueStorage } from './storage'
import { FAILED_PAGE_RELOAD_KEY } from './storageKeys'

export interface AppVersionState {
  /** A new version of the course is installed and waits for the learner's 重新加载. */
  updateReady: boolean
  /** The route (`fullPath`) whose code could not be downloaded; null when there is none. */
  failedPage: string | null
}

type Listener = (state: AppVersionState) => void

let state: AppVersionState = { updateReady: false, failedPage: null }
const listeners = new Set<Listener>()
let retrying = false

export function setAppVersion(change: Partial<AppVersionState>): void {
  state = { ...state, ...change }
  for (const listener of listeners) listener(state)
}

/** Calls `listener` now and on every change; returns the function that stops it. */
export function watchAppVersion(listener: Listener): () => void {
  listeners.add(listener)
  listener(state)
  return () => {
    listeners.delete(listener)
  }
}

/**
 * Whether an error is a page's code that could not be downloaded: the browsers' words for a failed
 * `import()` (Chromium, Firefox, Safari) and Vite's for a failed stylesheet preload.
 */
export function isFailedImport(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error)
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(message)
}

function tabStorage(): KeyValueStorage | null {
  try {
    return window.sessionStorage
  } catch {
    return null
  }
}

/** Whether the server (or the service worker's copy of the course) answers for the app's own page. */
async function appReachable(): Promise<boolean> {
  if (!navigator.onLine) return false
  try {
    const response = await fetch(window.location.href.split('#')[0]!, { cache: 'no-store' })
    return response.ok
  } catch {
    return false
  }
}

/** Opens `target` with a fresh page load: the current build's code, and no failed download remembered. */
function reloadAt(target: string): void {
  const url = new URL(window.location.href)
  url.hash = target
  window.history.replaceState(null, '', url.href)
  window.location.reload()
}

/**
 * A page's code could not be downloaded. Once per failure (and again after each 重试), when the
 * server answers, the page is reloaded at `target`: a new deploy has replaced the old files and the
 * reload runs the new build. Otherwise (offline and not cached, or already reloaded) `failedPage`
 * is set, for a message with 重试.
 */
export async function recoverFromFailedImport(target: string): Promise<void> {
  const storage = tabStorage()
  const userAsked = retrying
  retrying = false
  const mayReload = userAsked || readRecord(storage, FAILED_PAGE_RELOAD_KEY) === null
  if (mayReload && (await appReachable()) && writeRecord(storage, FAILED_PAGE_RELOAD_KEY, target).ok) {
    reloadAt(target)
    return
  }
  setAppVersion({ failedPage: target })
}

/** The learner's 重试: returns the page to open again (a failure then may reload once more). */
export function retryFailedPage(): string | null {
  const target = state.failedPage
  retrying = target !== null
  setAppVersion({ failedPage: null })
  return target
}

/** A page opened: a later failure may reload again, and no failure message is left on screen. */
export function pageOpened(): void {
  retrying = false
  try {
    tabStorage()?.removeItem(FAILED_PAGE_RELOAD_KEY)
  } catch {
    // Nothing was kept.
  }
  if (state.failedPage !== null) setAppVersion({ failedPage: null })
}
