/// <reference lib="webworker" />
/**
 * The service worker, built to sw.js by vite-plugin-pwa, which writes in the list of files to keep
 * (the name it replaces may appear only once in this file, comments included): the whole course
 * kept on the device, pages answered from it, a new version waiting for the learner's 重新加载.
 * Workbox's precache does the caching and answering; only its install differs. Workbox downloads
 * the files one after another (workbox issue 2528: all at once flooded the network), so on a phone
 * link with a 400 ms round trip the course's 300-odd small files took over two minutes, and a page
 * not yet saved failed if the Wi-Fi dropped meanwhile. Here a few download at once: each file still
 * costs one round trip, but a few share it.
 */
import { PrecacheController, PrecacheRoute, cleanupOutdatedCaches, type PrecacheEntry } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { clientsClaim } from 'workbox-core'
import { fewAtATime } from './fewAtATime'
import { RETRY_PARAM } from '../../scripts/build/retryableImports'
import { copyProgressMessage, type CopyProgress } from '../domain/offline/copyProgress'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] }

/**
 * Downloads at once while installing. Over HTTP/1.1 the browser opens six connections to a host:
 * four leave two for the page the learner is using meanwhile. Over HTTP/2 they share one connection.
 */
const DOWNLOADS_AT_ONCE = 4

/** Tells every open page of the course how far the copy has got (我的 → 离线使用 shows it), pages not yet controlled too. */
async function tellPages(progress: CopyProgress): Promise<void> {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true })
  for (const page of pages) page.postMessage(copyProgressMessage(progress))
}

const precache = new PrecacheController()
precache.addToCacheList(self.__WB_MANIFEST)

self.addEventListener('install', (event) => {
  // Each file once (the list names a few twice). One already in the cache under the same key (an
  // interrupted install, or the same file in the last version) is not downloaded again: Workbox's
  // strategy answers it from the cache.
  const downloads = [...precache.getURLsToCacheKeys()].map(([url, cacheKey]) => ({
    cacheKey,
    request: new Request(url, {
      integrity: precache.getIntegrityForCacheKey(cacheKey),
      // As Workbox does: a file keyed by its revision, not named by its hash, bypasses the HTTP cache.
      cache: cacheKey === url ? 'default' : 'reload',
      credentials: 'same-origin',
    }),
  }))
  let saved = 0
  event.waitUntil(
    fewAtATime(downloads, DOWNLOADS_AT_ONCE, async ({ cacheKey, request }) => {
      await Promise.all(precache.strategy.handleAll({ params: { cacheKey }, request, event }))
      saved += 1
      void tellPages({ saved, total: downloads.length })
    }).catch(async (error: unknown) => {
      await tellPages({ failed: true })
      throw error
    }),
  )
})
self.addEventListener('activate', (event) => void precache.activate(event))
registerRoute(
  new PrecacheRoute(precache, {
    // Workbox's defaults, and the address a chunk is asked for again after a failed download.
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, new RegExp(`^${RETRY_PARAM}$`)],
  }),
)
// Every address of this single-page course is index.html (its pages are in the hash).
registerRoute(new NavigationRoute(precache.createHandlerBoundToURL('index.html')))
cleanupOutdatedCaches()

// The first worker takes control of the open page at once, so going offline without a reload still
// finds every page. An update never does: it waits for the learner's 重新加载, which sends this.
clientsClaim()
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting()
})
