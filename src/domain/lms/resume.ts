/**
 * Bringing what the LMS kept (a decoded resume) into this device's progress without losing or
 * doubling anything. Scores come back as summary-only attempts (the per-question detail stays on the
 * PC where the quiz was taken) and role-plays as runs without their conversation; both carry ids
 * made from what they are, so restoring twice adds nothing, and a record this device already has
 * (the same quiz or role-play finished in the same minute) is not added again.
 * The rest follows the merge rules of src/domain/progress/progress.ts (`mergeProgress`).
 */
import { emptyProgress, type SavedProgress } from '../progress/progress'
import { mergeProgress } from '../progress/merge'
import type { QuizAttempt } from '../quiz/session'
import type { ScenarioRun } from '../scenario/runs'
import type { ResumeData, ResumedPlay, ResumedScore } from './suspendData'

const minuteOf = (iso: string) => Math.floor(Date.parse(iso) / 60_000)
const keyOf = (what: string, finishedAt: string) => `${what}@${minuteOf(finishedAt)}`

function attemptOf(score: ResumedScore, title: string): QuizAttempt {
  return {
    id: `lms-${score.quizId}-${minuteOf(score.finishedAt)}`,
    quizId: score.quizId,
    title,
    mode: 'test',
    rule: 'all-or-nothing',
    passMark: score.passMark,
    startedAt: score.finishedAt,
    finishedAt: score.finishedAt,
    questionIds: [],
    optionOrder: {},
    answers: {},
    points: {},
    summaryOnly: true,
    score: {
      points: score.points,
      max: score.max,
      correct: score.correct,
      percent: score.percent,
      passMark: score.passMark,
      passed: score.passed,
    },
  }
}

function runOf(play: ResumedPlay, title: string): ScenarioRun {
  return {
    id: `lms-${play.scenarioId}-${minuteOf(play.finishedAt)}`,
    scenarioId: play.scenarioId,
    title,
    startedAt: play.finishedAt,
    finishedAt: play.finishedAt,
    endingId: 'lms',
    rating: play.rating,
    percent: play.percent,
    points: play.points,
    max: play.max,
    totals: { courtesy: 0, empathy: 0, solving: 0, rules: 0 },
    history: [],
  }
}

export interface ResumeTitles {
  /** A quiz's title from its id (the resume keeps no titles, to stay small). */
  quiz: (quizId: string) => string
  scenario: (scenarioId: string) => string
}

/**
 * This device's progress with what the LMS kept merged in.
 *
 * @example
 * mergeResume(emptyProgress(), decoded, titles).learned // the lessons learned on the other PC
 */
export function mergeResume(mine: SavedProgress, resume: ResumeData, titles: ResumeTitles): SavedProgress {
  const haveAttempts = new Set(mine.attempts.map((attempt) => keyOf(attempt.quizId, attempt.finishedAt)))
  const haveRuns = new Set(mine.scenarioRuns.map((run) => keyOf(run.scenarioId, run.finishedAt)))
  const theirs: SavedProgress = {
    ...emptyProgress(),
    learned: resume.learned,
    attempts: [...resume.quizzes, ...resume.exams]
      .filter((score) => !haveAttempts.has(keyOf(score.quizId, score.finishedAt)))
      .map((score) => attemptOf(score, titles.quiz(score.quizId))),
    scenarioRuns: resume.plays
      .filter((play) => !haveRuns.has(keyOf(play.scenarioId, play.finishedAt)))
      .map((play) => runOf(play, titles.scenario(play.scenarioId))),
    reviewCards: resume.cards,
  }
  return mergeProgress(mine, theirs)
}
