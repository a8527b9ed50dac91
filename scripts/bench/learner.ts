/**
 * Learners for the benchmark: an empty one (named, welcome answered) and a heavy one (10,000 quiz
 * attempts, 2,000 review cards, learned lessons, role-play runs), in the app's own saved format
 * (src/platform/database.ts rows, src/domain/progress/rows.ts `progressRows`, the profiles and meta
 * stores), and the code that writes them into a page's IndexedDB before the app starts.
 * The synthetic quiz history is shared with the pure-function timings.
 */
import type { Page } from '@playwright/test'
import { emptyProgress, type SavedProgress } from '../../src/domain/progress/progress.ts'
import { progressRows } from '../../src/domain/progress/rows.ts'
import { progressFromRows } from '../../src/domain/progress/rowChecks.ts'
import { summarise, SUMMARY_ROW } from '../../src/domain/progress/summary.ts'
import { readSummary } from '../../src/domain/progress/summaryCheck.ts'
import { type Profile } from '../../src/domain/progress/profiles.ts'
import { readProfile } from '../../src/domain/progress/profileCheck.ts'
import {
  finishSession,
  pickQuestions,
  startSession,
  type QuizAttempt,
  type QuizSession,
  type SessionQuestion,
} from '../../src/domain/quiz/session.ts'
import { moduleQuizId } from '../../src/domain/quiz/catalog.ts'
import { courseRule } from '../../src/domain/quiz/start.ts'
import { PRACTICE_PASS_MARK } from '../../src/domain/quiz/pool.ts'
import type { ReviewCard } from '../../src/domain/review/queue.ts'
import { chooseReply, startPlay, submitFreeReply, type ScenarioDef } from '../../src/domain/scenario/engine.ts'
import { finishRun, type ScenarioRun } from '../../src/domain/scenario/runs.ts'
import type { StoredRow } from '../../src/platform/database.ts'
import { DATABASE_NAME, DATABASE_VERSION, META, STORES } from '../../src/platform/storageKeys.ts'
import type { ServedSite } from './serve.ts'
import { BENCH_PATH } from './serve.ts'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** What a learner's device holds: their profile, their rows and the meta keys that make them active. */
export interface LearnerSeed {
  label: 'empty' | 'heavy'
  profiles: Profile[]
  rows: StoredRow[]
  meta: Record<string, unknown>
  /** How many rows of each kind, for the report. */
  counts: Record<string, number>
}

/** What the generator needs of the course (src/content/build/loadCourse.ts), so real ids are used. */
export interface CourseForLearner {
  modules: readonly {
    id: string
    title: string
    order: number
    lessons: readonly { id: string; optional?: boolean }[]
  }[]
  questions: readonly (SessionQuestion & { module: string })[]
  scenarios: readonly (ScenarioDef & { title: string })[]
}

/** One quiz the synthetic history draws attempts from. */
export interface QuizPool {
  quizId: string
  title: string
  questions: readonly SessionQuestion[]
}

export const LEARNER_ID = 'p-bench'

function learnerProfile(now: number): Profile {
  return {
    id: LEARNER_ID,
    name: '基准学员',
    named: true,
    purpose: 'newHire',
    createdAt: new Date(now - 500 * DAY).toISOString(),
  }
}

/** The meta keys of a device whose data is already in IndexedDB and whose learner is active. */
const activeMeta = (): Record<string, unknown> => ({
  [META.activeProfile]: LEARNER_ID,
  [META.migratedFromLocalStorage]: true,
})

/**
 * Finished quizzes, one per hour from `start`: ten questions each, every other one answered right
 * and the rest left empty, the quizzes taken in turn.
 */
export function syntheticAttempts(count: number, quizzes: readonly QuizPool[], start: number): QuizAttempt[] {
  const list: QuizAttempt[] = []
  for (let i = 0; i < count; i++) {
    const quiz = quizzes[i % quizzes.length]!
    const questions = pickQuestions(quiz.questions, 10, i)
    const at = new Date(start + i * HOUR)
    const session = startSession(
      { quizId: quiz.quizId, title: quiz.title, mode: 'test', rule: 'all-or-nothing', passMark: 60 },
      questions,
      i,
      at,
      `s${i}`,
    )
    const answers = Object.fromEntries(
      questions.map((question, k) => [question.id, k % 2 === 0 ? question.answer : null]),
    ) as QuizAttempt['answers']
    list.push(finishSession({ ...session, answers }, questions, new Date(at.getTime() + 10 * 60_000), `a${i}`))
  }
  return list
}

/** Review cards for the given question ids, due from a month ago to two months ahead of `now`. */
export function syntheticCards(questionIds: readonly string[], now: number): Record<string, ReviewCard> {
  const cards: Record<string, ReviewCard> = {}
  questionIds.forEach((id, i) => {
    cards[id] = {
      due: new Date(now - 30 * DAY + ((i * 7) % 90) * DAY).toISOString(),
      stability: 2 + (i % 10),
      difficulty: 5,
      elapsed_days: 1,
      scheduled_days: 2,
      learning_steps: 0,
      reps: 2,
      lapses: i % 3,
      state: 2,
      last_review: new Date(now - 40 * DAY).toISOString(),
    }
  })
  return cards
}

/** Finished role-plays: each scenario played `perScenario` times, replies taken in a varying order. */
function syntheticRuns(scenarios: CourseForLearner['scenarios'], perScenario: number, now: number): ScenarioRun[] {
  const runs: ScenarioRun[] = []
  scenarios.forEach((def, s) => {
    for (let r = 0; r < perScenario; r++) {
      let play = startPlay(def)
      for (let turn = 0; !play.endingId && turn < 100; turn++) {
        const step = def.steps.find((candidate) => candidate.id === play.stepId)
        if (!step) break
        play =
          step.kind === 'choice'
            ? chooseReply(def, play, (r + turn) % step.replies.length)
            : submitFreeReply(def, play, '您好，请问有什么可以帮您？', { courtesy: 1, solving: 1 })
      }
      const finishedAt = now - (s * perScenario + r + 1) * 6 * HOUR
      const run = finishRun(
        def,
        def.title,
        play,
        new Date(finishedAt - 10 * 60_000),
        new Date(finishedAt),
        `${def.id}-b${r}`,
      )
      if (run) runs.push(run)
    }
  })
  return runs.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt))
}

/** A practice quiz under way at its first question, as the quiz page resumes it. */
export function sessionUnderWay(course: CourseForLearner, moduleId: string, now: number): QuizSession {
  const module = course.modules.find((candidate) => candidate.id === moduleId)
  if (!module) throw new Error(`the course has no module "${moduleId}"`)
  const questions = pickQuestions(
    course.questions.filter((question) => question.module === moduleId),
    10,
    7,
  )
  const at = new Date(now - HOUR)
  return startSession(
    {
      quizId: moduleQuizId(moduleId),
      title: `${module.order}. ${module.title}`,
      mode: 'practice',
      rule: courseRule('module'),
      passMark: PRACTICE_PASS_MARK,
    },
    questions,
    7,
    at,
    `${moduleQuizId(moduleId)}-bench`,
  )
}

function seedOf(label: LearnerSeed['label'], progress: SavedProgress, now: number): LearnerSeed {
  const records = progressRows(progress, LEARNER_ID) as StoredRow[]
  // A generator that drifted from the saved-data schema would measure a learner the app drops on read.
  const { dropped } = progressFromRows(JSON.parse(JSON.stringify(records)) as unknown[])
  if (dropped.length > 0) throw new Error(`the ${label} learner has rows the app refuses: ${dropped[0]!.problem}`)
  // The learner as this version keeps them: with the glance written beside every change. Without it
  // every run would measure the one-off first read of a learner saved by an earlier version.
  const glance = { owner: LEARNER_ID, ...SUMMARY_ROW, value: summarise(progress, new Date(now)) }
  if (!readSummary(JSON.parse(JSON.stringify(glance.value)))) throw new Error('the app would refuse the glance')
  const rows = [...records, glance]
  const profile = learnerProfile(now)
  if (!readProfile(profile, new Date(now)).ok)
    throw new Error('the benchmark learner profile is not readable by the app')
  const counts: Record<string, number> = {}
  for (const row of rows) counts[row.kind] = (counts[row.kind] ?? 0) + 1
  return { label, profiles: [profile], rows, meta: activeMeta(), counts }
}

/** A learner who has named themselves and done nothing yet. */
export function emptyLearner(now: number): LearnerSeed {
  return seedOf('empty', emptyProgress(), now)
}

export interface HeavyOptions {
  attempts: number
  cards: number
  runsPerScenario: number
  /** Lessons left unlearned, so marking them learned is a change (the lesson the benchmark opens). */
  keepUnlearned: readonly string[]
  /** Module whose practice quiz is under way (the "quiz in progress" page). */
  sessionModule: string
}

/**
 * A learner who has used the course for a long time. The course has fewer questions than 2,000, so
 * cards beyond its questions carry ids of questions no longer in the course, as a device keeps after
 * questions are retired; every other id is real, so pages find what they look up.
 */
export function heavyLearner(course: CourseForLearner, now: number, options: HeavyOptions): LearnerSeed {
  const quizzes: QuizPool[] = course.modules.map((module) => ({
    quizId: moduleQuizId(module.id),
    title: `${module.order}. ${module.title}`,
    questions: course.questions.filter((question) => question.module === module.id),
  }))
  const attempts = syntheticAttempts(options.attempts, quizzes, now - (options.attempts + 24) * HOUR)
  const real = course.questions.map((question) => question.id)
  const retired = Array.from(
    { length: Math.max(0, options.cards - real.length) },
    (_, i) => `retired-q${String(i).padStart(4, '0')}`,
  )
  const reviewCards = syntheticCards([...real, ...retired].slice(0, options.cards), now)
  const learned: Record<string, string> = {}
  course.modules
    .flatMap((module) => module.lessons)
    .filter((lesson) => !lesson.optional && !options.keepUnlearned.includes(lesson.id))
    .forEach((lesson, i) => {
      if (i % 3 !== 2) learned[lesson.id] = new Date(now - (200 - i) * DAY).toISOString()
    })
  const session = sessionUnderWay(course, options.sessionModule, now)
  return seedOf(
    'heavy',
    {
      ...emptyProgress(),
      learned,
      attempts,
      sessions: { [session.quizId]: session },
      scenarioRuns: syntheticRuns(course.scenarios, options.runsPerScenario, now),
      reviewCards,
    },
    now,
  )
}

/** The database layout the app creates (src/platform/database.ts `openIndexedDb`), to seed it before the app runs. */
const DATABASE = { name: DATABASE_NAME, version: DATABASE_VERSION, stores: STORES }

/** Makes a learner's data available to pages of `site` (fetched by the seeding page, not passed through the protocol). */
export function publishLearner(site: ServedSite, learner: LearnerSeed): string {
  const name = `learner-${learner.label}.json`
  site.put(name, JSON.stringify({ rows: learner.rows, profiles: learner.profiles, meta: learner.meta }))
  return `${BENCH_PATH}${name}`
}

/**
 * Leaves `site`'s origin as a device that never ran the course (no saved data, no service worker,
 * no caches), then, given a published learner, writes their rows as the app would find them.
 * Runs in a blank page of the origin, so no app code holds the database open meanwhile.
 */
export async function resetOrigin(page: Page, site: ServedSite, learnerPath: string | null): Promise<void> {
  await page.goto(`${site.origin}${BENCH_PATH}blank.html`)
  await page.evaluate(
    async ({ learnerPath, database }) => {
      // In-page helpers are object methods: tsx wraps named arrow functions in a helper the page lacks.
      const idb = {
        done<T>(request: IDBRequest<T>): Promise<T> {
          return new Promise((resolve, reject) => {
            request.onsuccess = () => resolve(request.result)
            request.onerror = () => reject(request.error)
          })
        },
      }
      if ('serviceWorker' in navigator)
        for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister()
      if ('caches' in window) for (const key of await caches.keys()) await caches.delete(key)
      localStorage.clear()
      sessionStorage.clear()
      await idb.done(indexedDB.deleteDatabase(database.name))
      if (!learnerPath) return
      const seed = (await (await fetch(learnerPath)).json()) as {
        rows: unknown[]
        profiles: unknown[]
        meta: Record<string, unknown>
      }
      const opening = indexedDB.open(database.name, database.version)
      // The same stores, keys and index as the app's upgrade.
      opening.onupgradeneeded = () => {
        const db = opening.result
        db.createObjectStore(database.stores.rows, { keyPath: ['owner', 'kind', 'key'] }).createIndex('owner', 'owner')
        db.createObjectStore(database.stores.profiles, { keyPath: 'id' })
        db.createObjectStore(database.stores.backups, { keyPath: 'id', autoIncrement: true })
        db.createObjectStore(database.stores.meta)
      }
      const db = await idb.done(opening)
      const tx = db.transaction([database.stores.rows, database.stores.profiles, database.stores.meta], 'readwrite')
      for (const row of seed.rows) tx.objectStore(database.stores.rows).put(row)
      for (const profile of seed.profiles) tx.objectStore(database.stores.profiles).put(profile)
      for (const [key, value] of Object.entries(seed.meta)) tx.objectStore(database.stores.meta).put(value, key)
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
        tx.onabort = () => reject(tx.error)
      })
      db.close()
    },
    { learnerPath, database: DATABASE },
  )
}
