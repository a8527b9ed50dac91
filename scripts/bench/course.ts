/**
 * The real course as the build compiles it (src/content/build/loadCourse.ts), for the ids, titles
 * and questions the benchmark's learners and page visits use, so pages find what they look up.
 */
import { join } from 'node:path'
import { formatProblem, loadCourse } from '../../src/content/build/loadCourse.ts'
import type { CourseForLearner } from './learner.ts'
import { LESSON } from './ui.ts'

export interface BenchCourse extends CourseForLearner {
  /** The lesson the deep link opens, by its title. */
  lessonTitle: string
  /** The module quiz the benchmark starts: the first module with questions, and its card's title. */
  quizModule: { id: string; cardTitle: string }
  /** The first role-play. */
  scenarioId: string
}

/** Reads content/ (or COURSE_CONTENT_DIR, as vite.config.ts does). */
export function benchCourse(root: string): BenchCourse {
  const loaded = loadCourse(join(root, process.env.COURSE_CONTENT_DIR ?? 'content'), join(root, 'content', 'sources'))
  if (loaded.problems.length > 0) throw new Error(`content problems:\n${loaded.problems.map(formatProblem).join('\n')}`)
  const modules = loaded.index.modules
  const lesson = modules
    .find((module) => module.id === LESSON.moduleId)
    ?.lessons.find((item) => item.id === LESSON.lessonId)
  if (!lesson) throw new Error(`the course has no lesson ${LESSON.moduleId}/${LESSON.lessonId}`)
  const quizModule = modules.find((module) => module.questionCount > 0)
  const scenario = loaded.scenarios[0]
  if (!quizModule || !scenario) throw new Error('the course has no questions or no role-play')
  return {
    modules,
    questions: loaded.questions,
    scenarios: loaded.scenarios,
    lessonTitle: lesson.title,
    quizModule: { id: quizModule.id, cardTitle: `${quizModule.order}. ${quizModule.title}` },
    scenarioId: scenario.id,
  }
}
