import type { LoadedCourse } from './loadCourse.ts'

/** The counts content:check reports; later content kinds add their own. */
export interface CourseCounts {
  modules: number
  lessons: number
  sections: number
  citations: number
  supplementary: number
  selfCheck: number
  questions: number
  questionsByType: { single: number; multiple: number; truefalse: number }
  scenarios: number
}

/**
 * Counts what a loaded course holds.
 *
 * @example
 * courseCounts(loadCourse('content')).lessons // 34
 */
export function courseCounts(course: LoadedCourse): CourseCounts {
  const lessons = course.modules.flatMap((module) => module.lessons)
  const sections = lessons.flatMap((lesson) => lesson.sections)
  const allCitations = [
    ...sections.flatMap((section) => [...section.citations, ...section.examples.map((example) => example.citation)]),
    ...lessons.flatMap((lesson) => lesson.selfCheck.map((item) => item.citation)),
    ...course.questions.map((question) => question.citation),
    ...course.scenarios.flatMap((scenario) =>
      scenario.steps.flatMap((step) => [
        ...step.citations,
        ...(step.kind === 'choice' ? step.replies.map((reply) => reply.citation) : []),
      ]),
    ),
  ]
  return {
    modules: course.modules.length,
    lessons: lessons.length,
    sections: sections.length,
    citations: allCitations.filter((citation) => citation.kind === 'quote').length,
    supplementary: allCitations.filter((citation) => citation.kind === 'supplementary').length,
    selfCheck: lessons.reduce((sum, lesson) => sum + lesson.selfCheck.length, 0),
    questions: course.questions.length,
    questionsByType: {
      single: course.questions.filter((question) => question.type === 'single').length,
      multiple: course.questions.filter((question) => question.type === 'multiple').length,
      truefalse: course.questions.filter((question) => question.type === 'truefalse').length,
    },
    scenarios: course.scenarios.length,
  }
}
