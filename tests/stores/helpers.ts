import { afterEach, beforeEach, vi } from 'vitest'
import { createPinia, disposePinia, setActivePinia, type Pinia } from 'pinia'
import type { SavedProgress } from '../../src/domain/progress/progress'
import type { QuizAttempt, QuizSession } from '../../src/domain/quiz/session'
import type { ScenarioRun } from '../../src/domain/scenario/runs'

/**
 * Shared by the store tests: a fresh Pinia stands for a page (re)load or a
 * second tab, and the builders give saved records that pass the storage schema,
 * so they survive a reload unchanged.
 */

/**
 * Where the app keeps things in localStorage. Spelled out rather than imported:
 * learners' data already lives under these keys, so a renamed key must fail a test.
 */
export const PROFILES_KEY = 'kefu-course.profiles'
export const PROGRESS_KEY = 'kefu-course.progress'
export const PROGRESS_BACKUP_KEY = 'kefu-course.progress.backup'
export const SETTINGS_KEY = 'kefu-course.settings'

const opened: Pinia[] = []

/** A page load: a new Pinia, made active; the stores built after this read storage afresh. */
export function openPage(): Pinia {
  const pinia = createPinia()
  setActivePinia(pinia)
  opened.push(pinia)
  return pinia
}

/** Stops the stores of every page opened by the test (their watchers), so one test cannot reach the next. */
export function closePages(): void {
  for (const pinia of opened.splice(0)) disposePinia(pinia)
}

/** What storage holds under `key`, parsed; null when nothing is there. */
export function stored<T = unknown>(key: string): T | null {
  const raw = localStorage.getItem(key)
  return raw === null ? null : (JSON.parse(raw) as T)
}

/**
 * Another tab saves `value` under `key`: the browser writes it and then tells
 * this tab with a `storage` event (which it never sends to the tab that wrote).
 */
export function otherTabSaves(key: string, value: string): void {
  const oldValue = localStorage.getItem(key)
  localStorage.setItem(key, value)
  window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue: value, storageArea: localStorage }))
}

/** Saved progress with only the given parts filled in. */
export function savedProgress(parts: Partial<Omit<SavedProgress, 'version'>> = {}): SavedProgress {
  return { version: 2, learned: {}, attempts: [], sessions: {}, scenarioRuns: [], reviewCards: {}, ...parts }
}

/** A quiz under way on the fixture bank, two of three answered. */
export function quizSession(id: string, overrides: Partial<QuizSession> = {}): QuizSession {
  return {
    quizId: 'm-basics',
    title: '1. 基础模块',
    mode: 'practice',
    rule: 'all-or-nothing',
    passMark: 60,
    id,
    seed: 7,
    questionIds: ['basics-q002', 'basics-q003', 'basics-q001'],
    optionOrder: { 'basics-q002': [3, 2, 1, 0], 'basics-q001': [2, 0, 1] },
    answers: { 'basics-q002': [0, 1, 2], 'basics-q003': true },
    revealed: [],
    current: 2,
    startedAt: '2026-03-05T09:00:00.000Z',
    updatedAt: '2026-03-05T09:04:00.000Z',
    ...overrides,
  }
}

/** A finished quiz on the fixture bank: one question of three missed. */
export function quizAttempt(id: string, overrides: Partial<QuizAttempt> = {}): QuizAttempt {
  return {
    quizId: 'm-basics',
    title: '1. 基础模块',
    mode: 'test',
    rule: 'all-or-nothing',
    passMark: 60,
    id,
    startedAt: '2026-03-05T09:00:00.000Z',
    finishedAt: '2026-03-05T09:10:00.000Z',
    questionIds: ['basics-q002', 'basics-q003', 'basics-q001'],
    optionOrder: { 'basics-q002': [3, 2, 1, 0], 'basics-q001': [2, 0, 1] },
    answers: { 'basics-q002': [0, 1, 2], 'basics-q003': true, 'basics-q001': 0 },
    points: { 'basics-q002': 1, 'basics-q003': 0, 'basics-q001': 1 },
    score: { points: 2, max: 3, correct: 2, percent: 66.7, passMark: 60, passed: true },
    ...overrides,
  }
}

/** A finished role-play of the fixture scenario. */
export function scenarioRun(id: string, overrides: Partial<ScenarioRun> = {}): ScenarioRun {
  return {
    id,
    scenarioId: 'silent-call',
    title: '无声电话',
    startedAt: '2026-03-06T09:00:00.000Z',
    finishedAt: '2026-03-06T09:05:00.000Z',
    endingId: 'helped',
    rating: 'pass',
    percent: 75,
    points: 6,
    max: 8,
    totals: { courtesy: 4, empathy: 0, solving: 0, rules: 2 },
    history: [
      { stepId: 'ring', kind: 'choice', reply: 0, scores: { courtesy: 2, rules: 1 } },
      { stepId: 'silence', kind: 'choice', reply: 0, scores: { courtesy: 2, rules: 1 } },
    ],
    ...overrides,
  }
}

/** A promise the test settles by hand, so a loader can be caught half-way without waiting on a clock. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/** What a dynamic import throws when the network drops mid-download. */
export function chunkFetchError(): TypeError {
  return new TypeError('Failed to fetch dynamically imported module')
}

/**
 * Each test starts on a device with nothing saved, its clock stopped at `now`,
 * and one page open; the pages are closed and the clock freed after it.
 */
export function useFreshDeviceAt(now: string): void {
  beforeEach(() => {
    localStorage.clear()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(now))
    openPage()
  })
  afterEach(() => {
    closePages()
    vi.useRealTimers()
  })
}
