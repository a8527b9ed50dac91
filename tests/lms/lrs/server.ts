/**
 * A small cmi5 LMS and learning record store for tests, on 127.0.0.1 (node:http), started by the
 * test that needs it:
 *
 * - `POST /fetch/<key>`: the cmi5 fetch URL; answers the auth token once, then the cmi5 error
 *   (`error-code` 1, HTTP 200) as §8.2.3 says;
 * - `/xapi/statements` (PUT with `statementId`, POST one or many), `/xapi/activities/state`,
 *   `/xapi/agents/profile`, `/xapi/about`, with CORS for a course served from another origin;
 * - optionally the built course as static files, so a course and its LRS can share an origin.
 *
 * Every statement is checked on arrival: Learning Locker's xAPI validation, the auth token as Basic
 * auth, and the cmi5 rules (initialized first in the session, passed/failed/completed at most once
 * and in an allowed order, nothing after terminated, registration and the context template on
 * every statement, none of passed/failed/completed outside a Normal launch). What breaks a rule is
 * refused with 400 and written to `violations`, so a test asserts `violations` is empty. A statement
 * that passes is also stored in Learning Locker's own statement service (learningLocker.ts), a
 * second, real store that must accept it too.
 */
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import sirv from 'sirv'
import validation from '@learninglocker/xapi-validation'
import { openLearningLocker, type LearningLockerStore } from './learningLocker'

export const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid'
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5'
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon'
const VERB = 'http://adlnet.gov/expapi/verbs/'

// A CommonJS module: Vitest hands over its default export, Playwright's loader the module object.
const validateStatement: typeof validation =
  typeof validation === 'function' ? validation : (validation as unknown as { default: typeof validation }).default
const CMI5_VERBS = ['initialized', 'completed', 'passed', 'failed', 'terminated'].map((verb) => VERB + verb)

export interface Statement {
  id: string
  actor: Record<string, unknown>
  verb: { id: string; display?: Record<string, string> }
  object: { id: string; objectType?: string; definition?: Record<string, unknown> }
  result?: Record<string, unknown> & { score?: { scaled?: number }; response?: string; success?: boolean }
  context?: Record<string, unknown> & {
    registration?: string
    extensions?: Record<string, unknown>
    contextActivities?: Record<string, { id: string }[]>
  }
  timestamp?: string
}

export interface TestLrsOptions {
  launchMode?: 'Normal' | 'Browse' | 'Review'
  masteryScore?: number
  moveOn?: string
  /** The learner's preferences document; none when omitted. */
  preferences?: unknown
  /** A built course to serve at `basePath`. */
  staticDir?: string
  basePath?: string
  /** Also store every statement in Learning Locker's statement service (default true). */
  learningLocker?: boolean
  /** How long the LRS takes over a state document write before it decides it (a slow LRS). */
  stateWriteDelayMs?: number
}

export interface TestLrs {
  origin: string
  endpoint: string
  fetchUrl: string
  token: string
  registration: string
  activityId: string
  sessionId: string
  actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } }
  /** The launch query (`?endpoint=…`), optionally with some parameters replaced. */
  launchQuery(replace?: Partial<Record<'endpoint' | 'fetch' | 'actor' | 'registration' | 'activityId', string>>): string
  /** Statements the LRS accepted, in the order they arrived, each once. */
  statements: Statement[]
  /** Every rule a request broke, in words. */
  violations: string[]
  /** How many times the fetch URL was called. */
  fetchCalls: () => number
  /** State documents by `activityId|registration|stateId`. */
  state: Map<string, unknown>
  /** While down, statement requests are cut off (the socket closes) as if the network were gone. */
  setDown(down: boolean): void
  /** Statement requests that were cut off while down. */
  refused: () => number
  /** How many times each statement id reached the LRS (a repeat is answered, never stored twice). */
  deliveries: Map<string, number>
  /**
   * Ids of statements PUT after their session ended, with that session's token: refused with 401,
   * as an LMS that ends a session's token does. A course may send one again when it could not learn
   * that the first send arrived (the page closed first); anything else there is a defect.
   */
  lateResends: string[]
  /**
   * State document writes decided after their session ended (its `terminated`, or the next launch),
   * with its token: refused with 401, as a cmi5 LMS refuses every request of a session after its end
   * (8.1.2.0-2). A closing page's last write may still be on its way; anything else there is a defect.
   */
  lateStateWrites: () => number
  /** Learning Locker's store, holding every accepted statement too; null when turned off. */
  learningLocker: LearningLockerStore | null
  /** Starts a new session (as the LMS does on the next launch): a new fetch URL, token and session id. */
  relaunch(): void
  close(): Promise<void>
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, PUT, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match',
  'Access-Control-Expose-Headers': 'ETag, X-Experience-API-Version, Content-Type',
}

function send(res: http.ServerResponse, status: number, body?: unknown): void {
  res.writeHead(status, { ...CORS, 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' })
  res.end(body === undefined ? undefined : JSON.stringify(body))
}

async function bodyOf(req: http.IncomingMessage): Promise<string> {
  let text = ''
  for await (const chunk of req) text += String(chunk)
  return text
}

/** Starts the LMS/LRS on a free port of 127.0.0.1. */
export async function startTestLrs(options: TestLrsOptions = {}): Promise<TestLrs> {
  const statements: Statement[] = []
  const violations: string[] = []
  const state = new Map<string, unknown>()
  const deliveries = new Map<string, number>()
  const registration = randomUUID()
  const activityId = 'https://kefu-course.example.com/au/course'
  const actor = {
    objectType: 'Agent' as const,
    name: '王小明',
    account: { homePage: 'https://lms.example.com', name: 'learner-007' },
  }
  const publisher = { id: 'https://kefu-course.example.com/au/course' }
  let fetchKey = randomUUID()
  let token = Buffer.from(`cmi5:${randomUUID()}`).toString('base64')
  const endedTokens = new Set<string>()
  const lateResends: string[] = []
  let lateStateWrites = 0
  let fetched = 0
  let sessionId = randomUUID()
  let down = false
  let refused = 0
  // Per registration (completed, passed) and per session (initialized, failed, terminated).
  const seen = { completed: false, passed: false }
  let session = { initialized: false, failed: false, terminated: false }
  const launchMode = options.launchMode ?? 'Normal'

  function writeLaunchData(): void {
    state.set(`${activityId}|${registration}|LMS.LaunchData`, {
      contextTemplate: {
        contextActivities: { grouping: [publisher] },
        extensions: { [SESSION_ID]: sessionId },
      },
      launchMode,
      moveOn: options.moveOn ?? 'CompletedAndPassed',
      ...(options.masteryScore === undefined ? {} : { masteryScore: options.masteryScore }),
      returnURL: 'https://lms.example.com/course/return',
    })
  }
  writeLaunchData()

  /** The cmi5 rules for one statement, against what this registration and session already sent. */
  function cmi5Problems(statement: Statement): string[] {
    const problems: string[] = []
    const verb = statement.verb.id
    const context = statement.context ?? {}
    const categories = (context.contextActivities?.category ?? []).map((item) => item.id)
    if (context.registration !== registration) problems.push('registration missing or wrong')
    if (context.extensions?.[SESSION_ID] !== sessionId) problems.push('session id (context template) missing')
    if (!(context.contextActivities?.grouping ?? []).some((item) => item.id === publisher.id)) {
      problems.push('context template grouping (publisher id) missing')
    }
    if (JSON.stringify(statement.actor) !== JSON.stringify(actor)) problems.push('actor is not the launch actor')
    if (session.terminated) problems.push(`${verb} after terminated`)
    const defined = CMI5_VERBS.includes(verb) && statement.object.id === activityId
    if (defined && !categories.includes(CMI5_CATEGORY)) problems.push(`${verb} without the cmi5 category`)
    if (!defined && categories.includes(CMI5_CATEGORY)) problems.push(`${verb} (cmi5 allowed) with the cmi5 category`)
    if (!session.initialized && verb !== VERB + 'initialized') problems.push(`${verb} before initialized`)
    const scaled = statement.result?.score?.scaled
    const mastery = options.masteryScore
    switch (verb) {
      case VERB + 'initialized':
        if (session.initialized) problems.push('initialized twice in a session')
        break
      case VERB + 'completed':
      case VERB + 'passed':
      case VERB + 'failed':
        if (launchMode !== 'Normal') problems.push(`${verb} in a ${launchMode} launch`)
        if (!categories.includes(MOVEON_CATEGORY)) problems.push(`${verb} without the moveOn category`)
        if (verb.endsWith('completed') && seen.completed) problems.push('completed twice in a registration')
        if (verb.endsWith('completed') && statement.result?.completion !== true)
          problems.push('completed without completion')
        if (verb.endsWith('passed') && seen.passed) problems.push('passed twice in a registration')
        if (verb.endsWith('passed') && mastery !== undefined && (scaled ?? 1) < mastery)
          problems.push('passed below mastery')
        if (verb.endsWith('failed') && seen.passed) problems.push('failed after passed')
        if (verb.endsWith('failed') && session.failed) problems.push('failed twice in a session')
        if (verb.endsWith('failed') && mastery !== undefined && (scaled ?? 0) >= mastery)
          problems.push('failed at mastery')
        break
    }
    return problems
  }

  function record(statement: Statement): void {
    statements.push(statement)
    const verb = statement.verb.id
    if (verb === VERB + 'initialized') session.initialized = true
    if (verb === VERB + 'terminated') session.terminated = true
    if (verb === VERB + 'completed') seen.completed = true
    if (verb === VERB + 'passed') seen.passed = true
    if (verb === VERB + 'failed') session.failed = true
  }

  /** Checks and stores one statement; returns the HTTP status to answer. */
  async function accept(raw: unknown, id: string | null): Promise<number> {
    const statement = (id ? { ...(raw as object), id } : raw) as Statement
    deliveries.set(statement.id, (deliveries.get(statement.id) ?? 0) + 1)
    const existing = statements.find((item) => item.id === statement.id)
    if (existing) return JSON.stringify(existing) === JSON.stringify(statement) ? 204 : 409
    const warnings = validateStatement(statement)
    const problems = [
      ...warnings.map((warning) => `${warning.path.join('.')}: ${warning.name}`),
      ...(typeof statement.verb?.id === 'string' ? cmi5Problems(statement) : []),
    ]
    if (problems.length > 0) {
      violations.push(`${statement.verb?.id ?? '?'} ${statement.id}: ${problems.join('; ')}`)
      return 400
    }
    try {
      await learningLocker?.store(statement)
    } catch (error) {
      violations.push(`${statement.verb.id} ${statement.id}: Learning Locker refused it: ${String(error)}`)
      return 400
    }
    record(statement)
    return 204
  }

  const learningLocker = options.learningLocker === false ? null : await openLearningLocker()
  const files = options.staticDir ? sirv(options.staticDir, { dev: true }) : null
  const basePath = options.basePath ?? '/course/'

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      if (req.method === 'OPTIONS') return send(res, 204)
      if (url.pathname.startsWith('/fetch/')) {
        fetched += 1
        if (req.method !== 'POST') return send(res, 405)
        if (url.pathname !== `/fetch/${fetchKey}` || fetched > 1) {
          return send(res, 200, {
            'error-code': '1',
            'error-text': 'The authorization token has already been returned.',
          })
        }
        return send(res, 200, { 'auth-token': token })
      }
      if (url.pathname.startsWith('/xapi/')) {
        if (req.headers.authorization !== `Basic ${token}`) {
          const id = url.searchParams.get('statementId')
          if (
            req.method === 'PUT' &&
            url.pathname === '/xapi/statements' &&
            id &&
            endedTokens.has(req.headers.authorization ?? '')
          ) {
            lateResends.push(id)
            return send(res, 401)
          }
          if (url.pathname === '/xapi/activities/state' && endedTokens.has(req.headers.authorization ?? '')) {
            lateStateWrites += 1
            return send(res, 401)
          }
          violations.push(`${req.method} ${url.pathname}: Authorization is not the session's auth token`)
          return send(res, 401)
        }
        const resource = url.pathname.slice('/xapi/'.length)
        if (resource === 'about') return send(res, 200, { version: ['1.0.3'] })
        if (resource === 'statements') {
          if (down) {
            refused += 1
            req.socket.destroy()
            return
          }
          const text = await bodyOf(req)
          if (req.method === 'PUT')
            return send(res, await accept(JSON.parse(text), url.searchParams.get('statementId')))
          if (req.method === 'POST') {
            const list = [JSON.parse(text) as unknown].flat() as Statement[]
            const ids = list.map((item) => ({ ...item, id: item.id ?? randomUUID() }))
            const statuses: number[] = []
            for (const item of ids) statuses.push(await accept(item, null))
            const worst = statuses.find((status) => status >= 400)
            return worst
              ? send(res, worst)
              : send(
                  res,
                  200,
                  ids.map((item) => item.id),
                )
          }
          return send(res, 405)
        }
        if (resource === 'activities/state') {
          const key = `${url.searchParams.get('activityId')}|${url.searchParams.get('registration')}|${url.searchParams.get('stateId')}`
          JSON.parse(url.searchParams.get('agent') ?? 'null')
          if (req.method === 'GET') return state.has(key) ? send(res, 200, state.get(key)) : send(res, 404)
          if (req.method === 'PUT' || req.method === 'POST') {
            if (url.searchParams.get('stateId') === 'LMS.LaunchData') {
              violations.push('the AU changed LMS.LaunchData')
              return send(res, 403)
            }
            const written = JSON.parse(await bodyOf(req)) as unknown
            const writtenIn = session
            if (options.stateWriteDelayMs) await new Promise((done) => setTimeout(done, options.stateWriteDelayMs))
            if (writtenIn.terminated || writtenIn !== session) {
              lateStateWrites += 1
              return send(res, 401)
            }
            state.set(key, written)
            return send(res, 204)
          }
          if (req.method === 'DELETE') return (state.delete(key), send(res, 204))
        }
        if (resource === 'agents/profile' && req.method === 'GET') {
          if (url.searchParams.get('profileId') !== 'cmi5LearnerPreferences' || options.preferences === undefined) {
            return send(res, 404)
          }
          return send(res, 200, options.preferences)
        }
        return send(res, 404)
      }
      if (files && url.pathname.startsWith(basePath)) {
        req.url = (req.url ?? '/').slice(basePath.length - 1)
        return files(req, res, () => send(res, 404))
      }
      return send(res, 404)
    })().catch((error: unknown) => {
      violations.push(`server error: ${String(error)}`)
      if (!res.headersSent) send(res, 500)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const lrs: TestLrs = {
    origin,
    endpoint: `${origin}/xapi/`,
    get fetchUrl() {
      return `${origin}/fetch/${fetchKey}`
    },
    get token() {
      return token
    },
    registration,
    activityId,
    get sessionId() {
      return sessionId
    },
    actor,
    launchQuery(replace = {}) {
      const query = new URLSearchParams({
        endpoint: `${origin}/xapi/`,
        fetch: `${origin}/fetch/${fetchKey}`,
        actor: JSON.stringify(actor),
        registration,
        activityId,
        ...replace,
      })
      return `?${query.toString()}`
    },
    statements,
    violations,
    fetchCalls: () => fetched,
    state,
    setDown(value) {
      down = value
    },
    refused: () => refused,
    deliveries,
    lateResends,
    lateStateWrites: () => lateStateWrites,
    learningLocker,
    relaunch() {
      endedTokens.add(`Basic ${token}`)
      fetchKey = randomUUID()
      token = Buffer.from(`cmi5:${randomUUID()}`).toString('base64')
      fetched = 0
      sessionId = randomUUID()
      session = { initialized: false, failed: false, terminated: false }
      writeLaunchData()
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
  return lrs
}
