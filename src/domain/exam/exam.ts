/**
 * The certification exam: drawing it with fixed weights per module (unseen
 * questions first on a retake) and repairing a cut session. Which attempt counts
 * and the score per module are in standing.ts; certificates in certificate.ts.
 */
import { EXAM_QUIZ_ID, examSize } from './standing'
import { seededRandom, shuffled } from '../quiz/random'
import { startSession, type QuizAttempt, type QuizSession, type SessionQuestion } from '../quiz/session'

/**
 * Draws the exam: from each module its weight in questions, preferring ones
 * this learner has not been asked in an earlier exam. A question whose key
 * rests on the course's own reading rather than a quoted rule (a printed
 * exercise no document answers) is practised, never examined.
 *
 * @example
 * drawExam({ a: [q1, q2, q3] }, { a: 2 }, new Set(['q1']), 7) // q2 and q3, in a seeded order
 */
export function drawExam<T extends { id: string; citation?: { kind: string } }>(
  banks: Readonly<Record<string, readonly T[]>>,
  weights: Readonly<Record<string, number>>,
  seen: ReadonlySet<string>,
  seed: number,
): T[] {
  const random = seededRandom(seed)
  const drawn: T[] = []
  for (const moduleId of Object.keys(weights).sort()) {
    const examinable = (banks[moduleId] ?? []).filter((question) => question.citation?.kind !== 'supplementary')
    const pool = shuffled(examinable, random)
    const fresh = pool.filter((question) => !seen.has(question.id))
    const again = pool.filter((question) => seen.has(question.id))
    drawn.push(...[...fresh, ...again].slice(0, weights[moduleId] ?? 0))
  }
  return drawn
}

/** Question ids asked in earlier exams. */
export function examQuestionsSeen(attempts: readonly QuizAttempt[]): Set<string> {
  return new Set(
    attempts.filter((attempt) => attempt.quizId === EXAM_QUIZ_ID).flatMap((attempt) => attempt.questionIds),
  )
}

/**
 * An exam under way whose saved question list was cut (fewer different questions of
 * the course than the exam asks, say by editing the saved data) is put back as it
 * was drawn: the draw is repeated from the session's saved seed, with the same
 * weights and the same earlier exams, which gives the same questions in the same
 * order. Answers already given are kept (a question the draw no longer gives, say
 * one whose seed was edited too, stays, and the list is topped up to the exam's
 * size); the start, the deadline and the time used stay, so nothing is gained by
 * cutting the list. A whole list, another quiz, or banks that cannot give more
 * questions leave the session as it is.
 *
 * @example
 * repairExamSession({ …exam, questionIds: ['q1'] }, banks, weights, attempts).questionIds.length // examSize(weights)
 */
export function repairExamSession(
  session: QuizSession,
  banks: Readonly<Record<string, readonly SessionQuestion[]>>,
  weights: Readonly<Record<string, number>>,
  attempts: readonly QuizAttempt[],
): QuizSession {
  if (session.quizId !== EXAM_QUIZ_ID) return session
  const size = examSize(weights)
  const known = new Set(
    Object.values(banks)
      .flat()
      .map((question) => question.id),
  )
  // The different questions of the course the saved list asks, in its order.
  const kept = [...new Set(session.questionIds.filter((id) => known.has(id)))]
  const clean = kept.length === session.questionIds.length
  if (clean && kept.length >= size) return session
  const drawn = startSession(
    session,
    drawExam(banks, weights, examQuestionsSeen(attempts), session.seed),
    session.seed,
    new Date(session.startedAt),
    session.id,
  )
  const questionIds = kept.every((id) => drawn.questionIds.includes(id))
    ? drawn.questionIds
    : [...kept, ...drawn.questionIds.filter((id) => !kept.includes(id))].slice(0, Math.max(size, kept.length))
  if (questionIds.length === 0 || (clean && questionIds.length <= kept.length)) return session
  const shown = session.questionIds[session.current]
  const inList = (id: string) => questionIds.includes(id)
  return {
    ...session,
    questionIds,
    optionOrder: Object.fromEntries(
      questionIds.flatMap((id) => {
        const order = session.optionOrder[id] ?? drawn.optionOrder[id]
        return order ? [[id, order]] : []
      }),
    ),
    answers: Object.fromEntries(Object.entries(session.answers).filter(([id]) => inList(id))),
    revealed: session.revealed.filter(inList),
    current:
      shown !== undefined && inList(shown)
        ? questionIds.indexOf(shown)
        : Math.min(session.current, questionIds.length - 1),
  }
}
