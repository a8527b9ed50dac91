/**
 * Every page's code but home's. Each `import()` carries the list of files to download with its
 * page, and those lists together weigh about 3 KB gzip: in the entry they would be on a new
 * learner's first page, which shows only home and the welcome. Here they come in one small file:
 * beside the entry wherever the visit is likely to go on (something saved, or a link to another
 * page: see scripts/build/preloadSavedData.ts), else at the learner's first tap or key press
 * (`onFirstIntent` in src/main.ts), before any link is followed. The service worker then precaches it
 * with the rest.
 */
import type { Component } from 'vue'
import type { RouteLocationNormalized } from 'vue-router'
import { useCourseStore } from '../stores/course'
import { describeQuiz } from '../domain/quiz/catalog'
import { courseIndex } from '../content/courseData'
import { questionLoaders, scenarioLoaders } from '../content/courseLoaders'
// Home's return to the link toward the page left (see HomeView) comes with the other pages' code, loaded by then.
export { returnToLeftLink } from '../composables/useReturnToLeftPage'
// The shared patterns only these pages use come with them, not on the first page.
import '../styles/pages.css'

const pages = {
  module: () => import('../views/ModuleView.vue'),
  lesson: () => import('../views/LessonView.vue'),
  scenarioList: () => import('../views/ScenarioListView.vue'),
  scenarioPlay: () => import('../views/ScenarioPlayView.vue'),
  quizList: () => import('../views/QuizListView.vue'),
  quizStart: () => import('../views/QuizStartView.vue'),
  quizPlay: () => import('../views/QuizPlayView.vue'),
  assignment: () => import('../views/AssignmentView.vue'),
  progress: () => import('../views/ProgressView.vue'),
  me: () => import('../views/MeView.vue'),
  quizResult: () => import('../views/QuizResultView.vue'),
  exam: () => import('../views/ExamView.vue'),
  certificate: () => import('../views/CertificateView.vue'),
  verify: () => import('../views/VerifyView.vue'),
  certificateIssue: () => import('../views/CertificateIssueView.vue'),
  trainer: () => import('../views/TrainerView.vue'),
  roster: () => import('../views/RosterView.vue'),
  voiceLab: () => import('../views/VoiceLabView.vue'),
  typingTest: () => import('../views/TypingTestView.vue'),
  spotting: () => import('../views/SpottingListView.vue'),
  spottingPlay: () => import('../views/SpottingPlayView.vue'),
  learners: () => import('../views/ProfilesView.vue'),
  sources: () => import('../views/SourceListView.vue'),
  source: () => import('../views/SourceView.vue'),
  notFound: () => import('../views/NotFoundView.vue'),
}

export type PageName = keyof typeof pages

/** A page's code, as the router takes a page's lazy component. */
export function pageCode(page: PageName): Promise<{ default: Component }> {
  return pages[page]()
}

/**
 * Starts downloading the page's own text beside its code, not after it: a lesson's text, a quiz's
 * question banks, a role-play's script (the page's stores then load the same chunks).
 */
export function prefetchContent(to: RouteLocationNormalized): void {
  if (to.name === 'lesson' && typeof to.params.moduleId === 'string' && typeof to.params.lessonId === 'string')
    void useCourseStore().loadLesson(to.params.moduleId, to.params.lessonId)
  // A module's outline (small) for its page, and for a lesson's too, so 返回 shows the summaries at once.
  if ((to.name === 'module' || to.name === 'lesson') && typeof to.params.moduleId === 'string')
    void useCourseStore().loadModule(to.params.moduleId)
  if (to.name === 'quiz-play' && typeof to.params.quizId === 'string') {
    const moduleIds = courseIndex.modules.map((module) => module.id)
    for (const moduleId of describeQuiz(to.params.quizId, moduleIds)?.moduleIds ?? [])
      void questionLoaders[moduleId]?.().catch(() => {})
  }
  const scenarioId = to.name === 'scenario' ? to.params.scenarioId : undefined
  if (typeof scenarioId === 'string' && Object.hasOwn(scenarioLoaders, scenarioId))
    void scenarioLoaders[scenarioId]!().catch(() => {})
}
