/**
 * What the course keeps in the LMS to resume on another PC (SCORM `suspend_data`, cmi5 State):
 * the lessons learned, the best score of each quiz, the exam attempts, the best rating of each
 * role-play and the essentials of each review card, as compact JSON compressed to ASCII.
 *
 * SCORM 1.2 keeps at most 4,096 characters, so `encodeResume` ALWAYS returns at most
 * `MAX_SUSPEND_DATA` ASCII characters: when the whole history does not fit, it drops the least
 * useful detail first (exam attempts other than the best and the latest, then review cards due
 * last, then quiz scores and role-play ratings, oldest first) until it does.
 * `decodeResume` treats its input as hostile: anything malformed is refused with a Chinese message.
 */
// lz-string is CommonJS: its default export loads the same in the bundle, in Node and in the test runners.
import LZString from 'lz-string'
import * as v from 'valibot'
import type { SavedProgress } from '../progress/progress'
import type { QuizAttempt } from '../quiz/session'
import type { ReviewCard } from '../review/queue'

/** SCORM 1.2's `cmi.suspend_data` limit (CMIString4096). */
export const MAX_SUSPEND_DATA = 4096
/** The first characters of every encoding: the format and its version. */
export const RESUME_PREFIX = 'K1'
/** The exam's quiz id (as in src/domain/exam/standing.ts). */
const EXAM = 'exam'
const MINUTE = 60_000
const EARLIEST_MINUTE = Date.UTC(2000, 0, 1) / MINUTE
const LATEST_MINUTE = Date.UTC(2100, 0, 1) / MINUTE
const RATINGS = ['excellent', 'pass', 'improve'] as const

/** A quiz's score as kept for resuming: no per-question detail. */
export interface ResumedScore {
  quizId: string
  /** ISO time, to the minute. */
  finishedAt: string
  points: number
  max: number
  correct: number
  percent: number
  passMark: number
  passed: boolean
}

export interface ResumedPlay {
  scenarioId: string
  finishedAt: string
  rating: (typeof RATINGS)[number]
  percent: number
  points: number
  max: number
}

/** What a resume string holds, decoded and checked. */
export interface ResumeData {
  /** Lesson id → when it was learned (ISO time, to the minute). */
  learned: Record<string, string>
  /** The best attempt of each quiz other than the exam. */
  quizzes: ResumedScore[]
  /** Exam attempts, oldest first. */
  exams: ResumedScore[]
  /** The best run of each role-play. */
  plays: ResumedPlay[]
  /** Question id → its review card. */
  cards: Record<string, ReviewCard>
}

type Time = number
type ScoreRow = [
  quizId: string,
  at: Time,
  points: number,
  max: number,
  correct: number,
  percent: number,
  passMark: number,
  passed: 0 | 1,
]
type PlayRow = [scenarioId: string, at: Time, rating: number, percent: number, points: number, max: number]
type CardRow = [
  questionId: string,
  due: Time,
  stability: number,
  difficulty: number,
  reps: number,
  lapses: number,
  state: number,
  last: Time,
]
type Payload = [
  version: 1,
  learned: [string, Time][],
  quizzes: ScoreRow[],
  exams: ScoreRow[],
  plays: PlayRow[],
  cards: CardRow[],
]

const toMinute = (iso: string): Time => Math.floor(Date.parse(iso) / MINUTE)
const fromMinute = (minute: Time): string => new Date(minute * MINUTE).toISOString()
const round2 = (value: number): number => Math.round(value * 100) / 100

function scoreRow(attempt: QuizAttempt): ScoreRow {
  const { score } = attempt
  return [
    attempt.quizId,
    toMinute(attempt.finishedAt),
    round2(score.points),
    score.max,
    score.correct,
    round2(score.percent),
    score.passMark,
    score.passed ? 1 : 0,
  ]
}

/** Better first: the higher percent, then the later. */
function better(a: { percent: number; at: number }, b: { percent: number; at: number }): number {
  return b.percent - a.percent || b.at - a.at
}

/** Lists, each most useful first; `encodeResume` keeps a prefix of each. */
interface Parts {
  learned: [string, Time][]
  quizzes: ScoreRow[]
  exams: ScoreRow[]
  plays: PlayRow[]
  cards: CardRow[]
}

function partsOf(progress: Pick<SavedProgress, 'learned' | 'attempts' | 'scenarioRuns' | 'reviewCards'>): Parts {
  const learned = Object.entries(progress.learned)
    .map(([id, at]): [string, Time] => [id, toMinute(at)])
    .sort((a, b) => a[1] - b[1])
  const bestQuiz = new Map<string, ScoreRow>()
  const exams: ScoreRow[] = []
  for (const attempt of progress.attempts) {
    const row = scoreRow(attempt)
    if (attempt.quizId === EXAM) {
      exams.push(row)
      continue
    }
    const known = bestQuiz.get(attempt.quizId)
    if (!known || better({ percent: row[5], at: row[1] }, { percent: known[5], at: known[1] }) < 0)
      bestQuiz.set(attempt.quizId, row)
  }
  // Exams: the best and the latest first, then the others newest first.
  exams.sort((a, b) => b[1] - a[1])
  const best = [...exams].sort((a, b) => better({ percent: a[5], at: a[1] }, { percent: b[5], at: b[1] }))[0]
  const orderedExams = best ? [best, ...exams.filter((row) => row !== best)] : []
  const bestPlay = new Map<string, PlayRow>()
  for (const run of progress.scenarioRuns) {
    const row: PlayRow = [
      run.scenarioId,
      toMinute(run.finishedAt),
      RATINGS.indexOf(run.rating),
      round2(run.percent),
      round2(run.points),
      round2(run.max),
    ]
    const known = bestPlay.get(run.scenarioId)
    if (!known || better({ percent: row[3], at: row[1] }, { percent: known[3], at: known[1] }) < 0)
      bestPlay.set(run.scenarioId, row)
  }
  const cards = Object.entries(progress.reviewCards)
    .map(([id, card]): CardRow => [
      id,
      toMinute(card.due),
      round2(card.stability),
      round2(card.difficulty),
      card.reps,
      card.lapses,
      card.state,
      card.last_review ? toMinute(card.last_review) : 0,
    ])
    // The card due soonest is the one the learner needs next.
    .sort((a, b) => a[1] - b[1])
  const newestFirst = <T extends [string, Time, ...unknown[]]>(rows: T[]) => rows.sort((a, b) => b[1] - a[1])
  return {
    learned,
    quizzes: newestFirst([...bestQuiz.values()]),
    exams: orderedExams,
    plays: newestFirst([...bestPlay.values()]),
    cards,
  }
}

type Counts = Record<keyof Parts, number>

function encodeParts(parts: Parts, counts: Counts): string {
  const payload: Payload = [
    1,
    parts.learned.slice(0, counts.learned),
    parts.quizzes.slice(0, counts.quizzes),
    // Exams are kept oldest first once chosen.
    parts.exams.slice(0, counts.exams).sort((a, b) => a[1] - b[1]),
    parts.plays.slice(0, counts.plays),
    parts.cards.slice(0, counts.cards),
  ]
  return RESUME_PREFIX + LZString.compressToEncodedURIComponent(JSON.stringify(payload))
}

/**
 * The order detail is dropped in when everything does not fit, least useful first, each part down
 * to the count given: old exam attempts (the best and the latest stay), then review cards due last,
 * then quiz scores and role-play ratings (oldest first), then the last exam attempts and lessons.
 */
const DROP_ORDER: [keyof Parts, number][] = [
  ['exams', 2],
  ['cards', 0],
  ['quizzes', 0],
  ['plays', 0],
  ['exams', 0],
  ['learned', 0],
]

/**
 * A learner's progress as a resume string of at most `limit` (default 4,096) ASCII characters.
 * Everything fits for any ordinary learner; for a history that does not, the least useful
 * detail is dropped first (see the file's comment). Deterministic: the same progress gives the same string.
 *
 * @example
 * encodeResume(progress).length <= 4096 // always
 */
export function encodeResume(
  progress: Pick<SavedProgress, 'learned' | 'attempts' | 'scenarioRuns' | 'reviewCards'>,
  limit = MAX_SUSPEND_DATA,
): string {
  const parts = partsOf(progress)
  const counts: Counts = {
    learned: parts.learned.length,
    quizzes: parts.quizzes.length,
    exams: parts.exams.length,
    plays: parts.plays.length,
    cards: parts.cards.length,
  }
  let encoded = encodeParts(parts, counts)
  for (const [part, floor] of DROP_ORDER) {
    if (encoded.length <= limit) break
    // The largest count of this part that fits (the floor if none does), by halving.
    let low = Math.min(floor, counts[part])
    let high = counts[part]
    while (low < high) {
      const middle = Math.ceil((low + high) / 2)
      if (encodeParts(parts, { ...counts, [part]: middle }).length <= limit) low = middle
      else high = middle - 1
    }
    counts[part] = low
    encoded = encodeParts(parts, counts)
  }
  return encoded
}

const id = v.pipe(v.string(), v.regex(/^[\w:.-]{1,200}$/))
const minute = v.pipe(v.number(), v.integer(), v.minValue(EARLIEST_MINUTE), v.maxValue(LATEST_MINUTE))
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000))
const finite = v.pipe(v.number(), v.finite(), v.minValue(-1_000_000), v.maxValue(1_000_000))
const percentValue = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100))
const scoreRowSchema = v.tuple([
  id,
  minute,
  v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100_000)),
  count,
  count,
  percentValue,
  percentValue,
  v.picklist([0, 1]),
])
const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(5000))
const PayloadSchema = v.tuple([
  v.literal(1),
  list(v.tuple([id, minute])),
  list(scoreRowSchema),
  list(scoreRowSchema),
  list(v.tuple([id, minute, v.picklist([0, 1, 2]), percentValue, finite, finite])),
  list(v.tuple([id, minute, finite, finite, count, count, v.picklist([0, 1, 2, 3]), v.union([v.literal(0), minute])])),
])

export type ResumeReadResult = { ok: true; data: ResumeData } | { ok: false; problem: string }

function score(row: ScoreRow): ResumedScore {
  return {
    quizId: row[0],
    finishedAt: fromMinute(row[1]),
    points: row[2],
    max: row[3],
    correct: row[4],
    percent: row[5],
    passMark: row[6],
    passed: row[7] === 1,
  }
}

/**
 * Reads a resume string from the LMS, checking everything in it.
 *
 * @example
 * decodeResume('junk') // { ok: false, problem: '学习平台保存的进度格式不对，无法恢复' }
 */
export function decodeResume(text: string): ResumeReadResult {
  const refused = (problem: string): ResumeReadResult => ({ ok: false, problem })
  if (typeof text !== 'string' || !text.startsWith(RESUME_PREFIX))
    return refused('学习平台保存的进度格式不对，无法恢复')
  // SCORM 2004 keeps up to 64,000 characters; anything longer did not come from this course.
  if (text.length > 64_000 || !/^[\w+$-]*$/.test(text.slice(RESUME_PREFIX.length)))
    return refused('学习平台保存的进度格式不对，无法恢复')
  let json: string | null
  try {
    json = LZString.decompressFromEncodedURIComponent(text.slice(RESUME_PREFIX.length))
  } catch {
    json = null
  }
  if (!json) return refused('学习平台保存的进度已损坏，无法恢复')
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch {
    return refused('学习平台保存的进度已损坏，无法恢复')
  }
  const parsed = v.safeParse(PayloadSchema, raw)
  if (!parsed.success) return refused('学习平台保存的进度内容不对，无法恢复')
  const [, learned, quizzes, exams, plays, cards] = parsed.output
  return {
    ok: true,
    data: {
      learned: Object.fromEntries(learned.map(([lessonId, at]) => [lessonId, fromMinute(at)])),
      quizzes: quizzes.map((row) => score(row as ScoreRow)).filter((row) => row.quizId !== EXAM),
      exams: exams.map((row) => ({ ...score(row as ScoreRow), quizId: EXAM })),
      plays: plays.map((row) => ({
        scenarioId: row[0],
        finishedAt: fromMinute(row[1]),
        rating: RATINGS[row[2]],
        percent: row[3],
        points: row[4],
        max: row[5],
      })),
      cards: Object.fromEntries(
        cards.map(([questionId, due, stability, difficulty, reps, lapses, state, last]) => {
          const card: ReviewCard = {
            due: fromMinute(due),
            stability,
            difficulty,
            elapsed_days: 0,
            scheduled_days: last ? Math.max(0, Math.round((due - last) / (24 * 60))) : 0,
            learning_steps: 0,
            reps,
            lapses,
            state,
          }
          if (last) card.last_review = fromMinute(last)
          return [questionId, card]
        }),
      ),
    },
  }
}
