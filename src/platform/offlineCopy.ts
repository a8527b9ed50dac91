import { readCopyProgress, type CopyProgress } from '../domain/offline/copyProgress'

/**
 * Whether this device holds the course for offline use, as the learner is told on 我的. A service
 * worker controls the page only once it has precached every page (see serviceWorker.ts), so a
 * controller means the whole course is saved; without one it is still being saved (or will be, at
 * the next page once online); a browser or address with no service workers (an http address other
 * than localhost) cannot save it at all.
 */
export type OfflineCopy = 'saved' | 'saving' | 'unavailable'

// The same as serviceWorker.ts's own: importing that module here would make the bundler move it, with the
// registration, from its small chunk into the first page's entry.
function container(): ServiceWorkerContainer | null {
  return typeof navigator !== 'undefined' && 'serviceWorker' in navigator ? navigator.serviceWorker : null
}

export function offlineCopy(): OfflineCopy {
  const workers = container()
  if (!workers) return 'unavailable'
  return workers.controller ? 'saved' : 'saving'
}

/** Calls `heard` with each step the service worker reports while it saves the course; returns the way to stop listening. */
export function onOfflineCopyProgress(heard: (progress: CopyProgress) => void): () => void {
  const workers = container()
  if (!workers) return () => {}
  const listener = (event: MessageEvent) => {
    const progress = readCopyProgress(event.data)
    if (progress) heard(progress)
  }
  workers.addEventListener('message', listener)
  // Messages wait in a queue until a page asks for them (a listener added this way does not).
  workers.startMessages()
  return () => workers.removeEventListener('message', listener)
}

/** Whether the browser has a network now, and a way to hear when that changes; returns the way to stop listening. */
export function onConnectionChange(changed: (online: boolean) => void): () => void {
  const listener = () => changed(navigator.onLine)
  window.addEventListener('online', listener)
  window.addEventListener('offline', listener)
  return () => {
    window.removeEventListener('online', listener)
    window.removeEventListener('offline', listener)
  }
}

/** Calls `changed` when the course becomes saved; returns the way to stop listening. */
export function onOfflineCopyChange(changed: (copy: OfflineCopy) => void): () => void {
  const workers = container()
  if (!workers) return () => {}
  const listener = () => changed(offlineCopy())
  workers.addEventListener('controllerchange', listener)
  return () => workers.removeEventListener('controllerchange', listener)
}
