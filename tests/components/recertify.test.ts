import { describe, expect, it, vi } from 'vitest'
import { screen } from '@testing-library/dom'
import { createPinia } from 'pinia'
import { flushPromises } from '@vue/test-utils'
import { mountApp, savedBefore, waitFor } from './mountApp'
import { loadSavedData } from '../../src/stores/loadSavedData'
import { useSavedDataStore } from '../../src/stores/savedData'
import type { QuizAttempt } from '../../src/domain/quiz/session'

const clock = vi.hoisted(() => ({ now: new Date('2027-06-01T04:00:00.000Z') }))
vi.mock('../../src/platform/clock', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/platform/clock')>()),
  now: () => new Date(clock.now),
}))

// The fixture course with an exam, as the course index gives it.
vi.mock('../../src/content/courseData', async (importOriginal) => {
  const data = await importOriginal<typeof import('../../src/content/courseData')>()
  return { courseIndex: { ...data.courseIndex, exam: EXAM } }
})

const EXAM = vi.hoisted(() => ({
  title: '结业考试',
  weights: { basics: 100 },
  timeLimitMinutes: 60,
  passMark: 80,
  maxAttempts: 3,
  counting: 'highest' as const,
  validityMonths: 24,
}))

/** Passed on 2 March 2026 (local day in any zone from UTC−1 to UTC+13): valid until 2028-03-02. */
const passedExam: QuizAttempt = {
  quizId: 'exam',
  title: '结业考试',
  mode: 'test',
  rule: 'all-or-nothing',
  passMark: 80,
  id: 'x1',
  startedAt: '2026-03-02T03:00:00.000Z',
  finishedAt: '2026-03-02T03:30:00.000Z',
  questionIds: ['basics-q001'],
  optionOrder: { 'basics-q001': [0, 1, 2] },
  answers: { 'basics-q001': 0 },
  points: { 'basics-q001': 1 },
  score: { points: 1, max: 1, correct: 1, percent: 100, passMark: 80, passed: true },
}

async function homeOn(day: string): Promise<void> {
  clock.now = new Date(`${day}T04:00:00.000Z`)
  await loadSavedData(createPinia())
  await savedBefore([{ owner: 'default', kind: 'attempt', key: passedExam.id, value: passedExam }])
  const pinia = createPinia()
  await loadSavedData(pinia)
  await useSavedDataStore(pinia).database.write({
    profiles: {
      put: [{ id: 'default', name: '王芳', named: true, certifiedName: '王芳', createdAt: '2026-01-05T08:00:00.000Z' }],
    },
  })
  await mountApp('/')
  await waitFor('the home page', () => screen.getByRole('heading', { level: 1 }))
}

const reminder = () => screen.queryByText(/你的结业证书/)

describe('the recertification reminder on the home page', () => {
  it('says nothing more than 30 days before the certificate expires', async () => {
    await homeOn('2028-01-31')
    // The exam card shows the pass (so the standing is read) and the reminder's code has loaded.
    await waitFor('the pass', () => screen.getByText('已通过结业考试（100 分）。'))
    await import('../../src/components/home/HomeRecertify.vue')
    await flushPromises()
    expect(reminder()).toBeNull()
  })

  it('reminds from 30 days before expiry, with a link to the certificate', async () => {
    await homeOn('2028-02-01')
    const text = await waitFor('the reminder', () => screen.getByText(/你的结业证书将在 30 天后（2028-03-02）到期/))
    expect(text.querySelector('a')?.getAttribute('href')).toMatch(/\/certificate$/)
  })

  it('says when it has expired', async () => {
    await homeOn('2028-03-03')
    await waitFor('the reminder', () => screen.getByText(/你的结业证书已于 2028-03-02 到期/))
  })
})
