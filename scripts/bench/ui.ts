/**
 * How the benchmark finds its way through the course: pages by their hash routes, controls by role
 * and visible text (src/i18n/zh-CN), as a learner sees them. When the wording changes, change it here.
 */
import type { Locator, Page } from '@playwright/test'

export const ROUTES = {
  home: '#/',
  quizzes: '#/quizzes',
  progress: '#/progress',
  exam: '#/exam',
  trainer: '#/trainer',
  module: (moduleId: string) => `#/modules/${moduleId}`,
  lesson: (moduleId: string, lessonId: string) => `#/modules/${moduleId}/lessons/${lessonId}`,
  scenario: (scenarioId: string) => `#/scenarios/${scenarioId}`,
  quizPlay: (quizId: string) => `#/quizzes/${quizId}/play`,
} as const

/** The lesson the issue names for the deep link, and the module it is in. */
export const LESSON = { moduleId: 'qualities', lessonId: 'beijing-map-case' } as const

export const TEXT = {
  welcomeHeading: '欢迎！先认识一下你',
  quickStart: '开始练习',
  check: '检查答案',
  next: '下一题',
  markLearned: '标记为已学完',
  progressTitle: '我的进度',
  mainNav: '主导航',
  progressTab: '进度',
  restart: '重新开始',
  restartYes: '确定重新开始',
  replayScenario: '再演练一次',
} as const

/** The page's first-level heading. */
export const pageHeading = (page: Page): Locator => page.getByRole('heading', { level: 1 })

/** Home as painted: its heading and the module cards' links. */
export async function homeShown(page: Page): Promise<void> {
  await pageHeading(page).waitFor()
  await page.locator('a[href^="#/modules/"]').first().waitFor()
}

/** The first-visit welcome on home (a new learner). */
export const welcomeForm = (page: Page): Locator => page.getByRole('region', { name: TEXT.welcomeHeading })

/** A module quiz's card on /#/quizzes, by the title the card shows ("2. 客户服务概论"). */
export const quizQuickStart = (page: Page, cardTitle: string): Locator =>
  page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: cardTitle, exact: true }) })
    .getByRole('link', { name: TEXT.quickStart })

/** The options of the question on screen (radio buttons, or checkboxes for a multiple-choice question). */
export const answerOptions = (page: Page): Locator => page.getByRole('radio').or(page.getByRole('checkbox'))

/** The quiz's main button in practice mode: 检查答案, then 下一题. */
export const quizButton = (page: Page, name: string): Locator => page.getByRole('button', { name, exact: true })

/** The role-play reply shown first (its button reads "1. …"). */
export const firstReply = (page: Page): Locator => page.getByRole('button', { name: /^\s*1\.\s/ })

/** The tab that opens 我的进度. */
export const progressTab = (page: Page): Locator =>
  page
    .getByRole('navigation', { name: TEXT.mainNav })
    .getByRole('link', { name: TEXT.progressTab, exact: true })
    .filter({ visible: true })
    .first()

/** Moves inside the app (the router answers the hash change; no page load). */
export async function goInApp(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => {
    location.hash = hash
  }, route)
}
