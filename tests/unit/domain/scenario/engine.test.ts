import { describe, expect, it } from 'vitest'
import {
  chooseReply,
  conditionsHold,
  endingReached,
  ratePlay,
  resolveNext,
  scoredAreas,
  startPlay,
  submitFreeReply,
  type Play,
  type ScenarioDef,
  replayHistory,
} from '../../../../src/domain/scenario/engine'
import {
  MAX_RANDOM_WIN_CHANCE,
  bestPath,
  checkScenarioGraph,
  moodDeadEnds,
  randomWinChance,
  walkAllPaths,
} from '../../../../src/domain/scenario/graph'
import { fixtureScenario } from '../../../fixtures/scenario'

const def = fixtureScenario()

function play(choices: (number | string)[], scenario: ScenarioDef = def): Play {
  let current = startPlay(scenario)
  for (const choice of choices) {
    current =
      typeof choice === 'number'
        ? chooseReply(scenario, current, choice)
        : submitFreeReply(scenario, current, choice, { courtesy: 1, solving: 2 })
  }
  return current
}

describe('conditionsHold and resolveNext', () => {
  it.each([
    [[{ state: 'mood', min: 1 }], { mood: 1 }, true],
    [[{ state: 'mood', min: 1 }], { mood: 0 }, false],
    [[{ state: 'mood', max: -1 }], {}, false],
    [[{ state: 'mood', min: -1, max: 1 }], { mood: 0 }, true],
    [undefined, {}, true],
  ])('%j with %j is %s', (conditions, state, expected) => {
    expect(conditionsHold(conditions, state)).toBe(expected)
  })
  it('takes the first branch that holds, else the last', () => {
    const next = [{ when: [{ state: 'mood', min: 1 }], to: 'a' }, { to: 'b' }]
    expect(resolveNext(next, { mood: 2 })).toBe('a')
    expect(resolveNext(next, { mood: 0 })).toBe('b')
    expect(resolveNext('c', {})).toBe('c')
  })
})

describe('playing', () => {
  it('starts at the start with the initial state', () => {
    expect(startPlay(def)).toEqual({
      scenarioId: 'fixture',
      stepId: 'greet',
      endingId: null,
      state: { mood: 0 },
      history: [],
    })
  })

  it('follows the state: a warm greeting makes the closing easy', () => {
    expect(play([0, 0, '您好', 0]).stepId).toBe('close-easy')
    expect(play([1, 0, '您好', 0]).stepId).toBe('close-hard')
  })

  it('ignores a reply that does not exist or a free reply at a choice step', () => {
    const start = startPlay(def)
    expect(chooseReply(def, start, 9)).toBe(start)
    expect(submitFreeReply(def, start, 'x', {})).toBe(start)
  })

  it('records every reply in the history', () => {
    const finished = play([0, 0, '您好，我会尽快处理', 0, 0])
    expect(finished.endingId).toBe('good')
    expect(finished.stepId).toBeNull()
    expect(finished.history.map((entry) => entry.stepId)).toEqual(['greet', 'listen', 'write', 'promise', 'close-easy'])
    expect(finished.history[2]).toMatchObject({ kind: 'free', text: '您好，我会尽快处理' })
  })
})

describe('an ending that needs a rating', () => {
  it('is reached when the replies that led there earn what it needs', () => {
    // A plain listen costs the empathy points: 9 of 11, 合格.
    const finished = play([0, 1, '您好', 0, 0])
    expect(finished.endingId).toBe('good')
    expect(ratePlay(def, finished).rating).toBe('pass')
  })

  it('gives way to the ending it names when the replies rate 需改进, however right the turns', () => {
    // A rude greeting and a plain listen, then the best promise and closing: the turns lead to 'good'.
    const finished = play([1, 1, '您好', 0, 0])
    expect(finished.endingId).toBe('poor')
    expect(ratePlay(def, finished)).toMatchObject({ rating: 'improve', percent: 54.5 })
    // The same replies, replayed from storage, end in the same place.
    expect(replayHistory(def, finished.history)).toEqual(finished)
  })

  it('follows a chain of endings that need more, and stops when the chain loops', () => {
    const chained = structuredClone(def) as any
    chained.endings = [
      { id: 'good', needs: 'excellent', otherwise: 'poor' },
      { id: 'poor', needs: 'pass', otherwise: 'hung-up' },
      { id: 'hung-up', maxRating: 'improve' },
    ]
    const middling = play([0, 1, '您好', 0, 0]).history
    const weak = play([1, 1, '您好', 0, 0]).history
    const best = play([0, 0, '您好', 0, 0]).history
    expect(endingReached(chained, 'good', best)).toBe('good')
    expect(endingReached(chained, 'good', middling)).toBe('poor')
    expect(endingReached(chained, 'good', weak)).toBe('hung-up')
    chained.endings[2] = { id: 'hung-up', needs: 'pass', otherwise: 'good' }
    expect(['good', 'poor', 'hung-up']).toContain(endingReached(chained, 'good', weak))
  })
})

describe('ratePlay', () => {
  it('rates the best conversation 优秀 with full points', () => {
    expect(ratePlay(def, play([0, 0, '您好', 0, 0]))).toEqual({
      rating: 'excellent',
      totals: { courtesy: 4, empathy: 2, solving: 4, rules: 1 },
      maxima: { courtesy: 4, empathy: 2, solving: 4, rules: 1 },
      points: 11,
      max: 11,
      percent: 100,
    })
  })
  it.each<[string, (number | string)[], string, number]>([
    ['a middling conversation is 合格', [0, 1, '您好', 0, 1], 'pass', 63.6],
    ['a rude start that ends well is 需改进', [1, 1, '您好', 1, 1], 'improve', 18.2],
    ['hanging up caps the rating even with a good start', [0, 2], 'improve', 0],
  ])('%s', (_name, choices, rating, percent) => {
    const result = ratePlay(def, play(choices))
    expect(result.rating).toBe(rating)
    expect(result.percent).toBe(percent)
  })

  it('never scores below zero, in total or in any area, and shows what each area could have earned', () => {
    // A rude greeting, then hanging up on the caller: -1 and -2 courtesy.
    const result = ratePlay(def, play([1, 2]))
    expect(result.points).toBe(0)
    expect(result.percent).toBe(0)
    expect(result.totals).toEqual({ courtesy: 0, empathy: 0, solving: 0, rules: 0 })
    expect(result.maxima).toEqual({ courtesy: 2, empathy: 2, solving: 0, rules: 0 })
    expect(result.max).toBe(4)
  })

  it('rates an area out of the most any reply could earn there, when a weaker reply earns more in it than the best', () => {
    const leaky = structuredClone(def) as any
    // Giving away a colleague's number solves the caller's problem better, and breaks the rules.
    leaky.steps[3].replies[1] = { scores: { solving: 3, rules: -2 }, next: 'close-hard' }
    const result = ratePlay(leaky, play([0, 0, '您好', 1, 0], leaky))
    expect(result.totals.solving).toBe(5)
    expect(result.maxima.solving).toBe(5)
    // The total is still out of what the best replies earn.
    expect(result.max).toBe(11)
  })

  it('adds up the areas shown: a rude greeting does not cancel the empathy that followed', () => {
    const result = ratePlay(def, play([1, 0]))
    expect(result.totals).toEqual({ courtesy: 0, empathy: 2, solving: 0, rules: 0 })
    expect(result.points).toBe(2)
  })
})

describe('scoredAreas', () => {
  it.each<[string, (number | string)[], string[]]>([
    ['the whole conversation lists every area', [0, 0, '您好', 0, 0], ['courtesy', 'empathy', 'solving', 'rules']],
    // Hanging up after the greeting passes no step that tests solving or the rules.
    ['a run cut short leaves out the areas it never reached', [1, 2], ['courtesy', 'empathy']],
    ['an area reached but scored 0 is still listed', [1, 0], ['courtesy', 'empathy']],
  ])('%s', (_name, choices, areas) => {
    expect(scoredAreas(ratePlay(def, play(choices)))).toEqual(areas)
  })

  it.each<[string, Partial<Record<string, number>>, Partial<Record<string, number>>, string[]]>([
    ['lists an area with points but no maximum, so the areas add up to the total', { rules: 1 }, {}, ['rules']],
    ['lists nothing when nothing could be scored', {}, {}, []],
  ])('%s', (_name, totals, maxima, areas) => {
    const zero = { courtesy: 0, empathy: 0, solving: 0, rules: 0 }
    expect(scoredAreas({ totals: { ...zero, ...totals }, maxima: { ...zero, ...maxima } })).toEqual(areas)
  })
})

describe('walkAllPaths', () => {
  it('reaches an ending on every path and reaches every ending', () => {
    const { plays, truncated } = walkAllPaths(def)
    expect(truncated).toBe(false)
    expect(plays.every((p) => p.endingId !== null)).toBe(true)
    expect(new Set(plays.map((p) => p.endingId))).toEqual(new Set(['good', 'poor', 'hung-up']))
    // 3 greetings × (2 listens × 2 promises × 2 closings + 1 hang-up)
    expect(plays).toHaveLength(27)
  })
})

describe('bestPath', () => {
  it('takes the highest-scoring reply at every step', () => {
    expect(bestPath(def).history.map((entry) => entry.stepId)).toEqual([
      'greet',
      'listen',
      'write',
      'promise',
      'close-easy',
    ])
  })
})

describe('checkScenarioGraph', () => {
  it('passes a sound scenario', () => {
    expect(checkScenarioGraph(def, { minDecisions: 5 })).toEqual([])
  })

  it.each<[string, (d: any) => void, string]>([
    [
      'a reply that leads nowhere',
      (d) => (d.steps[0].replies[1].next = 'nowhere'),
      '回应 greet.replies.1 指向不存在的「nowhere」',
    ],
    ['a missing start', (d) => (d.start = 'nope'), '起点「nope」不是一个步骤'],
    [
      'an unreachable step',
      (d) =>
        d.steps.push({
          id: 'orphan',
          kind: 'choice',
          replies: [
            { scores: {}, next: 'good' },
            { scores: {}, next: 'good' },
          ],
        }),
      '步骤「orphan」从起点无法到达',
    ],
    ['an unreachable ending', (d) => d.endings.push({ id: 'never' }), '结局「never」在任何路径上都到不了'],
    ['a loop', (d) => (d.steps[4].replies[1].next = 'greet'), '对话有循环'],
    [
      'a best path that is not rated 优秀',
      (d) => (d.endings[0].maxRating = 'pass'),
      '最佳路径（每步选得分最高的回应）只得到「pass」',
    ],
    ['a best path that is too short', () => undefined, '最佳路径只有 5 个决策点，至少需要 6 个'],
    [
      'an ending reachable only under a state that never happens',
      (d) => {
        d.steps[5].replies[1].next = 'good'
        d.steps[3].replies[0].next = [{ when: [{ state: 'mood', min: 5 }], to: 'poor' }, { to: 'close-easy' }]
        d.endings[0].otherwise = 'hung-up'
      },
      '结局「poor」在任何路径上都到不了',
    ],
    [
      'a mood the learner cannot win back from',
      // After a cold greeting even the best promise ends in a complaint.
      (d) => {
        d.endings.push({ id: 'complaint', maxRating: 'pass' })
        d.steps[3].replies[0].next = [
          { when: [{ state: 'mood', max: -1 }], to: 'complaint' },
          ...d.steps[3].replies[0].next,
        ]
      },
      '步骤「listen」在 mood=-1 时，即使之后每步都选最佳回应，也只能到结局「complaint」',
    ],
    ['needs without otherwise', (d) => delete d.endings[0].otherwise, '结局「good」的 needs 和 otherwise 要一起写'],
    [
      'a fallback that is not an ending',
      (d) => (d.endings[0].otherwise = 'close-hard'),
      '结局「good」的 otherwise 指向不存在的结局「close-hard」',
    ],
    [
      'fallbacks that lead round in a loop',
      (d) => Object.assign(d.endings[1], { needs: 'pass', otherwise: 'good' }),
      'otherwise 绕回了它自己',
    ],
    [
      'a good ending a run under 合格 can reach',
      (d) => {
        delete d.endings[0].needs
        delete d.endings[0].otherwise
      },
      '结局「good」不设上限，回应得分不到合格也能走到',
    ],
    [
      'a weaker reply that earns more in one area than the best',
      (d) => (d.steps[3].replies[1] = { scores: { solving: 3, rules: -2 }, next: 'close-hard' }),
      '回应 promise.replies.1 的 solving 比这一步的最佳回应得分高',
    ],
    [
      'replies so close that guessing wins',
      (d) => {
        for (const step of d.steps)
          if (step.kind === 'choice') for (const reply of step.replies) reply.scores = { courtesy: 1 }
        d.steps[1].replies[2].next = 'write'
        delete d.endings[1].maxRating
      },
      '随便选回应也有 100% 的机会得到优秀（最多 5%）',
    ],
  ])('reports %s', (name, mutate, expected) => {
    const broken = structuredClone(def) as any
    mutate(broken)
    const problems = checkScenarioGraph(broken, { minDecisions: name.includes('too short') ? 6 : 5 })
    expect(problems.join('\n')).toContain(expected)
  })
})

describe('randomWinChance and moodDeadEnds', () => {
  it('is the chance that choosing at random ends 优秀', () => {
    // Only greet 0 (1 in 3) → listen 0 (1 in 3) → promise 0 → close-easy 0 (each 1 in 2) reaches 85%.
    expect(randomWinChance(def)).toBeCloseTo(1 / 36, 6)
    expect(randomWinChance(def)).toBeLessThanOrEqual(MAX_RANDOM_WIN_CHANCE)
  })

  it('accepts lasting consequences of other state, and any mood the best replies can win back', () => {
    expect(moodDeadEnds(def)).toEqual([])
    const leaky = structuredClone(def) as any
    leaky.initialState = { mood: 0, leaked: 0 }
    leaky.steps[0].replies[1].effects = { leaked: 1 }
    leaky.endings.push({ id: 'leak', maxRating: 'pass' })
    leaky.steps[5].replies[0].next = [{ when: [{ state: 'leaked', min: 1 }], to: 'leak' }, { to: 'good' }]
    expect(moodDeadEnds(leaky)).toEqual([])
  })
})

describe('replayHistory', () => {
  it('rebuilds a play from its saved replies', () => {
    const finished = play([0, 0, '您好', 0, 0])
    expect(replayHistory(def, finished.history)).toEqual(finished)
    const halfway = play([1, 0])
    expect(replayHistory(def, halfway.history)).toEqual(halfway)
  })

  it('stops at the first reply that does not fit, and caps typed-reply points', () => {
    const saved = play([0, 0, '您好', 0]).history
    expect(replayHistory(def, [saved[0], { ...saved[1], stepId: 'nope' }, saved[2]]).stepId).toBe('listen')
    expect(replayHistory(def, [saved[0], { ...saved[1], reply: 9 }]).history).toHaveLength(1)
    expect(replayHistory(def, ['junk', null]).history).toEqual([])
    const inflated = replayHistory(def, [
      saved[0],
      saved[1],
      { stepId: 'write', kind: 'free', text: 'x', scores: { courtesy: 50, solving: 99 } },
    ])
    expect(inflated.history[2]!.scores).toEqual({ courtesy: 1, solving: 2 })
  })
})
