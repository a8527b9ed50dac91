/**
 * The typing test's scores, as the 呼叫中心服务员 skill assessment counts them: speed (characters
 * typed per minute), accuracy (correct ÷ typed, see alignment.ts for what is correct), net speed
 * (correct characters per minute) and the assessment's score, accuracy × characters typed (which is
 * the number of correct characters).
 */
import * as v from 'valibot'
// The saved-data schema's own time check: one way to read a saved moment across the course.
import { isoTime } from '../progress/savedData'

/** The test lengths offered, in minutes. */
export const TYPING_MINUTES = [1, 3, 5] as const
export type TypingMinutes = (typeof TYPING_MINUTES)[number]

/**
 * The speed a call-centre interview asks for, in characters a minute: document 004 says 「打字能在60左右就應該可以的」.
 * The learner's net speed is held against it.
 */
export const TARGET_SPEED = 60

/** The passage that gives the target, quoted verbatim from document 004 (checked by a unit test). */
export const TARGET_QUOTE = '打字能在60左右就應該可以的'
export const TARGET_SOURCE = '004_2e7b325d63276746.txt'
/** The quote in simplified characters, as the course shows every passage of the traditional document 004. */
export const TARGET_DISPLAY = '打字能在60左右就应该可以的'

/** One finished test, as saved in the learner's history. */
export const TypingResultSchema = v.pipe(
  v.object({
    /** When it finished (ISO time) and a random tail: the history sorts by it. */
    id: v.pipe(v.string(), v.minLength(1, '成绩缺少编号')),
    /** When it finished, ISO time. */
    at: isoTime,
    /** Which passage was copied. */
    passageId: v.pipe(v.string(), v.minLength(1, '成绩缺少文章')),
    minutes: v.picklist(TYPING_MINUTES, '测试时长只能是 1、3 或 5 分钟'),
    /** The time the test took: the whole test, or less when the passage was finished early. */
    elapsedMs: v.pipe(v.number(), v.integer('用时必须是整数毫秒'), v.minValue(1, '用时必须大于 0')),
    typed: v.pipe(v.number(), v.integer('字数必须是整数'), v.minValue(0, '字数不能是负数')),
    correct: v.pipe(v.number(), v.integer('正确字数必须是整数'), v.minValue(0, '正确字数不能是负数')),
    missed: v.pipe(v.number(), v.integer('漏字数必须是整数'), v.minValue(0, '漏字数不能是负数')),
  }),
  v.check((result) => result.correct <= result.typed, '正确字数不能多于所打字数'),
)
export type TypingResult = v.InferOutput<typeof TypingResultSchema>

/** The scores of one test. */
export interface TypingScores {
  /** Characters typed per minute. */
  speed: number
  /** Correct ÷ typed, from 0 to 1 (0 when nothing was typed). */
  accuracy: number
  /** Correct characters per minute. */
  netSpeed: number
  /** The skill assessment's score: accuracy × characters typed. */
  score: number
  /** Whether the net speed reaches the target of about 60 字/分. */
  reachesTarget: boolean
}

/**
 * Scores a test from its counts and the time it took.
 *
 * @example
 * scoreTyping({ typed: 120, correct: 114, elapsedMs: 120_000 })
 * // { speed: 60, accuracy: 0.95, netSpeed: 57, score: 114, reachesTarget: false }
 */
export function scoreTyping(result: Pick<TypingResult, 'typed' | 'correct' | 'elapsedMs'>): TypingScores {
  const minutes = result.elapsedMs / 60_000
  const speed = minutes > 0 ? result.typed / minutes : 0
  const netSpeed = minutes > 0 ? result.correct / minutes : 0
  const accuracy = result.typed > 0 ? result.correct / result.typed : 0
  return {
    speed,
    accuracy,
    netSpeed,
    score: accuracy * result.typed,
    reachesTarget: netSpeed >= TARGET_SPEED,
  }
}

/**
 * The learner's best test: the highest net speed (correct characters a minute, so speed bought
 * with mistakes does not count), the earlier one on a tie; null with no history.
 *
 * @example
 * personalBest([a, b])?.id // the id of whichever has the higher net speed
 */
export function personalBest(results: readonly TypingResult[]): TypingResult | null {
  let best: TypingResult | null = null
  let bestNet = -1
  for (const result of results) {
    const net = scoreTyping(result).netSpeed
    if (net > bestNet || (net === bestNet && best !== null && result.at < best.at)) {
      best = result
      bestNet = net
    }
  }
  return best
}

/**
 * Whether `result` is a new personal best worth a word of praise: the best of `results` (which hold
 * it), with an earlier test it beat. A first test is always the best, however it went.
 *
 * @example
 * isNewBest(first, [first]) // false
 * isNewBest(better, [first, better]) // true
 */
export function isNewBest(result: TypingResult, results: readonly TypingResult[]): boolean {
  return results.length > 1 && personalBest(results)?.id === result.id
}

/**
 * Milliseconds of a test used at `nowMs`: from its start, never more than its length; 0 before it starts.
 *
 * @example
 * elapsedOf(1_000, 70_000, 1) // 60000
 */
export function elapsedOf(startedAtMs: number | null, nowMs: number, minutes: TypingMinutes): number {
  if (startedAtMs === null) return 0
  return Math.min(Math.max(0, nowMs - startedAtMs), minutes * 60_000)
}

/**
 * A speed or net speed as shown: whole characters a minute.
 *
 * @example
 * speedText(59.6) // '60'
 */
export function speedText(perMinute: number): string {
  return String(Math.round(perMinute))
}

/**
 * An accuracy as shown: a percentage with one decimal.
 *
 * @example
 * accuracyText(57 / 60) // '95.0%'
 */
export function accuracyText(accuracy: number): string {
  return `${(Math.round(accuracy * 1000) / 10).toFixed(1)}%`
}

/**
 * The seconds left shown by the countdown, as m:ss. The exam's `clockText` (src/domain/quiz/deadline.ts)
 * reads the same, but it comes with a quiz's run; shared from a file of its own, it cost the first
 * page's preload lists 29 bytes and 我的进度 and the exam page a file each.
 *
 * @example
 * countdownText(65_000) // '1:05'
 */
export function countdownText(msLeft: number): string {
  const seconds = Math.max(0, Math.ceil(msLeft / 1000))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}
