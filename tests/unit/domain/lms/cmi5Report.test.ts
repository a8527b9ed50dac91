import { describe, expect, it } from 'vitest'
import {
  cmi5StatusVerbs,
  derivedActivityId,
  RESPONDED_VERB,
  roleplayStatement,
  type Cmi5Reported,
} from '../../../../src/domain/lms/cmi5Report'

const none: Cmi5Reported = { completed: false, passed: false, failedThisSession: false }
const normal = { mode: 'normal' as const, masteryScore: null }

describe('cmi5StatusVerbs', () => {
  it.each([
    ['nothing yet', { completed: false, passed: null, score: null }, none, normal, []],
    [
      'passed and completed',
      { completed: true, passed: true, score: { scaled: 0.9 } },
      none,
      normal,
      ['passed', 'completed'],
    ],
    ['failed', { completed: false, passed: false, score: { scaled: 0.5 } }, none, normal, ['failed']],
    [
      'failed once a session',
      { completed: false, passed: false, score: { scaled: 0.5 } },
      { ...none, failedThisSession: true },
      normal,
      [],
    ],
    [
      'passed after failed',
      { completed: false, passed: true, score: { scaled: 0.9 } },
      { ...none, failedThisSession: true },
      normal,
      ['passed'],
    ],
    [
      'no failed after passed',
      { completed: false, passed: false, score: { scaled: 0.5 } },
      { ...none, passed: true },
      normal,
      [],
    ],
    ['completed once', { completed: true, passed: null, score: null }, { ...none, completed: true }, normal, []],
    [
      'LaunchData mastery score wins (passes)',
      { completed: false, passed: false, score: { scaled: 0.7 } },
      none,
      { mode: 'normal' as const, masteryScore: 0.6 },
      ['passed'],
    ],
    [
      'LaunchData mastery score wins (fails)',
      { completed: false, passed: true, score: { scaled: 0.85 } },
      none,
      { mode: 'normal' as const, masteryScore: 0.9 },
      ['failed'],
    ],
    [
      'browse sends nothing',
      { completed: true, passed: true, score: { scaled: 1 } },
      none,
      { mode: 'browse' as const, masteryScore: null },
      [],
    ],
    [
      'review sends nothing',
      { completed: true, passed: false, score: { scaled: 0 } },
      none,
      { mode: 'review' as const, masteryScore: null },
      [],
    ],
  ])('%s', (_, status, reported, launch, verbs) => {
    expect(cmi5StatusVerbs(status, reported, launch).verbs).toEqual(verbs)
  })

  it('says what is reported after', () => {
    const after = cmi5StatusVerbs({ completed: true, passed: false, score: { scaled: 0.2 } }, none, normal).reported
    expect(after).toEqual({ completed: true, passed: false, failedThisSession: true })
  })
})

describe('derivedActivityId', () => {
  it('encodes each part under the AU id', () => {
    expect(derivedActivityId('https://x.example.com/au/', 'scenario', 's 1/2', 'step', '第1步')).toBe(
      'https://x.example.com/au/scenario/s%201%2F2/step/%E7%AC%AC1%E6%AD%A5',
    )
  })
})

describe('roleplayStatement', () => {
  const template = {
    contextActivities: { grouping: [{ id: 'https://x.example.com/au' }] },
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's-1' },
  }
  const launch = {
    actor: { account: { homePage: 'https://lms.example.com', name: 'u7' } },
    registration: 'f1e2d3c4-0000-4000-8000-000000000001',
    activityId: 'https://x.example.com/au',
    contextTemplate: template,
  }
  const reply = {
    scenarioId: 'refund',
    scenarioTitle: '退款来电',
    stepId: 'st2',
    prompt: '我要退款！',
    response: '您好，我来帮您查一下。',
    points: 3,
    at: '2026-11-29T10:00:00.000Z',
  }

  it('makes a cmi5 allowed statement with the step as the object', () => {
    const statement = roleplayStatement(launch, reply, 'a1b2c3d4-0000-4000-8000-000000000009')
    expect(statement).toEqual({
      id: 'a1b2c3d4-0000-4000-8000-000000000009',
      actor: launch.actor,
      verb: RESPONDED_VERB,
      object: {
        objectType: 'Activity',
        id: 'https://x.example.com/au/scenario/refund/step/st2',
        definition: {
          type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
          interactionType: 'other',
          name: { 'zh-CN': '退款来电' },
          description: { 'zh-CN': '我要退款！' },
        },
      },
      result: { response: '您好，我来帮您查一下。', score: { raw: 3 } },
      context: { ...template, registration: launch.registration },
      timestamp: reply.at,
    })
  })

  it('leaves the context template as it was', () => {
    const statement = roleplayStatement(launch, reply, 'a1b2c3d4-0000-4000-8000-000000000009')
    ;(statement.context.extensions as Record<string, string>).x = 'changed'
    expect(template.extensions).not.toHaveProperty('x')
  })
})
