/**
 * What a page needs to know about a question without its bank: its module, difficulty, the lesson
 * that teaches it and its topic tags, for every question of the course. Imported only by the pages
 * that summarise (我的进度), so no page fetches a question bank to show a figure.
 */
import { metaDifficulties, metaModules, metaLessons, metaTable, metaTags } from 'virtual:course-question-meta'
import type { QuestionContent } from './types'

export interface QuestionMeta {
  module: string
  difficulty: QuestionContent['difficulty']
  /** The id of the lesson that teaches it (a lesson of another module, sometimes). */
  lesson: string
  tags: string[]
}

/** The question's module, difficulty, lesson and tags; undefined for an id that is not in the course (any more). */
export function questionMeta(questionId: string): QuestionMeta | undefined {
  const row = Object.hasOwn(metaTable, questionId) ? metaTable[questionId] : undefined
  if (!row) return undefined
  const [module, difficulty, lesson, ...tags] = row
  return {
    module: metaModules[module!]!,
    difficulty: metaDifficulties[difficulty!] as QuestionMeta['difficulty'],
    lesson: metaLessons[lesson!]!,
    tags: tags.map((tag) => metaTags[tag]!),
  }
}

/** A question's topic tags; one function for every caller, so figures cached per reader are shared. */
export function questionTags(questionId: string): string[] | undefined {
  return questionMeta(questionId)?.tags
}
