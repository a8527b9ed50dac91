import { describe, expect, it } from 'vitest'
import {
  attemptInteractions,
  interactionId,
  scenarioChoices,
  type ReportedQuestion,
} from '../../../../src/domain/lms/interactions'
import { attempt } from './fixtures'
import type { HistoryEntry } from '../../../../src/domain/scenario/engine'

const questions = new Map<string, ReportedQuestion>([
  ['overview-q001', { id: 'overview-q001', type: 'single', answer: 0, stem: '客服是什么？', options: ['甲', '乙'] }],
  [
    'overview-q002',
    { id: 'overview-q002', type: 'multiple', answer: [0, 2], stem: '哪些对？', options: ['甲', '乙', '丙'] },
  ],
  ['overview-q003', { id: 'overview-q003', type: 'truefalse', answer: true, stem: '判断：对吗？' }],
])

describe('attemptInteractions', () => {
  it('gives one interaction per question asked, options by letter, in the order asked', () => {
    const exam = {
      ...attempt('exam', 1, 50, ['overview-q003', 'overview-q001', 'overview-q002', 'gone-q009']),
      answers: { 'overview-q001': 1, 'overview-q002': [2, 0], 'overview-q003': true },
    }
    expect(attemptInteractions(exam, questions)).toEqual([
      {
        id: 'overview-q003',
        type: 'true-false',
        description: '判断：对吗？',
        learnerResponse: ['true'],
        correctResponse: ['true'],
        choices: [],
        correct: true,
        latencySeconds: null,
        at: exam.finishedAt,
      },
      expect.objectContaining({
        id: 'overview-q001',
        type: 'choice',
        learnerResponse: ['b'],
        correctResponse: ['a'],
        choices: [
          { id: 'a', description: '甲' },
          { id: 'b', description: '乙' },
        ],
        correct: false,
      }),
      expect.objectContaining({
        id: 'overview-q002',
        learnerResponse: ['a', 'c'],
        correctResponse: ['a', 'c'],
        correct: true,
      }),
    ])
  })

  it('reports as latency the seconds a question was on screen, where the attempt kept them', () => {
    const exam = { ...attempt('exam', 1, 50, ['overview-q001', 'overview-q002']), spentMs: { 'overview-q001': 12_345 } }
    expect(attemptInteractions(exam, questions).map((item) => item.latencySeconds)).toEqual([12.3, null])
  })

  it('reports an unanswered question with no response, wrong', () => {
    const exam = attempt('exam', 1, 0, ['overview-q001'])
    expect(attemptInteractions(exam, questions)[0]).toMatchObject({ learnerResponse: [], correct: false })
  })
})

describe('interactionId', () => {
  it.each([
    ['overview-q001', 'overview-q001'],
    ['a b/c', 'a_b_c'],
    ['', 'q'],
    ['x'.repeat(300), 'x'.repeat(250)],
  ])('%s → %s', (id, expected) => {
    expect(interactionId(id)).toBe(expected)
  })
})

describe('scenarioChoices', () => {
  it('pairs each reply with the words it answered', () => {
    const steps = [
      {
        id: 'open',
        kind: 'choice' as const,
        text: '喂？',
        replies: [
          { text: '嗯。', scores: {} },
          { text: '您好！', scores: { courtesy: 2 } },
        ],
      },
      { id: 'free', kind: 'free' as const, text: '你们怎么回事？' },
    ]
    const run = {
      scenarioId: 'bad-line',
      title: '线路不好',
      finishedAt: '2026-01-05T08:00:00.000Z',
      history: <HistoryEntry[]>[
        { stepId: 'open', kind: 'choice' as const, reply: 1, scores: { courtesy: 2, empathy: 1 } },
        { stepId: 'free', kind: 'free' as const, text: '非常抱歉', scores: { courtesy: 1 } },
        { stepId: 'removed', kind: 'free' as const, text: '?', scores: {} },
      ],
    }
    expect(scenarioChoices(run, steps)).toEqual([
      {
        scenarioId: 'bad-line',
        scenarioTitle: '线路不好',
        stepId: 'open',
        prompt: '喂？',
        response: '您好！',
        points: 3,
        at: run.finishedAt,
      },
      {
        scenarioId: 'bad-line',
        scenarioTitle: '线路不好',
        stepId: 'free',
        prompt: '你们怎么回事？',
        response: '非常抱歉',
        points: 1,
        at: run.finishedAt,
      },
    ])
  })
})
