import { describe, expect, it } from 'vitest'
import { unfinishedForHome, unfinishedToResume } from '../../../../src/domain/quiz/unfinished'

describe('unfinishedToResume', () => {
  it('lists the quizzes home offers, the one touched last first, leaving out the exam and 今日复习', () => {
    const session = (quizId: string, updatedAt: string) => ({ quizId, updatedAt })
    const sessions = {
      'm-basics': session('m-basics', '2026-12-01T09:00:00.000Z'),
      exam: session('exam', '2026-12-03T09:00:00.000Z'),
      mixed: session('mixed', '2026-12-02T09:00:00.000Z'),
      review: session('review', '2026-12-04T09:00:00.000Z'),
    }
    expect(unfinishedToResume(sessions).map(({ quizId }) => quizId)).toEqual(['mixed', 'm-basics'])
  })

  it('is empty when nothing is under way', () => {
    expect(unfinishedToResume({})).toEqual([])
  })
})

describe('unfinishedForHome', () => {
  const session = (quizId: string, updatedAt: string, answers: Record<string, number | number[] | null>) => ({
    quizId,
    updatedAt,
    answers,
  })

  it('leaves out a 错题本 opened and left with nothing answered, but not a quiz the learner chose to begin', () => {
    const sessions = {
      mistakes: session('mistakes', '2026-12-03T09:00:00.000Z', { q1: null }),
      mixed: session('mixed', '2026-12-02T09:00:00.000Z', {}),
    }
    expect(unfinishedForHome(sessions).map(({ quizId }) => quizId)).toEqual(['mixed'])
    // A multiple-choice question ticked and unticked again is no answer either, as the hand-in counts it.
    sessions.mistakes = session('mistakes', '2026-12-03T09:00:00.000Z', { q1: [] })
    expect(unfinishedForHome(sessions).map(({ quizId }) => quizId)).toEqual(['mixed'])
  })

  it('offers a 错题本 once one of its questions is answered, newest first as ever', () => {
    const sessions = {
      mistakes: session('mistakes', '2026-12-03T09:00:00.000Z', { q1: 2 }),
      mixed: session('mixed', '2026-12-02T09:00:00.000Z', {}),
    }
    expect(unfinishedForHome(sessions).map(({ quizId }) => quizId)).toEqual(['mistakes', 'mixed'])
  })
})
