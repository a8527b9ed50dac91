import { describe, expect, it } from 'vitest'
import type { HistoryEntry } from '../../../../src/domain/scenario/engine'
import { runReview } from '../../../../src/domain/scenario/review'
import { fixtureScenario } from '../../../fixtures/scenario'

const steps = fixtureScenario().steps.map((step) =>
  step.kind === 'free' ? { ...step, modelReply: '我记下来了，今天下午给您回电。' } : step,
)

describe('runReview', () => {
  it('shows, step by step, the reply chosen against the best one, and a typed reply against the model reply', () => {
    const history: HistoryEntry[] = [
      { stepId: 'greet', kind: 'choice', reply: 0, scores: { courtesy: 2 } },
      { stepId: 'listen', kind: 'choice', reply: 1, scores: { empathy: 0 } },
      { stepId: 'write', kind: 'free', text: '好的', scores: {} },
    ]
    const review = runReview(steps, history)
    expect(review.map((item) => [item.step.id, item.kind, item.kind === 'choice' ? item.isBest : null])).toEqual([
      ['greet', 'choice', true],
      ['listen', 'choice', false],
      ['write', 'free', null],
    ])
    const listen = review[1]!
    expect(listen.kind === 'choice' && listen.chosen).toEqual(steps[1]!.kind === 'choice' && steps[1]!.replies[1])
    expect(listen.kind === 'choice' && listen.best).toEqual(steps[1]!.kind === 'choice' && steps[1]!.replies[0])
    expect(review[2]).toMatchObject({ free: '好的', modelReply: '我记下来了，今天下午给您回电。' })
  })

  it('leaves out steps the scenario no longer has', () => {
    const history: HistoryEntry[] = [{ stepId: 'gone', kind: 'choice', reply: 0, scores: {} }]
    expect(runReview(steps, history)).toEqual([])
  })
})
