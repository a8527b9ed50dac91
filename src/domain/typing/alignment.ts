/**
 * How a learner's typing lines up with the passage they copy (看打).
 *
 * The rule, so a trainer can check a score by hand:
 * - Only committed text counts, and whitespace (spaces, line breaks) is neither typed text nor
 *   passage text. Characters are compared after NFKC, so a half-width 「,」 equals the passage's 「，」.
 * - The typed text is aligned with the beginning of the passage by the fewest edits (Levenshtein
 *   distance: a wrong character, an extra character and a missed character each cost one), ending
 *   wherever in the passage the learner has got to. Among the alignments with fewest edits, the one
 *   with the most matching characters is taken, and a wrong character is preferred to an extra one
 *   followed by a missed one. So a skipped stretch is seen as skipped once more has been typed after
 *   it than was skipped (until then, fewer edits read it as wrong characters), and only within
 *   ALIGNMENT_BAND characters of drift.
 * - Each typed character is then correct (it matches its passage character), wrong (it stands in for
 *   a different passage character) or extra (it stands for none). Each passage character up to where
 *   the learner has got is correct, wrong, or missed (漏打: skipped). Missed characters were never
 *   typed, so they lower neither speed nor accuracy, but they are not correct either.
 */

/** How one passage character came out. */
export type PassageMark = 'correct' | 'wrong' | 'missed'

/** The learner's typing set against the passage. */
export interface TypingAlignment {
  /** Characters typed (committed, without whitespace). */
  typed: number
  /** Typed characters that match their passage character. */
  correct: number
  /** Typed characters in place of a different passage character. */
  wrong: number
  /** Typed characters that stand for no passage character. */
  extra: number
  /** Passage characters skipped. */
  missed: number
  /** How many passage characters the learner has got through (the marks' length). */
  reached: number
  /** One mark per passage character up to `reached`. */
  marks: PassageMark[]
}

/**
 * A text as the characters that are compared: whitespace dropped, each character (by code point)
 * in its NFKC form.
 *
 * @example
 * comparableChars('您好, 请问') // ['您', '好', ',', '请', '问']
 */
export function comparableChars(text: string): string[] {
  return Array.from(text)
    .filter((char) => !/\s/u.test(char))
    .map((char) => char.normalize('NFKC'))
}

/** Steps of the traceback. */
const DIAGONAL = 1
const EXTRA = 2
const MISSED = 3

/**
 * How far the learner's place in the passage may drift from the number of characters typed: more
 * than this many characters skipped (or added) in all is not followed, and is scored as wrong
 * characters instead. It keeps the work small (typed × 241 cells), so each keystroke stays quick
 * on a phone even after five minutes of fast typing.
 */
export const ALIGNMENT_BAND = 120

/**
 * Aligns `typed` with the start of `passage` (see the rule at the top of this file).
 *
 * @example
 * alignTyping('您好请问有什么', '您好清问').marks // ['correct', 'correct', 'wrong', 'correct']
 * alignTyping('您好请问', '您请问').missed // 1
 */
export function alignTyping(passage: string, typed: string): TypingAlignment {
  const source = comparableChars(passage)
  const input = comparableChars(typed)
  const n = input.length
  // Typing on past the passage's end must still be able to end on its last character.
  const band = ALIGNMENT_BAND + Math.max(0, n - source.length)
  const m = Math.min(source.length, n + band)
  const width = 2 * band + 1
  /** Cell (i, j) — i typed characters against j passage characters — of the band. */
  const at = (i: number, j: number) => i * width + j - i + band
  const inBand = (i: number, j: number) => j >= 0 && j <= m && Math.abs(j - i) <= band
  const cost = new Int32Array((n + 1) * width)
  const matches = new Int32Array((n + 1) * width)
  const step = new Uint8Array((n + 1) * width)

  for (let i = 0; i <= n; i++) {
    for (let j = Math.max(0, i - band); j <= Math.min(m, i + band); j++) {
      const here = at(i, j)
      if (i === 0 || j === 0) {
        cost[here] = i + j
        step[here] = i === 0 ? MISSED : EXTRA
        continue
      }
      const same = input[i - 1] === source[j - 1]
      // Candidates in order of preference when equal: diagonal, extra, missed.
      let bestCost = cost[at(i - 1, j - 1)]! + (same ? 0 : 1)
      let bestMatches = matches[at(i - 1, j - 1)]! + (same ? 1 : 0)
      let bestStep = DIAGONAL
      if (inBand(i - 1, j)) {
        const extraCost = cost[at(i - 1, j)]! + 1
        const extraMatches = matches[at(i - 1, j)]!
        if (extraCost < bestCost || (extraCost === bestCost && extraMatches > bestMatches)) {
          bestCost = extraCost
          bestMatches = extraMatches
          bestStep = EXTRA
        }
      }
      if (inBand(i, j - 1)) {
        const missedCost = cost[at(i, j - 1)]! + 1
        const missedMatches = matches[at(i, j - 1)]!
        if (missedCost < bestCost || (missedCost === bestCost && missedMatches > bestMatches)) {
          bestCost = missedCost
          bestMatches = missedMatches
          bestStep = MISSED
        }
      }
      cost[here] = bestCost
      matches[here] = bestMatches
      step[here] = bestStep
    }
  }

  // Where the learner has got to: the fewest edits, then the most matches, then the furthest.
  let end = Math.max(0, n - band)
  for (let j = end + 1; j <= Math.min(m, n + band); j++) {
    const [candidate, current] = [at(n, j), at(n, end)]
    const better =
      cost[candidate]! < cost[current]! ||
      (cost[candidate] === cost[current] && matches[candidate]! >= matches[current]!)
    if (better) end = j
  }

  const marks: PassageMark[] = new Array<PassageMark>(end)
  let correct = 0
  let wrong = 0
  let extra = 0
  let missed = 0
  let i = n
  let j = end
  while (i > 0 || j > 0) {
    const move = step[at(i, j)]
    if (move === DIAGONAL) {
      const same = input[i - 1] === source[j - 1]
      marks[j - 1] = same ? 'correct' : 'wrong'
      if (same) correct++
      else wrong++
      i--
      j--
    } else if (move === EXTRA) {
      extra++
      i--
    } else {
      marks[j - 1] = 'missed'
      missed++
      j--
    }
  }
  return { typed: n, correct, wrong, extra, missed, reached: end, marks }
}

/** A stretch of the passage shown one way: as marked, the next character to type, or not reached yet. */
export interface PassageRun {
  text: string
  mark: PassageMark | 'next' | 'ahead'
}

/**
 * The passage cut into stretches for display: each stretch of equally marked characters, then the
 * next character to type, then the rest. The passage must have no whitespace (passages.ts).
 *
 * @example
 * passageRuns('您好请问', ['correct', 'wrong'])
 * // [{ text: '您', mark: 'correct' }, { text: '好', mark: 'wrong' }, { text: '请', mark: 'next' }, { text: '问', mark: 'ahead' }]
 */
export function passageRuns(passage: string, marks: readonly PassageMark[]): PassageRun[] {
  const chars = Array.from(passage)
  const runs: PassageRun[] = []
  chars.forEach((char, index) => {
    const mark = index < marks.length ? marks[index]! : index === marks.length ? 'next' : 'ahead'
    const last = runs[runs.length - 1]
    if (last && last.mark === mark && mark !== 'next') last.text += char
    else runs.push({ text: char, mark })
  })
  return runs
}
