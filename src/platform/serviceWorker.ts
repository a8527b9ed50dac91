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
 * - A page's code that cannot be downloaded: see appVersion.ts.
 *
 * Loaded after the app has mounted, so registering never delays the first page. The browser's own
 * API is all it takes: the plugin's helper (workbox-window) would add 2 KB to every first visit.
 *
 * Without `navigator.serviceWorker` (unit tests, jsdom, old browsers) nothing
 * is registered; the course then simply needs the network.
 */
import { setAppVersion } from './appVersion'

/** The worker vite-plugin-pwa writes beside index.html (its default name); relative, for any sub-path. */
const WORKER_URL = './sw.js'

/** Update checks started by moving between pages are at most this often; the browser adds its own on each load. */
const UPDATE_CHECK_INTERVAL_MS = 10_000
/** If the new worker has not taken over this long after 重新加载, the page reloads anyway (never a dead click). */
const TAKEOVER_TIMEOUT_MS = 5_000

let registration: ServiceWorkerRegistration | null = null
/** Registers (again): set once service workers are there; registering twice is harmless. */
let register: (() => Promise<void>) | null = null
let reloadRequested = false
/** A newer worker has already taken control of this page (activated from another tab): a plain reload runs it. */
let controllerReplaced = false
let lastUpdateCheck = -Infinity

function serviceWorkers(): ServiceWorkerContainer | null {
  return typeof navigator !== 'undefined' && 'serviceWorker' in navigator ? navigator.serviceWorker : null
}

/** A waiting worker beside the one controlling this page is a new version. */
function offerUpdateIfWaiting(): void {
  if (registration?.waiting && serviceWorkers()?.controller) setAppVersion({ updateReady: true })
}

function watchRegistration(found: ServiceWorkerRegistration): void {
  registration = found
  const follow = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offerUpdateIfWaiting()
    })
  // One may already be installing (the browser checked as the page loaded), and any found later, however many.
  follow(found.installing)
  offerUpdateIfWaiting()
  found.addEventListener('updatefound', () => follow(found.installing))
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
    else setAppVersion({ updateReady: true })
  })
  register = () =>
    container.register(WORKER_URL, { scope: './' }).then(
      // A browser whose service workers are switched off by policy may answer with nothing at all.
      (found: ServiceWorkerRegistration | undefined) => found && watchRegistration(found),
      () => {
        // Refused (private mode, a policy) or the connection dropped: tried again at the next check.
      },
    )
  if (document.readyState === 'complete') void register()
  else window.addEventListener('load', () => void register?.(), { once: true })
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
  if (!navigator.onLine || performance.now() - lastUpdateCheck < UPDATE_CHECK_INTERVAL_MS) return
  // A first visit whose connection dropped while the course was being copied has no worker: without
  // another try the learner would find no offline copy later, and nothing would say so.
  if (!registration?.active && !registration?.installing && !registration?.waiting) {
    lastUpdateCheck = performance.now()
    void register?.()
    return
  }
  if (registration.installing || registration.waiting) return
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
