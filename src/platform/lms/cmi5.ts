/**
 * `LmsRuntime` for a cmi5 launch, over @xapi/cmi5: the library fetches the auth token, reads
 * `LMS.LaunchData` and `cmi5LearnerPreferences` and builds the cmi5 defined statements and quiz
 * answers; every statement then goes through the statement queue (statementQueue.ts), so it waits
 * in IndexedDB while the network is down and reaches the LRS once, in order. Whatever the LMS or
 * the LRS says is checked (src/domain/lms/cmi5Launch.ts) before the course relies on it.
 *
 * A reload in the same tab carries on the same session (cmi5 Best Practice #17): the auth token
 * and start time wait in sessionStorage until `terminated`, as the fetch URL answers only once.
 */
import Cmi5 from '@xapi/cmi5/dist/Cmi5.esm.js'
import {
  cmi5ReturnUrl,
  EMPTY_COURSE_STATE,
  isBookmark,
  learnerOf,
  readCmi5CourseState,
  readCmi5Launch,
  readCmi5LaunchData,
  readCmi5Preferences,
  type Cmi5CourseState,
  type Cmi5LaunchData,
  type Cmi5LaunchParameters,
  type Cmi5LearnerPreferences,
} from '../../domain/lms/cmi5Launch'
import { cmi5StatusVerbs, INTERACTION_TYPE, roleplayStatement, type Cmi5Reported } from '../../domain/lms/cmi5Report'
import { readRecord, writeRecord, type KeyValueStorage } from '../storage'
import { CMI5_SESSION_KEY, CMI5_STATE_ID } from '../storageKeys'
import { LmsError, type LmsLaunch, type LmsRuntime, type LmsStatus } from './runtime'
import { openStatementQueue, type QueuedStatement, type SendOutcome, type StatementQueue } from './statementQueue'

type Statement = Parameters<Cmi5['sendXapiStatement']>[0]
type Sent = Awaited<ReturnType<Cmi5['sendXapiStatement']>>
type InteractionDefinition = Parameters<Cmi5['interaction']>[3]

/** Hands each statement the library builds to the queue instead of sending it at once. */
class QueuedCmi5 extends Cmi5 {
  constructor(
    params: Cmi5LaunchParameters,
    private readonly deliver: (statement: Statement) => Promise<void>,
  ) {
    super(params as ConstructorParameters<typeof Cmi5>[0])
  }

  override async sendXapiStatement(statement: Statement, options?: Parameters<Cmi5['sendXapiStatement']>[1]) {
    const final = typeof options?.transform === 'function' ? options.transform(statement) : statement
    await this.deliver(final)
    return { data: [final.id], status: 200, statusText: 'queued', headers: {}, config: {} } as unknown as Sent
  }
}

/** The cmi5 runtime also tells what the learner prefers, as the LMS keeps it (cmi5 §11), once started. */
export interface Cmi5Runtime extends LmsRuntime {
  readonly preferences: Cmi5LearnerPreferences
}

/** Options for tests; the app passes none. */
export interface Cmi5RuntimeOptions {
  /** Where the session waits between reloads (sessionStorage by default). */
  sessionStorage?: KeyValueStorage | null
  /** The statement queue's database name. */
  queueDatabaseName?: string
  /** First retry delay of the queue and of the State document. */
  retryDelayMs?: number
}

interface SavedSession {
  registration: string
  activityId: string
  authToken: string
  initializedDate: string
  failedThisSession: boolean
}

/** A token that can go in an Authorization header: printable ASCII, no line breaks. */
const TOKEN = /^[\x21-\x7e]{1,4000}$/
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

const UNREACHABLE = '无法连接学习记录库（LRS），学习进度不会上报到学习平台。请检查网络后回到学习平台重新打开课程。'
const NO_TOKEN = '学习平台没有给出登录凭据（这个启动链接可能已经用过或已过期）。请回到学习平台重新打开课程。'
const LAUNCH_DATA_MISSING = '学习平台没有准备好这次启动的数据（LMS.LaunchData）。请回到学习平台重新打开课程。'
const LRS_DOWN = '暂时连不上学习记录库（LRS）；学习记录已保存在这台电脑上，网络恢复后会按顺序发送。'

/** A version 4 UUID, also on plain-http pages where `crypto.randomUUID` is missing. */
function newUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

function sessionStore(): KeyValueStorage | null {
  try {
    return globalThis.sessionStorage ?? null
  } catch {
    return null
  }
}

/** PUTs one statement under its own id: a repeat is the same statement, and 409 means the LRS has it. */
async function putStatement(item: QueuedStatement): Promise<SendOutcome> {
  const url = new URL('statements', item.endpoint)
  url.searchParams.set('statementId', item.id)
  const body = JSON.stringify(item.statement)
  let response: Response
  try {
    response = await fetch(url, {
      method: 'PUT',
      headers: {
        Authorization: item.auth,
        'Content-Type': 'application/json',
        'X-Experience-API-Version': '1.0.3',
      },
      body,
      credentials: 'omit',
      cache: 'no-store',
      // Lets `terminated` leave while the page closes; browsers cap such bodies at 64 KB.
      keepalive: body.length < 60_000,
    })
  } catch {
    return { kind: 'retry', problem: LRS_DOWN }
  }
  if (response.ok || response.status === 409) return { kind: 'sent' }
  if (response.status === 408 || response.status === 429 || response.status >= 500) {
    return { kind: 'retry', problem: LRS_DOWN }
  }
  return { kind: 'rejected', problem: `学习记录库拒绝了一条学习记录（HTTP ${response.status}）。` }
}

function statusOf(error: unknown): number | null {
  const status = (error as { response?: { status?: unknown } } | null)?.response?.status
  return typeof status === 'number' ? status : null
}

/** The exam's score as xAPI takes it: scaled in 0–1, raw only within min and max. */
function scoreOf(score: LmsStatus['score']) {
  if (!score || !Number.isFinite(score.scaled)) return undefined
  const scaled = Math.min(1, Math.max(0, score.scaled))
  const { raw, min, max } = score
  const whole = [raw, min, max].every(Number.isFinite) && min <= raw && raw <= max
  return whole ? { scaled, raw, min, max } : { scaled }
}

/**
 * The cmi5 runtime for a launch URL (the page's own address, with the LMS's query).
 *
 * @example
 * const runtime = createCmi5Runtime(new URL(location.href))
 * const launch = await runtime.start() // LmsError with a Chinese message when the launch is unusable
 */
export function createCmi5Runtime(launchUrl: URL, options: Cmi5RuntimeOptions = {}): Cmi5Runtime {
  const storage = options.sessionStorage === undefined ? sessionStore() : options.sessionStorage
  let phase: 'new' | 'starting' | 'started' | 'finished' = 'new'
  let params: Cmi5LaunchParameters
  let cmi5: QueuedCmi5
  let queue: StatementQueue | null = null
  let launchData: Cmi5LaunchData | null = null
  let preferences: Cmi5LearnerPreferences = {}
  let mode: LmsLaunch['mode'] = 'normal'
  let reported: Cmi5Reported = { completed: false, passed: false, failedThisSession: false }
  let courseState: Cmi5CourseState = EMPTY_COURSE_STATE
  let initializedDate = new Date()
  // Every report goes through this chain, so statements are made in the order they were asked for.
  let chain: Promise<void> = Promise.resolve()
  let stateToWrite: Cmi5CourseState | null = null
  let stateWriting: Promise<void> | null = null
  let stateRetry: ReturnType<typeof setTimeout> | null = null
  let stateDelay = options.retryDelayMs ?? 1000
  const onOnline = () => void writeState()

  const serial = (work: () => Promise<void>): Promise<void> => {
    const next = chain.then(work)
    chain = next.catch(() => {})
    return next
  }

  function token(): string | null {
    const value: unknown = cmi5.getAuthToken()
    return typeof value === 'string' && TOKEN.test(value) ? value : null
  }

  /** Checks what the LMS said before the first statement leaves; throws LmsError when unusable. */
  function checkLaunch(): void {
    if (launchData) return
    if (!token()) throw new LmsError(NO_TOKEN)
    const checked = readCmi5LaunchData(cmi5.getLaunchData())
    if (!checked.ok) throw new LmsError(checked.problem)
    launchData = checked.value
    preferences = readCmi5Preferences(cmi5.getLearnerPreferences())
    mode = launchData.launchMode === 'Browse' ? 'browse' : launchData.launchMode === 'Review' ? 'review' : 'normal'
  }

  async function deliver(statement: Statement): Promise<void> {
    checkLaunch()
    const id = typeof statement.id === 'string' ? statement.id : newUuid()
    await queue!.add({ id, endpoint: params.endpoint, auth: `Basic ${token()}`, statement: { ...statement, id } })
  }

  function saveSession(): void {
    const session: SavedSession = {
      registration: params.registration,
      activityId: params.activityId,
      authToken: token() ?? '',
      initializedDate: initializedDate.toISOString(),
      failedThisSession: reported.failedThisSession,
    }
    writeRecord(storage, CMI5_SESSION_KEY, JSON.stringify(session))
  }

  function savedSession(): SavedSession | null {
    try {
      const raw = JSON.parse(readRecord(storage, CMI5_SESSION_KEY) ?? 'null') as Partial<SavedSession> | null
      if (
        raw?.registration !== params.registration ||
        raw.activityId !== params.activityId ||
        typeof raw.authToken !== 'string' ||
        !TOKEN.test(raw.authToken) ||
        typeof raw.initializedDate !== 'string' ||
        !ISO_TIME.test(raw.initializedDate)
      ) {
        return null
      }
      return { ...(raw as SavedSession), failedThisSession: raw.failedThisSession === true }
    } catch {
      return null
    }
  }

  const stateParams = () => ({
    agent: params.actor as Parameters<NonNullable<Cmi5['xapi']>['getState']>[0]['agent'],
    activityId: params.activityId,
    stateId: CMI5_STATE_ID,
    registration: params.registration,
  })

  async function readCourseState(): Promise<Cmi5CourseState> {
    try {
      const response = await cmi5.xapi!.getState(stateParams())
      return readCmi5CourseState(response.data) ?? EMPTY_COURSE_STATE
    } catch {
      // 404 on a first launch; an unreadable document or a failed read resumes from this device alone.
      return EMPTY_COURSE_STATE
    }
  }

  /** Writes the latest course state; a failure keeps it for the next try (online, flush, or later). */
  function writeState(): Promise<void> {
    if (stateWriting) return stateWriting
    if (!stateToWrite || !cmi5?.xapi) return Promise.resolve()
    if (stateRetry) clearTimeout(stateRetry)
    stateRetry = null
    stateWriting = (async () => {
      while (stateToWrite) {
        const written: Cmi5CourseState = stateToWrite
        try {
          await cmi5.xapi!.setState({ ...stateParams(), state: written as unknown as Record<string, unknown> })
          if (stateToWrite === written) stateToWrite = null
          stateDelay = options.retryDelayMs ?? 1000
        } catch {
          stateRetry = setTimeout(() => void writeState(), stateDelay)
          stateDelay = Math.min(stateDelay * 2, 60_000)
          return
        }
      }
    })().finally(() => {
      stateWriting = null
    })
    return stateWriting
  }

  /**
   * Keeps the latest course state for the LRS and starts writing it, without waiting for the
   * network: the app's calls that follow (above all `finish` as the page closes) are not held up.
   */
  function keepState(change: Partial<Cmi5CourseState>): void {
    const next: Cmi5CourseState = {
      ...courseState,
      ...change,
      reported: { completed: reported.completed, passed: reported.passed },
    }
    // The same state again (every report keeps the place) is not written again: as the page closes,
    // a write that was not needed would only race `terminated`, after which the LMS refuses it.
    if (!stateToWrite && !stateWriting && JSON.stringify(next) === JSON.stringify(courseState)) return
    courseState = next
    stateToWrite = courseState
    void writeState()
  }

  async function connect(): Promise<LmsLaunch> {
    const checked = readCmi5Launch(launchUrl.searchParams)
    if (!checked.ok) throw new LmsError(checked.problem)
    params = checked.value
    cmi5 = new QueuedCmi5(params, deliver)
    try {
      queue = await openStatementQueue({
        send: putStatement,
        databaseName: options.queueDatabaseName,
        firstDelayMs: options.retryDelayMs,
      })
    } catch {
      throw new LmsError('浏览器不允许保存待发送的学习记录（可能处于隐私模式），无法在学习平台里记录学习进度。')
    }
    const session = savedSession()
    try {
      await cmi5.initialize(
        session ? { authToken: session.authToken, initializedDate: new Date(session.initializedDate) } : undefined,
      )
      checkLaunch()
    } catch (error) {
      if (error instanceof LmsError) throw error
      if (!token()) throw new LmsError(NO_TOKEN)
      const status = statusOf(error)
      if (status === 401 || status === 403) throw new LmsError(NO_TOKEN)
      if (status === 404) throw new LmsError(LAUNCH_DATA_MISSING)
      throw new LmsError(UNREACHABLE)
    }
    initializedDate = session ? new Date(session.initializedDate) : cmi5.getInitializedDate()
    courseState = await readCourseState()
    reported = {
      completed: courseState.reported.completed,
      passed: courseState.reported.passed,
      failedThisSession: session?.failedThisSession ?? false,
    }
    saveSession()
    globalThis.addEventListener?.('online', onOnline)
    return {
      learner: learnerOf(params.actor),
      resume: courseState.resume,
      bookmark: courseState.bookmark,
      masteryScore: launchData!.masteryScore ?? null,
      mode,
    }
  }

  const active = () => phase === 'started'

  return {
    kind: 'cmi5',
    get preferences() {
      return preferences
    },
    get returnUrl() {
      return cmi5ReturnUrl(launchData?.returnURL)
    },

    async start() {
      if (phase !== 'new') throw new LmsError('课程已经连接过学习平台。')
      phase = 'starting'
      try {
        const launch = await connect()
        phase = 'started'
        return launch
      } catch (error) {
        phase = 'finished'
        queue?.close()
        throw error
      }
    },

    saveResume(resume, bookmark) {
      if (active()) keepState({ resume: resume.slice(0, 64_000), bookmark: isBookmark(bookmark) ? bookmark : null })
      return Promise.resolve()
    },

    setStatus(status) {
      return serial(async () => {
        if (!active()) return
        const decided = cmi5StatusVerbs(status, reported, { mode, masteryScore: launchData?.masteryScore ?? null })
        if (decided.verbs.length === 0) return
        reported = decided.reported
        saveSession()
        const score = scoreOf(status.score)
        for (const verb of decided.verbs) {
          if (verb === 'passed') await cmi5.pass(score)
          else if (verb === 'failed') await cmi5.fail(score)
          else await cmi5.complete()
        }
        keepState({})
      })
    },

    reportQuiz(report) {
      return serial(async () => {
        if (!active()) return
        const name = { 'zh-CN': report.title.slice(0, 500) }
        for (const item of report.interactions) {
          const end = ISO_TIME.test(item.at) ? new Date(item.at) : new Date()
          const latency = item.latencySeconds
          const period =
            latency !== null && Number.isFinite(latency) && latency >= 0
              ? { start: new Date(end.getTime() - latency * 1000), end }
              : undefined
          const description = { 'zh-CN': item.description.slice(0, 2000) }
          const trueFalse = item.type === 'true-false'
          // An unanswered question is reported with an empty response, never as an answer the learner did not give.
          const response = trueFalse ? (item.learnerResponse[0] ?? '') : item.learnerResponse.join('[,]')
          const correct = trueFalse ? item.correctResponse.slice(0, 1) : [item.correctResponse.join('[,]')]
          await cmi5.interaction(
            encodeURIComponent(report.quizId),
            encodeURIComponent(item.id),
            response,
            {
              type: INTERACTION_TYPE,
              interactionType: trueFalse ? 'true-false' : 'choice',
              correctResponsesPattern: correct,
              ...(trueFalse || item.choices.length === 0
                ? {}
                : {
                    choices: item.choices.map((choice) => ({
                      id: choice.id,
                      description: { 'zh-CN': choice.description.slice(0, 500) },
                    })),
                  }),
              name,
              description,
            } as InteractionDefinition,
            item.correct,
            period,
          )
        }
      })
    },

    reportScenario(choices) {
      return serial(async () => {
        if (!active()) return
        const context = {
          actor: params.actor,
          registration: params.registration,
          activityId: params.activityId,
          contextTemplate: launchData!.contextTemplate,
        }
        for (const choice of choices) {
          const at = ISO_TIME.test(choice.at) ? new Date(choice.at).toISOString() : new Date().toISOString()
          const points = Number.isFinite(choice.points) ? choice.points : 0
          await deliver(roleplayStatement(context, { ...choice, at, points }, newUuid()) as unknown as Statement)
        }
      })
    },

    async flush() {
      if (phase !== 'started' && phase !== 'finished') return
      await chain
      await Promise.all([writeState(), queue?.drain()])
    },

    finish({ closing = false } = {}) {
      return serial(async () => {
        if (!active()) return
        phase = 'finished'
        // The LMS refuses every request of a session after its `terminated` (cmi5 8.1.2.0-2): the last
        // state goes first. As the page closes `terminated` cannot wait for it: the place was kept when
        // the page was hidden, and with it unchanged nothing is left to write here.
        if (!closing) await writeState()
        await cmi5.terminate()
        try {
          storage?.removeItem(CMI5_SESSION_KEY)
        } catch {
          // A storage that refuses leaves a session the fetch URL no longer backs: the next start says so.
        }
        globalThis.removeEventListener?.('online', onOnline)
        await Promise.all([writeState(), queue!.drain()])
      })
    },
  }
}
