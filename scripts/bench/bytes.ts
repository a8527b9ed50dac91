/**
 * Bytes a learner downloads, counted from the JS and CSS requests the page really makes (never from
 * index.html alone: lazy chunks the first paint pulls in count, modulepreloads too), sized from the
 * built files on disk (gzip -9 and brotli); a first page also counts the styles inside index.html.
 */
import type { Browser, Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BuiltApp } from './build.ts'
import { phoneContext, watchNetwork } from './browser.ts'
import { resetOrigin } from './learner.ts'
import type { ServedSite } from './serve.ts'
import { FLOOR_UI } from './floor.ts'
import {
  LESSON,
  ROUTES,
  TEXT,
  firstReply,
  goInApp,
  homeShown,
  pageHeading,
  quizButton,
  quizQuickStart,
  welcomeForm,
} from './ui.ts'
import { bufferSize, fileSize, problemOf, sumSizes } from './util.ts'

export interface CountedFile {
  file: string
  /** The course content the file holds (a virtual module id), or null for code. */
  content: string | null
  raw: number
  gzip: number
  brotli: number
}

export interface PageBytes {
  files: CountedFile[]
  raw: number
  gzip: number
  brotli: number
}

function counted(dir: string, paths: readonly string[], contentOf: (file: string) => string | null): PageBytes {
  const files = paths.map((path) => {
    const file = path.replace(/^\//, '')
    return { file, content: contentOf(file), ...fileSize(join(dir, file)) }
  })
  return { files, ...sumSizes(files) }
}

/**
 * A first page with the styles and lines of script index.html carries inside it: code moved into
 * the page is still code the learner downloads, so it counts as a file of its own.
 */
function withInlineCode(dir: string, page: PageBytes): PageBytes {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const code = [...html.matchAll(/<(style|script)>([\s\S]*?)<\/\1>/g)].map((match) => match[2]).join('')
  if (code === '') return page
  const inline = { file: 'index.html <style>, <script>', content: null, ...bufferSize(Buffer.from(code)) }
  const files = [inline, ...page.files]
  return { files, ...sumSizes(files) }
}

/** The floor's first page: its one view painted and the network idle. */
export async function floorFirstPage(browser: Browser, site: ServedSite, dir: string): Promise<PageBytes> {
  const context = await phoneContext(browser)
  try {
    const page = await context.newPage()
    const network = watchNetwork(page, site.origin)
    await page.goto(`${site.origin}/`)
    await page.getByRole('heading', { name: FLOOR_UI.heading }).waitFor()
    await network.idle()
    return withInlineCode(
      dir,
      counted(dir, network.scripts(), () => null),
    )
  } finally {
    await context.close()
  }
}

/**
 * The course's first page. With `learnerPath` null it is a NEW learner's first visit: home and the
 * first-visit welcome form it shows (with home, its strings and fields), the course index,
 * and whatever else is requested until the page is painted and the network idle — including the
 * service worker's registration code, which loads right after mount. That is the figure budgeted.
 * With a learner's data (named, welcome answered) it is a returning learner's home.
 */
export async function appFirstPage(
  browser: Browser,
  site: ServedSite,
  app: BuiltApp,
  learnerPath: string | null,
): Promise<PageBytes> {
  const context = await phoneContext(browser)
  try {
    const page = await context.newPage()
    if (learnerPath) await resetOrigin(page, site, learnerPath)
    const network = watchNetwork(page, site.origin)
    await page.goto(`${site.origin}/${ROUTES.home}`)
    await homeShown(page)
    if (!learnerPath) await welcomeForm(page).waitFor()
    await network.idle()
    return withInlineCode(app.dir, counted(app.dir, network.scripts(), app.contentOf))
  } finally {
    await context.close()
  }
}

/** What a page of the course needs beyond the first page, and which of it is the page's own content. */
export interface RouteBytes {
  name: RouteName
  /** Extra files, `own` marking the page's own lesson, bank or scenario text (not counted in the budget). */
  files: (CountedFile & { own: boolean })[]
  /** What the budget counts: code, styles and any content that is not the page's own. */
  counted: { gzip: number; brotli: number }
  /** The part of `counted` that is course data all the same (another module's text, an index). */
  otherContent: { gzip: number; brotli: number }
  own: { gzip: number; brotli: number }
  error?: string
}

export type RouteName = 'lesson' | 'quiz' | 'roleplay' | 'progress' | 'exam' | 'trainer'

export const ROUTE_LABELS: Record<RouteName, string> = {
  lesson: 'lesson deep link',
  quiz: 'quiz, first question',
  roleplay: 'role-play',
  progress: '我的进度',
  exam: 'exam start page',
  trainer: 'trainer page',
}

/** What the per-route measurement needs of the course. */
export interface RouteCourse {
  lessonTitle: string
  quizModule: { id: string; cardTitle: string }
  scenarioId: string
}

interface RouteSpec {
  name: RouteName
  /** Opens the page and waits until it shows what the learner came for. */
  open(page: Page, site: ServedSite): Promise<void>
  /** True for a content module that is the page's own text (`loaded`: every content module the page loaded). */
  own(content: string, loaded: readonly string[]): boolean
  /** False: the page is opened in-app from home; true: opened directly by its link. */
  deepLink?: boolean
}

function routeSpecs(course: RouteCourse): RouteSpec[] {
  return [
    {
      name: 'lesson',
      deepLink: true,
      async open(page, site) {
        await page.goto(`${site.origin}/${ROUTES.lesson(LESSON.moduleId, LESSON.lessonId)}`)
        await page.getByRole('heading', { level: 1, name: course.lessonTitle }).waitFor()
      },
      // The lesson's own chunk; where the course is built without one, the module text that holds the lesson.
      own: (content, loaded) =>
        content === `virtual:course-lesson/${LESSON.moduleId}/${LESSON.lessonId}` ||
        (content === `virtual:course-module/${LESSON.moduleId}` &&
          !loaded.some((other) => other.startsWith('virtual:course-lesson/'))),
    },
    {
      name: 'quiz',
      async open(page) {
        await goInApp(page, ROUTES.quizzes)
        await quizQuickStart(page, course.quizModule.cardTitle).click()
        await quizButton(page, TEXT.check).waitFor()
      },
      own: (content) => content === `virtual:course-questions/${course.quizModule.id}`,
    },
    {
      name: 'roleplay',
      async open(page) {
        await goInApp(page, ROUTES.scenario(course.scenarioId))
        await firstReply(page).waitFor()
      },
      own: (content) => content === `virtual:course-scenario/${course.scenarioId}`,
    },
    {
      name: 'progress',
      async open(page) {
        await goInApp(page, ROUTES.progress)
        await page.getByRole('heading', { level: 1, name: TEXT.progressTitle }).waitFor()
      },
      own: () => false,
    },
    {
      name: 'exam',
      async open(page) {
        await goInApp(page, ROUTES.exam)
        await pageHeading(page).waitFor()
      },
      own: () => false,
    },
    {
      name: 'trainer',
      async open(page) {
        await goInApp(page, ROUTES.trainer)
        await pageHeading(page).waitFor()
      },
      own: () => false,
    },
  ]
}

/**
 * Per page: the JS and CSS requested beyond the returning learner's home (`home`), each page in a
 * fresh browser. In-app pages are opened from home as a learner would; the lesson by its link.
 */
export async function routeBytes(
  browser: Browser,
  site: ServedSite,
  app: BuiltApp,
  learnerPath: string,
  home: PageBytes,
  course: RouteCourse,
): Promise<RouteBytes[]> {
  const results: RouteBytes[] = []
  const onHome = new Set(home.files.map((file) => `/${file.file}`))
  for (const spec of routeSpecs(course)) {
    const context = await phoneContext(browser)
    try {
      const page = await context.newPage()
      await resetOrigin(page, site, learnerPath)
      const network = watchNetwork(page, site.origin)
      if (!spec.deepLink) {
        await page.goto(`${site.origin}/${ROUTES.home}`)
        await homeShown(page)
        await network.idle()
      }
      const before = new Set([...network.scripts(), ...onHome])
      await spec.open(page, site)
      await network.idle()
      const files = counted(
        app.dir,
        network.scripts().filter((path) => !before.has(path)),
        app.contentOf,
      ).files
      const loaded = files.flatMap((file) => (file.content ? [file.content] : []))
      const extra = files.map((file) => ({ ...file, own: file.content !== null && spec.own(file.content, loaded) }))
      const total = (list: CountedFile[]) => {
        const size = sumSizes(list)
        return { gzip: size.gzip, brotli: size.brotli }
      }
      results.push({
        name: spec.name,
        files: extra,
        counted: total(extra.filter((file) => !file.own)),
        otherContent: total(extra.filter((file) => !file.own && file.content !== null)),
        own: total(extra.filter((file) => file.own)),
      })
    } catch (error) {
      results.push({
        name: spec.name,
        files: [],
        counted: { gzip: NaN, brotli: NaN },
        otherContent: { gzip: NaN, brotli: NaN },
        own: { gzip: NaN, brotli: NaN },
        error: problemOf(error),
      })
    } finally {
      await context.close()
    }
  }
  return results
}
