/**
 * A quiz in progress and its finished record. Everything needed to resume a
 * quiz days later — the order of questions and options, the answers so far,
 * where the learner was — is plain data saved with the learner's progress.
 */
import type { InferOutput } from 'valibot'
import type { QuizAttemptSchema, QuizSessionSchema } from '../progress/savedData'
import { seededRandom, shuffled } from './random'
import { deadlineAfter } from './deadline'
import { hasAnswer } from './answered'
import { scoreAnswer, scoreQuiz, type GivenAnswer, type MultipleChoiceRule, type ScorableQuestion } from './scoring'

export type QuizMode = 'practice' | 'test'

export interface QuizSettings {
  /** Which quiz: `module:<id>`, `mixed` or `mistakes`. */
  quizId: string
  title: string
  mode: QuizMode
  rule: MultipleChoiceRule
  /** Percent needed to pass, 0–100. */
  passMark: number
}

/**
 * A quiz in progress: the order of questions and options, the answers so far (in original option
 * indices, so they survive any reshuffle), the practice answers already checked (`revealed`, final),
 * the question on screen, and for a timed quiz its deadline and the time it has run (`elapsedMs`,
 * see deadline.ts). The type is the saved-data schema's, so the two cannot drift apart.
 */
export type QuizSession = InferOutput<typeof QuizSessionSchema>

/**
 * A finished quiz, as kept in the learner's history: the option order the learner saw, the
 * answers, the points (0–1) per question and the score. `summaryOnly` marks an attempt an earlier
 * version saved with its score alone. The type is the saved-data schema's.
 */
export type QuizAttempt = InferOutput<typeof QuizAttemptSchema>

export interface SessionQuestion extends ScorableQuestion {
  options?: readonly string[]
}

/**
 * Picks `count` questions from a pool in a seeded random order (all when count is larger).
 *
 * @example
 * pickQuestions(['a', 'b', 'c'], 2, 7) // two ids, the same two for seed 7
 */
export function pickQuestions<T>(pool: readonly T[], count: number, seed: number): T[] {
  return shuffled(pool, seededRandom(seed)).slice(0, Math.max(0, count))
}

/**
 * Starts a session: question order and option order are shuffled from the
 * seed; true/false statements have no options to shuffle.
 */
export function startSession(
  settings: QuizSettings,
  questions: readonly SessionQuestion[],
  seed: number,
  now: Date,
  id: string,
): QuizSession {
  const random = seededRandom(seed)
  const ordered = shuffled(questions, random)
  const optionOrder: Record<string, number[]> = {}
  for (const question of ordered) {
    if (question.type !== 'truefalse' && question.options) {
      optionOrder[question.id] = shuffled(
        question.options.map((_, index) => index),
        random,
      )
    }
  }
  const at = now.toISOString()
  return {
    ...settings,
    id,
    seed,
    questionIds: ordered.map((question) => question.id),
    optionOrder,
    answers: {},
    revealed: [],
    current: 0,
    startedAt: at,
    updatedAt: at,
  }
}

/**
 * A new quiz as the learner starts it: its questions drawn from `seed`, an id
 * unique on the device, and for a timed quiz the deadline, fixed now.
 *
 * @example
 * newSession(settings, questions, 42, now, 90).deadline // 90 minutes from now
 */
export function newSession(
  settings: QuizSettings,
  questions: readonly SessionQuestion[],
  seed: number,
  now: Date,
  timeLimitMinutes?: number | null,
): QuizSession {
  const id = `${settings.quizId}-${now.getTime().toString(36)}-${seed.toString(36)}`
  const session = startSession(settings, questions, seed, now, id)
  return timeLimitMinutes ? { ...session, deadline: deadlineAfter(now, timeLimitMinutes) } : session
}

/** Records an answer; a practice answer whose feedback was shown cannot change. */
export function answerQuestion(session: QuizSession, questionId: string, given: GivenAnswer, now: Date): QuizSession {
  if (!session.questionIds.includes(questionId) || session.revealed.includes(questionId)) return session
  return { ...session, answers: { ...session.answers, [questionId]: given }, updatedAt: now.toISOString() }
}

/** Practice mode: shows the feedback for a question (only once it has an answer). */
export function revealQuestion(session: QuizSession, questionId: string, now: Date): QuizSession {
  if (session.revealed.includes(questionId) || !hasAnswer(session.answers[questionId] ?? null)) return session
  return { ...session, revealed: [...session.revealed, questionId], updatedAt: now.toISOString() }
}

/** Moves to question `index`, kept within the quiz. */
export function moveTo(session: QuizSession, index: number, now: Date): QuizSession {
  const current = Math.min(Math.max(0, index), session.questionIds.length - 1)
  return current === session.current ? session : { ...session, current, updatedAt: now.toISOString() }
}

/** What the quiz's main button (and Enter) does on the question on screen. */
export type MainAction = 'check' | 'next' | 'finish-practice' | 'hand-in'

/**
 * Practice checks an answer first, then moves on; a test moves on at once.
 * On the last question the learner finishes the practice or hands the test in.
 *
 * @example
 * mainAction(session, false) // 'check' in practice, 'next' in a test (before the last question)
 */
export function mainAction(session: Pick<QuizSession, 'mode' | 'current' | 'questionIds' | 'revealed'>): MainAction {
  const questionId = session.questionIds[session.current]
  const revealed = questionId !== undefined && session.revealed.includes(questionId)
  if (session.mode === 'practice' && !revealed) return 'check'
  if (session.current < session.questionIds.length - 1) return 'next'
  return session.mode === 'practice' ? 'finish-practice' : 'hand-in'
}

/**
 * Unanswered questions to confirm before handing in: a test asks, a practice
 * (checked question by question) and a hand-in at the deadline do not.
 */
export function unansweredToConfirm(session: QuizSession, atDeadline: boolean): number {
  if (atDeadline || session.mode !== 'test') return 0
  return session.questionIds.length - answeredCount(session)
}

/** What a learner is shown before handing a test in. */
export interface HandInSummary {
  total: number
  answered: number
  /** Positions (0-based, in the order asked) of the questions with no answer, to jump back to. */
  unanswered: number[]
}

/**
 * Answered and unanswered questions of a session, for the confirmation before hand-in.
 *
 * @example
 * handInSummary({ questionIds: ['a', 'b', 'c'], answers: { b: 1 } }) // { total: 3, answered: 1, unanswered: [0, 2] }
 */
export function handInSummary(session: Pick<QuizSession, 'questionIds' | 'answers'>): HandInSummary {
  const unanswered = session.questionIds.flatMap((id, position) =>
    hasAnswer(session.answers[id] ?? null) ? [] : [position],
  )
  return { total: session.questionIds.length, answered: session.questionIds.length - unanswered.length, unanswered }
}

/** How many questions have an answer. */
export function answeredCount(session: QuizSession): number {
  return session.questionIds.filter((id) => hasAnswer(session.answers[id] ?? null)).length
}

/**
 * Ends a session and scores it. Questions missing from `questions` (removed
 * from the bank since the quiz began) are left out of the score.
 */
export function finishSession(
  session: QuizSession,
  questions: readonly ScorableQuestion[],
  now: Date,
  id: string,
): QuizAttempt {
  const byId = new Map(questions.map((question) => [question.id, question]))
  const asked = session.questionIds.flatMap((questionId) => {
    const question = byId.get(questionId)
    return question ? [question] : []
  })
  const points: Record<string, number> = {}
  for (const question of asked)
    points[question.id] = scoreAnswer(question, session.answers[question.id] ?? null, session.rule)
  return {
    quizId: session.quizId,
    title: session.title,
    mode: session.mode,
    rule: session.rule,
    passMark: session.passMark,
    id,
    startedAt: session.startedAt,
    finishedAt: now.toISOString(),
    questionIds: asked.map((question) => question.id),
    optionOrder: Object.fromEntries(
      asked.flatMap((question) =>
        session.optionOrder[question.id] ? [[question.id, session.optionOrder[question.id]!]] : [],
      ),
    ),
    answers: Object.fromEntries(asked.map((question) => [question.id, session.answers[question.id] ?? null])),
    ...(session.spentMs
      ? {
          spentMs: Object.fromEntries(
            asked.flatMap((question) =>
              session.spentMs?.[question.id] !== undefined ? [[question.id, session.spentMs[question.id]!]] : [],
            ),
          ),
        }
      : {}),
    points,
    score: scoreQuiz(asked, session.answers, { rule: session.rule, passMark: session.passMark }),
  }
}

/**
 * The 错题本: questions whose most recent answer, across all attempts, was not
 * fully right (as scored when answered). Attempts are read in the order they finished.
 *
 * @example
 * mistakenQuestionIds([attemptWith({ q1: wrong }), attemptWith({ q1: right })]) // []
 */
export function mistakenQuestionIds(attempts: readonly QuizAttempt[]): string[] {
  return lastMistakes(attempts).map(({ questionId }) => questionId)
}

/** Each question whose last answer (attempts read in the order they finished) was not fully right, with its attempt. */
function lastMistakes(attempts: readonly QuizAttempt[]): Mistake[] {
  const latest = new Map<string, QuizAttempt>()
  const ordered = [...attempts].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt))
  for (const attempt of ordered) for (const questionId of attempt.questionIds) latest.set(questionId, attempt)
  return [...latest]
    .filter(([questionId, attempt]) => attempt.points[questionId] !== 1)
    .map(([questionId, attempt]) => ({ questionId, attempt }))
}

/** A question still in the 错题本, with the hand-in where it was last answered (wrong, or left blank). */
export interface Mistake {
  questionId: string
  attempt: QuizAttempt
}

/**
 * The 错题本 to read through: the questions `mistakenQuestionIds` names, each with the hand-in where
 * it was last answered (what was chosen, in what order), the most recent hand-in first.
 *
 * @example mistakesToReview([attempt]) // [{ questionId: 'q2', attempt }] when q2 was answered wrong
 */
export function mistakesToReview(attempts: readonly QuizAttempt[]): Mistake[] {
  return lastMistakes(attempts).sort(
    (a, b) =>
      b.attempt.finishedAt.localeCompare(a.attempt.finishedAt) ||
      // One hand-in's questions in the order it asked them.
      a.attempt.questionIds.indexOf(a.questionId) - b.attempt.questionIds.indexOf(b.questionId),
  )
}

/** The most one step adds to a question's time: a page left open is not time spent answering. */
export const MAX_QUESTION_STEP_MS = 5 * 60_000

/**
 * The session with `ms` more spent on question `questionId` (the one that was on screen), each step
 * capped at MAX_QUESTION_STEP_MS. An LMS reports it as the question's latency.
 *
 * @example withTimeOnQuestion(session, 'q1', 12_000).spentMs?.q1 // 12000 more than before
 */
export function withTimeOnQuestion(session: QuizSession, questionId: string | undefined, ms: number): QuizSession {
  if (!questionId || !session.questionIds.includes(questionId) || !(ms > 0)) return session
  const spent = (session.spentMs?.[questionId] ?? 0) + Math.min(ms, MAX_QUESTION_STEP_MS)
  return { ...session, spentMs: { ...session.spentMs, [questionId]: Math.round(spent) } }
}
