/**
 * The quizzes a learner can take and how each draws its questions: one per
 * module, a mixed quiz across modules, the 错题本 of questions last answered
 * wrong, and 今日复习, the spaced-review questions due today.
 */
import { EXAM_QUIZ_ID } from '../exam/standing'

export type QuizKind = 'module' | 'mixed' | 'mistakes' | 'review' | 'exam' | 'assignment' | 'local'

export interface QuizDescription {
  id: string
  kind: QuizKind
  /** The module banks this quiz needs loaded. */
  moduleIds: string[]
}

/** 今日复习's id, which its saved session is kept under too. */
export const REVIEW_QUIZ_ID = 'review'

const MODULE_PREFIX = 'm-'
const ASSIGNMENT_PREFIX = 'as-'

/** @example assignmentQuizIdOf('k3j9x2') // 'as-k3j9x2' */
export function assignmentQuizIdOf(assignmentId: string): string {
  return `${ASSIGNMENT_PREFIX}${assignmentId}`
}

/**
 * Whether a quiz id names a trainer's assignment, which is started only from its
 * link and whose result is handed back as a code.
 *
 * @example isAssignmentQuizId('as-k3j9x2') // true
 */
export function isAssignmentQuizId(quizId: string): boolean {
  return quizId.startsWith(ASSIGNMENT_PREFIX)
}

/**
 * The assignment a quiz id names, if it names one.
 *
 * @example assignmentIdOf('as-k3j9x2') // 'k3j9x2'
 * @example assignmentIdOf('m-qualities') // undefined
 */
export function assignmentIdOf(quizId: string): string | undefined {
  return isAssignmentQuizId(quizId) ? quizId.slice(ASSIGNMENT_PREFIX.length) : undefined
}

/** @example moduleQuizId('qualities') // 'm-qualities' */
export function moduleQuizId(moduleId: string): string {
  return `${MODULE_PREFIX}${moduleId}`
}

/**
 * Practice on the learner's own weak points (今日复习, the 错题本): no pass mark to meet, so a result
 * says what the practice did, not 通过 or 未通过.
 *
 * @example isWeakPointPractice('review') // true
 * @example isWeakPointPractice('m-qualities') // false
 */
export function isWeakPointPractice(quizId: string): quizId is typeof REVIEW_QUIZ_ID | 'mistakes' {
  return quizId === REVIEW_QUIZ_ID || quizId === 'mistakes'
}

/**
 * Reads a quiz id from a link; null for anything that is not a quiz of this course.
 *
 * @example
 * describeQuiz('m-qualities', ['qualities']) // { id: 'm-qualities', kind: 'module', moduleIds: ['qualities'] }
 * describeQuiz('m-nope', ['qualities']) // null
 */
export function describeQuiz(quizId: string, allModuleIds: readonly string[]): QuizDescription | null {
  if (quizId === 'mixed' || quizId === 'mistakes' || quizId === REVIEW_QUIZ_ID || quizId === 'exam') {
    return { id: quizId, kind: quizId, moduleIds: [...allModuleIds] }
  }
  // The trainer's own imported questions, kept on this device.
  if (quizId === 'local') return { id: quizId, kind: 'local', moduleIds: [] }
  // A trainer's assignment may draw on any module; its own link says which questions.
  if (isAssignmentQuizId(quizId) && /^[a-z0-9]{4,24}$/.test(quizId.slice(ASSIGNMENT_PREFIX.length)))
    return { id: quizId, kind: 'assignment', moduleIds: [...allModuleIds] }
  if (quizId.startsWith(MODULE_PREFIX)) {
    const moduleId = quizId.slice(MODULE_PREFIX.length)
    if (allModuleIds.includes(moduleId)) return { id: quizId, kind: 'module', moduleIds: [moduleId] }
  }
  return null
}

/**
 * A quiz left unfinished that home offers to resume: not the exam or 今日复习, which home's own
 * cards already offer.
 *
 * @example resumedFromHome('m-qualities') // true
 * @example resumedFromHome('exam') // false
 */
export function resumedFromHome(quizId: string): boolean {
  return quizId !== EXAM_QUIZ_ID && quizId !== REVIEW_QUIZ_ID
}

/**
 * Whether a quiz under way may run against a clock: it has a deadline, or it is
 * the exam or an assignment (whose saved deadline may have been deleted).
 *
 * @example mayBeTimed({ quizId: 'exam' }) // true
 */
export function mayBeTimed(session: { quizId: string; deadline?: string }): boolean {
  return session.deadline !== undefined || session.quizId === EXAM_QUIZ_ID || isAssignmentQuizId(session.quizId)
}
