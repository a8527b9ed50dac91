/**
 * The pages a visit seldom starts on: results, the exam and certificates, the trainer's area, the
 * skill labs, the learners and the source documents. Each `import()` carries the list of files to
 * download with its page, and on the first page those lists alone weighed more than a kilobyte;
 * here they come only with the first of these pages a learner opens (one small file, one round
 * trip, then precached by the service worker like the rest).
 */
import type { Component } from 'vue'

const laterPages = {
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

export type LaterPage = keyof typeof laterPages

/** A later page's code, as the router takes a page's lazy component. */
export function laterPage(page: LaterPage): Promise<{ default: Component }> {
  return laterPages[page]()
}
