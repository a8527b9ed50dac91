// @vitest-environment jsdom
/**
 * The cmi5 runtime against the test LMS/LRS (tests/lms/lrs/server.ts) on 127.0.0.1: the library's
 * own HTTP calls (fetch URL, State, Agent Profile) and the queue's statements, checked by the LRS
 * statement by statement (xAPI validation and the cmi5 rules).
 */
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCmi5Runtime } from '../../../../src/platform/lms/cmi5'
import { LmsError, type LmsQuizReport, type LmsScenarioChoice } from '../../../../src/platform/lms/runtime'
import { openLearningLocker } from '../../../lms/lrs/learningLocker'
import { startTestLrs, type TestLrs, type TestLrsOptions } from '../../../lms/lrs/server'
import { memoryStorage } from '../../../fixtures/memoryStorage'

const VERB = 'http://adlnet.gov/expapi/verbs/'

let lrs: TestLrs
let database = 0

async function lrsWith(options: TestLrsOptions = {}): Promise<TestLrs> {
  lrs = await startTestLrs(options)
  return lrs
}

function runtimeFor(query: string, storage = memoryStorage()) {
  database += 1
  return createCmi5Runtime(new URL(`http://localhost:3000/course/index.html${query}`), {
    sessionStorage: storage,
    queueDatabaseName: `cmi5-test-${database}`,
    retryDelayMs: 50,
  })
}

const verbs = () => lrs.statements.map((statement) => statement.verb.id.replace(VERB, ''))

const quiz: LmsQuizReport = {
  quizId: 'm1-quiz',
  title: '第一单元测验',
  isExam: false,
  passed: true,
  scaled: 0.5,
  interactions: [
    {
      id: 'q-01-greeting',
      type: 'choice',
      description: '接起电话时第一句应该说什么？',
      learnerResponse: ['b'],
      correctResponse: ['b'],
      choices: [
        { id: 'a', description: '喂，找谁？' },
        { id: 'b', description: '您好，XX 公司，请问有什么可以帮您？' },
      ],
      correct: true,
      latencySeconds: 12,
      at: '2026-11-29T10:00:12.000Z',
    },
    {
      id: 'q-02-hold',
      type: 'true-false',
      description: '可以不告知客户就让其等待。',
      learnerResponse: ['true'],
      correctResponse: ['false'],
      choices: [],
      correct: false,
      latencySeconds: null,
      at: '2026-11-29T10:00:30.000Z',
    },
    {
      id: 'q-03-unanswered',
      type: 'true-false',
      description: '挂机前应先确认客户没有其他问题。',
      learnerResponse: [],
      correctResponse: ['true'],
      choices: [],
      correct: false,
      latencySeconds: null,
      at: '2026-11-29T10:00:40.000Z',
    },
  ],
}

const choice: LmsScenarioChoice = {
  scenarioId: 'refund',
  scenarioTitle: '退款来电',
  stepId: 'st2',
  prompt: '我要退款！',
  response: '您好，我来帮您查一下订单。',
  points: 3,
  at: '2026-11-29T10:05:00.000Z',
}

// Learning Locker's statement service takes seconds to load on a busy machine: once, before the tests.
beforeAll(async () => {
  await openLearningLocker()
}, 60_000)

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})

afterEach(async () => {
  await lrs?.close()
})

describe('createCmi5Runtime', () => {
  it('reports a whole session as a valid, ordered cmi5 statement stream', async () => {
    await lrsWith({ masteryScore: 0.8, preferences: { languagePreference: 'zh-CN', audioPreference: 'off' } })
    const runtime = runtimeFor(lrs.launchQuery())
    const launch = await runtime.start()
    expect(launch).toEqual({
      learner: { id: 'https://lms.example.com|learner-007', name: '王小明' },
      resume: null,
      bookmark: null,
      masteryScore: 0.8,
      mode: 'normal',
    })
    expect(runtime.preferences).toEqual({ languagePreference: 'zh-CN', audioPreference: 'off' })
    expect(runtime.returnUrl).toBe('https://lms.example.com/course/return')
    await runtime.reportQuiz(quiz)
    await runtime.reportScenario([choice])
    await runtime.setStatus({ completed: false, passed: false, score: { raw: 10, min: 0, max: 20, scaled: 0.5 } })
    await runtime.saveResume('resume-text', '/modules/m1/lessons/l2')
    await runtime.setStatus({ completed: true, passed: true, score: { raw: 18, min: 0, max: 20, scaled: 0.9 } })
    // The same status again sends nothing: each at most once.
    await runtime.setStatus({ completed: true, passed: true, score: { raw: 19, min: 0, max: 20, scaled: 0.95 } })
    await runtime.finish()
    await runtime.finish()

    expect(lrs.violations).toEqual([])
    expect(verbs()).toEqual([
      'initialized',
      'answered',
      'answered',
      'answered',
      'responded',
      'failed',
      'passed',
      'completed',
      'terminated',
    ])
    expect(lrs.fetchCalls()).toBe(1)
    const [, first, second, third, reply, failed, passed] = lrs.statements
    expect(first!.object.id).toBe(`${lrs.activityId}/test/m1-quiz/question/q-01-greeting`)
    expect(first!.result).toMatchObject({ response: 'b', success: true, duration: 'PT12S' })
    expect(first!.object.definition).toMatchObject({
      interactionType: 'choice',
      correctResponsesPattern: ['b'],
      description: { 'zh-CN': '接起电话时第一句应该说什么？' },
      // The options' words, by the letters the responses use: an LRS report shows what was chosen.
      choices: [
        { id: 'a', description: { 'zh-CN': '喂，找谁？' } },
        { id: 'b', description: { 'zh-CN': '您好，XX 公司，请问有什么可以帮您？' } },
      ],
    })
    expect(second!.result).toMatchObject({ response: 'true', success: false })
    expect(second!.object.definition).toMatchObject({
      interactionType: 'true-false',
      correctResponsesPattern: ['false'],
    })
    expect(second!.object.definition).not.toHaveProperty('choices')
    // Unanswered: an empty response, not an answer the learner never gave.
    expect(third!.result).toMatchObject({ response: '', success: false })
    expect(reply!.object.id).toBe(`${lrs.activityId}/scenario/refund/step/st2`)
    expect(reply!.result).toMatchObject({ response: '您好，我来帮您查一下订单。' })
    expect(failed!.result).toMatchObject({ success: false, score: { scaled: 0.5, raw: 10, min: 0, max: 20 } })
    expect(passed!.result).toMatchObject({ success: true, score: { scaled: 0.9 } })
    for (const statement of lrs.statements) {
      expect(await lrs.learningLocker!.get(statement.id)).toMatchObject({ id: statement.id, verb: statement.verb })
    }
    expect(lrs.state.get(`${lrs.activityId}|${lrs.registration}|kefu-course.progress`)).toEqual({
      resume: 'resume-text',
      bookmark: '/modules/m1/lessons/l2',
      reported: { completed: true, passed: true },
    })
  })

  it('resumes on another PC from the State API, and never reports passed twice in a registration', async () => {
    await lrsWith({ masteryScore: 0.8 })
    const first = runtimeFor(lrs.launchQuery())
    await first.start()
    await first.saveResume('from-pc-1', '/exam')
    await first.setStatus({ completed: false, passed: true, score: { raw: 9, min: 0, max: 10, scaled: 0.9 } })
    await first.finish()

    lrs.relaunch()
    const second = runtimeFor(lrs.launchQuery())
    const launch = await second.start()
    expect(launch.resume).toBe('from-pc-1')
    expect(launch.bookmark).toBe('/exam')
    await second.setStatus({ completed: true, passed: true, score: { raw: 10, min: 0, max: 10, scaled: 1 } })
    await second.finish()
    expect(lrs.violations).toEqual([])
    expect(verbs()).toEqual(['initialized', 'passed', 'terminated', 'initialized', 'completed', 'terminated'])
  })

  it('keeps the last place before it ends the session, after which a cmi5 LMS refuses every request', async () => {
    // A slow LRS: a state write sent just before `terminated` would be decided after it, and refused.
    await lrsWith({ stateWriteDelayMs: 150 })
    const runtime = runtimeFor(lrs.launchQuery())
    await runtime.start()
    await runtime.saveResume('last-place', '/exam')
    await runtime.finish()
    expect(lrs.lateStateWrites()).toBe(0)
    expect(lrs.state.get(`${lrs.activityId}|${lrs.registration}|kefu-course.progress`)).toMatchObject({
      resume: 'last-place',
      bookmark: '/exam',
    })
    expect(lrs.violations).toEqual([])
    expect(verbs()).toEqual(['initialized', 'terminated'])
  })

  it('as the page closes, ends the session at once, and does not write again a place the LMS already keeps', async () => {
    await lrsWith({ stateWriteDelayMs: 150 })
    const runtime = runtimeFor(lrs.launchQuery())
    await runtime.start()
    await runtime.saveResume('kept', '/me')
    // Hidden first (visibilitychange), the page kept its place; the same place is reported again as it closes.
    await runtime.flush()
    await runtime.saveResume('kept', '/me')
    await runtime.finish({ closing: true })
    expect(lrs.lateStateWrites()).toBe(0)
    expect(lrs.state.get(`${lrs.activityId}|${lrs.registration}|kefu-course.progress`)).toMatchObject({
      resume: 'kept',
      bookmark: '/me',
    })
    expect(verbs()).toEqual(['initialized', 'terminated'])
  })

  it('carries on the same session after a reload, without a second fetch or initialized', async () => {
    await lrsWith()
    const storage = memoryStorage()
    const before = runtimeFor(lrs.launchQuery(), storage)
    await before.start()
    await before.reportScenario([choice])
    await before.flush()
    const after = runtimeFor(lrs.launchQuery(), storage)
    await after.start()
    await after.reportScenario([{ ...choice, stepId: 'st3' }])
    await after.finish()
    expect(lrs.fetchCalls()).toBe(1)
    expect(lrs.violations).toEqual([])
    expect(verbs()).toEqual(['initialized', 'responded', 'responded', 'terminated'])
  })

  it('keeps statements while the LRS is unreachable and sends them in order, once, when it returns', async () => {
    await lrsWith()
    const runtime = runtimeFor(lrs.launchQuery())
    await runtime.start()
    lrs.setDown(true)
    await runtime.reportQuiz(quiz)
    await runtime.reportScenario([choice])
    await runtime.flush()
    expect(lrs.refused()).toBeGreaterThan(0)
    expect(verbs()).toEqual(['initialized'])
    lrs.setDown(false)
    window.dispatchEvent(new Event('online'))
    await runtime.finish()
    expect(lrs.violations).toEqual([])
    expect(verbs()).toEqual(['initialized', 'answered', 'answered', 'answered', 'responded', 'terminated'])
    expect(new Set(lrs.statements.map((statement) => statement.id)).size).toBe(lrs.statements.length)
  })

  it('sends no passed, failed or completed in a Browse launch, but still the answers', async () => {
    await lrsWith({ launchMode: 'Browse' })
    const runtime = runtimeFor(lrs.launchQuery())
    expect((await runtime.start()).mode).toBe('browse')
    await runtime.reportQuiz(quiz)
    await runtime.setStatus({ completed: true, passed: true, score: { raw: 1, min: 0, max: 1, scaled: 1 } })
    await runtime.finish()
    expect(lrs.violations).toEqual([])
    expect(verbs()).toEqual(['initialized', 'answered', 'answered', 'answered', 'terminated'])
  })

  it.each([
    ['endpoint', 'not-a-url', '学习记录库地址（endpoint）'],
    ['registration', '12345', '报名编号（registration）'],
    ['actor', '{"name":"nobody"}', '学员信息（actor）'],
    ['activityId', 'course 1', '课程编号（activityId）'],
  ] as const)(
    'refuses a launch with a bad %s, in Chinese, before asking the LMS anything',
    async (name, value, words) => {
      await lrsWith()
      const runtime = runtimeFor(lrs.launchQuery({ [name]: value }))
      const error = await runtime.start().catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(LmsError)
      expect((error as LmsError).message).toContain(words)
      expect(lrs.fetchCalls()).toBe(0)
      expect(lrs.statements).toEqual([])
    },
  )

  it('refuses a fetch URL that was already used (the cmi5 error) and sends nothing', async () => {
    await lrsWith()
    await runtimeFor(lrs.launchQuery()).start()
    const again = runtimeFor(lrs.launchQuery())
    const error = await again.start().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(LmsError)
    expect((error as LmsError).message).toContain('登录凭据')
    expect(lrs.fetchCalls()).toBe(2)
    // The first launch's `initialized` leaves after its start resolves (the queue sends it); nothing more.
    await vi.waitFor(() => expect(verbs()).toEqual(['initialized']))
  })

  it('refuses unusable launch data before the first statement', async () => {
    await lrsWith()
    lrs.state.set(`${lrs.activityId}|${lrs.registration}|LMS.LaunchData`, { launchMode: 'Normal', moveOn: 'Passed' })
    const error = await runtimeFor(lrs.launchQuery())
      .start()
      .catch((caught: unknown) => caught)
    expect((error as LmsError).message).toContain('LMS.LaunchData')
    expect(lrs.statements).toEqual([])
  })

  it('says so in Chinese when the LRS cannot be reached at all', async () => {
    await lrsWith()
    // jsdom reports the refused connection on the console; it is what this test expects.
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const query = lrs.launchQuery({ endpoint: 'http://127.0.0.1:9/xapi/' })
    const error = await runtimeFor(query)
      .start()
      .catch((caught: unknown) => caught)
    expect((error as LmsError).message).toContain('无法连接学习记录库')
  })
})
