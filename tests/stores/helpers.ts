import { afterEach, beforeEach, vi } from 'vitest'
import { createPinia, disposePinia, setActivePinia, type Pinia } from 'pinia'
import { createMemoryHistory, type Router } from 'vue-router'
import type { SavedProgress } from '../../src/domain/progress/progress'
import { SUMMARY_ROW } from '../../src/domain/progress/summary'
import type { QuizAttempt, QuizSession } from '../../src/domain/quiz/session'
import type { ScenarioRun } from '../../src/domain/scenario/runs'
import { createAppRouter } from '../../src/router'
import { memoryDatabase, type SavedDatabase, type StoredRow } from '../../src/platform/database'
import { loadSavedData } from '../../src/stores/loadSavedData'
import { useProfileStore } from '../../src/stores/profiles'
import { useProgressStore } from '../../src/stores/progress'
import { useSavedDataStore } from '../../src/stores/savedData'

/**
 * Shared by the store tests: a fresh Pinia stands for a page (re)load or a
 * second tab, and the builders give saved records that pass the storage schema,
 * so they survive a reload unchanged.
 */

/**
 * Where earlier versions kept things in localStorage. Spelled out rather than imported:
 * learners' data already lives under these keys, so a renamed key must fail a test.
 */
export const LEGACY_PROFILES_KEY = 'kefu-course.profiles'
export const LEGACY_PROGRESS_KEY = 'kefu-course.progress'
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

/** One open tab of the course, its saved data read as main.ts reads it before the first page shows. */
export interface Tab {
  pinia: Pinia
  progress: ReturnType<typeof useProgressStore>
  profiles: ReturnType<typeof useProfileStore>
  saved: ReturnType<typeof useSavedDataStore>
}

/**
 * Opens a tab (or reloads one) over the test's IndexedDB (tests/setup.ts gives each test a fresh one),
 * or over `database` when given, and waits until its whole history is read (as every page but home
 * and a lesson does). Every tab of one test sees the same saved data.
 */
export async function openTab(database?: SavedDatabase): Promise<Tab> {
  const tab = await openFirstScreen(database)
  await tab.progress.whenHistoryLoaded()
  return tab
}

/** Opens a tab at home, with the app's router (in memory): what an LMS launch starts from in main.ts. */
export async function openAtHome(): Promise<{ tab: Tab; router: Router }> {
  const tab = await openFirstScreen()
  const router = createAppRouter(createMemoryHistory())
  await router.push('/')
  await router.isReady()
  return { tab, router }
}

/** Opens a tab as far as its first page: the lessons, quizzes under way and the learner's glance. */
export async function openFirstScreen(
  database?: SavedDatabase,
  options?: Parameters<typeof loadSavedData>[2],
): Promise<Tab> {
  const pinia = openPage()
  await loadSavedData(pinia, database, options)
  return {
    pinia,
    progress: useProgressStore(pinia),
    profiles: useProfileStore(pinia),
    saved: useSavedDataStore(pinia),
  }
}

/**
 * The rows a learner's records are saved as, once the tab's writes are done, in key order; the
 * glance row made from them (summary.ts) is left out: `glanceRowOf` reads it.
 */
export async function rowsOf(tab: Tab, owner = 'default'): Promise<StoredRow[]> {
  await tab.progress.settled()
  const rows = (await tab.saved.database.rowsOf(owner)).filter((row) => row.kind !== SUMMARY_ROW.kind)
  const order = (row: StoredRow) => `${row.kind}\u0000${row.key}`
  return rows.sort((a, b) => order(a).localeCompare(order(b)))
}

/** The learner's saved glance, once the tab's writes are done; undefined when none is saved. */
export async function glanceRowOf(tab: Tab, owner = 'default'): Promise<unknown> {
  await tab.progress.settled()
  const rows = await tab.saved.database.rowsOfKind(owner, SUMMARY_ROW.kind)
  return rows.find((row) => row.key === SUMMARY_ROW.key)?.value
}

/** The keys of a learner's rows as `kind:key`, in key order. */
export async function rowKeysOf(tab: Tab, owner = 'default'): Promise<string[]> {
  return (await rowsOf(tab, owner)).map((row) => `${row.kind}:${row.key}`)
}

/** One saved row, as the stores write it. */
export function row(kind: string, key: string, value: unknown, owner = 'default'): StoredRow {
  return { owner, kind, key, value }
}

/** The backups a tab holds, without the parts that change from run to run (id, time). */
export function backupsOf(tab: Tab): { owner: string; reason: string; items: unknown[] }[] {
  return tab.saved.backups.map(({ owner, reason, items }) => ({ owner, reason, items }))
}

/**
 * A memory database whose writes can be refused as a full or locked-down browser refuses them;
 * everything else works (and what was written stays, for a "reload" over the same database).
 */
export function refusingDatabase(error: unknown): { database: SavedDatabase; refuse: (on: boolean) => void } {
  const memory = memoryDatabase()
  let refusing = false
  const database: SavedDatabase = {
    ...memory,
    async write(batch) {
      if (refusing) throw error
      await memory.write(batch)
    },
  }
  return { database, refuse: (on) => (refusing = on) }
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

/**
 * `count` finished quizzes with ids `<prefix>000`, `<prefix>001`, …, a minute apart from `from`,
 * so they come back oldest first.
 */
export function numberedAttempts(count: number, prefix = 'a', from = '2026-01-01T00:00:00.000Z'): QuizAttempt[] {
  return Array.from({ length: count }, (_, i) =>
    quizAttempt(`${prefix}${String(i).padStart(3, '0')}`, {
      finishedAt: new Date(Date.parse(from) + i * 60_000).toISOString(),
    }),
  )
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
 * Each test starts on a device with nothing saved (tests/setup.ts gives it a fresh IndexedDB;
 * localStorage is cleared here) and its clock stopped at `now`; the pages are closed and the clock
 * freed after it. Tests open their tabs with `openTab`.
 */
export function useFreshDeviceAt(now: string): void {
  beforeEach(() => {
    localStorage.clear()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(now))
  })
  afterEach(() => {
    closePages()
    vi.useRealTimers()
  })
}
