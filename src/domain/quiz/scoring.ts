/**
 * Scoring quiz answers: per question for each type, and whole quizzes against
 * a pass mark. Multiple choice is all-or-nothing unless a quiz chooses partial
 * credit, which the learner is told before starting.
 */

export type QuestionType = 'single' | 'multiple' | 'truefalse'

/** What the scoring needs of a question; content questions fit this shape. */
export interface ScorableQuestion {
  id: string
  type: QuestionType
  /** single: the right option's index; multiple: every right option's index; truefalse: the right verdict. */
  answer: number | readonly number[] | boolean
}

/** A learner's answer: an option index, a set of indices, a verdict, or nothing yet. */
export type GivenAnswer = number | number[] | boolean | null

export type MultipleChoiceRule = 'all-or-nothing' | 'partial'

/**
 * Points (0 to 1) for one answer.
 * Partial credit: each right option chosen +1/n and each wrong option chosen −1/n,
 * where n is the number of right options; never below 0.
 *
 * @example
 * scoreAnswer({ id: 'q', type: 'multiple', answer: [0, 2] }, [0], 'partial') // 0.5
 * scoreAnswer({ id: 'q', type: 'multiple', answer: [0, 2] }, [0], 'all-or-nothing') // 0
 */
export function scoreAnswer(
  question: ScorableQuestion,
  given: GivenAnswer,
  rule: MultipleChoiceRule = 'all-or-nothing',
): number {
  if (given === null) return 0
  switch (question.type) {
    case 'single':
      return typeof given === 'number' && given === question.answer ? 1 : 0
    case 'truefalse':
      return typeof given === 'boolean' && given === question.answer ? 1 : 0
    case 'multiple': {
      if (!Array.isArray(given) || !Array.isArray(question.answer)) return 0
      const right = new Set(question.answer as readonly number[])
      const chosen = new Set(given)
      if (rule === 'all-or-nothing') {
        return chosen.size === right.size && [...chosen].every((index) => right.has(index)) ? 1 : 0
      }
      let points = 0
      for (const index of chosen) points += right.has(index) ? 1 / right.size : -1 / right.size
      // Rounded so that, e.g., three thirds make exactly 1.
      return Math.max(0, Math.round(points * 1e6) / 1e6)
    }
  }
}

/**
 * Points as a learner reads them: partial credit on multiple-choice questions makes thirds and
 * sevenths, kept exact in the record and shown to two decimals at most (2.666667 → 2.67).
 */
export const shownPoints = (points: number): number => Math.round(points * 100) / 100

/** True only for a fully right answer (partial credit is not "correct"). */
export function isCorrect(question: ScorableQuestion, given: GivenAnswer): boolean {
  return scoreAnswer(question, given, 'all-or-nothing') === 1
}

export interface QuizScore {
  /** Points earned, e.g. 7.5. */
  points: number
  /** One point per question. */
  max: number
  /** Fully right answers. */
  correct: number
  /** 0–100, rounded to one decimal. */
  percent: number
  passMark: number
  passed: boolean
}

/**
 * Scores a whole quiz; unanswered questions earn nothing.
 *
 * @example
 * scoreQuiz(questions, { q1: 0, q2: true }, { rule: 'all-or-nothing', passMark: 60 })
 * // { points: 2, max: 2, correct: 2, percent: 100, passMark: 60, passed: true }
 */
export function scoreQuiz(
  questions: readonly ScorableQuestion[],
  answers: Readonly<Record<string, GivenAnswer>>,
  options: { rule: MultipleChoiceRule; passMark: number },
): QuizScore {
  let points = 0
  let correct = 0
  for (const question of questions) {
    const given = answers[question.id] ?? null
    points += scoreAnswer(question, given, options.rule)
    if (isCorrect(question, given)) correct += 1
  }
  points = Math.round(points * 1e6) / 1e6
  const max = questions.length
  const exact = max === 0 ? 0 : (points / max) * 100
  return {
    points,
    max,
    correct,
    percent: Math.round(exact * 10) / 10,
    passMark: options.passMark,
    passed: max > 0 && exact >= options.passMark,
  }
}
