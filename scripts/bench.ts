/**
 * npm run bench [-- --size-only]
 *
 * Measures what learners feel, beside the framework floor (bare Vue + vue-router + Pinia built by
 * the same Vite with the same settings), in one run:
 *  - first-page bytes (gzip -9, brotli) from the JS and CSS the page really requests, app and floor;
 *  - the extra bytes of a lesson deep link, a quiz, a role-play, 我的进度, the exam start and the
 *    trainer page, the page's own lesson, bank or scenario text apart;
 *  - Lighthouse mobile (median of 3, app and floor runs in turn, served over HTTPS with HTTP/2 as hosts
 *    do): performance, LCP, TBT, accessibility; the deep pages again over HTTP/1.1, for the record;
 *  - click to next paint (Event Timing, CPU 4x, median of 5) and start-up, for an empty learner and
 *    one with 10,000 attempts and 2,000 review cards; the floor's one click for reference;
 *  - the service worker's precache and how long a first visit takes to save it on a slow link,
 *    every lazy chunk, and the heavy pure functions at scale.
 * Prints tables and one JSON line; exits 1 when an ENFORCED budget is missed. `--size-only` (CI)
 * builds and measures bytes only, and checks the byte budgets.
 */
import { loadavg, cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import type { Browser } from '@playwright/test'
import { buildApp, precacheSize, type BuiltApp } from './bench/build.ts'
import { buildFloor, type BuiltFloor } from './bench/floor.ts'
import { selfSignedCertificate, serveFolder, type ServedSite } from './bench/serve.ts'
import { launchBrowser } from './bench/browser.ts'
import { benchCourse, type BenchCourse } from './bench/course.ts'
import { moduleQuizId } from '../src/domain/quiz/catalog.ts'
import { emptyLearner, heavyLearner, publishLearner, type LearnerSeed } from './bench/learner.ts'
import {
  ROUTE_LABELS,
  appFirstPage,
  floorFirstPage,
  routeBytes,
  type PageBytes,
  type RouteBytes,
} from './bench/bytes.ts'
import { lighthousePages, type LighthousePage, type LighthouseResult } from './bench/lighthouse.ts'
import {
  CPU_SLOWDOWN,
  EVENT_THRESHOLD_MS,
  INTERACTION_LABELS,
  floorClick,
  learnerFeel,
  startupFeel,
  type InteractionName,
  type LearnerFeel,
  type Startup,
  type Summary,
} from './bench/interactions.ts'
import { pureTimings } from './bench/pure.ts'
import { VOICE_CPU_SLOWDOWN, voiceAnalysisTiming, voiceChunk, type VoiceBench } from './bench/voice.ts'
import { offlineCopyTiming, type OfflineCopyTiming } from './bench/offlineCopy.ts'
import { LESSON, ROUTES } from './bench/ui.ts'
import { fileSize, kb, problemOf, round1, round2, sumSizes } from './bench/util.ts'
import { chineseFontProblem } from './bench/fonts.ts'

/**
 * ENFORCED: `npm run bench` exits 1 when one of these is missed (`--size-only` checks the byte ones).
 * Where the course meets issue #14's target, the target is enforced; where it does not yet, the
 * limit is today's figure with a little room, so nothing grows while the gap is closed. Ratchet
 * them down as figures improve; never loosen them to pass, except for a trade named here.
 * TARGETS below are printed either way.
 */
const ENFORCED = {
  // Raised from 83 KB / 2.5×: reading one glance row instead of the whole history at start-up
  // (src/domain/progress/summary.ts and the store's two-step load) costs about 2.6 KB on the first page.
  // Raised again from 85.5 KB / 2.55×: finding an LMS before the first page (platform/lms/detect.ts and
  // its start in main.ts, about 0.9 KB), the entry chunk's copy of valibot growing with the schemas the
  // LMS resume data and cmi5 launch data need (tuples, loose objects: about 1 KB; valibot is one module,
  // so every function any page uses sits in the entry chunk), and the skill labs' routes and storage names.
  // Ratcheted to 88.5 KB / 2.63×: the welcome's strings apart from the 学员 page's, the documents' titles
  // apart from the course index and the merge of two progress copies apart from the store, which paid
  // for 我的进度's figures kept in the glance (src/domain/progress/figures.ts, about 0.9 KB).
  // Ratcheted to 86.5 KB / 2.57×: the first-visit welcome comes with home, not as five small files.
  // Ratcheted to 85 KB / 2.53×: no <Suspense> anywhere, so its code left the framework chunk (the
  // first page's stylesheet, now inside index.html, still counted).
  // Ratcheted to 83 KB / 2.47×: the service worker is registered with the browser's own API, without
  // workbox-window (2.1 KB, a request of its own).
  // Ratcheted to 78 KB / 2.32×: a first visit, which has nothing saved, opens the database with its
  // first save, and the database's code and the checks of saved records (idb, valibot) load with it.
  // Ratcheted to 77 KB / 2.29×: the pages a visit seldom starts on are found through a chunk of their
  // own, which took their preload lists off the first page (about 1.2 KB), and no class field
  // compiled with helpers; the lines that preload a returning learner's saved-data code, inside
  // index.html, are counted (0.4 KB).
  // Ratcheted to 70 KB / 2.08×, issue #13's budget: icons drawn from Lucide's data by one small
  // component (1.3 KB); every page but home found through src/router/pages.ts, preloaded where the
  // visit goes on and fetched at a new learner's first tap (1.3 KB); the code that turns progress
  // into rows and keeps the glance, the reading of learners and the move of old data loaded where
  // something is saved or changes (2.3 KB); the course's loaders and store with the other pages,
  // and the patterns only they use in pages.css (2 KB).
  // Ratcheted to 69.7 KB / 2.07×: what always loads together built as one file (scripts/build/chunkGroups.ts),
  // which shortened the entry's preload lists. Raised to 69.8 KB (0.1 KB, figure 69.73 KB) for following an
  // address changed while the course starts (whenReadyAtLatestAddress in src/router/index.ts): it must
  // listen from the router's creation, so it is on the first page. Raised to 69.9 KB (figure 69.84 KB, 85
  // bytes more) for the start in four tasks instead of one (`start` in src/main.ts) and the history behind
  // home read at background priority (inBackground in src/platform/afterPaint.ts), both on the first page.
  // Raised to 70.0 KB (figure 69.98 KB, 71,662 bytes, 124 more) for a day's review that can be
  // finished (a question answered in 今日复习 is not due again the same day: reviewedToday in
  // src/domain/progress/daily.ts, which home's count needs, and home saying the review is done) and
  // a failed page's notice kept in view under the top bar (src/components/layout/TheFailedPageNotice.vue).
  // Raised to 70.1 KB (figure 70.04 KB, 71,721 bytes, 61 more) for home's return to the card of the module
  // left (HomeView's call of returnToLeftLink, whose code comes with the pages' table).
  // Raised to 70.2 KB (figure 70.17 KB, 71,858 bytes, 137 more) for a module's quiz opened from its module
  // staying under 学习 with 返回 to the module (quizMeta, quizModuleOf and the lesson's way back in
  // src/router/index.ts, which the tab bar and the top bar read on every page).
  // Lowered to 69.3 KB (figure 69.24 KB, 70,898 bytes, 1,030 fewer) once Pinia's devtools-only copy of
  // FileSaver left the framework's file (scripts/build/piniaDevtoolsOnly.ts). Lowered to 69.2 KB (figure
  // 69.13 KB, 70,793 bytes) once writing again what a closed page left unwritten loaded with the
  // database's opening (src/platform/pendingWrites.ts, 148 bytes fewer). Raised to 69.6 KB (figure 69.63 KB,
  // 71,302 bytes, 405 more) for three things the reviews of a new hire on bad Wi-Fi and of a candidate
  // asked of the first page: 「正在打开页面……」 while a page's code downloads (src/composables/usePageOpening.ts),
  // and 今日's ways to an unfinished quiz and to a candidate's skill tests (two parts of HomeToday loaded
  // only for those learners; each costs its import and its list of files to preload). Lowered to 69.4 KB
  // (figure 69.35 KB, 71,019 bytes) with the course's own preload helper (scripts/build/preloadHelper.ts,
  // about 420 bytes fewer), which also paid for what the day's reviews asked of the first page: home's
  // 技能练习 card (146 bytes), home's link to 我的's trainer tools, the welcome leaving home at its top,
  // 「正在打开页面……」 at the foot of the screen, off the title (86 bytes together), and 今日 offering the
  // next module's role-play to a learner whose module has none (suggestedScenario's module order, 66 bytes).
  // Still 69.4 KB (figure 69.38 KB, 71,044 bytes) with the welcome's way to 学员 when the name given is
  // taken (73 bytes), paid for by src/stores/loadSavedData.ts importing one of the saved-data reading
  // files early instead of four (the build puts them in one file; 31 bytes fewer) and by deleting a
  // learner done by the 学员 page's code (deleteLearner in src/stores/learnerChanges.ts; 67 bytes fewer).
  firstPageGzipKB: 69.4,
  // The ratio follows the byte limit (69.9 KB over the floor's 33.7 KB is 2.07–2.08×): at 2.07 the
  // same code failed it when chunk names' hashes alone changed the entry's gzip size by 9 bytes. With the
  // byte limit at 70.2 KB (2.08–2.09× the floor), 2.09; at 69.3 KB (2.06×), 2.07; at 69.2 KB (2.05×), 2.06;
  // at 69.6 KB (2.07×), 2.07; at 69.4 KB (2.06×), 2.06.
  firstPageFloorRatio: 2.06,
  // quiz back at its target since 开始练习 starts the quiz on its own page (no start page on the way)
  // and the answer feedback loads as the learner first picks an answer.
  routeExtraGzipKB: { lesson: 15, quiz: 25, roleplay: 25, progress: 25, exam: 25, trainer: 25 },
  // Not one of issue #14's figures, but on a slow link every few files cost a round trip before the page
  // shows: a quiz's link asked for 36 before scripts/build/chunkGroups.ts, 23 since (the most of any page).
  routeFiles: 24,
  /** Kept from the earlier bundle budget: no lazy chunk over this. */
  lazyChunkGzipKB: 60,
  // Timings and Lighthouse move with the machine's load: these keep some room over today's figures
  // (Lighthouse performance 92–99 run by run when set, the quiz under way lowest; start-up 1.3–1.5×).
  // Interactions ratcheted from 120 ms to their target: since a lesson's later sections and 我的进度's
  // lower parts are drawn after the first paint, every one has stayed at or under 80 ms with the
  // heavy learner in two runs in a row (opening a lesson 72–80 ms, opening 我的进度 48–56 ms).
  interactionMs: 100,
  // Ratcheted from 2× (a run of 1 December, 13:35 UTC, measured 2.29×): the learners found in one step
  // per learner, and the history behind home waiting until home is painted, took it to 0.87× and 1.38×
  // in the next two quiet runs. Ratcheted from 1.6× once the two learners' loads took turns
  // (startupFeel): 0.98×, 1.00× and 0.90× in the next three runs.
  heavyStartupRatio: 1.3,
  lighthousePerformance: 90,
  lighthouseAccessibility: 100,
  // Met since home is put in place whole (mountWhenWhole): 0.98× in the run of 1 December 04:20 UTC.
  homeLcpFloorRatio: 1.2,
  /** Issue #17: analysing a 30-second take, first run in a fresh page, CPU 4×. */
  voiceAnalysisMs: 500,
  // Not one of issue #14's figures: a first visit on a link with a 400 ms round trip, until the whole
  // course is on the device. 135 s while Workbox downloaded one file at a time; 45 s four at a time
  // (src/serviceWorker/sw.ts) on 6 December.
  offlineCopySeconds: 60,
} as const

/** Issue #14's targets, printed with met or missed whatever is enforced. */
const TARGETS = {
  firstPageGzipKB: 50,
  firstPageFloorRatio: 1.4,
  routeExtraGzipKB: { lesson: 15, quiz: 25, roleplay: 25, progress: 25, exam: 25, trainer: 25 },
  interactionMs: 100,
  heavyStartupRatio: 1.2,
  lighthousePerformance: 98,
  lighthouseAccessibility: 100,
  homeLcpFloorRatio: 1.2,
} as const

const PORTS = { app: 4401, floor: 4402, secureApp: 4403, secureFloor: 4404, offlineCopy: 4405 } as const
/** A slow phone link's round trip, for the offline copy's timing. */
const SLOW_LINK_LATENCY_MS = 400
/** Marks the Lighthouse pages loaded over plain HTTP/1.1, reported beside the budgeted ones. */
const HTTP1_SUFFIX = ' (HTTP/1.1)'
const root = fileURLToPath(new URL('..', import.meta.url))
const sizeOnly = process.argv.includes('--size-only')
// Timing pages without a Chinese font measures a fallback no learner's device takes (bench/fonts.ts).
const fontProblem = sizeOnly ? null : chineseFontProblem(root)
if (fontProblem) {
  console.error(`npm run bench: ${fontProblem}`)
  process.exit(1)
}
const startedAt = performance.now()
const loadAtStart = loadavg().map(round2)

// ---- Measure -------------------------------------------------------------------------------

interface Bytes {
  app: { newLearner: PageBytes; returning: PageBytes }
  floor: PageBytes
  routes: RouteBytes[]
}

interface Feel {
  empty: LearnerFeel
  heavy: LearnerFeel
  startup: Record<'empty' | 'heavy', Startup>
  floorClick: Summary
  heavyLearnerRows: Record<string, number>
}

async function measureBytes(
  browser: Browser,
  app: BuiltApp,
  appSite: ServedSite,
  floor: BuiltFloor,
  floorSite: ServedSite,
  emptyPath: string,
  course: BenchCourse,
): Promise<Bytes> {
  const floorPage = await floorFirstPage(browser, floorSite, floor.dir)
  const newLearner = await appFirstPage(browser, appSite, app, null)
  const returning = await appFirstPage(browser, appSite, app, emptyPath)
  const routes = await routeBytes(browser, appSite, app, emptyPath, returning, course)
  return { app: { newLearner, returning }, floor: floorPage, routes }
}

interface Measured {
  bytes: Bytes
  feel: Feel | null
  lighthouse: LighthouseResult[] | null
  lighthouseError: string | null
  timings: Record<string, number> | null
  voice: VoiceBench | null
  offlineCopy: OfflineCopyTiming | null
}

/** Everything measured in the browser (and the pure timings), each server and browser closed whatever happens. */
async function measureAll(app: BuiltApp, floor: BuiltFloor): Promise<Measured> {
  const course = benchCourse(root)
  const now = Date.now()
  const appSite = await serveFolder(app.dir, PORTS.app)
  try {
    const floorSite = await serveFolder(floor.dir, PORTS.floor)
    try {
      const emptyPath = publishLearner(appSite, emptyLearner(now))
      const browser = await launchBrowser()
      let bytes: Bytes
      let feel: Feel | null = null
      let heavyPath = ''
      let heavy: LearnerSeed | null = null
      let voice: VoiceBench | null = null
      let offlineCopy: OfflineCopyTiming | null = null
      try {
        bytes = await measureBytes(browser, app, appSite, floor, floorSite, emptyPath, course)
        if (sizeOnly)
          return { bytes, feel, lighthouse: null, lighthouseError: null, timings: null, voice: null, offlineCopy: null }
        heavy = heavyLearner(course, now, {
          attempts: 10_000,
          cards: 2_000,
          runsPerScenario: 10,
          keepUnlearned: [LESSON.lessonId],
          sessionModule: LESSON.moduleId,
        })
        heavyPath = publishLearner(appSite, heavy)
        feel = {
          empty: await learnerFeel(browser, appSite, emptyPath, course),
          heavy: await learnerFeel(browser, appSite, heavyPath, course),
          startup: await startupFeel(browser, appSite, { empty: emptyPath, heavy: heavyPath }),
          floorClick: await floorClick(browser, floorSite),
          heavyLearnerRows: heavy.counts,
        }
        voice = await voiceAnalysisTiming(browser, root)
        offlineCopy = await offlineCopyTiming(browser, app.dir, PORTS.offlineCopy, SLOW_LINK_LATENCY_MS)
      } finally {
        // Closed before Lighthouse, which runs its own Chrome, so the two never share the CPU.
        await browser.close()
      }
      let lighthouse: LighthouseResult[] | null = null
      let lighthouseError: string | null = null
      // Lighthouse loads the pages as the course's hosts serve them, over HTTPS with HTTP/2, where
      // a page's files share one connection. Over plain HTTP/1.1 (six connections, a round trip per
      // file each) the deep pages are measured as well, for the record, not against a budget.
      const secureSites: ServedSite[] = []
      try {
        const certificate = selfSignedCertificate()
        const secureApp = await serveFolder(app.dir, PORTS.secureApp, certificate)
        secureSites.push(secureApp)
        const secureFloor = await serveFolder(floor.dir, PORTS.secureFloor, certificate)
        secureSites.push(secureFloor)
        const secureHeavyPath = publishLearner(secureApp, heavy!)
        const deepPages = (site: ServedSite, learnerPath: string, suffix: string): LighthousePage[] => [
          {
            name: `lesson${suffix}`,
            site,
            path: `/${ROUTES.lesson(LESSON.moduleId, LESSON.lessonId)}`,
            learnerPath: null,
          },
          {
            name: `quiz in progress${suffix}`,
            site,
            path: `/${ROUTES.quizPlay(moduleQuizId(LESSON.moduleId))}`,
            learnerPath,
          },
          { name: `role-play${suffix}`, site, path: `/${ROUTES.scenario(course.scenarioId)}`, learnerPath },
          { name: `我的进度${suffix}`, site, path: `/${ROUTES.progress}`, learnerPath },
        ]
        lighthouse = await lighthousePages([
          { name: 'floor', site: secureFloor, path: '/', learnerPath: null },
          { name: 'home', site: secureApp, path: '/', learnerPath: null },
          ...deepPages(secureApp, secureHeavyPath, ''),
          ...deepPages(appSite, heavyPath, HTTP1_SUFFIX),
        ])
      } catch (error) {
        lighthouseError = problemOf(error)
      } finally {
        for (const site of secureSites) await site.close()
      }
      return { bytes, feel, lighthouse, lighthouseError, timings: pureTimings(), voice, offlineCopy }
    } finally {
      await floorSite.close()
    }
  } finally {
    await appSite.close()
  }
}

const app = buildApp(root)
const floor = await buildFloor(root)
let measured: Measured
try {
  measured = await measureAll(app, floor)
} finally {
  await floor.remove()
}
const { bytes, feel, lighthouse, lighthouseError, timings, voice, offlineCopy } = measured
const voiceLab = voiceChunk(app)

// ---- Figures -------------------------------------------------------------------------------

const firstPage = bytes.app.newLearner
const firstPageRatio = round2(firstPage.gzip / bytes.floor.gzip)
const counted = new Set(firstPage.files.map((file) => file.file))
const lazy = app.assets
  .filter((file) => !counted.has(file))
  .map((file) => ({ file, content: app.contentOf(file), ...fileSize(`${app.dir}/${file}`) }))
  .sort((a, b) => b.gzip - a.gzip)
const all = sumSizes(app.assets.map((file) => fileSize(`${app.dir}/${file}`)))
const precache = precacheSize(app.dir)
const lighthouseOf = (name: string) => lighthouse?.find((page) => page.name === name) ?? null
const homeLcpRatio = (() => {
  const home = lighthouseOf('home')?.lcp
  const base = lighthouseOf('floor')?.lcp
  return home && base ? round2(home / base) : null
})()
const startupRatio =
  feel?.startup.empty.median && feel.startup.heavy.median
    ? round2(feel.startup.heavy.median / feel.startup.empty.median)
    : null

// ---- Budgets -------------------------------------------------------------------------------

interface Check {
  budget: string
  figure: number | null
  unit: string
  /** 'max': the figure must not exceed the limit; 'min': must not fall below. */
  kind: 'max' | 'min'
  target: number | null
  enforced: number | null
}

const checks: Check[] = [
  {
    budget: 'first page, new learner (gzip)',
    figure: kb(firstPage.gzip),
    unit: 'KB',
    kind: 'max',
    target: TARGETS.firstPageGzipKB,
    enforced: ENFORCED.firstPageGzipKB,
  },
  {
    budget: 'first page ÷ floor (gzip)',
    figure: firstPageRatio,
    unit: '×',
    kind: 'max',
    target: TARGETS.firstPageFloorRatio,
    enforced: ENFORCED.firstPageFloorRatio,
  },
  ...bytes.routes.map((route): Check => ({
    budget: `${ROUTE_LABELS[route.name]}: extra over home (gzip, own content apart)`,
    figure: Number.isNaN(route.counted.gzip) ? null : kb(route.counted.gzip),
    unit: 'KB',
    kind: 'max',
    target: TARGETS.routeExtraGzipKB[route.name],
    enforced: ENFORCED.routeExtraGzipKB[route.name],
  })),
  ...bytes.routes.map((route): Check => ({
    budget: `${ROUTE_LABELS[route.name]}: JS and CSS files asked for beyond home`,
    figure: route.error ? null : route.files.length,
    unit: '',
    kind: 'max',
    target: null,
    enforced: ENFORCED.routeFiles,
  })),
  {
    budget: `largest lazy chunk (gzip): ${lazy[0]?.file ?? '-'}`,
    figure: lazy[0] ? kb(lazy[0].gzip) : 0,
    unit: 'KB',
    kind: 'max',
    target: null,
    enforced: ENFORCED.lazyChunkGzipKB,
  },
]
if (!sizeOnly) {
  for (const name of Object.keys(INTERACTION_LABELS) as InteractionName[]) {
    checks.push({
      budget: `${INTERACTION_LABELS[name]}, heavy learner, CPU ${CPU_SLOWDOWN}x`,
      figure: feel?.heavy.interactions[name].paint ?? null,
      unit: 'ms',
      kind: 'max',
      target: TARGETS.interactionMs,
      enforced: ENFORCED.interactionMs,
    })
  }
  checks.push({
    budget: 'start-up, heavy ÷ empty learner',
    figure: startupRatio,
    unit: '×',
    kind: 'max',
    target: TARGETS.heavyStartupRatio,
    enforced: ENFORCED.heavyStartupRatio,
  })
  checks.push({
    budget: `offline copy: first visit until the whole course is saved, ${SLOW_LINK_LATENCY_MS} ms round trip`,
    figure: offlineCopy?.seconds ?? null,
    unit: 's',
    kind: 'max',
    target: null,
    enforced: ENFORCED.offlineCopySeconds,
  })
  checks.push({
    budget: `语音练习: analyse a 30 s take, first run, CPU ${VOICE_CPU_SLOWDOWN}x`,
    figure: voice?.firstMs ?? null,
    unit: 'ms',
    kind: 'max',
    target: ENFORCED.voiceAnalysisMs,
    enforced: ENFORCED.voiceAnalysisMs,
  })
  for (const name of ['home', 'lesson', 'quiz in progress', 'role-play', '我的进度']) {
    const page = lighthouseOf(name)
    checks.push(
      {
        budget: `Lighthouse performance: ${name}`,
        figure: page?.performance ?? null,
        unit: '',
        kind: 'min',
        target: TARGETS.lighthousePerformance,
        enforced: ENFORCED.lighthousePerformance,
      },
      {
        budget: `Lighthouse accessibility: ${name}`,
        figure: page?.accessibility ?? null,
        unit: '',
        kind: 'min',
        target: TARGETS.lighthouseAccessibility,
        enforced: ENFORCED.lighthouseAccessibility,
      },
    )
  }
  checks.push({
    budget: 'home LCP ÷ floor LCP (Lighthouse)',
    figure: homeLcpRatio,
    unit: '×',
    kind: 'max',
    target: TARGETS.homeLcpFloorRatio,
    enforced: ENFORCED.homeLcpFloorRatio,
  })
}

const meets = (check: Check, limit: number | null): boolean | null =>
  limit === null || check.figure === null ? null : check.kind === 'max' ? check.figure <= limit : check.figure >= limit
const verdict = (check: Check, limit: number | null): string => {
  const met = meets(check, limit)
  if (limit === null) return '-'
  if (met === null) return 'NOT MEASURED'
  return met ? 'met' : `MISSED by ${round1(Math.abs(check.figure! - limit))}${check.unit}`
}
const failures = checks
  .filter((check) => check.enforced !== null && meets(check, check.enforced) !== true)
  .map((check) =>
    check.figure === null
      ? `${check.budget}: not measured`
      : `${check.budget}: ${check.figure}${check.unit} ${check.kind === 'max' ? '>' : '<'} ${check.enforced}${check.unit}`,
  )

// ---- Report --------------------------------------------------------------------------------

const row = (size: { gzip: number; brotli: number }) => ({ 'gzip KB': kb(size.gzip), 'brotli KB': kb(size.brotli) })

console.log(
  "\nFirst page: a new learner's home and its first-visit welcome (JS and CSS requested until painted and idle, and the styles inside index.html)",
)
console.table(firstPage.files.map((file) => ({ file: file.file, content: file.content ?? '', ...row(file) })))
console.table({
  'course, new learner': { ...row(firstPage), files: firstPage.files.length },
  'course, returning learner': { ...row(bytes.app.returning), files: bytes.app.returning.files.length },
  'floor (Vue + vue-router + Pinia)': { ...row(bytes.floor), files: bytes.floor.files.length },
  'course ÷ floor': {
    'gzip KB': firstPageRatio,
    'brotli KB': round2(firstPage.brotli / bytes.floor.brotli),
    files: '',
  },
})

console.log("\nPer page, beyond the returning learner's home (own content: the page's own lesson, bank or scenario)")
console.table(
  Object.fromEntries(
    bytes.routes.map((route) => [
      ROUTE_LABELS[route.name],
      {
        'counted gzip KB': kb(route.counted.gzip),
        'counted brotli KB': kb(route.counted.brotli),
        'of it other content': kb(route.otherContent.gzip),
        'own content gzip KB': kb(route.own.gzip),
        files: route.files.length,
        budget: ENFORCED.routeExtraGzipKB[route.name],
        ...(route.error ? { error: route.error } : {}),
      },
    ]),
  ),
)

console.log('\nLargest lazy chunks')
console.table(lazy.slice(0, 10).map((file) => ({ file: file.file, content: file.content ?? '', ...row(file) })))
console.log(
  `all JS + CSS: ${kb(all.gzip)} KB gzip, ${kb(all.brotli)} KB brotli, ${app.assets.length} files` +
    (precache
      ? `; service worker precache: ${precache.files} files, ${kb(precache.raw)} KB raw, ${kb(precache.gzip)} KB gzip`
      : '') +
    (offlineCopy
      ? `, all saved ${offlineCopy.seconds} s after a first visit starts on a ${offlineCopy.latencyMs} ms round-trip link`
      : ''),
)

console.log(
  `语音练习's chunk: ${voiceLab ? `${voiceLab.file}, ${kb(voiceLab.gzip)} KB gzip, ${kb(voiceLab.brotli)} KB brotli` : 'not found'}` +
    (voice
      ? `; analysing a 30 s take, CPU ${VOICE_CPU_SLOWDOWN}x: ${voice.firstMs} ms first, ${voice.medianMs} ms median`
      : ''),
)

if (lighthouse || lighthouseError) {
  console.log(
    `\nLighthouse, mobile, default throttling (median of 3, floor and course in turn; HTTPS with HTTP/2 but where${HTTP1_SUFFIX})`,
  )
  if (lighthouseError) console.log(`  failed: ${lighthouseError}`)
  console.table(
    Object.fromEntries(
      (lighthouse ?? []).map((page) => [
        page.name,
        {
          learner: page.learner,
          performance: page.performance,
          'FCP ms': page.fcp,
          'LCP ms': page.lcp,
          'TBT ms': page.tbt,
          CLS: page.cls,
          accessibility: page.accessibility,
          runs: page.runs.length,
          'failing a11y audits': page.failing.join(' '),
          ...(page.errors.length ? { errors: page.errors.join('; ') } : {}),
        },
      ]),
    ),
  )
  console.log(`home LCP ÷ floor LCP: ${homeLcpRatio ?? '-'}`)
}

if (feel) {
  console.log(
    `\nClick to next paint (Event Timing, ms, CPU ${CPU_SLOWDOWN}x, median of 5; ${EVENT_THRESHOLD_MS} = at or under the API's threshold)`,
  )
  console.table({
    ...Object.fromEntries(
      (Object.keys(INTERACTION_LABELS) as InteractionName[]).map((name) => {
        const empty = feel!.empty.interactions[name]
        const heavy = feel!.heavy.interactions[name]
        return [
          INTERACTION_LABELS[name],
          {
            empty: empty.paint,
            heavy: heavy.paint,
            'heavy, samples': heavy.samples.join(' '),
            'page shown, empty': empty.shown ?? '',
            'page shown, heavy': heavy.shown ?? '',
            ...(empty.error || heavy.error ? { error: heavy.error ?? empty.error } : {}),
          },
        ]
      }),
    ),
    'floor: its one button': {
      empty: feel.floorClick.paint,
      heavy: '',
      'heavy, samples': feel.floorClick.samples.join(' '),
      'page shown, empty': '',
      'page shown, heavy': '',
    },
  })
  console.log(`Start-up to home painted (ms, CPU ${CPU_SLOWDOWN}x, median of 5, the learners' loads taking turns)`)
  console.table({
    'empty learner': {
      median: feel.startup.empty.median,
      samples: feel.startup.empty.samples.join(' '),
      error: feel.startup.empty.error ?? '',
    },
    'heavy learner': {
      median: feel.startup.heavy.median,
      samples: feel.startup.heavy.samples.join(' '),
      error: feel.startup.heavy.error ?? '',
    },
    'heavy ÷ empty': { median: startupRatio, samples: '', error: '' },
  })
  console.log(`heavy learner's rows: ${JSON.stringify(feel.heavyLearnerRows)}`)
}

if (timings) {
  console.log('\nPure functions at scale (median, Node)')
  console.table(timings)
}

console.log(`\nBudgets (issue #14 targets; ENFORCED limits fail the run)${sizeOnly ? ', bytes only' : ''}`)
console.table(
  checks.map((check) => ({
    budget: check.budget,
    figure: check.figure === null ? 'not measured' : `${check.figure}${check.unit}`,
    target: check.target === null ? '-' : `${check.kind === 'max' ? '≤' : '≥'} ${check.target}${check.unit}`,
    'target met': verdict(check, check.target),
    enforced: check.enforced === null ? '-' : `${check.kind === 'max' ? '≤' : '≥'} ${check.enforced}${check.unit}`,
    result: verdict(check, check.enforced),
  })),
)

const elapsedSeconds = Math.round((performance.now() - startedAt) / 1000)
console.log(
  JSON.stringify({
    measuredAt: new Date().toISOString(),
    mode: sizeOnly ? 'size-only' : 'full',
    elapsedSeconds,
    machine: { cpus: cpus().length, loadAtStart, loadAtEnd: loadavg().map(round2) },
    enforced: ENFORCED,
    targets: TARGETS,
    bytes: {
      firstPage: {
        newLearner: firstPage,
        returning: bytes.app.returning,
        floor: bytes.floor,
        ratioGzip: firstPageRatio,
      },
      routes: bytes.routes,
      lazy: lazy.map((file) => ({ file: file.file, content: file.content, gzip: file.gzip, brotli: file.brotli })),
      all: { ...all, files: app.assets.length },
      precache,
      offlineCopy,
    },
    lighthouse,
    lighthouseError,
    homeLcpRatio,
    feel,
    startupRatio,
    timings,
    voice: { chunk: voiceLab, analysis: voice },
    checks: checks.map((check) => ({
      ...check,
      targetMet: meets(check, check.target),
      enforcedMet: meets(check, check.enforced),
    })),
    failures,
  }),
)
console.log(
  `\n${sizeOnly ? 'bench:size' : 'bench'} took ${elapsedSeconds} s (load average at start ${loadAtStart.join(' ')})`,
)
if (failures.length > 0) {
  console.error(`\nEnforced budget missed:\n  ${failures.join('\n  ')}`)
  process.exitCode = 1
} else {
  console.log('\nAll enforced budgets met.')
}
