import { decodeResume } from '../../../../src/domain/lms/suspendData'
import { describe, expect, it } from 'vitest'
import { Scorm12API, Scorm2004API } from 'scorm-again'
import { createScormRuntime, learnerDisplayName } from '../../../../src/platform/lms/scorm'
import { LmsError, type LmsInteraction } from '../../../../src/platform/lms/runtime'

const quiet = { lmsCommitUrl: false, logLevel: 5, autocommit: false } as const

const interactions: LmsInteraction[] = [
  {
    id: 'overview-q001',
    type: 'choice',
    description: '客服是什么？',
    learnerResponse: ['b'],
    correctResponse: ['a'],
    choices: [],
    correct: false,
    latencySeconds: 12,
    at: '2026-01-05T08:00:00.000Z',
  },
  {
    id: 'overview-q002',
    type: 'true-false',
    description: '判断',
    learnerResponse: ['true'],
    correctResponse: ['true'],
    choices: [],
    correct: true,
    latencySeconds: null,
    at: '2026-01-05T08:00:00.000Z',
  },
]
const report = { quizId: 'exam', title: '结业考试', isExam: true, passed: false, scaled: 0.5, interactions }

/** Counts the calls made to the API's methods. */
function counted<T extends object>(api: T): { api: T; calls: Map<string, number> } {
  const calls = new Map<string, number>()
  const proxy = new Proxy(api, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver)
      if (typeof value !== 'function' || typeof key !== 'string') return value
      return (...args: unknown[]) => {
        calls.set(key, (calls.get(key) ?? 0) + 1)
        return (value as (...a: unknown[]) => unknown).apply(target, args)
      }
    },
  })
  return { api: proxy, calls }
}

describe('createScormRuntime (SCORM 1.2)', () => {
  it('starts with the learner, resume, bookmark and mastery score the LMS keeps', async () => {
    const lms = new Scorm12API(quiet)
    lms.loadFromJSON({
      core: { student_name: 'Zhang, San', student_id: 'u-1', entry: 'resume', lesson_location: '/modules/overview' },
      suspend_data: 'K1abc',
      student_data: { mastery_score: '75' },
    })
    const launch = await createScormRuntime('scorm12', lms).start()
    expect(launch).toEqual({
      learner: { id: 'u-1', name: 'San Zhang' },
      resume: 'K1abc',
      bookmark: '/modules/overview',
      masteryScore: 0.75,
      mode: 'normal',
    })
  })

  it('refuses a hostile bookmark, and hands over a hostile resume only for the course to refuse it', async () => {
    const lms = new Scorm12API(quiet)
    lms.loadFromJSON({ core: { lesson_location: 'javascript:alert(1)' }, suspend_data: 'K1\u0000x' })
    const launch = await createScormRuntime('scorm12', lms).start()
    expect(launch.bookmark).toBeNull()
    // Handed over, so the course knows the LMS keeps something and does not write over it unasked.
    expect(launch.resume).toBe('K1\u0000x')
    expect(decodeResume(launch.resume!)).toEqual({ ok: false, problem: '学习平台保存的进度格式不对，无法恢复' })
    expect(launch.learner).toBeNull()
  })

  it('reports lesson_status, score, interactions in 1.2 formats, and commits each change', async () => {
    const { api, calls } = counted(new Scorm12API(quiet))
    const runtime = createScormRuntime('scorm12', api)
    await runtime.start()
    await runtime.setStatus({ completed: false, passed: null, score: null })
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete')
    await runtime.setStatus({ completed: false, passed: false, score: { raw: 50, min: 0, max: 100, scaled: 0.5 } })
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('failed')
    // Done by the trainer's rule (the lessons, say) with the exam failed: completed, which an LMS requiring it sees.
    await runtime.setStatus({ completed: true, passed: false, score: { raw: 50, min: 0, max: 100, scaled: 0.5 } })
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('completed')
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('50')
    await runtime.reportQuiz(report)
    const cmi = () => (api.renderCMIToJSONObject() as { cmi: Record<string, any> }).cmi
    expect(Object.keys(cmi().interactions)).toHaveLength(2)
    const first = cmi().interactions[0]
    expect(first).toMatchObject({
      id: 'overview-q001',
      type: 'choice',
      student_response: 'b',
      result: 'wrong',
      latency: expect.stringMatching(/^(00)?00:00:12/),
    })
    const second = cmi().interactions[1]
    expect(second).toMatchObject({ student_response: 't', result: 'correct' })
    await runtime.saveResume('K1' + 'a'.repeat(4094), '/exam')
    expect(api.LMSGetValue('cmi.suspend_data')).toHaveLength(4096)
    await expect(runtime.saveResume('K1' + 'a'.repeat(4095), '/exam')).rejects.toThrow(LmsError)
    expect(calls.get('LMSCommit')).toBeGreaterThanOrEqual(4)
    await runtime.setStatus({ completed: true, passed: true, score: { raw: 90, min: 0, max: 100, scaled: 0.9 } })
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('passed')
  })

  it('ignores a quiz other than the exam', async () => {
    const lms = new Scorm12API(quiet)
    const runtime = createScormRuntime('scorm12', lms)
    await runtime.start()
    await runtime.reportQuiz({ ...report, isExam: false })
    expect(lms.LMSGetValue('cmi.interactions._count')).toBe('0')
  })

  it('initialises once and terminates once, with the session time', async () => {
    const { api, calls } = counted(new Scorm12API(quiet))
    const runtime = createScormRuntime('scorm12', api)
    await runtime.start()
    await expect(runtime.start()).rejects.toThrow('课程已经连接过学习平台。')
    await runtime.finish()
    await runtime.finish()
    expect(calls.get('LMSInitialize')).toBe(1)
    expect(calls.get('LMSFinish')).toBe(1)
    const core = (api.renderCMIToJSONObject() as { cmi: { core: Record<string, string> } }).cmi.core
    expect(core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}/)
    expect(core.exit).toBe('suspend')
  })

  it('turns a refusal into a Chinese message with its code', async () => {
    const lms = new Scorm12API(quiet)
    const runtime = createScormRuntime('scorm12', lms)
    await expect(runtime.setStatus({ completed: true, passed: null, score: null })).resolves.toBeUndefined()
    await runtime.start()
    lms.LMSSetValue = () => 'false'
    lms.LMSGetLastError = () => '405'
    await expect(runtime.setStatus({ completed: true, passed: null, score: null })).rejects.toThrow(
      '学习平台没能记下学习进度：这项数据格式不对（错误代码 405）。',
    )
  })

  it('refuses a launch the LMS does not start', async () => {
    const lms = new Scorm12API(quiet)
    lms.LMSInitialize = () => 'false'
    lms.LMSGetLastError = () => '101'
    await expect(createScormRuntime('scorm12', lms).start()).rejects.toThrow(
      '学习平台没有开始这次学习：学习平台出现一般错误（错误代码 101）。',
    )
  })

  it('carries on after a reload in SCORM 2004, where the LMS says it was already initialised', async () => {
    const lms = new Scorm2004API(quiet)
    lms.Initialize('')
    await expect(createScormRuntime('scorm2004', lms).start()).resolves.toMatchObject({ mode: 'normal' })
  })

  it('says so when the API object is not a SCORM API', async () => {
    await expect(createScormRuntime('scorm12', {}).start()).rejects.toThrow(
      '学习平台的接口不完整（缺少 LMSInitialize），无法记录学习进度。',
    )
  })

  it('reports nothing in a review launch', async () => {
    const lms = new Scorm12API(quiet)
    lms.loadFromJSON({ core: { lesson_mode: 'review' } })
    const runtime = createScormRuntime('scorm12', lms)
    expect((await runtime.start()).mode).toBe('review')
    await runtime.setStatus({ completed: true, passed: true, score: null })
    expect(lms.LMSGetValue('cmi.core.lesson_status')).not.toBe('passed')
  })
})

describe('createScormRuntime (SCORM 2004)', () => {
  it('reports completion and success apart, the scaled score and 2004 interactions', async () => {
    const lms = new Scorm2004API(quiet)
    lms.loadFromJSON({ learner_name: '王, 小明', learner_id: 'w', scaled_passing_score: '0.7', location: '/exam' })
    const runtime = createScormRuntime('scorm2004', lms)
    expect(await runtime.start()).toMatchObject({ learner: { name: '王小明' }, masteryScore: 0.7, bookmark: '/exam' })
    await runtime.setStatus({ completed: false, passed: true, score: { raw: 90, min: 0, max: 100, scaled: 0.9 } })
    expect(lms.GetValue('cmi.completion_status')).toBe('incomplete')
    expect(lms.GetValue('cmi.success_status')).toBe('passed')
    expect(lms.GetValue('cmi.score.scaled')).toBe('0.9')
    await runtime.reportQuiz({
      ...report,
      interactions: [...interactions, { ...interactions[0]!, learnerResponse: ['a', 'c'] }],
    })
    expect(lms.GetValue('cmi.interactions._count')).toBe('3')
    expect(lms.GetValue('cmi.interactions.0.learner_response')).toBe('b')
    expect(lms.GetValue('cmi.interactions.0.result')).toBe('incorrect')
    expect(lms.GetValue('cmi.interactions.0.latency')).toBe('PT0H0M12S')
    // In UTC, and said so.
    expect(lms.GetValue('cmi.interactions.0.timestamp')).toBe(`${interactions[0]!.at.slice(0, 22)}Z`)
    expect(lms.GetValue('cmi.interactions.0.description')).toBe('{lang=zh-CN}客服是什么？')
    expect(lms.GetValue('cmi.interactions.1.learner_response')).toBe('true')
    expect(lms.GetValue('cmi.interactions.2.learner_response')).toBe('a[,]c')
    await runtime.finish()
    expect((lms.renderCMIToJSONObject() as { cmi: { session_time: string } }).cmi.session_time).toMatch(/^PT/)
  })
})

describe('learnerDisplayName', () => {
  it.each([
    ['Zhang, San', 'San Zhang'],
    ['张, 三', '张三'],
    ['Student', 'Student'],
    ['a\u0000b', 'a b'],
  ])('%j → %s', (raw, name) => {
    expect(learnerDisplayName(raw)).toBe(name)
  })
})
