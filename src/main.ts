import { createApp } from 'vue'
import { createPinia } from 'pinia'
import type { Router } from 'vue-router'
import App from './App.vue'
import { createAppRouter, fetchPages, whenReadyAtLatestAddress } from './router'
import { loadSavedData } from './stores/loadSavedData'
import { useProgressStore } from './stores/progress'
import { detectLms, type DetectedLms } from './platform/lms/detect'
import { onFirstIntent } from './platform/firstIntent'
import { holdJumpsForFirstPage, mountWhenWhole } from './composables/useRenderAfterPaint'
import { afterNextPaint, nextTask } from './platform/afterPaint'
import './styles/main.css'

const pinia = createPinia()
const app = createApp(App).use(pinia)
// Every page but home is found through router/pages.ts, and progress changes turn into saved rows
// by code of their own (stores/progress.ts): a new learner's home needs neither, so the first tap
// or key press fetches both, before any link is followed or anything changes.
onFirstIntent(() => {
  void fetchPages().catch(() => {})
  void useProgressStore(pinia).prepareChanges()
})
void start()

/**
 * Makes the router, starts reading the saved data, then starts the router's first navigation, each
 * in a task of its own after the modules' evaluation: on a slow phone they all together held the
 * page for over 100 ms at a time, while the course's static shell was already on screen.
 */
async function start(): Promise<void> {
  await nextTask()
  // The router's first navigation starts as it is installed below; its jump waits for the page.
  holdJumpsForFirstPage()
  const router = createAppRouter()
  const routerReady = whenReadyAtLatestAddress(router)
  await nextTask()
  // The saved data is read before the first page shows, so pages never start empty: for home, a
  // lesson, a quiz or a role-play, what they show (the learner's glance); for any other page, the whole
  // history. Behind home the history follows once home is painted; behind the others only when it is needed.
  const firstPage = router.resolve(router.options.history.location)
  const lms = detectLms()
  let firstPagePainted = () => {}
  const savedDataRead = loadSavedData(pinia, undefined, {
    wholeHistoryFirst: !firstPage.meta.glanceOnly,
    historyOnDemand: !firstPage.meta.historyBehind,
    // An LMS's launch adds what the LMS kept to the history, and may open a page that shows it, before
    // the first page is put in place: there the history cannot wait for that page.
    behindFirstPage: lms ? undefined : new Promise<void>((resolve) => (firstPagePainted = resolve)),
  })
  await nextTask()
  app.use(router)
  // An LMS takes over the learner and may lead to another page: both once the router runs.
  void savedDataRead
    .then(() => lms && startLms(lms, router))
    .finally(async () => {
      // The first page renders in the mount (a page whose code failed to download shows its notice instead),
      // in a task of its own: on a slow phone the checks of what was read and the mount together held the page too long.
      await routerReady
      await nextTask()
      void mountWhenWhole(app, document.getElementById('app')!).finally(() => afterNextPaint(firstPagePainted))
      void startServiceWorker(router)
    })
}

/**
 * Inside an LMS (and only there) its code loads, takes the learner and their progress from it and
 * reports from then on; a launch that fails says so over the course, which works on its own.
 */
async function startLms(found: DetectedLms, router: Router): Promise<void> {
  try {
    await (await import('./components/lms/startInLms')).startInLms(found, router, pinia)
  } catch {
    // The LMS code could not be loaded: the course still works on its own.
  }
}

/**
 * Offline from the first visit; a new version is offered, never swapped in under the learner. Its code
 * loads after the first page has mounted, so it never delays it.
 */
async function startServiceWorker(router: Router): Promise<void> {
  try {
    const { checkForUpdate, registerServiceWorker } = await import('./platform/serviceWorker')
    registerServiceWorker()
    // Hash routes load no new document, so moving between pages is when to look for a new version.
    router.afterEach(() => checkForUpdate())
  } catch {
    // Its code could not be downloaded: the course still works online, and the next visit tries again.
  }
}
