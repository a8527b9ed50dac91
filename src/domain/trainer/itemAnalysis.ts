/**
 * Item analysis of an assignment, as Moodle's quiz statistics give it: for each
 * question, how many learners answered it, the share who got it right
 * (facility) and how well it separates stronger from weaker learners
 * (discrimination), with flags a trainer acts on when fixing a bank.
 *
 * Discrimination is the point-biserial correlation between the question (right = 1,
 * wrong = 0) and the rest score (the learner's share right on the *other* questions
 * of the same submission). Why this and not the upper–lower 27 % group index:
 * - it uses every learner; a class of 10–30 puts only 3–8 people in each 27 % group,
 *   so one learner moves that index by 0.1–0.3, and who falls at the cut when scores
 *   tie is arbitrary;
 * - the rest score leaves the question itself out, so an item is not correlated with
 *   itself (with five questions that alone adds about 0.2 to every item);
 * - it is what Moodle reports as 区分度 (discrimination index), so a trainer who knows
 *   Moodle reads the same figure.
 * The rest score is a share, not a count, so a submission that answered a different
 * number of questions (a pool drawn per learner) is on the same scale.
 */
import { csvText } from './csv'
import type { QuestionMark } from './questionMarks'
import { optionLetter } from '../quiz/keys'
import { MIN_SUBMISSIONS } from './itemAnalysisMinimum'

/** One learner's hand-in: whether each question was answered right, and what they chose when the code says. */
export interface ItemSubmission {
  learner: string
  answers: readonly QuestionMark[]
}

export { MIN_SUBMISSIONS }
/** A question at least this share of learners got right tests nothing they do not already know. */
export const EASY_FACILITY = 0.9
/** A question at most this share got right: unclear, wrongly keyed, or not taught. */
export const HARD_FACILITY = 0.2

/**
 * - `easy`: almost everyone right (facility ≥ `EASY_FACILITY`)
 * - `hard`: almost everyone wrong (facility ≤ `HARD_FACILITY`)
 * - `negative`: stronger learners get it wrong more often than weaker ones (discrimination below 0.00 to two decimals)
 * - `few`: fewer than `MIN_SUBMISSIONS` answered it, so no figure is given
 */
export type ItemFlag = 'easy' | 'hard' | 'negative' | 'few'

export interface ItemStats {
  questionId: string
  /** 1-based position of the question in the table, which lists the questions by id. */
  number: number
  /** Learners whose submission holds this question. */
  answered: number
  /** Of those, how many got it right. */
  right: number
  /** right / answered, 0–1; null below `MIN_SUBMISSIONS`. */
  facility: number | null
  /** −1…1; null below `MIN_SUBMISSIONS`, or when everyone scored alike (no spread to correlate). */
  discrimination: number | null
  flags: ItemFlag[]
  picks: ItemPicks
}

/**
 * What learners chose, counted over those whose result code says (codes from before
 * choices travelled do not). Counts, not figures, so they are given at any class size.
 */
export interface ItemPicks {
  /** Learners whose code says what they chose. */
  reported: number
  /** By option in its written order, how many chose (or ticked) it; true / false count as options 0 and 1. */
  byOption: number[]
  /** How many left the question blank. */
  unanswered: number
}

export interface ItemAnalysis {
  submissions: number
  items: ItemStats[]
}

/** Pearson's correlation of two equally long lists; null when either does not vary. */
function correlation(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length
  if (n < 2) return null
  const meanX = xs.reduce((sum, x) => sum + x, 0) / n
  const meanY = ys.reduce((sum, y) => sum + y, 0) / n
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (let index = 0; index < n; index += 1) {
    const dx = xs[index]! - meanX
    const dy = ys[index]! - meanY
    sxy += dx * dy
    sxx += dx * dx
    syy += dy * dy
  }
  // Sums of squares this small are rounding noise: the list does not vary.
  if (sxx < 1e-12 || syy < 1e-12) return null
  return sxy / Math.sqrt(sxx * syy)
}

/** Each question once per submission (its first answer), so a repeated id cannot count twice. */
function answersById(submission: ItemSubmission): Map<string, QuestionMark> {
  const byId = new Map<string, QuestionMark>()
  for (const answer of submission.answers) if (!byId.has(answer.questionId)) byId.set(answer.questionId, answer)
  return byId
}

/** The picks of one question's answers (see `ItemPicks`). */
function picksOf(answers: readonly QuestionMark[]): ItemPicks {
  const picks: ItemPicks = { reported: 0, byOption: [], unanswered: 0 }
  for (const { given } of answers) {
    if (given === undefined) continue
    picks.reported += 1
    if (given === null) picks.unanswered += 1
    const chosen = given === null ? [] : typeof given === 'boolean' ? [given ? 0 : 1] : [given].flat()
    for (const option of chosen) picks.byOption[option] = (picks.byOption[option] ?? 0) + 1
  }
  // An option nobody chose, before one somebody did, is a hole in the list until it is counted as 0.
  return { ...picks, byOption: Array.from(picks.byOption, (count) => count ?? 0) }
}

/** How much of an analysis could be computed: questions with figures, questions too few answered. */
export interface AnalysisCoverage {
  computed: number
  tooFew: number
  /** The most learners any one question was answered by. */
  mostAnswered: number
}

/**
 * @example
 * analysisCoverage(analyseItems(fiveLearnersDrawnAtRandom)) // { computed: 0, tooFew: 40, mostAnswered: 4 }
 */
export function analysisCoverage(analysis: ItemAnalysis): AnalysisCoverage {
  const tooFew = analysis.items.filter((item) => item.flags.includes('few')).length
  return {
    computed: analysis.items.length - tooFew,
    tooFew,
    mostAnswered: Math.max(0, ...analysis.items.map((item) => item.answered)),
  }
}

/**
 * Facility, discrimination and flags for every question the submissions hold,
 * by question id. Every submission counts: the caller chooses which attempts to
 * pass (the roster passes each learner's first hand-in).
 *
 * @example
 * const analysis = analyseItems(submissions) // 30 submissions of 5 questions
 * analysis.items[0] // { questionId: 'q1', number: 1, answered: 30, right: 28, facility: 0.933…, discrimination: 0.245…, flags: ['easy'] }
 */
export function analyseItems(submissions: readonly ItemSubmission[]): ItemAnalysis {
  const sheets = submissions.map(answersById)
  // Result codes carry no order (each learner may have seen the questions shuffled, or drawn
  // different ones), so the table is in question-id order, whatever order the submissions come in.
  const order = [...new Set(sheets.flatMap((sheet) => [...sheet.keys()]))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const items = order.map((questionId, index): ItemStats => {
    const taking = sheets.filter((sheet) => sheet.has(questionId))
    const marks = taking.map((sheet) => sheet.get(questionId)!)
    const right = marks.filter((mark) => mark.correct).length
    const base = { questionId, number: index + 1, answered: taking.length, right, picks: picksOf(marks) }
    if (taking.length < MIN_SUBMISSIONS) return { ...base, facility: null, discrimination: null, flags: ['few'] }
    // Only submissions with another question have a rest score.
    const scored = taking.filter((sheet) => sheet.size > 1)
    const item = scored.map((sheet) => (sheet.get(questionId)!.correct ? 1 : 0))
    const rest = scored.map((sheet) => {
      const total = [...sheet.values()].filter((mark) => mark.correct).length
      return (total - (sheet.get(questionId)!.correct ? 1 : 0)) / (sheet.size - 1)
    })
    const facility = right / taking.length
    const discrimination = correlation(item, rest)
    const flags: ItemFlag[] = []
    if (facility >= EASY_FACILITY) flags.push('easy')
    if (facility <= HARD_FACILITY) flags.push('hard')
    // Negative as shown (two decimals): a −0.001 is noise, shown as 0.00, and not flagged.
    if (discrimination !== null && Number(discrimination.toFixed(2)) < 0) flags.push('negative')
    return { ...base, facility, discrimination, flags }
  })
  return { submissions: submissions.length, items }
}

/**
 * The figures as the table shows and the CSV writes them: facility as a percent with one
 * decimal, discrimination to two decimals; null for a figure that was not computed.
 *
 * @example
 * shownFigures({ facility: 0.9333, discrimination: -0.6265 }) // { facility: '93.3', discrimination: '-0.63' }
 */
export function shownFigures(item: Pick<ItemStats, 'facility' | 'discrimination'>): {
  facility: string | null
  discrimination: string | null
} {
  return {
    facility: item.facility === null ? null : (item.facility * 100).toFixed(1),
    discrimination: item.discrimination === null ? null : item.discrimination.toFixed(2).replace(/^-(0\.00)$/, '$1'),
  }
}

const FLAG_WORDS: Record<ItemFlag, string> = {
  easy: '几乎人人答对',
  hard: '几乎人人答错',
  negative: '区分度为负',
  few: `作答不足 ${MIN_SUBMISSIONS} 人，不计算`,
}

/**
 * What learners chose, as one line: each option's label and how many chose it, then the blanks;
 * '' when no code said. Options past `labels` (a bank changed since) are lettered.
 *
 * @example
 * picksText({ reported: 12, byOption: [9, 3], unanswered: 0 }, ['对', '错']) // '对 9 人；错 3 人；未作答 0 人'
 */
export function picksText(picks: ItemPicks, labels: readonly string[]): string {
  if (picks.reported === 0) return ''
  const options = Array.from({ length: Math.max(labels.length, picks.byOption.length) }, (_, index) => {
    return `${labels[index] ?? optionLetter(index)} ${picks.byOption[index] ?? 0} 人`
  })
  return [...options, `未作答 ${picks.unanswered} 人`].join('；')
}

/**
 * The table as CSV (see `csvText`: Excel opens the Chinese intact; a negative
 * discrimination stays a number). `stemOf` gives a question's text when it is known and
 * `labelsOf` its options' labels; figures that are not computed are written as 「—」.
 *
 * @example
 * itemAnalysisCsv(analyseItems(submissions)).startsWith('\uFEFF"题号"') // true
 */
export function itemAnalysisCsv(
  analysis: ItemAnalysis,
  stemOf: (id: string) => string = () => '',
  labelsOf: (id: string) => readonly string[] = () => [],
): string {
  const header = ['题号', '题目编号', '题目', '作答人数', '答对人数', '答对率（%）', '区分度', '提示', '各选项人数']
  const rows = analysis.items.map((item) => {
    const shown = shownFigures(item)
    return [
      item.number,
      item.questionId,
      stemOf(item.questionId),
      item.answered,
      item.right,
      shown.facility ?? '—',
      shown.discrimination ?? '—',
      item.flags.map((flag) => FLAG_WORDS[flag]).join('；'),
      picksText(item.picks, labelsOf(item.questionId)) || '—',
    ]
  })
  return csvText(header, rows)
}
