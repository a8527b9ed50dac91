/**
 * What a cmi5 LMS hands the course, checked like any hostile input: the launch URL's query
 * (cmi5 spec §8.1), the `LMS.LaunchData` State document (§10), the `cmi5LearnerPreferences`
 * Agent Profile (§11) and the course's own State document read back from the LRS. Each refusal
 * says in plain Chinese what is wrong, for the learner to pass on to their LMS administrator.
 */
import * as v from 'valibot'
import { MOVE_ON_VALUES, type MoveOn } from './settings'

/** An xAPI Agent as cmi5 launches name the learner: one identifier, an optional name. */
export interface Cmi5Agent {
  objectType?: 'Agent'
  name?: string
  mbox?: string
  mbox_sha1sum?: string
  openid?: string
  account?: { homePage: string; name: string }
}

/** The five launch parameters, checked; `endpoint` always ends with `/`. */
export interface Cmi5LaunchParameters {
  endpoint: string
  fetch: string
  actor: Cmi5Agent
  registration: string
  activityId: string
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string }

const ASK_ADMIN = '请回到学习平台重新打开课程；如果还是不行，请告诉学习平台的管理员。'
const MAX_URL = 2048

/** An xAPI UUID (RFC 4122 variant), as registrations and statement ids are. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

/** An absolute IRI: a scheme, then no spaces, control characters or characters IRIs never hold. */
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`\u0000-\u001f\u007f]+$/i

/** True for an absolute IRI no longer than 2,048 characters. */
export function isIri(value: string): boolean {
  return value.length <= MAX_URL && IRI.test(value)
}

function httpUrl(value: string | null): URL | null {
  if (value === null || value.length > MAX_URL) return null
  try {
    const url = new URL(value)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    if (url.username !== '' || url.password !== '') return null
    return url
  } catch {
    return null
  }
}

const text = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max))

const AgentSchema = v.pipe(
  v.looseObject({
    objectType: v.optional(v.literal('Agent')),
    name: v.optional(v.pipe(v.string(), v.maxLength(200))),
    mbox: v.optional(v.pipe(v.string(), v.regex(/^mailto:[^\s@]+@[^\s@]+$/), v.maxLength(320))),
    mbox_sha1sum: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{40}$/i))),
    openid: v.optional(v.pipe(v.string(), v.check(isIri))),
    account: v.optional(v.strictObject({ homePage: v.pipe(v.string(), v.check(isIri)), name: text(200) })),
  }),
  v.check(
    (agent) =>
      [agent.mbox, agent.mbox_sha1sum, agent.openid, agent.account].filter((id) => id !== undefined).length === 1,
  ),
)

function agentOf(value: string | null): Cmi5Agent | null {
  if (value === null || value.length > 4000) return null
  try {
    const result = v.safeParse(AgentSchema, JSON.parse(value))
    if (!result.success) return null
    const { objectType, name, mbox, mbox_sha1sum, openid, account } = result.output
    // Only the Agent's own properties travel on: nothing else the LMS put in reaches a statement.
    return Object.fromEntries(
      Object.entries({ objectType, name, mbox, mbox_sha1sum, openid, account }).filter(
        ([, item]) => item !== undefined,
      ),
    ) as Cmi5Agent
  } catch {
    return null
  }
}

/**
 * Reads and checks the cmi5 launch parameters from a launch URL's query.
 *
 * @example
 * readCmi5Launch(new URLSearchParams('endpoint=https://lrs.example.com/xapi&fetch=…&actor=…&registration=…&activityId=…'))
 * // { ok: true, value: { endpoint: 'https://lrs.example.com/xapi/', … } }
 * readCmi5Launch(new URLSearchParams('endpoint=lrs&…'))
 * // { ok: false, problem: '启动链接里的学习记录库地址（endpoint）不是有效的 http 或 https 网址。…' }
 */
export function readCmi5Launch(query: URLSearchParams): Checked<Cmi5LaunchParameters> {
  const refuse = (what: string): Checked<Cmi5LaunchParameters> => ({
    ok: false,
    problem: `启动链接里的${what}。${ASK_ADMIN}`,
  })
  const endpoint = httpUrl(query.get('endpoint'))
  if (!endpoint) return refuse('学习记录库地址（endpoint）不是有效的 http 或 https 网址')
  const fetchUrl = httpUrl(query.get('fetch'))
  if (!fetchUrl) return refuse('登录凭据地址（fetch）不是有效的 http 或 https 网址')
  const actor = agentOf(query.get('actor'))
  if (!actor) return refuse('学员信息（actor）不是有效的 xAPI 学员（Agent）')
  const registration = query.get('registration') ?? ''
  if (!UUID.test(registration)) return refuse('报名编号（registration）不是有效的 UUID')
  const activityId = query.get('activityId') ?? ''
  if (!isIri(activityId)) return refuse('课程编号（activityId）不是有效的 IRI 地址')
  const endpointText = endpoint.href.endsWith('/') ? endpoint.href : `${endpoint.href}/`
  return { ok: true, value: { endpoint: endpointText, fetch: fetchUrl.href, actor, registration, activityId } }
}

/**
 * Where the LMS wants the learner sent after `terminated` (`returnURL`, cmi5 §10.2.6): only an
 * http(s) address, so a hostile launch cannot hand the course a `javascript:` URL; else null.
 *
 * @example
 * cmi5ReturnUrl('https://lms.example.com/course/view.php?id=3') // 'https://lms.example.com/course/view.php?id=3'
 * cmi5ReturnUrl('javascript:alert(1)') // null
 */
export function cmi5ReturnUrl(value: string | undefined): string | null {
  return value === undefined ? null : (httpUrl(value)?.href ?? null)
}

/** The learner as the course shows them: the actor's name, else its account name or mailbox. */
export function learnerOf(actor: Cmi5Agent): { id: string; name: string } {
  const id = actor.account
    ? `${actor.account.homePage}|${actor.account.name}`
    : (actor.mbox ?? actor.openid ?? actor.mbox_sha1sum ?? '')
  const fallback = actor.account?.name ?? actor.mbox?.replace(/^mailto:/, '').replace(/@.*$/, '') ?? '学员'
  const name = actor.name?.trim() || fallback
  return { id, name }
}

export const SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid'

/** The parts of `LMS.LaunchData` the course uses, checked. */
export interface Cmi5LaunchData {
  contextTemplate: Record<string, unknown> & { extensions: Record<string, unknown> }
  launchMode: 'Normal' | 'Browse' | 'Review'
  moveOn: MoveOn
  masteryScore?: number
  returnURL?: string
}

const LaunchDataSchema = v.looseObject({
  contextTemplate: v.looseObject({
    extensions: v.looseObject({ [SESSION_ID_EXTENSION]: text(500) }),
    contextActivities: v.optional(v.looseObject({})),
  }),
  launchMode: v.picklist(['Normal', 'Browse', 'Review']),
  moveOn: v.picklist(MOVE_ON_VALUES),
  masteryScore: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  returnURL: v.optional(v.pipe(v.string(), v.maxLength(MAX_URL))),
})

/**
 * Checks the `LMS.LaunchData` State document: a context template with the session id, the launch
 * mode, `moveOn`, and the mastery score (0–1) when the LMS sets one.
 *
 * @example
 * readCmi5LaunchData({ contextTemplate: { extensions: { [SESSION_ID_EXTENSION]: 's1' } }, launchMode: 'Normal', moveOn: 'Passed' })
 * // { ok: true, value: { … } }
 */
export function readCmi5LaunchData(raw: unknown): Checked<Cmi5LaunchData> {
  const result = v.safeParse(LaunchDataSchema, raw)
  if (!result.success) {
    const field = result.issues[0].path?.map((item) => String(item.key)).join('.') ?? ''
    const where = field === '' ? '' : `（${field.slice(0, 80)}）`
    return { ok: false, problem: `学习平台保存的启动数据（LMS.LaunchData）有问题${where}。${ASK_ADMIN}` }
  }
  return { ok: true, value: result.output as Cmi5LaunchData }
}

/** The learner's preferences (cmi5 §11); anything unreadable counts as none set. */
export interface Cmi5LearnerPreferences {
  languagePreference?: string
  audioPreference?: 'on' | 'off'
}

const PreferencesSchema = v.looseObject({
  languagePreference: v.optional(v.pipe(v.string(), v.maxLength(200))),
  audioPreference: v.optional(v.picklist(['on', 'off'])),
})

/** Reads `cmi5LearnerPreferences`; a missing or malformed document gives `{}`. */
export function readCmi5Preferences(raw: unknown): Cmi5LearnerPreferences {
  const result = v.safeParse(PreferencesSchema, raw)
  if (!result.success) return {}
  const { languagePreference, audioPreference } = result.output
  return {
    ...(languagePreference === undefined ? {} : { languagePreference }),
    ...(audioPreference === undefined ? {} : { audioPreference }),
  }
}

/** What the course keeps in its own State document under the registration, for any PC to resume from. */
export interface Cmi5CourseState {
  resume: string | null
  bookmark: string | null
  /** Which once-per-registration statements (cmi5 §9.3.3, §9.3.4) were already sent. */
  reported: { completed: boolean; passed: boolean }
}

export const EMPTY_COURSE_STATE: Cmi5CourseState = {
  resume: null,
  bookmark: null,
  reported: { completed: false, passed: false },
}

/** A route path: starts with one `/`, printable, at most 500 characters. */
const ROUTE = /^\/(?!\/)[^\s\u0000-\u001f\u007f]{0,499}$/

const CourseStateSchema = v.object({
  resume: v.nullable(v.pipe(v.string(), v.maxLength(64_000))),
  bookmark: v.nullable(v.pipe(v.string(), v.regex(ROUTE))),
  reported: v.object({ completed: v.boolean(), passed: v.boolean() }),
})

/** Reads the course's State document back from the LRS; null when it is missing or malformed. */
export function readCmi5CourseState(raw: unknown): Cmi5CourseState | null {
  const result = v.safeParse(CourseStateSchema, raw)
  return result.success ? result.output : null
}

/** True for a bookmark the course may keep (a route path). */
export function isBookmark(value: string): boolean {
  return ROUTE.test(value)
}
