import type { LoadedCourse } from './loadCourse.ts'
import { keyIsUniquelyLongest } from '../../domain/course/learnerText.ts'
import { GIVEAWAY_RULES, bestReplyLongestShare, shorterMistakesShare } from './giveaways.ts'

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
  questionsByKind: { situational: number; recall: number }
  /** Share of questions that put the learner in a situation, 0–1. */
  situationalShare: number
  /** Share of single-choice questions whose key is the uniquely longest option, 0–1. */
  longestKeyShare: number
  /** Share of lesson self-checks whose key is the uniquely longest option, 0–1. */
  selfCheckLongestKeyShare: number
  /** Share of true/false questions whose answer is 对, 0–1. */
  trueShare: number
  /** Share of role-play choice steps whose best reply is the uniquely longest, 0–1. */
  bestReplyLongestShare: number
  /** Share of 找茬 calls whose rule-breaking lines are shorter on average than the good ones, 0–1. */
  shorterMistakesShare: number
  /** Places where learner-facing text still talks about a document. */
  documentMentions: number
  scenarios: number
  /** 找茬 call transcripts (content/spotting/). */
  spotting: number
}

/** The bank's quality bars: content:check fails below them. */
export const BANK_RULES = { minSituationalShare: 0.6, maxLongestKeyShare: 0.3 } as const

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000
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
    ...course.spotting.rules.map((rule) => rule.citation),
    ...course.spotting.transcripts.flatMap((transcript) => transcript.lines.flatMap((line) => line.citation ?? [])),
  ]
  const singles = course.questions.flatMap((question) => (question.type === 'single' ? [question] : []))
  const trueFalse = course.questions.flatMap((question) => (question.type === 'truefalse' ? [question] : []))
  const selfChecks = lessons.flatMap((lesson) => lesson.selfCheck)
  const situational = course.questions.filter((question) => question.kind === 'situational').length
  return {
    modules: course.modules.length,
    lessons: lessons.length,
    sections: sections.length,
    citations: allCitations.filter((citation) => citation.kind === 'quote').length,
    supplementary: allCitations.filter((citation) => citation.kind === 'supplementary').length,
    selfCheck: lessons.reduce((sum, lesson) => sum + lesson.selfCheck.length, 0),
    questions: course.questions.length,
    questionsByType: {
      single: singles.length,
      multiple: course.questions.filter((question) => question.type === 'multiple').length,
      truefalse: course.questions.filter((question) => question.type === 'truefalse').length,
    },
    questionsByKind: { situational, recall: course.questions.length - situational },
    situationalShare: share(situational, course.questions.length),
    longestKeyShare: share(
      singles.filter((question) => keyIsUniquelyLongest(question.options, question.answer)).length,
      singles.length,
    ),
    selfCheckLongestKeyShare: share(
      selfChecks.filter((item) => keyIsUniquelyLongest(item.options, item.answer)).length,
      selfChecks.length,
    ),
    trueShare: share(trueFalse.filter((question) => question.answer).length, trueFalse.length),
    bestReplyLongestShare: bestReplyLongestShare(course.scenarios),
    shorterMistakesShare: shorterMistakesShare(course.spotting.transcripts),
    documentMentions: course.documentMentions,
    scenarios: course.scenarios.length,
    spotting: course.spotting.transcripts.length,
  }
}

/**
 * The bank-wide quality bars a course misses, as sentences; empty when it meets them.
 *
 * @example
 * bankProblems({ ...counts, situationalShare: 0.4 }) // ['情景题只占 40%，至少要 60%']
 */
export function bankProblems(counts: CourseCounts): string[] {
  const percent = (value: number) => `${Math.round(value * 1000) / 10}%`
  const problems: string[] = []
  if (counts.situationalShare < BANK_RULES.minSituationalShare) {
    problems.push(`情景题只占 ${percent(counts.situationalShare)}，至少要 ${percent(BANK_RULES.minSituationalShare)}`)
  }
  if (counts.longestKeyShare > BANK_RULES.maxLongestKeyShare) {
    problems.push(
      `单选题中正确选项独自最长的占 ${percent(counts.longestKeyShare)}，不能超过 ${percent(BANK_RULES.maxLongestKeyShare)}`,
    )
  }
  if (counts.selfCheckLongestKeyShare > BANK_RULES.maxLongestKeyShare) {
    problems.push(
      `课后自测中正确选项独自最长的占 ${percent(counts.selfCheckLongestKeyShare)}，不能超过 ${percent(BANK_RULES.maxLongestKeyShare)}`,
    )
  }
  const { min, max } = GIVEAWAY_RULES.trueShare
  if (counts.questionsByType.truefalse > 0 && (counts.trueShare < min || counts.trueShare > max)) {
    problems.push(
      `判断题中答案为「对」的占 ${percent(counts.trueShare)}，应在 ${percent(min)} 到 ${percent(max)} 之间：总选一边不该占便宜`,
    )
  }
  if (counts.shorterMistakesShare > GIVEAWAY_RULES.maxShorterMistakesShare) {
    problems.push(
      `找茬的通话中，违规的句子平均比正确的句子短的占 ${percent(counts.shorterMistakesShare)}，不能超过 ${percent(GIVEAWAY_RULES.maxShorterMistakesShare)}`,
    )
  }
  if (counts.bestReplyLongestShare > GIVEAWAY_RULES.maxBestReplyLongestShare) {
    problems.push(
      `情景演练中最佳回应独自最长的步骤占 ${percent(counts.bestReplyLongestShare)}，不能超过 ${percent(GIVEAWAY_RULES.maxBestReplyLongestShare)}`,
    )
  }
  return problems
}
