/**
 * The role-play engine: a scenario is a graph of steps; each reply scores on
 * four dimensions, changes the state (the customer's mood, what was promised)
 * and leads on, possibly depending on that state. Endings are rated from the
 * scores gathered on the way.
 */

export const DIMENSIONS = ['courtesy', 'empathy', 'solving', 'rules'] as const
export type Dimension = (typeof DIMENSIONS)[number]
export type DimensionScores = Partial<Record<Dimension, number>>
export type Rating = 'excellent' | 'pass' | 'improve'
const RATING_ORDER: readonly Rating[] = ['improve', 'pass', 'excellent']
/** The longest typed reply kept (the text box's maxlength). */
export const FREE_REPLY_LIMIT = 1000

export interface Condition {
  state: string
  min?: number
  max?: number
}
export type Next = string | readonly { when?: readonly Condition[]; to: string }[]

export interface ReplyDef {
  scores: DimensionScores
  effects?: Readonly<Record<string, number>>
  next: Next
}
export interface ChoiceStepDef {
  id: string
  kind: 'choice'
  replies: readonly ReplyDef[]
}
export interface FreeStepDef {
  id: string
  kind: 'free'
  next: Next
}
export type StepDef = ChoiceStepDef | FreeStepDef
export interface EndingDef {
  id: string
  maxRating?: Rating
  /**
   * The least rating the replies so far must earn for the story to end here; below it, the play
   * ends at `otherwise` instead. A caller is not won over by a run of poor replies that happened
   * to take the right turns.
   */
  needs?: Exclude<Rating, 'improve'>
  otherwise?: string
}
export interface ScenarioDef {
  id: string
  start: string
  initialState?: Readonly<Record<string, number>>
  steps: readonly StepDef[]
  endings: readonly EndingDef[]
}

export type HistoryEntry =
  | { stepId: string; kind: 'choice'; reply: number; scores: DimensionScores }
  | { stepId: string; kind: 'free'; text: string; scores: DimensionScores }

/** A play-through so far: where it stands, the state, and every reply given. */
export interface Play {
  scenarioId: string
  /** The step on screen, or null once an ending is reached. */
  stepId: string | null
  endingId: string | null
  state: Record<string, number>
  history: HistoryEntry[]
}

/** Points a typed (free) reply can earn: 1 for avoiding forbidden wording, 2 for containing what the step expects. */
export const FREE_REPLY_MAX = 3

function findStep(def: ScenarioDef, id: string | null): StepDef | undefined {
  return def.steps.find((step) => step.id === id)
}

function total(scores: DimensionScores): number {
  return DIMENSIONS.reduce((sum, dimension) => sum + (scores[dimension] ?? 0), 0)
}

/** True when every condition holds for the state. */
export function conditionsHold(
  conditions: readonly Condition[] | undefined,
  state: Readonly<Record<string, number>>,
): boolean {
  return (conditions ?? []).every((condition) => {
    const value = state[condition.state] ?? 0
    return (
      (condition.min === undefined || value >= condition.min) && (condition.max === undefined || value <= condition.max)
    )
  })
}

/**
 * Where a reply leads for the current state.
 *
 * @example
 * resolveNext([{ when: [{ state: 'mood', min: 1 }], to: 'calm' }, { to: 'angry' }], { mood: 0 }) // 'angry'
 */
export function resolveNext(next: Next, state: Readonly<Record<string, number>>): string {
  if (typeof next === 'string') return next
  const branch = next.find((candidate) => conditionsHold(candidate.when, state))
  return (branch ?? next[next.length - 1]!).to
}

function applyEffects(
  state: Readonly<Record<string, number>>,
  effects: Readonly<Record<string, number>> | undefined,
): Record<string, number> {
  const next = { ...state }
  for (const [name, change] of Object.entries(effects ?? {})) next[name] = (next[name] ?? 0) + change
  return next
}

/**
 * The ending a play reaches when its replies lead to `target`: the target itself, or, when the
 * replies fall short of what it needs, the ending it names instead (followed on, as that may need
 * something too). The content check refuses chains that loop; the guard stops one all the same.
 *
 * @example
 * // good: { needs: 'pass', otherwise: 'plain' }; replies scored 40%
 * endingReached(def, 'good', history) // 'plain'
 */
export function endingReached(def: ScenarioDef, target: string, history: readonly HistoryEntry[]): string {
  let id = target
  let earned: Rating | undefined
  for (let guard = 0; guard < def.endings.length; guard++) {
    const ending = def.endings.find((candidate) => candidate.id === id)
    if (!ending?.needs || !ending.otherwise) return id
    // Rated once, and only when an ending asks: the replies do not change along the chain.
    earned ??= ratePlay(def, { history, endingId: null }).rating
    if (RATING_ORDER.indexOf(earned) >= RATING_ORDER.indexOf(ending.needs)) return id
    id = ending.otherwise
  }
  return id
}

function arrive(
  def: ScenarioDef,
  play: Play,
  target: string,
  entry: HistoryEntry,
  state: Record<string, number>,
): Play {
  const history = [...play.history, entry]
  const isEnding = def.endings.some((ending) => ending.id === target)
  if (isEnding) target = endingReached(def, target, history)
  return {
    ...play,
    stepId: isEnding ? null : target,
    endingId: isEnding ? target : null,
    state,
    history,
  }
}

/** @example startPlay(def) // at def.start with def.initialState */
export function startPlay(def: ScenarioDef): Play {
  return { scenarioId: def.id, stepId: def.start, endingId: null, state: { ...(def.initialState ?? {}) }, history: [] }
}

/** Takes reply `index` at the current choice step; anything else leaves the play as it was. */
export function chooseReply(def: ScenarioDef, play: Play, index: number): Play {
  const step = findStep(def, play.stepId)
  if (!step || step.kind !== 'choice') return play
  const reply = step.replies[index]
  if (!reply) return play
  const state = applyEffects(play.state, reply.effects)
  return arrive(
    def,
    play,
    resolveNext(reply.next, state),
    { stepId: step.id, kind: 'choice', reply: index, scores: reply.scores },
    state,
  )
}

/** Records a typed reply at the current free step, with the points the reply checker gave it. */
export function submitFreeReply(def: ScenarioDef, play: Play, text: string, scores: DimensionScores): Play {
  const step = findStep(def, play.stepId)
  if (!step || step.kind !== 'free') return play
  return arrive(
    def,
    play,
    resolveNext(step.next, play.state),
    { stepId: step.id, kind: 'free', text, scores },
    play.state,
  )
}

/** What the best reply of a step earns in each dimension; a typed reply at its best earns the checker's full points. */
function stepBest(step: StepDef | undefined): DimensionScores {
  if (!step) return {}
  if (step.kind === 'free') return { courtesy: 1, solving: FREE_REPLY_MAX - 1 }
  return step.replies[bestReplyIndex(step)]?.scores ?? {}
}

/**
 * The most any one reply of a step earns in each dimension: a reply that is not the best overall may
 * still earn more in one area (a colleague's whereabouts given away solve the caller's problem).
 */
function stepMost(step: StepDef | undefined): DimensionScores {
  if (!step || step.kind === 'free') return stepBest(step)
  return Object.fromEntries(
    DIMENSIONS.map((dimension) => [
      dimension,
      Math.max(0, ...step.replies.map((reply) => reply.scores[dimension] ?? 0)),
    ]),
  )
}

export interface PlayRating {
  rating: Rating
  /** Score per dimension over the whole conversation, never below zero. */
  totals: Record<Dimension, number>
  /** The most any reply at the same steps could have earned in each dimension, so no area shows more than its maximum. */
  maxima: Record<Dimension, number>
  /** Points earned: the sum of the areas, each never below zero, so a poor run scores 0, not a negative number. */
  points: number
  /** The best points possible at the steps actually visited: what the best reply of each earns. */
  max: number
  percent: number
}

function zeroTotals(): Record<Dimension, number> {
  return Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, 0])) as Record<Dimension, number>
}

/**
 * Rates a play: points earned against the best possible at the same steps;
 * 85% and over is 优秀, 60% and over 合格, below that 需改进. An ending may cap it.
 */
export function ratePlay(
  def: ScenarioDef,
  play: { readonly history: readonly HistoryEntry[]; readonly endingId: string | null },
): PlayRating {
  const earned = zeroTotals()
  const maxima = zeroTotals()
  let max = 0
  for (const entry of play.history) {
    const step = findStep(def, entry.stepId)
    const best = stepBest(step)
    const most = stepMost(step)
    for (const dimension of DIMENSIONS) {
      earned[dimension] += entry.scores[dimension] ?? 0
      max += Math.max(0, best[dimension] ?? 0)
      maxima[dimension] += Math.max(0, most[dimension] ?? 0)
    }
  }
  // Each area counts from zero, and the total is the sum of the areas shown, so the points add up.
  const totals = Object.fromEntries(
    DIMENSIONS.map((dimension) => [dimension, Math.max(0, earned[dimension])]),
  ) as Record<Dimension, number>
  const points = total(totals)
  const percent = max === 0 ? 0 : Math.round((points / max) * 1000) / 10
  let rating: Rating = percent >= 85 ? 'excellent' : percent >= 60 ? 'pass' : 'improve'
  const cap = def.endings.find((ending) => ending.id === play.endingId)?.maxRating
  if (cap && RATING_ORDER.indexOf(cap) < RATING_ORDER.indexOf(rating)) rating = cap
  return { rating, totals, maxima, points, max, percent }
}

/**
 * The areas a result lists: those the steps taken could score in, and any the learner scored in all the
 * same. A run that ends early may pass no step that tests an area, and 0 / 0 there tells the learner
 * nothing; the areas left out hold no points, so the areas listed still add up to the total.
 *
 * @example
 * scoredAreas({
 *   totals: { courtesy: 0, empathy: 1, solving: 0, rules: 0 },
 *   maxima: { courtesy: 2, empathy: 2, solving: 0, rules: 0 },
 * }) // ['courtesy', 'empathy']
 */
export function scoredAreas(rating: Pick<PlayRating, 'totals' | 'maxima'>): Dimension[] {
  return DIMENSIONS.filter((dimension) => rating.maxima[dimension] > 0 || rating.totals[dimension] > 0)
}

/** For each step passed, the index of the reply with the most points (the first of equals). */
export function bestReplyIndex(step: ChoiceStepDef): number {
  let best = 0
  step.replies.forEach((reply, index) => {
    if (total(reply.scores) > total(step.replies[best]!.scores)) best = index
  })
  return best
}

/**
 * Rebuilds a play from saved replies, step by step from the start; it stops at
 * the first reply that does not fit (edited storage, or a scenario changed since).
 *
 * @example
 * replayHistory(def, savedPlay.history).stepId // where the learner left off
 */
export function replayHistory(def: ScenarioDef, history: readonly unknown[]): Play {
  let play = startPlay(def)
  for (const entry of history) {
    if (!play.stepId || !entry || typeof entry !== 'object') break
    const saved = entry as Partial<HistoryEntry> & { reply?: unknown; text?: unknown; scores?: unknown }
    if (saved.stepId !== play.stepId) break
    const before = play
    if (saved.kind === 'choice' && typeof saved.reply === 'number') play = chooseReply(def, play, saved.reply)
    else if (saved.kind === 'free' && typeof saved.text === 'string') {
      // A typed reply's points are capped at what the checker can give, whatever storage says.
      const scores = (saved.scores ?? {}) as DimensionScores
      const courtesy = Math.min(1, Math.max(0, Number(scores.courtesy) || 0))
      const solving = Math.min(FREE_REPLY_MAX - 1, Math.max(0, Number(scores.solving) || 0))
      play = submitFreeReply(def, play, saved.text.slice(0, FREE_REPLY_LIMIT), { courtesy, solving })
    }
    if (play === before) break
  }
  return play
}
