/**
 * What the course reports to the LMS: completion (by the trainer's rule in content/lms.yaml),
 * success against the mastery score, and the exam's best or latest score.
 */
import type { SavedProgress } from '../progress/progress'
import type { LmsSettings } from './settings'

/** The exam's quiz id (as in src/domain/exam/standing.ts). */
const EXAM = 'exam'

/** Completion and success as the LMS runtimes take them (the shape of `LmsStatus` in src/platform/lms/runtime.ts). */
export interface CourseStatus {
  completed: boolean
  /** null until the exam has been taken. */
  passed: boolean | null
  score: { raw: number; min: number; max: number; scaled: number } | null
}

/**
 * The status to report for a learner's progress.
 * `masteryScore` is the LMS's own when it sets one (it wins over the course's setting).
 *
 * @example
 * courseStatus(progress, ['l1', 'l2'], settings, null)
 * // { completed: false, passed: true, score: { raw: 90, min: 0, max: 100, scaled: 0.9 } }
 */
export function courseStatus(
  progress: Pick<SavedProgress, 'learned' | 'attempts'>,
  lessonIds: readonly string[],
  settings: Pick<LmsSettings, 'completion' | 'masteryScore' | 'reportedScore'>,
  masteryScore: number | null,
): CourseStatus {
  const exams = progress.attempts
    .filter((attempt) => attempt.quizId === EXAM)
    .sort((a, b) => a.finishedAt.localeCompare(b.finishedAt))
  const counted =
    exams.length === 0
      ? null
      : settings.reportedScore === 'latest'
        ? exams[exams.length - 1]!
        : exams.reduce((best, attempt) => (attempt.score.percent > best.score.percent ? attempt : best))
  const mastery = masteryScore ?? settings.masteryScore
  const scaled = counted ? Math.round(counted.score.percent * 100) / 10_000 : null
  const passed = scaled === null ? null : scaled >= mastery
  const lessonsDone = lessonIds.length > 0 && lessonIds.every((lessonId) => lessonId in progress.learned)
  const completed =
    settings.completion === 'lessons'
      ? lessonsDone
      : settings.completion === 'exam'
        ? passed === true
        : lessonsDone && passed === true
  return {
    completed,
    passed,
    score: scaled === null ? null : { raw: Math.round(scaled * 10_000) / 100, min: 0, max: 100, scaled },
  }
}
