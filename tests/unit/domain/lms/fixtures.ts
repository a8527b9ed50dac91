/** Progress fixtures for the LMS tests: a learner who has done everything, many times. */
import { emptyProgress, type SavedProgress } from '../../../../src/domain/progress/progress'
import type { QuizAttempt } from '../../../../src/domain/quiz/session'
import type { ScenarioRun } from '../../../../src/domain/scenario/runs'

const BASE = Date.UTC(2026, 0, 5, 8, 0, 0)
export const at = (minutes: number) => new Date(BASE + minutes * 60_000).toISOString()

export function attempt(quizId: string, n: number, percent: number, questionIds: string[] = []): QuizAttempt {
  return {
    id: `${quizId}-attempt-${n}-xxxxxxxxxxxxxxxxxxxx`,
    quizId,
    title: `测验 ${quizId}`,
    mode: 'test',
    rule: 'all-or-nothing',
    passMark: 80,
    startedAt: at(n * 7),
    finishedAt: at(n * 7 + 5),
    questionIds,
    optionOrder: {},
    answers: {},
    points: {},
    score: {
      points: (percent / 100) * 50,
      max: 50,
      correct: Math.round(percent / 2),
      percent,
      passMark: 80,
      passed: percent >= 80,
    },
  }
}

export function run(scenarioId: string, n: number, percent: number): ScenarioRun {
  return {
    id: `${scenarioId}-run-${n}`,
    scenarioId,
    title: `情景 ${scenarioId}`,
    startedAt: at(n * 11),
    finishedAt: at(n * 11 + 9),
    endingId: 'end',
    rating: percent >= 85 ? 'excellent' : percent >= 60 ? 'pass' : 'improve',
    percent,
    points: percent / 10,
    max: 10,
    totals: { courtesy: 1, empathy: 2, solving: 3, rules: 4 },
    history: [{ stepId: 'open', kind: 'choice', reply: 1, scores: { courtesy: 1 } }],
  }
}

export const MODULES = [
  'overview',
  'qualities',
  'voice-language',
  'communication',
  'phone-etiquette',
  'standard-phrases',
  'reception',
  'complaints',
  'interview',
]

/**
 * Every lesson (70, with long ids), every module quiz and the mixed quizzes 30 times, 200 exam
 * attempts, 16 role-plays 25 times each and a review card for each of 450 questions.
 */
export function everythingManyTimes(): SavedProgress {
  const progress = emptyProgress()
  for (let index = 0; index < 70; index++)
    progress.learned[`${MODULES[index % 9]}-lesson-with-a-long-descriptive-id-${index}`] = at(index)
  const quizIds = [...MODULES.map((id) => `module:${id}`), 'mixed', 'mistakes', 'review', 'assignment:abcd1234']
  let n = 0
  for (let round = 0; round < 30; round++)
    for (const quizId of quizIds) progress.attempts.push(attempt(quizId, n++, (round * 37 + n) % 101))
  for (let round = 0; round < 200; round++) progress.attempts.push(attempt('exam', n++, (round * 53) % 101))
  for (let round = 0; round < 25; round++)
    for (let s = 0; s < 16; s++)
      progress.scenarioRuns.push(run(`scenario-number-${s}`, round * 16 + s, (round * 29 + s) % 101))
  for (let q = 0; q < 450; q++) {
    progress.reviewCards[`${MODULES[q % 9]}-q${String(q).padStart(3, '0')}`] = {
      due: at(5000 + q * 13),
      stability: 1.2345 + q,
      difficulty: 5.678,
      elapsed_days: 3,
      scheduled_days: 4,
      learning_steps: 0,
      reps: q % 7,
      lapses: q % 3,
      state: q % 4,
      last_review: at(1000 + q),
    }
  }
  return progress
}
