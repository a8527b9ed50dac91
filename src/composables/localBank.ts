import type { QuestionContent } from '../content/types'
import type { ExchangeQuestion } from '../domain/trainer/exchange'
import { useLocalBankStore } from '../stores/localBank'

/** The imported questions, each checked when read from storage. */
export function readLocalBank(): ExchangeQuestion[] {
  return useLocalBankStore().questions
}

/** Saves the imported questions; resolves to why they could not be saved, or null. */
export function writeLocalBank(questions: readonly ExchangeQuestion[]): Promise<string | null> {
  return useLocalBankStore().save(questions)
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
