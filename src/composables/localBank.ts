import type { QuestionContent } from '../content/types'
import { parseLocalBank, type ExchangeQuestion } from '../domain/trainer/gift'
import { browserStorage, readRecord, writeRecord } from '../platform/storage'
import { LOCAL_BANK_KEY } from '../platform/storageKeys'

/** The imported questions, each checked again as it is read. */
export function readLocalBank(): ExchangeQuestion[] {
  return parseLocalBank(readRecord(browserStorage(), LOCAL_BANK_KEY))
}

export function writeLocalBank(questions: readonly ExchangeQuestion[]): void {
  writeRecord(browserStorage(), LOCAL_BANK_KEY, JSON.stringify(questions))
}

/**
 * Imported questions in the shape quizzes use. They come from a trainer, not
 * from the course's documents, so they cite no passage and link to no lesson.
 */
export function localQuizQuestions(questions: readonly ExchangeQuestion[]): QuestionContent[] {
  return questions.map((question) => ({
    ...question,
    options: 'options' in question ? [...question.options] : undefined,
    answer: Array.isArray(question.answer) ? [...question.answer] : question.answer,
    explanation: question.explanation ?? '培训师没有提供解析。',
    module: 'local',
    difficulty: 'medium',
    tags: ['本地题库'],
    citation: { kind: 'supplementary', note: '培训师导入的题目，不出自本课程的原文。' },
    lessonRef: { moduleId: '', lessonId: '', sectionId: '' },
  })) as QuestionContent[]
}
