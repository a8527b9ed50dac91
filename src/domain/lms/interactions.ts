/**
 * A finished quiz as the LMS reports it: one interaction per question, in the shape SCORM
 * interactions and xAPI `answered` statements share (`LmsInteraction` in src/platform/lms/runtime.ts).
 * Options are named by letter (a, b, c …) in the order the course wrote them, so a trainer's report
 * reads the same whatever order the learner saw.
 */
import type { QuizAttempt } from '../quiz/session'
import { isCorrect, type GivenAnswer, type ScorableQuestion } from '../quiz/scoring'

/** What an interaction needs of a question; content questions fit this shape (a true/false one has no options). */
export interface ReportedQuestion extends ScorableQuestion {
  stem: string
  options?: readonly string[]
}

export interface QuizInteraction {
  id: string
  type: 'choice' | 'true-false'
  description: string
  learnerResponse: string[]
  correctResponse: string[]
  /** A choice question's options, by the letters the responses use, so an LRS report can show their words. */
  choices: { id: string; description: string }[]
  correct: boolean
  latencySeconds: number | null
  at: string
}

const letter = (index: number) => String.fromCharCode(97 + index)

function responseOf(question: ScorableQuestion, given: GivenAnswer | number | readonly number[] | boolean): string[] {
  if (given === null || given === undefined) return []
  if (question.type === 'truefalse') return typeof given === 'boolean' ? [String(given)] : []
  if (typeof given === 'number') return [letter(given)]
  if (Array.isArray(given)) return [...given].sort((a, b) => a - b).map(letter)
  return []
}

/** An interaction id: ASCII, at most 250 characters. */
export function interactionId(questionId: string): string {
  return questionId.replace(/[^\w.-]/g, '_').slice(0, 250) || 'q'
}

/**
 * One interaction per question of a finished attempt, in the order asked. Questions the course no
 * longer has are left out. The latency is the time the question was on screen, where the attempt kept it.
 *
 * @example
 * attemptInteractions(attempt, questionsById)[0]
 * // { id: 'overview-q001', type: 'choice', learnerResponse: ['b'], correctResponse: ['a'],
 * //   choices: [{ id: 'a', description: '…' }, { id: 'b', description: '…' }], correct: false, … }
 */
export function attemptInteractions(
  attempt: Pick<QuizAttempt, 'questionIds' | 'answers' | 'finishedAt' | 'spentMs'>,
  questions: ReadonlyMap<string, ReportedQuestion>,
): QuizInteraction[] {
  const result: QuizInteraction[] = []
  for (const questionId of attempt.questionIds) {
    const question = questions.get(questionId)
    if (!question) continue
    const given = attempt.answers[questionId] ?? null
    result.push({
      id: interactionId(questionId),
      type: question.type === 'truefalse' ? 'true-false' : 'choice',
      description: question.stem,
      learnerResponse: responseOf(question, given),
      correctResponse: responseOf(question, question.answer as GivenAnswer),
      choices: (question.options ?? []).map((description, index) => ({ id: letter(index), description })),
      correct: isCorrect(question, given),
      latencySeconds: latencyOf(attempt.spentMs?.[questionId]),
      at: attempt.finishedAt,
    })
  }
  return result
}

/** What a role-play choice needs of its step; content steps fit this shape. */
export interface ReportedStep {
  id: string
  kind: 'choice' | 'free'
  text: string
  replies?: readonly { text: string; scores: Readonly<Record<string, number | undefined>> }[]
}

export interface ScenarioChoice {
  scenarioId: string
  scenarioTitle: string
  stepId: string
  prompt: string
  response: string
  points: number
  at: string
}

const sum = (scores: Readonly<Record<string, number | undefined>>) =>
  Object.values(scores).reduce<number>((total, value) => total + (value ?? 0), 0)

/**
 * One entry per reply of a finished role-play: the caller's words at that step and the learner's
 * reply (chosen or typed), with the points it earned. Steps the scenario no longer has are left out.
 *
 * @example
 * scenarioChoices(run, steps)[0] // { stepId: 'open', prompt: '喂？', response: '您好，…', points: 3, … }
 */
export function scenarioChoices(
  run: {
    scenarioId: string
    title: string
    finishedAt: string
    history: readonly (
      | { stepId: string; kind: 'choice'; reply: number; scores: Readonly<Record<string, number>> }
      | { stepId: string; kind: 'free'; text: string; scores: Readonly<Record<string, number>> }
    )[]
  },
  steps: readonly ReportedStep[],
): ScenarioChoice[] {
  return run.history.flatMap((entry) => {
    const step = steps.find((candidate) => candidate.id === entry.stepId)
    if (!step) return []
    const response = entry.kind === 'choice' ? step.replies?.[entry.reply]?.text : entry.text
    if (response === undefined) return []
    return [
      {
        scenarioId: run.scenarioId,
        scenarioTitle: run.title,
        stepId: entry.stepId,
        prompt: step.text,
        response,
        points: sum(entry.scores),
        at: run.finishedAt,
      },
    ]
  })
}

/** Seconds to one decimal, or null when the time was not kept. */
function latencyOf(ms: number | undefined): number | null {
  return ms === undefined ? null : Math.round(ms / 100) / 10
}
