/**
 * What a learner feels on a cheap phone (CPU slowed 4x through the DevTools protocol):
 * - click to next paint, from the Event Timing API (PerformanceObserver type 'event',
 *   durationThreshold 16, buffered), the longest entry of the interaction's interactionId;
 *   for page changes also click to the new page shown (its heading painted);
 * - start-up: navigation start to home's heading and module list painted, the learners' loads taking turns.
 * Each for an empty learner and a heavy one, median of 5; the floor's one button for reference.
 */
import type { Browser, Locator, Page } from '@playwright/test'
import { phoneContext, throttleCpu } from './browser.ts'
import { FLOOR_UI } from './floor.ts'
import { resetOrigin } from './learner.ts'
import { BENCH_PATH, type ServedSite } from './serve.ts'
import {
  LESSON,
  ROUTES,
  TEXT,
  answerOptions,
  firstReply,
  goInApp,
  homeShown,
  progressTab,
  quizButton,
  quizQuickStart,
} from './ui.ts'
import { median, problemOf, round1 } from './util.ts'

export const SAMPLES = 5
export const CPU_SLOWDOWN = 4
/** Event Timing reports no interaction shorter than this; such a click is counted at this value. */
export const EVENT_THRESHOLD_MS = 16

/** What the in-page probe keeps (see `instrument`). */
interface ProbeState {
  events: { id: number; start: number; duration: number }[]
  downAt: number
  /** Whether the click being timed changes the page (then `shownAt` is awaited). */
  watchingShown: boolean
  shownAt: number
  homeAt: number
}
interface Probe {
  state: ProbeState
  arm(shown: ShownSpec | null): number
  result(since: number): Promise<{ paint: number | null; shown: number | null }>
}
type ProbeWindow = Window & { __bench: Probe }

/** A page change is shown once an element matching `selector` holds `text` and is laid out. */
interface ShownSpec {
  selector: string
  text: string
}

/**
 * Runs in every page before its own scripts. In-page helpers are object methods: tsx wraps named
 * arrow functions in a helper (`__name`) that the page does not have.
 */
function instrument(): void {
  if (location.pathname.startsWith('/__bench__/')) return
  const state: ProbeState = { events: [], downAt: -1, watchingShown: false, shownAt: -1, homeAt: -1 }
  const page = {
    visible(element: Element | null): boolean {
      return !!element && element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden'
    },
    /** Calls back just after the next frame is painted (a task queued from the frame's rAF runs after it). */
    afterPaint(callback: (time: number) => void): void {
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => callback(performance.now())
        channel.port2.postMessage(null)
      })
    },
    /** Checks once a frame until `test` holds, then records when that frame was painted. */
    watch(test: () => boolean, record: (time: number) => void, frames = 1800): void {
      requestAnimationFrame(() => {
        if (test()) page.afterPaint(record)
        else if (frames > 1) page.watch(test, record, frames - 1)
      })
    },
    nextFrame(): Promise<void> {
      return new Promise((resolve) => requestAnimationFrame(() => resolve()))
    },
  }
  new PerformanceObserver((list) => {
    // interactionId is in Chromium and the Event Timing spec, not yet in TypeScript's DOM types.
    for (const entry of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[]) {
      if (entry.interactionId)
        state.events.push({ id: entry.interactionId, start: entry.startTime, duration: entry.duration })
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit)
  addEventListener('pointerdown', (event) => (state.downAt = event.timeStamp), { capture: true })
  // Start-up: home's heading and its module links laid out, then the frame that shows them painted.
  page.watch(
    () =>
      page.visible(document.querySelector('h1')) &&
      page.visible(document.querySelector('a[href^="#/modules/"]')) &&
      (location.hash === '' || location.hash === '#/'),
    (time) => (state.homeAt = time),
  )
  const probe: Probe = {
    state,
    arm(shown) {
      state.downAt = -1
      state.shownAt = -1
      state.watchingShown = shown !== null
      if (shown) {
        page.watch(
          () =>
            [...document.querySelectorAll(shown.selector)].some(
              (element) => element.textContent?.includes(shown.text) && page.visible(element),
            ),
          (time) => (state.shownAt = time),
          600,
        )
      }
      return performance.now()
    },
    async result(since) {
      // Entries arrive once the interaction's frame is presented; ten frames without one means the
      // interaction stayed under the 16 ms threshold. A page change also waits for its page shown.
      let first: ProbeState['events'][number] | undefined
      for (let frame = 0; frame < 60; frame++) {
        first = state.events.find((entry) => entry.start >= since)
        const shownDone = !state.watchingShown || state.shownAt >= 0
        if (shownDone && (first || frame >= 10)) break
        await page.nextFrame()
      }
      const id = first?.id
      const durations = state.events.filter((entry) => entry.id === id).map((entry) => entry.duration)
      return {
        paint: durations.length > 0 ? Math.max(...durations) : null,
        shown: state.shownAt >= 0 && state.downAt >= 0 ? state.shownAt - state.downAt : null,
      }
    },
  }
  ;(window as unknown as ProbeWindow).__bench = probe
}

interface ClickTiming {
  /** Click to next paint (ms); the threshold when Event Timing saw nothing longer. */
  paint: number
  /** Click to the new page painted (ms), for page changes. */
  shown: number | null
}

/** Clicks `target` as a learner would and times it; `outcome` waits for what the click shows. */
async function timeClick(
  page: Page,
  target: Locator,
  outcome: () => Promise<unknown>,
  shown: ShownSpec | null = null,
): Promise<ClickTiming> {
  await target.waitFor()
  await target.scrollIntoViewIfNeeded()
  const box = await target.boundingBox()
  if (!box) throw new Error('the control to time is not on the page')
  const since = await page.evaluate((spec) => (window as unknown as ProbeWindow).__bench.arm(spec), shown)
  // A click at the control's centre, as a finger lands. Playwright's own click checks its target from
  // inside the page during the events, and waiting on a locator polls the page every frame: both
  // would be timed as the course's work, so the outcome is checked once the timing is in.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  const result = await page.evaluate((from) => (window as unknown as ProbeWindow).__bench.result(from), since)
  await outcome()
  return { paint: result.paint ?? EVENT_THRESHOLD_MS, shown: result.shown }
}

export type InteractionName = 'answer' | 'check' | 'next' | 'reply' | 'openLesson' | 'markLearned' | 'openProgress'

export const INTERACTION_LABELS: Record<InteractionName, string> = {
  answer: 'answer a question (choose an option)',
  check: 'check it (检查答案, practice)',
  next: 'next question (下一题)',
  reply: 'choose a role-play reply',
  openLesson: 'open a lesson (from its module)',
  markLearned: 'mark it learned (标记为已学完)',
  openProgress: 'open 我的进度 (tab)',
}

export interface Samples {
  /** Click to next paint, one per sample (ms). */
  paint: number[]
  /** Click to the new page shown (ms), for page changes. */
  shown: number[]
  error?: string
}

export interface Summary {
  paint: number | null
  shown: number | null
  samples: number[]
  error?: string
}

export const summarise = (samples: Samples): Summary => ({
  paint: median(samples.paint),
  shown: samples.shown.length > 0 ? round1(median(samples.shown)!) : null,
  samples: samples.paint,
  ...(samples.error ? { error: samples.error } : {}),
})

/** What the flows need of the course. */
export interface FlowCourse {
  lessonTitle: string
  quizModule: { cardTitle: string }
  scenarioId: string
}

type Recorder = Record<InteractionName, Samples>

function add(samples: Samples, timing: ClickTiming): void {
  samples.paint.push(timing.paint)
  if (timing.shown !== null) samples.shown.push(round1(timing.shown))
}

/** Runs a flow; a flow the app no longer supports is reported, not fatal to the rest. */
async function flow(names: InteractionName[], record: Recorder, run: () => Promise<void>): Promise<void> {
  try {
    await run()
  } catch (error) {
    for (const name of names) record[name].error = problemOf(error)
  }
}

/** A practice quiz from /#/quizzes: choose the first option, 检查答案, 下一题, five times. */
async function quizFlow(page: Page, course: FlowCourse, record: Recorder): Promise<void> {
  await goInApp(page, ROUTES.quizzes)
  await quizQuickStart(page, course.quizModule.cardTitle).click()
  for (let i = 0; i < SAMPLES; i++) {
    const option = answerOptions(page).first()
    const input = await option.elementHandle()
    add(
      record.answer,
      await timeClick(page, option, () =>
        page.waitForFunction((element) => (element as HTMLInputElement).checked, input),
      ),
    )
    add(record.check, await timeClick(page, quizButton(page, TEXT.check), () => quizButton(page, TEXT.next).waitFor()))
    add(record.next, await timeClick(page, quizButton(page, TEXT.next), () => quizButton(page, TEXT.check).waitFor()))
  }
}

/** A role-play: the reply shown first, five times; a run that ends or reaches a typed reply starts again. */
async function roleplayFlow(page: Page, course: FlowCourse, record: Recorder): Promise<void> {
  await goInApp(page, ROUTES.scenario(course.scenarioId))
  for (let i = 0; i < SAMPLES; i++) {
    const reply = firstReply(page)
    await reply.waitFor()
    const name = ((await reply.textContent()) ?? '').replace(/\s+/g, ' ').trim()
    add(
      record.reply,
      await timeClick(page, reply, () =>
        page.getByRole('button', { name, exact: true }).waitFor({ state: 'detached' }),
      ),
    )
    if (await firstReply(page).isVisible()) continue
    const replay = page.getByRole('button', { name: TEXT.replayScenario })
    if (await replay.isVisible()) await replay.click()
    else {
      await page.getByRole('button', { name: TEXT.restart }).click()
      const confirm = page.getByRole('button', { name: TEXT.restartYes })
      if (await confirm.isVisible()) await confirm.click()
    }
  }
}

/** From the module page: open the lesson, mark it learned (then unmark it, untimed), five times. */
async function lessonFlow(page: Page, course: FlowCourse, record: Recorder): Promise<void> {
  const heading = page.getByRole('heading', { level: 1, name: course.lessonTitle })
  for (let i = 0; i < SAMPLES; i++) {
    await goInApp(page, ROUTES.module(LESSON.moduleId))
    const link = page.getByRole('link', { name: course.lessonTitle, exact: true }).first()
    add(
      record.openLesson,
      await timeClick(page, link, () => heading.waitFor(), { selector: 'h1', text: course.lessonTitle }),
    )
    const mark = page.getByRole('button', { name: TEXT.markLearned, pressed: false })
    const marked = page.getByRole('button', { name: /已学完/, pressed: true })
    add(record.markLearned, await timeClick(page, mark, () => marked.waitFor()))
    await marked.click()
    await mark.waitFor()
  }
}

/** From home: the 进度 tab, five times. */
async function progressFlow(page: Page, record: Recorder): Promise<void> {
  for (let i = 0; i < SAMPLES; i++) {
    await goInApp(page, ROUTES.home)
    await homeShown(page)
    add(
      record.openProgress,
      await timeClick(
        page,
        progressTab(page),
        () => page.getByRole('heading', { level: 1, name: TEXT.progressTitle }).waitFor(),
        { selector: 'h1', text: TEXT.progressTitle },
      ),
    )
  }
}

export interface LearnerFeel {
  interactions: Record<InteractionName, Summary>
}

/**
 * One learner's session at 4x CPU: home loaded once, then each flow, in one page as a learner moves
 * through the course.
 */
export async function learnerFeel(
  browser: Browser,
  site: ServedSite,
  learnerPath: string,
  course: FlowCourse,
): Promise<LearnerFeel> {
  const context = await phoneContext(browser)
  await context.addInitScript(instrument)
  const record = Object.fromEntries(
    Object.keys(INTERACTION_LABELS).map((name) => [name, { paint: [], shown: [] }]),
  ) as unknown as Recorder
  try {
    const page = await context.newPage()
    await resetOrigin(page, site, learnerPath)
    await throttleCpu(page, CPU_SLOWDOWN)
    await flow(['answer', 'check', 'next'], record, async () => {
      await page.goto(`${site.origin}/${ROUTES.home}`)
      await homeShown(page)
      await quizFlow(page, course, record)
    })
    await flow(['reply'], record, () => roleplayFlow(page, course, record))
    await flow(['openLesson', 'markLearned'], record, () => lessonFlow(page, course, record))
    await flow(['openProgress'], record, () => progressFlow(page, record))
  } finally {
    await context.close()
  }
  const interactions = Object.fromEntries(
    Object.entries(record).map(([name, samples]) => [name, summarise(samples)]),
  ) as Record<InteractionName, Summary>
  return { interactions }
}

export interface Startup {
  /** Navigation start to home painted, per load (ms). */
  samples: number[]
  median: number | null
  error?: string
}

/**
 * Start-up at 4x CPU for each learner, in a browser context of their own (each with its own saved data):
 * a first load to warm the HTTP cache, then five more, each from a blank page as a learner comes back
 * to the course. The learners' loads take turns, so a slow spell on the machine touches each alike: measured one
 * learner after the other, minutes apart, the heavy ÷ empty ratio moved 1.04–1.38× between runs of one build.
 */
export async function startupFeel<Learner extends string>(
  browser: Browser,
  site: ServedSite,
  learnerPaths: Record<Learner, string>,
): Promise<Record<Learner, Startup>> {
  const learners = Object.keys(learnerPaths) as Learner[]
  const results = Object.fromEntries(learners.map((learner) => [learner, { samples: [] as number[] }])) as Record<
    Learner,
    { samples: number[]; error?: string }
  >
  const pages = new Map<Learner, Page>()
  const contexts = []
  try {
    for (const learner of learners) {
      const context = await phoneContext(browser)
      contexts.push(context)
      await context.addInitScript(instrument)
      const page = await context.newPage()
      await resetOrigin(page, site, learnerPaths[learner])
      await throttleCpu(page, CPU_SLOWDOWN)
      pages.set(learner, page)
    }
    for (let i = 0; i <= SAMPLES; i++) {
      for (const learner of learners) {
        const result = results[learner]
        if (result.error) continue
        try {
          const at = await timeStartup(pages.get(learner)!, site)
          if (i > 0) result.samples.push(at)
        } catch (error) {
          result.error = problemOf(error)
        }
      }
    }
  } finally {
    for (const context of contexts) await context.close()
  }
  return Object.fromEntries(
    learners.map((learner) => {
      const { samples, error } = results[learner]
      return [learner, { samples, median: median(samples), ...(error ? { error } : {}) }]
    }),
  ) as Record<Learner, Startup>
}

/** Navigation start to home painted (ms), from a blank page of the same site. */
async function timeStartup(page: Page, site: ServedSite): Promise<number> {
  await page.goto(`${site.origin}${BENCH_PATH}blank.html`)
  await page.goto(`${site.origin}/${ROUTES.home}`)
  await page.waitForFunction(() => (window as unknown as ProbeWindow).__bench.state.homeAt >= 0, null, {
    timeout: 60_000,
  })
  return round1(await page.evaluate(() => (window as unknown as ProbeWindow).__bench.state.homeAt))
}

/** The floor's one button (a counter in its store), timed the same way. */
export async function floorClick(browser: Browser, site: ServedSite): Promise<Summary> {
  const context = await phoneContext(browser)
  await context.addInitScript(instrument)
  const samples: Samples = { paint: [], shown: [] }
  try {
    const page = await context.newPage()
    await throttleCpu(page, CPU_SLOWDOWN)
    await page.goto(`${site.origin}/`)
    const button = page.getByRole('button', { name: FLOOR_UI.button })
    for (let i = 1; i <= SAMPLES; i++) {
      add(samples, await timeClick(page, button, () => page.getByText(`点击次数：${i}`).waitFor()))
    }
  } catch (error) {
    samples.error = problemOf(error)
  } finally {
    await context.close()
  }
  return summarise(samples)
}
