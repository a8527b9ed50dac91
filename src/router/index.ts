import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import HomeView from '../views/HomeView.vue'
import { useCourseStore } from '../stores/course'
import { isAssignmentQuizId } from '../domain/quiz/catalog'
import { isFailedImport, pageOpened, recoverFromFailedImport } from '../platform/serviceWorker'

/** Hash history keeps every page reachable when the course is served from any sub-path or a file share. */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView },
  { path: '/modules/:moduleId', name: 'module', component: () => import('../views/ModuleView.vue'), props: true },
  {
    path: '/modules/:moduleId/lessons/:lessonId',
    name: 'lesson',
    component: () => import('../views/LessonView.vue'),
    props: true,
  },
  { path: '/scenarios', name: 'scenarios', component: () => import('../views/ScenarioListView.vue') },
  {
    path: '/scenarios/:scenarioId',
    name: 'scenario',
    component: () => import('../views/ScenarioPlayView.vue'),
    props: true,
  },
  { path: '/quizzes', name: 'quizzes', component: () => import('../views/QuizListView.vue') },
  { path: '/quizzes/:quizId', name: 'quiz-start', component: () => import('../views/QuizStartView.vue'), props: true },
  {
    path: '/quizzes/:quizId/play',
    name: 'quiz-play',
    component: () => import('../views/QuizPlayView.vue'),
    props: true,
  },
  {
    path: '/results/:attemptId',
    name: 'quiz-result',
    component: () => import('../views/QuizResultView.vue'),
    props: true,
  },
  { path: '/exam', name: 'exam', component: () => import('../views/ExamView.vue') },
  { path: '/certificate', name: 'certificate', component: () => import('../views/CertificateView.vue') },
  { path: '/verify', name: 'verify', component: () => import('../views/VerifyView.vue') },
  { path: '/trainer', name: 'trainer', component: () => import('../views/TrainerView.vue') },
  { path: '/roster', name: 'roster', component: () => import('../views/RosterView.vue') },
  { path: '/assignment', name: 'assignment', component: () => import('../views/AssignmentView.vue') },
  { path: '/progress', name: 'progress', component: () => import('../views/ProgressView.vue') },
  { path: '/learners', name: 'learners', component: () => import('../views/ProfilesView.vue') },
  { path: '/me', name: 'me', component: () => import('../views/MeView.vue') },
  { path: '/sources', name: 'sources', component: () => import('../views/SourceListView.vue') },
  { path: '/sources/:file', name: 'source', component: () => import('../views/SourceView.vue'), props: true },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../views/NotFoundView.vue') },
]

export function createAppRouter(history = createWebHashHistory()) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior(to, _from, saved) {
      if (saved) return saved
      if (to.hash) return { el: to.hash, top: 16 }
      return { top: 0 }
    },
  })
  // Start fetching a lesson's module text alongside the lesson page's own code, not after it.
  router.beforeEach((to) => {
    // The timed exam starts only from its own page, which explains the rules and the clock.
    if (to.name === 'quiz-start' && to.params.quizId === 'exam') return { name: 'exam' }
    // An assignment is started from its link, which carries its rules.
    if (to.name === 'quiz-start' && isAssignmentQuizId(String(to.params.quizId))) return { name: 'quizzes' }
    if (to.name === 'lesson' && typeof to.params.moduleId === 'string')
      void useCourseStore().loadModule(to.params.moduleId)
  })
  // A page's code that cannot be downloaded (offline and not cached, or gone after a new deploy)
  // reloads once onto the current build, or else shows a message with 重试: never a dead click.
  router.onError((error, to) => {
    if (isFailedImport(error)) void recoverFromFailedImport(to.fullPath)
  })
  router.afterEach((_to, _from, failure) => {
    if (!failure) pageOpened()
  })
  return router
}
