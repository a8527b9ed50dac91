import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import type { LmsRuntime, LmsStatus } from '../../src/platform/lms/runtime'
import { useLmsStore } from '../../src/stores/lms'
import { useProgressStore } from '../../src/stores/progress'
import { openAtHome, quizAttempt } from './helpers'

/** What the course sent to the LMS, in the order it was sent. */
const sent: string[] = []
/** While set, saving the resume data waits on it: an LMS slow to answer. */
let slowLms: Promise<void> | null = null

vi.mock('../../src/platform/lms/scorm', () => ({
  createScormRuntime: (): LmsRuntime => ({
    kind: 'scorm12',
    returnUrl: null,
    start: async () => ({ learner: null, resume: null, bookmark: null, masteryScore: null, mode: 'normal' }),
    setStatus: async (status: LmsStatus) => {
      sent.push(`status passed=${String(status.passed)}`)
    },
    saveResume: async (_resume: string, bookmark: string) => {
      sent.push(`resume ${bookmark}`)
      if (slowLms) await slowLms
    },
    reportQuiz: async (report) => {
      sent.push(`answers ${report.quizId}`)
    },
    reportScenario: async () => {},
    flush: async () => {},
    finish: async (options) => {
      sent.push(options?.closing ? 'finish as the page closes' : 'finish')
    },
  }),
}))

describe('reporting to a slow LMS', () => {
  it('sends the exam’s answers before the pass they earn, and each report’s page as it was then', async () => {
    const { router } = await openAtHome()
    await useLmsStore().start({ kind: 'scorm12', api: {} as never }, router)
    await flushPromises()
    expect(sent).toEqual(['status passed=null', 'resume /'])

    // The LMS takes its time over the next save; meanwhile the learner moves on and hands in the exam.
    let answer = () => {}
    slowLms = new Promise<void>((resolve) => (answer = resolve))
    await router.push('/modules/basics')
    await router.push('/exam')
    await useProgressStore().recordAttempt(
      quizAttempt('e1', {
        quizId: 'exam',
        title: '结业考试',
        score: { points: 9, max: 10, correct: 9, percent: 90, passMark: 80, passed: true },
      }),
    )
    slowLms = null
    answer()
    await flushPromises()

    expect(sent.slice(2)).toEqual([
      'status passed=null',
      'resume /modules/basics',
      'status passed=null',
      'resume /exam',
      'answers exam',
      'status passed=true',
      'resume /exam',
    ])
  })

  it('ends the session without waiting on the LMS as the page closes, and after the last state on 退出课程', async () => {
    const closing = await openAtHome()
    await useLmsStore().start({ kind: 'scorm12', api: {} as never }, closing.router)
    await flushPromises()
    sent.length = 0
    window.dispatchEvent(new Event('pagehide'))
    await flushPromises()
    expect(sent.at(-1)).toBe('finish as the page closes')

    const leaving = await openAtHome()
    await useLmsStore().start({ kind: 'scorm12', api: {} as never }, leaving.router)
    await flushPromises()
    sent.length = 0
    await useLmsStore().exit()
    expect(sent.at(-1)).toBe('finish')
  })
})
