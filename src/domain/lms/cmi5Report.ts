/**
 * What the course reports to a cmi5 LMS, as pure rules: which of `passed`, `failed` and
 * `completed` a status change calls for (cmi5 spec §9.3.3–9.3.5 and §10: each at most once,
 * none outside a Normal launch), and the xAPI statement for one role-play reply. The cmi5
 * library (@xapi/cmi5) builds the cmi5 defined statements and quiz answers itself.
 */
import type { Cmi5Agent } from './cmi5Launch'

export type Cmi5StatusVerb = 'passed' | 'failed' | 'completed'

/** What was already sent: `completed` and `passed` once per registration, `failed` once per session. */
export interface Cmi5Reported {
  completed: boolean
  passed: boolean
  failedThisSession: boolean
}

/** The status the app reports (see LmsStatus in src/platform/lms/runtime.ts). */
export interface Cmi5StatusInput {
  completed: boolean
  passed: boolean | null
  score: { scaled: number } | null
}

/**
 * The statements a status calls for, in the order to send them, and what is reported after them.
 * LaunchData's mastery score, when set, decides passed or failed from the scaled score; otherwise
 * the app's own judgement (against the course setting) stands. After `passed` no `failed` follows.
 *
 * @example
 * cmi5StatusVerbs({ completed: true, passed: true, score: { scaled: 0.9 } },
 *   { completed: false, passed: false, failedThisSession: false }, { mode: 'normal', masteryScore: 0.8 })
 * // { verbs: ['passed', 'completed'], reported: { completed: true, passed: true, failedThisSession: false } }
 */
export function cmi5StatusVerbs(
  status: Cmi5StatusInput,
  reported: Cmi5Reported,
  launch: { mode: 'normal' | 'browse' | 'review'; masteryScore: number | null },
): { verbs: Cmi5StatusVerb[]; reported: Cmi5Reported } {
  if (launch.mode !== 'normal') return { verbs: [], reported }
  const verbs: Cmi5StatusVerb[] = []
  const next = { ...reported }
  const passed =
    status.passed === null
      ? null
      : launch.masteryScore !== null && status.score !== null
        ? status.score.scaled >= launch.masteryScore
        : status.passed
  if (passed === true && !next.passed) {
    verbs.push('passed')
    next.passed = true
  } else if (passed === false && !next.passed && !next.failedThisSession) {
    verbs.push('failed')
    next.failedThisSession = true
  }
  if (status.completed && !next.completed) {
    verbs.push('completed')
    next.completed = true
  }
  return { verbs, reported: next }
}

/** The part of an xAPI statement the course builds itself. */
export interface XapiStatement {
  id: string
  actor: Cmi5Agent
  verb: { id: string; display: Record<string, string> }
  object: { objectType: 'Activity'; id: string; definition: Record<string, unknown> }
  result?: Record<string, unknown>
  context: Record<string, unknown>
  timestamp: string
}

/** ADL's verb for a reply to a question: what the learner said to the caller. */
export const RESPONDED_VERB = {
  id: 'http://adlnet.gov/expapi/verbs/responded',
  display: { 'zh-CN': '回应', 'en-US': 'responded' },
}

export const INTERACTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction'

/** An activity id under the AU's own (cmi5 Best Practice #16): each part URI-encoded. */
export function derivedActivityId(activityId: string, ...parts: string[]): string {
  return [activityId.replace(/\/+$/, ''), ...parts.map((part) => encodeURIComponent(part))].join('/')
}

/** Everything a cmi5 allowed statement needs from the launch. */
export interface Cmi5StatementContext {
  actor: Cmi5Agent
  registration: string
  activityId: string
  contextTemplate: Record<string, unknown>
}

/**
 * A "cmi5 allowed" statement (§9.1, §9.6): the context template unchanged, the registration, and
 * what the statement adds to the template's context activities.
 */
export function cmi5AllowedStatement(
  launch: Cmi5StatementContext,
  body: Pick<XapiStatement, 'verb' | 'object'> & { result?: Record<string, unknown> },
  id: string,
  timestamp: string,
): XapiStatement {
  const context = { ...structuredClone(launch.contextTemplate), registration: launch.registration }
  return { id, actor: launch.actor, ...body, context, timestamp }
}

/** One role-play reply (see LmsScenarioChoice in src/platform/lms/runtime.ts). */
export interface ScenarioReply {
  scenarioId: string
  scenarioTitle: string
  stepId: string
  prompt: string
  response: string
  points: number
  at: string
}

/**
 * The statement for one role-play reply: `responded`, the scenario step as the object (its
 * prompt as the description), the reply as `result.response`, its points as the raw score.
 *
 * @example
 * roleplayStatement(launch, { scenarioId: 's1', stepId: 'st2', response: '您好', points: 3, … }, id)
 * // { verb: RESPONDED_VERB, object: { id: '<activityId>/scenario/s1/step/st2', … }, result: { response: '您好', score: { raw: 3 } }, … }
 */
export function roleplayStatement(launch: Cmi5StatementContext, reply: ScenarioReply, id: string): XapiStatement {
  return cmi5AllowedStatement(
    launch,
    {
      verb: RESPONDED_VERB,
      object: {
        objectType: 'Activity',
        id: derivedActivityId(launch.activityId, 'scenario', reply.scenarioId, 'step', reply.stepId),
        definition: {
          type: INTERACTION_TYPE,
          interactionType: 'other',
          name: { 'zh-CN': reply.scenarioTitle.slice(0, 500) },
          description: { 'zh-CN': reply.prompt.slice(0, 2000) },
        },
      },
      result: { response: reply.response.slice(0, 4000), score: { raw: reply.points } },
    },
    id,
    reply.at,
  )
}
