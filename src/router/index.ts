import {
  createRouter,
  createWebHashHistory,
  type Router,
  type LocationQuery,
  type RouteLocationNormalizedLoaded,
  type RouteLocationRaw,
  type RouteMeta,
  type RouteParamsGeneric,
  type RouteRecordRaw,
} from 'vue-router'
import HomeView from '../views/HomeView.vue'
import { useProgressStore } from '../stores/progress'
import { assignmentIdOf, moduleQuizId } from '../domain/quiz/catalog'
import { courseIndex } from '../content/courseData'
import type { ModuleSummary } from '../content/types'
import { pageOpener } from './pageOpener'
import { isFailedImport, pageOpened, recoverFromFailedImport } from '../platform/appVersion'
import { withEverySectionLaidOut } from '../platform/pageLayout'
import { whenPageShown } from '../composables/useRenderAfterPaint'
import type { PageName } from './pages'

/** What a page's tab depends on: its route's parameters and query, whether it is on screen or only resolved. */
type PageAddress = { params: RouteParamsGeneric; query: LocationQuery }

/** The five places of the bottom tab bar (the desktop header shows the same five). */
export type ShellTab = 'learn' | 'practice' | 'roleplay' | 'progress' | 'me'

declare module 'vue-router' {
  interface RouteMeta {
    /** Which tab the page belongs to: marked as the current place in the tab bar. */
    tab?: ShellTab | ((route: PageAddress) => ShellTab)
    /** Where the phone's top bar 返回 leads: the page's parent (a module for a lesson, the list for a quiz). */
    back?: (route: RouteLocationNormalizedLoaded) => RouteLocationRaw
    /** The page reads only the lessons, quizzes under way and the glance: it opens before the whole history has loaded. */
    glanceOnly?: boolean
    /**
     * The history is read behind the page once it has painted, so the pages that show it open at
     * once from here (home). Other glance pages leave it until a page or a change needs it.
     */
    historyBehind?: boolean
  }
}

const home = (): RouteLocationRaw => ({ name: 'home' })
const me = (): RouteLocationRaw => ({ name: 'me' })
const quizzes = (): RouteLocationRaw => ({ name: 'quizzes' })
/** The exam's pages, its result included (whose address names the attempt, not the quiz). */
const isExam = (route: PageAddress) => (route.params.quizId ?? quizOfAttempt(route.params.attemptId)) === 'exam'
/**
 * A module's quiz opened from its module (?module=): its pages stay under 学习, and 返回 leads back to the
 * module. Only a module of the course, and on a quiz's pages or a result only that module's quiz.
 */
export function quizModuleOf({ query: { module }, params }: PageAddress): ModuleSummary | undefined {
  const found = courseIndex.modules.find(({ id }) => id === module)
  if (!found) return undefined
  const quizId = params.quizId ?? quizOfAttempt(params.attemptId)
  return quizId === moduleQuizId(found.id) ? found : undefined
}
/**
 * A role-play opened from a module that it practises (?module=, from the module's page or a lesson's end):
 * it stays under 学习, and 返回 leads back to the module.
 */
export function scenarioModuleOf({
  query: { module },
  params: { scenarioId },
}: PageAddress): ModuleSummary | undefined {
  const practises = courseIndex.scenarios.find(({ id }) => id === scenarioId)?.modules.includes(String(module))
  return practises ? courseIndex.modules.find(({ id }) => id === module) : undefined
}
/** A result's address names no quiz: its attempt does (the history is read before a result opens). */
export function quizOfAttempt(attemptId: unknown): string | undefined {
  return useProgressStore().progress.attempts.find(({ id }) => id === attemptId)?.quizId
}
/** A quiz's pages: under 练习 with 返回 to the quiz list, unless they are the exam's, a module's (above) or an assignment's. */
const quizMeta: Pick<RouteMeta, 'tab' | 'back'> = {
  tab: (route) => (isExam(route) || quizModuleOf(route) ? 'learn' : 'practice'),
  back: (route) => {
    const module = quizModuleOf(route)
    return isExam(route)
      ? { name: 'exam' }
      : module
        ? { name: 'module', params: { moduleId: module.id } }
        : (pageOpener.value?.back ?? quizzes())
  },
}
/** A skill lab: under 练习 with 返回 to the quiz list, unless opened from home, 我的进度 or a lesson (useSkillLabOpener). */
const skillLabMeta: Pick<RouteMeta, 'tab' | 'back'> = {
  tab: () => pageOpener.value?.tab ?? 'practice',
  back: () => pageOpener.value?.back ?? quizzes(),
}
/** The tab a page belongs under (the tab bar marks it as the current place). */
export function tabOf(route: PageAddress & { meta: RouteMeta }): ShellTab | undefined {
  const tab = route.meta.tab
  return typeof tab === 'function' ? tab(route) : tab
}
/** The table of every page but home: index.html preloads it where the visit goes beyond home. */
export function fetchPages(): Promise<typeof import('./pages')> {
  return import('./pages')
}

/** A page other than home: its code is found through pages.ts, which keeps the pages' preload lists off the first page. */
const page = (name: PageName) => () => fetchPages().then(({ pageCode }) => pageCode(name))

/** Hash history keeps every page reachable when the course is served from any sub-path or a file share. */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView, meta: { tab: 'learn', glanceOnly: true, historyBehind: true } },
  {
    path: '/modules/:moduleId',
    name: 'module',
    component: page('module'),
    props: true,
    meta: { tab: 'learn', back: home },
  },
  {
    path: '/modules/:moduleId/lessons/:lessonId',
    name: 'lesson',
    component: page('lesson'),
    props: true,
    meta: {
      tab: 'learn',
      // Opened from a quiz's 复习相关课程 (?quiz=), 返回 leads back to the question; from a result's (?result=), to the
      // result; either still the module's own quiz if it was opened from its module (?module=).
      back: ({ query: { quiz, result, module }, params }) =>
        typeof quiz === 'string'
          ? { name: 'quiz-play', params: { quizId: quiz }, query: { module } }
          : typeof result === 'string'
            ? { name: 'quiz-result', params: { attemptId: result }, query: { module } }
            : { name: 'module', params: { moduleId: params.moduleId } },
      glanceOnly: true,
    },
  },
  {
    path: '/scenarios',
    name: 'scenarios',
    component: page('scenarioList'),
    meta: { tab: 'roleplay' },
  },
  {
    path: '/scenarios/:scenarioId',
    name: 'scenario',
    component: page('scenarioPlay'),
    props: true,
    // A role-play shows no history, and saving its run does not wait for it (recordScenarioRun).
    meta: {
      tab: (route) => (scenarioModuleOf(route) ? 'learn' : (pageOpener.value?.tab ?? 'roleplay')),
      back: (route) => {
        const module = scenarioModuleOf(route)
        return module
          ? { name: 'module', params: { moduleId: module.id } }
          : (pageOpener.value?.back ?? { name: 'scenarios' })
      },
      glanceOnly: true,
    },
  },
  {
    path: '/quizzes',
    name: 'quizzes',
    component: page('quizList'),
    meta: { tab: 'practice' },
  },
  {
    path: '/quizzes/:quizId',
    name: 'quiz-start',
    component: page('quizStart'),
    props: true,
    meta: quizMeta,
  },
  {
    path: '/quizzes/:quizId/play',
    name: 'quiz-play',
    component: page('quizPlay'),
    props: true,
    meta: {
      ...quizMeta,
      // A quiz under way is a first-screen row and the exam's standing is in the glance; the hand-in waits for the history.
      glanceOnly: true,
    },
  },
  {
    path: '/results/:attemptId',
    name: 'quiz-result',
    component: page('quizResult'),
    props: true,
    meta: quizMeta,
  },
  { path: '/exam', name: 'exam', component: page('exam'), meta: { tab: 'learn', back: home } },
  {
    path: '/certificate',
    name: 'certificate',
    component: page('certificate'),
    meta: { tab: 'me', back: me },
  },
  // The trainer's pages and the source documents sit in the 培训师 area of 我的, not in the learner's tabs.
  {
    path: '/verify',
    name: 'verify',
    component: page('verify'),
    // Neither certificate page reads the learner's history.
    meta: { tab: 'me', back: me, glanceOnly: true },
  },
  {
    path: '/certificates/issue',
    name: 'certificate-issue',
    component: page('certificateIssue'),
    meta: { tab: 'me', back: me, glanceOnly: true },
  },
  {
    path: '/trainer',
    name: 'trainer',
    component: page('trainer'),
    meta: { tab: 'me', back: me },
  },
  {
    path: '/roster',
    name: 'roster',
    component: page('roster'),
    meta: { tab: 'me', back: me },
  },
  {
    path: '/assignment',
    name: 'assignment',
    component: page('assignment'),
    meta: { tab: 'practice', back: quizzes },
  },
  // The skill labs: the voice, the keyboard and an ear for what breaks the rules (练习 tab).
  {
    path: '/voice',
    name: 'voice-lab',
    component: page('voiceLab'),
    meta: { ...skillLabMeta, glanceOnly: true },
  },
  {
    path: '/typing',
    name: 'typing-test',
    component: page('typingTest'),
    meta: { ...skillLabMeta, glanceOnly: true },
  },
  {
    path: '/spotting',
    name: 'spotting',
    component: page('spotting'),
    meta: { tab: 'practice', back: quizzes, glanceOnly: true },
  },
  {
    path: '/spotting/:transcriptId',
    name: 'spotting-play',
    component: page('spottingPlay'),
    props: true,
    meta: { tab: 'practice', back: () => ({ name: 'spotting' }), glanceOnly: true },
  },
  {
    path: '/progress',
    name: 'progress',
    component: page('progress'),
    // Its figures over the whole history are kept in the glance (figures.ts).
    meta: { tab: 'progress', glanceOnly: true },
  },
  {
    path: '/learners',
    name: 'learners',
    component: page('learners'),
    meta: { tab: 'me', back: me },
  },
  { path: '/me', name: 'me', component: page('me'), meta: { tab: 'me' } },
  {
    path: '/sources',
    name: 'sources',
    component: page('sources'),
    meta: { tab: 'me', back: me },
  },
  {
    path: '/sources/:file',
    name: 'source',
    component: page('source'),
    props: true,
    // Opened from a lesson's, a quiz's or a role-play's 出处, the document belongs there, and 返回 leads back.
    meta: {
      tab: () => pageOpener.value?.tab ?? 'me',
      back: () => pageOpener.value?.back ?? { name: 'sources' },
    },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: page('notFound'),
    meta: { back: home },
  },
]

/** How far a jump to a heading stops below the top: below the phone's sticky top bar, if it shows. */
function headingOffset(): number {
  const bar = document.querySelector<HTMLElement>('[data-sticky-top-bar]')
  const covered = bar && getComputedStyle(bar).position === 'sticky' ? bar.offsetHeight : 0
  return covered + 16
}

/**
 * Resolves once the router shows the page's latest address. Call it as the router is created: its
 * first navigation writes its own address back when it ends, over any address the page moved to
 * meanwhile (a launcher rewriting the address just after loading, a second link followed at once),
 * so that newer address is opened then.
 */
export async function whenReadyAtLatestAddress(router: Router): Promise<void> {
  let latest: string | undefined
  // The history tells its listeners of every change the router did not make itself, before the router listens too.
  const stop = router.options.history.listen((to) => (latest = to))
  await router.isReady().catch(() => {})
  stop()
  if (latest !== undefined && latest !== router.currentRoute.value.fullPath)
    await router.replace(latest).catch(() => {})
}

export function createAppRouter(history = createWebHashHistory()) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior(to, _from, saved) {
      // At once, as the stylesheet sets no smooth scrolling (see withinPageScroll): a page starts at
      // its top, or where the reader left it, never sliding there from where the last one was read.
      if (!saved && !to.hash) return { top: 0 }
      // Measured with the whole page shown (its lower parts come a frame after the top) and every
      // section of a long page laid out, so the place is exact.
      const jump = () => withEverySectionLaidOut(() => saved ?? { el: to.hash, top: headingOffset() })
      return whenPageShown()?.then(jump) ?? jump()
    },
  })
  router.beforeEach((to) => {
    // The timed exam starts only from its own page, which explains the rules and the clock.
    if (to.name === 'quiz-start' && to.params.quizId === 'exam') return { name: 'exam' }
    // An assignment is started from its page, which carries its rules (and says so of one never opened here).
    const assignment = to.name === 'quiz-start' && assignmentIdOf(String(to.params.quizId))
    if (assignment) return { name: 'assignment', query: { id: assignment } }
    // A page's own text (a lesson, a quiz's banks, a role-play's script) downloads beside the page's code, not after it.
    if (to.name !== 'home')
      void fetchPages().then(
        ({ prefetchContent }) => prefetchContent(to),
        () => {},
      )
  })
  // Every other page shows or changes the attempts, cards or runs: it opens once they are read.
  router.beforeEach(async (to) => {
    if (!to.meta.glanceOnly && !(await useProgressStore().openWithHistory())) return false
  })
  // A page's code that cannot be downloaded (offline and not cached, or gone after a new deploy)
  // reloads once onto the current build, or else shows a message with 重试: never a dead click.
  router.onError((error, to) => {
    if (isFailedImport(error)) void recoverFromFailedImport(to.fullPath)
  })
  router.afterEach((to, _from, failure) => {
    if (!failure && to.meta.historyBehind) useProgressStore().requestHistory()
    if (!failure) pageOpened()
  })
  return router
}
