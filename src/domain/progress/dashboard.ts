/**
 * What the 我的进度 page shows, computed from saved progress: time spent,
 * weakest topics, the score trend, and the one next step (the streak is in daily.ts).
 */
import type { HistoryFigures } from './figures'
import type { ProgressGlance } from './summary'
import { DEFAULT_REVIEW_CAP, todaysReview } from './daily'
import { nextUnlearned, type LessonRef } from './progress'
import { pathOrder } from './path'

const MINUTE = 60_000

/**
 * Estimated minutes of study: reading time of learned lessons plus the time of each quiz and
 * role-play (their sittings as the glance keeps them, figures.ts).
 *
 * @example
 * timeSpentMinutes({ learned, figures }, { 'beijing-map-case': 4 }) // 4 + quiz and role-play minutes
 */
export function timeSpentMinutes(
  glance: Pick<ProgressGlance, 'learned' | 'figures'>,
  readingMinutes: Readonly<Record<string, number>>,
): number {
  let minutes = glance.figures.sittingMs / MINUTE
  for (const lessonId of Object.keys(glance.learned)) minutes += readingMinutes[lessonId] ?? 0
  return Math.round(minutes)
}

export interface TagStat {
  tag: string
  answered: number
  correct: number
  /** Share answered fully right, 0–100. */
  percent: number
}

/**
 * Per topic tag, how often its questions were answered right; weakest first. Built from each
 * question's tally, so a question tagged anew counts under its new tags at once.
 * Tags with fewer than `minAnswered` answers are left out as too little to judge.
 */
export function tagStats(
  questions: HistoryFigures['questions'],
  tagsOf: (questionId: string) => readonly string[] | undefined,
  minAnswered = 3,
): TagStat[] {
  const stats = new Map<string, { answered: number; correct: number }>()
  for (const [questionId, [asked, right]] of Object.entries(questions)) {
    for (const tag of tagsOf(questionId) ?? []) {
      const stat = stats.get(tag) ?? { answered: 0, correct: 0 }
      stat.answered += asked
      stat.correct += right
      stats.set(tag, stat)
    }
  }
  return [...stats]
    .filter(([, stat]) => stat.answered >= minAnswered)
    .map(([tag, stat]) => ({ tag, ...stat, percent: Math.round((stat.correct / stat.answered) * 100) }))
    .sort((a, b) => a.percent - b.percent || b.answered - a.answered)
}

/**
 * Where to go over a topic: the lesson whose questions on it the learner got wrong most often (of
 * equals, the one answered most, then the first met). Undefined when none of its answered
 * questions is still in the course.
 *
 * @example
 * lessonToReview({ 'phone-q1': [3, 1], 'basics-q2': [2, 2] }, '电话礼仪', questionMeta) // 'phone-rings'
 */
export function lessonToReview(
  questions: HistoryFigures['questions'],
  tag: string,
  metaOf: (questionId: string) => { lesson: string; tags: readonly string[] } | undefined,
): string | undefined {
  const byLesson = new Map<string, { wrong: number; asked: number }>()
  for (const [questionId, [asked, right]] of Object.entries(questions)) {
    const meta = metaOf(questionId)
    if (!meta?.tags.includes(tag)) continue
    const tally = byLesson.get(meta.lesson) ?? { wrong: 0, asked: 0 }
    tally.wrong += asked - right
    tally.asked += asked
    byLesson.set(meta.lesson, tally)
  }
  let best: [string, { wrong: number; asked: number }] | undefined
  for (const entry of byLesson) {
    if (!best || entry[1].wrong > best[1].wrong || (entry[1].wrong === best[1].wrong && entry[1].asked > best[1].asked))
      best = entry
  }
  return best?.[0]
}

export type NextStep =
  | { kind: 'lesson'; lesson: LessonRef }
  | { kind: 'review'; count: number }
  | { kind: 'quiz'; moduleId: string }
  | { kind: 'scenario'; scenarioId: string }
  | { kind: 'done' }

/**
 * The single most useful thing to do next, in the same order as the home page
 * offers it: the next unread lesson, then today's review (at most what is left of
 * the daily cap, never the whole backlog), then a module quiz not yet passed,
 * then a role-play not yet rated 优秀. Modules come in the learner's order, as on home: an interview
 * candidate's starts with the interview module.
 *
 * @example
 * nextStep(progressWith57Due, course, now, 20) // { kind: 'lesson', … } while lessons are left, else { kind: 'review', count: 20 }
 */
export function nextStep(
  progress: Pick<ProgressGlance, 'learned' | 'attempts' | 'scenarioRuns' | 'reviewDue'>,
  course: {
    modules: readonly { id: string; lessons: readonly { id: string }[] }[]
    scenarioIds: readonly string[]
    /** What the learner is here for (the welcome's answer), which orders the modules. */
    purpose?: string
  },
  now: Date,
  reviewCap = DEFAULT_REVIEW_CAP,
): NextStep {
  const modules = pathOrder(course.modules, course.purpose)
  const lesson = nextUnlearned(modules, progress)
  if (lesson) return { kind: 'lesson', lesson }
  const review = todaysReview(progress, now, reviewCap).left
  if (review > 0) return { kind: 'review', count: review }
  const passed = new Set(progress.attempts.filter((attempt) => attempt.score.passed).map((attempt) => attempt.quizId))
  const module = modules.find((candidate) => !passed.has(`m-${candidate.id}`))
  if (module) return { kind: 'quiz', moduleId: module.id }
  const excellent = new Set(
    progress.scenarioRuns.filter((run) => run.rating === 'excellent').map((run) => run.scenarioId),
  )
  const scenarioId = course.scenarioIds.find((id) => !excellent.has(id))
  if (scenarioId) return { kind: 'scenario', scenarioId }
  return { kind: 'done' }
}
