/**
 * The way through the course: the next lesson for what the learner is here for,
 * where each module stands (lessons, quiz, badge), when a module has just been
 * finished, which role-play to suggest, and whether the learner is ready for the exam.
 */
import type { SavedProgress, LessonRef } from './progress'
import { nextUnlearned } from './progress'
import { attemptsOfQuiz } from '../quiz/records'
import type { AttemptHead } from './summary'
import type { Rating } from '../scenario/engine'

/** The module a learner preparing for an interview starts with. */
export const INTERVIEW_MODULE_ID = 'interview'

/** What a profile says the learner is here for; absent is a new hire. */
export type Purpose = 'newHire' | 'interview' | 'trainer'

interface PathModule {
  id: string
  lessons: readonly { id: string; optional?: boolean }[]
}

/**
 * The modules in the order this learner takes them: someone preparing for an
 * interview starts with the interview module, everyone else follows the course order.
 *
 * @example
 * pathOrder([{ id: 'a', … }, { id: 'interview', … }], 'interview').map((m) => m.id) // ['interview', 'a']
 */
export function pathOrder<T extends { id: string }>(modules: readonly T[], purpose?: string): T[] {
  if (purpose !== 'interview') return [...modules]
  const first = modules.filter((module) => module.id === INTERVIEW_MODULE_ID)
  return [...first, ...modules.filter((module) => module.id !== INTERVIEW_MODULE_ID)]
}

/**
 * The next required lesson not yet learned, in this learner's order; null when all are learned.
 *
 * @example
 * nextLessonFor(modules, { learned: {} }, 'interview') // the interview module's first lesson
 */
export function nextLessonFor(
  modules: readonly PathModule[],
  progress: Pick<SavedProgress, 'learned'>,
  purpose?: string,
): LessonRef | null {
  return nextUnlearned(pathOrder(modules, purpose), progress)
}

export interface ModuleStanding {
  moduleId: string
  lessonsDone: number
  lessonsTotal: number
  /** The module quiz's best score in percent, null before any attempt. */
  quizBest: number | null
  quizPassed: boolean
  /** The badge: every required lesson learned and the module quiz passed. */
  done: boolean
}

/**
 * Where one module stands. `quizId` is the module quiz's id (quiz/catalog.ts `moduleQuizId`).
 *
 * @example
 * moduleStanding(module, progress, 'm-basics') // { lessonsDone: 2, lessonsTotal: 2, quizPassed: true, done: true, … }
 */
export function moduleStanding(
  module: PathModule,
  progress: Pick<SavedProgress, 'learned'> & { attempts: readonly AttemptHead[] },
  quizId: string,
): ModuleStanding {
  const required = module.lessons.filter((lesson) => !lesson.optional)
  const lessonsDone = required.filter((lesson) => lesson.id in progress.learned).length
  const attempts = attemptsOfQuiz(progress.attempts, quizId)
  let quizBest: number | null = null
  for (const attempt of attempts)
    quizBest = quizBest === null ? attempt.score.percent : Math.max(quizBest, attempt.score.percent)
  const quizPassed = attempts.some((attempt) => attempt.score.passed)
  return {
    moduleId: module.id,
    lessonsDone,
    lessonsTotal: required.length,
    quizBest,
    quizPassed,
    done: lessonsDone === required.length && quizPassed,
  }
}

/**
 * True when every module has its badge: the course-complete moment.
 *
 * @example courseComplete([{ done: true }, { done: false }]) // false
 */
export function courseComplete(standings: readonly Pick<ModuleStanding, 'done'>[]): boolean {
  return standings.length > 0 && standings.every((standing) => standing.done)
}

/**
 * True when `lessonId` finished its module: it is a required lesson of `module`, every
 * required lesson is learned, and it was the last of them to be learned. Stays true
 * on a reload of that lesson, and is false for any other lesson of the module.
 *
 * @example
 * moduleJustCompleted(module, { a: '2026-01-01T09:00:00Z', b: '2026-01-02T09:00:00Z' }, 'b') // true
 * moduleJustCompleted(module, { a: '2026-01-01T09:00:00Z', b: '2026-01-02T09:00:00Z' }, 'a') // false
 */
export function moduleJustCompleted(
  module: PathModule,
  learned: Readonly<Record<string, string>>,
  lessonId: string,
): boolean {
  const required = module.lessons.filter((lesson) => !lesson.optional).map((lesson) => lesson.id)
  if (!required.includes(lessonId) || !required.every((id) => id in learned)) return false
  const at = learned[lessonId]!
  return required.every((id) => learned[id]! <= at)
}

/**
 * The module the learner is in: the next lesson's, else the first without its badge,
 * else the last module; null for a course without modules.
 *
 * @example currentModuleId(standings, { moduleId: 'phone', lessonId: 'x' }) // 'phone'
 */
export function currentModuleId(
  standings: readonly Pick<ModuleStanding, 'moduleId' | 'done'>[],
  next: LessonRef | null,
): string | null {
  if (next) return next.moduleId
  return standings.find((standing) => !standing.done)?.moduleId ?? standings.at(-1)?.moduleId ?? null
}

/**
 * One role-play to suggest, among those not rated 优秀 yet: one that practises `moduleId`; else,
 * given the course's `moduleOrder`, the one whose module comes soonest after it (a learner in a
 * module without role-plays is offered the next module's, not one from the end of the course),
 * counting on from the course's start past the last module; else the first. With it, the module that
 * made it the suggestion, which its 为什么 line names. Null when every one is 优秀.
 *
 * @example
 * suggestedScenario([{ id: 's1', modules: ['a'] }, { id: 's2', modules: ['b'] }], [], 'b') // { id: 's2', moduleId: 'b' }
 * suggestedScenario([{ id: 's9', modules: ['z'] }, { id: 's2', modules: ['a', 'c'] }], [], 'b', ['a', 'b', 'c', 'z'])
 * // { id: 's2', moduleId: 'c' }: c is one step on from b, z two
 */
export function suggestedScenario(
  scenarios: readonly { id: string; modules: readonly string[] }[],
  runs: readonly { scenarioId: string; rating: Rating }[],
  moduleId: string | null,
  moduleOrder: readonly string[] = [],
): { id: string; moduleId: string } | null {
  const excellent = new Set(runs.filter((run) => run.rating === 'excellent').map((run) => run.scenarioId))
  const here = moduleId === null ? -1 : moduleOrder.indexOf(moduleId)
  const size = moduleOrder.length
  // Steps forward from the learner's module to one of the role-play's, round the end of the course.
  const steps = (id: string) => (here < 0 ? +(id !== moduleId) : (moduleOrder.indexOf(id) - here + size) % size)
  let best: { id: string; moduleId: string } | null = null
  let fewest = Infinity
  for (const scenario of scenarios) {
    if (excellent.has(scenario.id)) continue
    for (const practised of scenario.modules) {
      const away = steps(practised)
      if (away < fewest) [best, fewest] = [{ id: scenario.id, moduleId: practised }, away]
    }
  }
  return best
}

/**
 * The role-plays that practise a module, in the course's order.
 *
 * @example scenariosOfModule([{ id: 's1', modules: ['a', 'b'] }], 'b') // [{ id: 's1', … }]
 */
export function scenariosOfModule<T extends { modules: readonly string[] }>(
  scenarios: readonly T[],
  moduleId: string,
): T[] {
  return scenarios.filter((scenario) => scenario.modules.includes(moduleId))
}

export interface ExamReadiness {
  /** Every module's lessons learned and quiz passed. */
  ready: boolean
  /** Modules still without their badge. */
  modulesLeft: number
}

/**
 * Whether the learner is ready for the exam: every module has its badge.
 *
 * @example examReadiness([{ done: true }, { done: false }]) // { ready: false, modulesLeft: 1 }
 */
export function examReadiness(standings: readonly Pick<ModuleStanding, 'done'>[]): ExamReadiness {
  const modulesLeft = standings.filter((standing) => !standing.done).length
  return { ready: modulesLeft === 0, modulesLeft }
}
