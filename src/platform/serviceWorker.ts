/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * The service worker that keeps the course offline, and what the page does
 * when the course changes under it.
 *
 * - First visit: the worker precaches every page and, with `clientsClaim`,
 *   controls the open page as soon as it is active, so going offline without
 *   a reload still finds every page.
 * - A new version: the new worker installs beside the old one and waits
 *   (no `skipWaiting`), so no running page has its files swapped underneath
 *   it. `updateReady` turns true; the app shows 「有新版本」 (not during a timed
 *   quiz) and `reloadOntoNewVersion()` activates the new worker and reloads.
 * - A page's code that cannot be downloaded (offline and not cached, or gone
 *   after a new deploy): `recoverFromFailedImport()` reloads once onto the
 *   current build when the server answers, and otherwise sets `failedPage`,
 *   which the app shows with 重试.
 *
 * Without `navigator.serviceWorker` (unit tests, jsdom, old browsers) nothing
 * is registered; the course then simply needs the network.
 */
import { registerSW } from 'virtual:pwa-register'
import { readRecord, writeRecord, type KeyValueStorage } from './storage'
import { FAILED_PAGE_RELOAD_KEY } from './storageKeys'

export interface AppVersionState {
  /** A new version of the course is installed and waits for the learner's 重新加载. */
  updateReady: boolean
  /** The route (`fullPath`) whose code could not be downloaded; null when there is none. */
  failedPage: string | null
}

type Listener = (state: AppVersionState) => void

/** Update checks started by moving between pages are at most this often; the browser adds its own on each load. */
const UPDATE_CHECK_INTERVAL_MS = 10_000
/** If the new worker has not taken over this long after 重新加载, the page reloads anyway (never a dead click). */
const TAKEOVER_TIMEOUT_MS = 5_000

let state: AppVersionState = { updateReady: false, failedPage: null }
const listeners = new Set<Listener>()
let registration: ServiceWorkerRegistration | null = null
let reloadRequested = false
/** A newer worker has already taken control of this page (activated from another tab): a plain reload runs it. */
let controllerReplaced = false
let lastUpdateCheck = -Infinity
let retrying = false

function setState(change: Partial<AppVersionState>): void {
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

function serviceWorkers(): ServiceWorkerContainer | null {
  return typeof navigator !== 'undefined' && 'serviceWorker' in navigator ? navigator.serviceWorker : null
}

/** A waiting worker beside the one controlling this page is a new version. */
function offerUpdateIfWaiting(): void {
  if (registration?.waiting && serviceWorkers()?.controller) setState({ updateReady: true })
}

function watchRegistration(found: ServiceWorkerRegistration): void {
  registration = found
  offerUpdateIfWaiting()
  // Every update found while the page is open, however many: the plugin's helper only reports the first.
  found.addEventListener('updatefound', () => {
    const worker = found.installing
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offerUpdateIfWaiting()
    })
  })
}

/**
 * Registers the service worker (after the page has loaded, so it does not compete with the first
 * page for the network) and starts watching for new versions. Does nothing without service workers.
 */
export function registerServiceWorker(): void {
  const container = serviceWorkers()
  if (!container) return
  let controlled = container.controller !== null
  container.addEventListener('controllerchange', () => {
    // The first worker claiming the page on a first visit is not a new version; any later one is.
    if (!controlled) {
      controlled = true
      return
    }
    controllerReplaced = true
    if (reloadRequested) window.location.reload()
    else setState({ updateReady: true })
  })
  registerSW({
    onRegisteredSW: (_url, found) => {
      if (found) watchRegistration(found)
    },
    onNeedRefresh: offerUpdateIfWaiting,
    // Reloading is decided above (only after the learner's 重新加载), never by the plugin's helper.
    onNeedReload: () => {},
    // Registration can be refused (private mode, a policy); the course then needs the network.
    onRegisterError: () => {},
  })
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') checkForUpdate()
  })
  window.addEventListener('online', () => checkForUpdate())
}

/**
 * Asks the server whether a new version exists (hash routes load no new document, so the browser's
 * own check runs only on a reload). At most every few seconds; never offline or while one is pending.
 */
export function checkForUpdate(): void {
  if (!registration || registration.installing || registration.waiting || !navigator.onLine) return
  if (performance.now() - lastUpdateCheck < UPDATE_CHECK_INTERVAL_MS) return
  lastUpdateCheck = performance.now()
  registration.update().catch(() => {
    // Offline or the server is away: the next check will tell.
  })
}

/** The learner's 重新加载: the waiting worker takes over, then the page reloads onto it. */
export function reloadOntoNewVersion(): void {
  reloadRequested = true
  const waiting = registration?.waiting
  if (controllerReplaced || !waiting) {
    window.location.reload()
    return
  }
  waiting.postMessage({ type: 'SKIP_WAITING' })
  window.setTimeout(() => window.location.reload(), TAKEOVER_TIMEOUT_MS)
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
  setState({ failedPage: target })
}

/** The learner's 重试: returns the page to open again (a failure then may reload once more). */
export function retryFailedPage(): string | null {
  const target = state.failedPage
  retrying = target !== null
  setState({ failedPage: null })
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
  if (state.failedPage !== null) setState({ failedPage: null })
}
