/**
 * The heavy pure functions at scale, in Node: 10,000 attempts, a 5,000-question bank, 2,000 review
 * cards. They say which domain function would make a page slow, apart from the browser.
 */
import { performance } from 'node:perf_hooks'
import { emptyProgress, type SavedProgress } from '../../src/domain/progress/progress.ts'
import { mergeProgress } from '../../src/domain/progress/merge.ts'
import { progressRows } from '../../src/domain/progress/rows.ts'
import { progressFromRows } from '../../src/domain/progress/rowChecks.ts'
import { exportProgress, importProgress } from '../../src/domain/progress/progressFile.ts'
import { drawExam, examQuestionsSeen } from '../../src/domain/exam/exam.ts'
import type { QuizAttempt, SessionQuestion } from '../../src/domain/quiz/session.ts'
import { scoreQuiz } from '../../src/domain/quiz/scoring.ts'
import { drawAcrossModules } from '../../src/domain/quiz/pool.ts'
import { dueCountOf, type ReviewCard } from '../../src/domain/review/queue.ts'
import { nextStep, tagStats, timeSpentMinutes } from '../../src/domain/progress/dashboard.ts'
import { streakDays } from '../../src/domain/progress/daily.ts'
import { glanceOf, summarise } from '../../src/domain/progress/summary.ts'
import { alignTyping } from '../../src/domain/typing/alignment.ts'
import { syntheticAttempts } from './learner.ts'
import { kb, round1 } from './util.ts'

function timed(run: () => void, times = 5): number {
  const samples: number[] = []
  for (let i = 0; i < times; i++) {
    const start = performance.now()
    run()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  return round1(samples[Math.floor(times / 2)]!)
}

type BenchQuestion = SessionQuestion & { module: string }

function syntheticBank(size: number, modules: number): BenchQuestion[] {
  return Array.from({ length: size }, (_, i) =>
    i % 3 === 0
      ? { id: `standard-phrases-q${String(i).padStart(4, '0')}`, type: 'truefalse' as const, answer: i % 2 === 0 }
      : i % 3 === 1
        ? {
            id: `standard-phrases-q${String(i).padStart(4, '0')}`,
            type: 'single' as const,
            options: ['甲', '乙', '丙', '丁'],
            answer: i % 4,
          }
        : {
            id: `standard-phrases-q${String(i).padStart(4, '0')}`,
            type: 'multiple' as const,
            options: ['甲', '乙', '丙', '丁'],
            answer: [0, (i % 3) + 1],
          },
  ).map((question, i) => ({ ...question, module: `m${i % modules}` }))
}

function syntheticProgress(list: QuizAttempt[], cards: number): SavedProgress {
  const start = Date.parse('2025-01-01T00:00:00Z')
  const reviewCards: Record<string, ReviewCard> = {}
  for (let i = 0; i < cards; i++) {
    reviewCards[`q${i}`] = {
      due: new Date(start + (i * 86_400_000) / 10).toISOString(),
      stability: 2,
      difficulty: 5,
      elapsed_days: 1,
      scheduled_days: 2,
      learning_steps: 0,
      reps: 2,
      lapses: 0,
      state: 2,
    }
  }
  // Every attempt keeps its answers, as the app saves them.
  return { ...emptyProgress(), attempts: list, reviewCards }
}

/** Median milliseconds (and a few sizes) of each heavy function. */
export function pureTimings(): Record<string, number> {
  const bank = syntheticBank(5000, 9)
  // Nine module quizzes, each drawing ten questions from the whole bank.
  const quizzes = Array.from({ length: 9 }, (_, m) => ({ quizId: `m-m${m}`, title: `模块 ${m}`, questions: bank }))
  const attempts = syntheticAttempts(10_000, quizzes, Date.parse('2025-01-01T00:00:00Z'))
  const progress = syntheticProgress(attempts, 2000)
  const raw = JSON.stringify(progress)
  // As read back from IndexedDB: one row per record, each checked on its own.
  const rows = JSON.parse(JSON.stringify(progressRows(progress, 'bench'))) as unknown[]
  const exported = exportProgress(progress, '基准学员', new Date('2026-06-01T00:00:00Z'))
  const tags = new Map(bank.map((question) => [question.id, [`标签${question.id.length % 7}`]]))
  const banks: Record<string, SessionQuestion[]> = {}
  for (const question of bank) (banks[question.module] ??= []).push(question)
  const byId = new Map(bank.map((question) => [question.id, question]))
  const now = new Date('2026-06-01T00:00:00Z')
  // What home and 我的进度 read: the glance of that history.
  const glance = glanceOf(progress.learned, summarise(progress, now))
  // The typing test's scoring as its result shows: five minutes of fast typing, a wrong character now and then.
  const passage = '您好请问有什么可以帮助您我们会尽快为您处理'.repeat(100)
  const typed = passage.slice(0, 1500).replace(/可/g, '课')
  return {
    'profile size (KB)': kb(raw.length),
    'score 10,000 attempts (ms)': timed(() => {
      for (const attempt of attempts) {
        scoreQuiz(
          attempt.questionIds.map((id) => byId.get(id)!),
          attempt.answers,
          { rule: 'partial', passMark: 60 },
        )
      }
    }),
    'draw a 50-question exam from 5,000 (ms)': timed(() => void drawAcrossModules(banks, 50, 7)),
    'load a 10,000-attempt, 2,000-card learner from rows (ms)': timed(() => void progressFromRows(rows), 3),
    'export file size (KB)': kb(exported.length),
    'export that learner (ms)': timed(() => void exportProgress(progress, '基准学员', now), 3),
    'import that file (ms)': timed(() => void importProgress(exported), 3),
    'exam draw for that learner: unseen first, 50 of 5,000 (ms)': timed(
      () =>
        void drawExam(
          banks,
          { m0: 6, m1: 6, m2: 6, m3: 6, m4: 6, m5: 5, m6: 5, m7: 5, m8: 5 },
          examQuestionsSeen(progress.attempts),
          7,
        ),
    ),
    'merge two copies of that profile (ms)': timed(() => void mergeProgress(progress, progress), 3),
    // From the glance as read at start-up: making it from the history is timed on its own below.
    'dashboard figures at that scale, from the glance (ms)': timed(() => {
      tagStats(glance.figures.questions, (id) => tags.get(id))
      timeSpentMinutes(glance, {})
      streakDays(glance, now)
    }),
    'glance of that history, made whole (ms)': timed(() => void summarise(progress, now)),
    'home page review count, 2,000 cards (ms)': timed(() => void dueCountOf(glance.reviewDue, now)),
    'next step at that scale (ms)': timed(() => void nextStep(glance, { modules: [], scenarioIds: [] }, now)),
    'typing test: align 1,500 typed characters with the passage (ms)': timed(() => void alignTyping(passage, typed)),
  }
}
