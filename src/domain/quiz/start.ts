/**
 * How a quiz starts without a form: which multiple-choice scoring rule the course
 * sets for each kind of quiz, which quizzes open at once, and how many questions
 * 今日复习 asks a day.
 */
import type { QuizKind } from './catalog'
import type { MultipleChoiceRule } from './scoring'
import { DEFAULT_REVIEW_CAP } from '../progress/daily'

/**
 * The scoring rule for multiple choice, set by the course rather than asked before every quiz.
 *
 * Why: the exam certifies that a learner can answer a question fully, as a caller's problem is
 * solved only by the whole answer, so it stays all-or-nothing; a trainer's assignment is handed
 * back as "correct out of total" (assignmentResult.ts), which only all-or-nothing keeps honest.
 * Every other quiz is practice, where credit for each right option shows a learner how close they
 * came and encourages them; a partly right answer still counts as a mistake for 错题本 and review
 * (isCorrect), so nothing is learned less.
 *
 * @example
 * courseRule('exam') // 'all-or-nothing'
 * courseRule('module') // 'partial'
 */
export function courseRule(kind: QuizKind): MultipleChoiceRule {
  return kind === 'exam' || kind === 'assignment' ? 'all-or-nothing' : 'partial'
}

/**
 * Quizzes whose questions are already chosen for the learner (today's review, the 错题本)
 * start as soon as they are opened, in practice mode: there is nothing to set.
 *
 * @example startsDirectly('review') // true
 */
export function startsDirectly(kind: QuizKind): boolean {
  return kind === 'review' || kind === 'mistakes'
}

/**
 * Quizzes a card's 开始练习 starts with the defaults (practice, 10 questions), straight on the quiz
 * page. Never the exam or an assignment: those have their own start, with its rules.
 *
 * @example startsFromCard('module') // true
 * @example startsFromCard('exam') // false
 */
export function startsFromCard(kind: QuizKind): boolean {
  return kind === 'module' || kind === 'mixed' || kind === 'local'
}

/** The same default as the home page's 今日 card: one number for both. */
export { DEFAULT_REVIEW_CAP as DEFAULT_DAILY_REVIEW_CAP }

/**
 * The learner's daily review cap, read defensively from saved settings: a whole number of at
 * least 1, otherwise the default.
 *
 * @example
 * dailyReviewCap(30) // 30
 * dailyReviewCap(undefined) // 20
 * dailyReviewCap(-2) // 20
 */
export function dailyReviewCap(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : DEFAULT_REVIEW_CAP
}
