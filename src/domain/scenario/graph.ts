/**
 * Checks a scenario's graph before anyone plays it: every target exists, every
 * step and ending can be reached, nothing loops, and the best path earns the
 * best rating. Also walks every path, for the content check and the tests.
 */
import {
  DIMENSIONS,
  FREE_REPLY_MAX,
  bestReplyIndex,
  chooseReply,
  ratePlay,
  startPlay,
  submitFreeReply,
  type Next,
  type Play,
  type ScenarioDef,
  type StepDef,
} from './engine.ts'

function targets(next: Next): string[] {
  return typeof next === 'string' ? [next] : next.map((branch) => branch.to)
}

/** A free step is walked as if answered with the model reply: full points. */
const MODEL_REPLY_SCORES = { courtesy: 1, solving: FREE_REPLY_MAX - 1 }

export interface PathWalk {
  /** Every finished play, one per distinct sequence of choices. */
  plays: Play[]
  /** True when the walk stopped at `limit` plays. */
  truncated: boolean
}

/**
 * Plays every sequence of choices from the start (free steps with the model
 * reply), following state-dependent branches as a learner would meet them.
 */
export function walkAllPaths(def: ScenarioDef, limit = 20000): PathWalk {
  const plays: Play[] = []
  let truncated = false
  const stepsById = new Map(def.steps.map((step) => [step.id, step]))
  function visit(play: Play, depth: number): void {
    if (plays.length >= limit) {
      truncated = true
      return
    }
    const step = play.stepId ? stepsById.get(play.stepId) : undefined
    if (!step || depth > def.steps.length) {
      plays.push(play)
      return
    }
    if (step.kind === 'free') visit(submitFreeReply(def, play, '', MODEL_REPLY_SCORES), depth + 1)
    else step.replies.forEach((_, index) => visit(chooseReply(def, play, index), depth + 1))
  }
  visit(startPlay(def), 0)
  return { plays, truncated }
}

/**
 * The play of a learner who picks by one rule at every choice (the best reply, the longest one…) and
 * answers every typed step with the model reply, from the start or from `from`.
 *
 * @example playChoosing(def, () => 0).endingId // where pressing the first written reply leads
 */
export function playChoosing<Step extends StepDef>(
  def: ScenarioDef & { steps: readonly Step[] },
  choose: (step: Extract<Step, { kind: 'choice' }>) => number,
  from: Play = startPlay(def),
): Play {
  let play = from
  for (let guard = 0; play.stepId && guard <= def.steps.length; guard++) {
    const step = def.steps.find((candidate) => candidate.id === play.stepId)
    if (!step) break
    play =
      step.kind === 'free'
        ? submitFreeReply(def, play, '', MODEL_REPLY_SCORES)
        : chooseReply(def, play, choose(step as Extract<Step, { kind: 'choice' }>))
  }
  return play
}

/** The play that takes the highest-scoring reply at every step, from the start or from `from`. */
export function bestPath(def: ScenarioDef, from: Play = startPlay(def)): Play {
  return playChoosing(def, bestReplyIndex, from)
}

/**
 * The chance that a learner who picks replies at random (or always presses the
 * first of a shuffled list) ends with 优秀.
 *
 * @example
 * randomWinChance(def) // 0.012
 */
export function randomWinChance(def: ScenarioDef): number {
  const stepsById = new Map(def.steps.map((step) => [step.id, step]))
  function chance(play: Play, depth: number): number {
    const step = play.stepId ? stepsById.get(play.stepId) : undefined
    if (!step || depth > def.steps.length) return ratePlay(def, play).rating === 'excellent' ? 1 : 0
    if (step.kind === 'free') return chance(submitFreeReply(def, play, '', MODEL_REPLY_SCORES), depth + 1)
    return (
      step.replies.reduce((sum, _, index) => sum + chance(chooseReply(def, play, index), depth + 1), 0) /
      step.replies.length
    )
  }
  return chance(startPlay(def), 0)
}

/** The most a random player may win: pressing any one position every time must not pay. */
export const MAX_RANDOM_WIN_CHANCE = 0.05

/** The state variable that stands for the caller's mood; replies raise or lower it. */
export const MOOD = 'mood'

function cappedBelowExcellent(def: ScenarioDef, play: Play): string | null {
  const best = bestPath(def, play)
  const cap = def.endings.find((ending) => ending.id === best.endingId)?.maxRating
  return cap && cap !== 'excellent' ? best.endingId : null
}

/**
 * Moods the learner cannot win back from: while the call goes on, the best
 * replies from here would reach a good ending at the starting mood, yet the
 * mood reached so far caps every way on below 优秀. Earlier mistakes may have
 * lasting consequences (a leak, a wrong route); a mood alone must not.
 */
export function moodDeadEnds(def: ScenarioDef): string[] {
  const stepsById = new Map(def.steps.map((step) => [step.id, step]))
  const initialMood = def.initialState?.[MOOD] ?? 0
  const found = new Set<string>()
  function visit(play: Play, depth: number): void {
    const step = play.stepId ? stepsById.get(play.stepId) : undefined
    if (!step || depth > def.steps.length) return
    const mood = play.state[MOOD]
    if (mood !== undefined && mood !== initialMood) {
      const ending = cappedBelowExcellent(def, play)
      if (ending && !cappedBelowExcellent(def, { ...play, state: { ...play.state, [MOOD]: initialMood } })) {
        found.add(
          `步骤「${step.id}」在 mood=${mood} 时，即使之后每步都选最佳回应，也只能到结局「${ending}」：每种情绪下都要有挽回的办法`,
        )
      }
    }
    if (step.kind === 'free') visit(submitFreeReply(def, play, '', MODEL_REPLY_SCORES), depth + 1)
    else step.replies.forEach((_, index) => visit(chooseReply(def, play, index), depth + 1))
  }
  visit(startPlay(def), 0)
  return [...found]
}

/**
 * Areas where a weaker reply earns more than the step's best one. A learner who chooses the best reply
 * every time would then see that area short of its maximum while the total shows full marks.
 */
function outscoredAreas(def: ScenarioDef): string[] {
  return def.steps.flatMap((step) => {
    if (step.kind !== 'choice') return []
    const best = step.replies[bestReplyIndex(step)]!
    return step.replies.flatMap((reply, index) =>
      DIMENSIONS.filter((dimension) => (reply.scores[dimension] ?? 0) > Math.max(0, best.scores[dimension] ?? 0)).map(
        (dimension) =>
          `回应 ${step.id}.replies.${index} 的 ${dimension} 比这一步的最佳回应得分高：最佳回应每个方面都不能低于其他回应，否则每步都选对的学员在这一方面也拿不到满分`,
      ),
    )
  })
}

/** The endings `id` falls back to, in order, stopping at the first one seen again. */
function fallsBackTo(def: ScenarioDef, id: string): string[] {
  const chain: string[] = []
  let next = def.endings.find((ending) => ending.id === id)?.otherwise
  while (next !== undefined && !chain.includes(next)) {
    chain.push(next)
    next = def.endings.find((ending) => ending.id === next)?.otherwise
  }
  if (next !== undefined) chain.push(next)
  return chain
}

/**
 * Everything wrong with a scenario's graph, as sentences; empty when sound.
 *
 * @example
 * checkScenarioGraph(def, { minDecisions: 5 }) // ['回应 s1.replies.0 指向不存在的「s9」']
 */
export function checkScenarioGraph(def: ScenarioDef, options: { minDecisions: number }): string[] {
  const problems: string[] = []
  const stepIds = new Set(def.steps.map((step) => step.id))
  const endingIds = new Set(def.endings.map((ending) => ending.id))
  for (const id of stepIds) if (endingIds.has(id)) problems.push(`「${id}」既是步骤又是结局`)
  if (!stepIds.has(def.start)) problems.push(`起点「${def.start}」不是一个步骤`)

  const edges = new Map<string, string[]>()
  for (const step of def.steps) {
    const outs = step.kind === 'free' ? targets(step.next) : step.replies.flatMap((reply) => targets(reply.next))
    edges.set(step.id, outs)
    const where = (index: number) => (step.kind === 'free' ? `步骤 ${step.id}` : `回应 ${step.id}.replies.${index}`)
    if (step.kind === 'free') {
      for (const target of outs)
        if (!stepIds.has(target) && !endingIds.has(target)) problems.push(`${where(0)} 指向不存在的「${target}」`)
    } else {
      step.replies.forEach((reply, index) => {
        for (const target of targets(reply.next)) {
          if (!stepIds.has(target) && !endingIds.has(target)) problems.push(`${where(index)} 指向不存在的「${target}」`)
        }
      })
    }
  }
  for (const ending of def.endings) {
    if ((ending.needs === undefined) !== (ending.otherwise === undefined))
      problems.push(`结局「${ending.id}」的 needs 和 otherwise 要一起写`)
    else if (ending.otherwise !== undefined && !endingIds.has(ending.otherwise))
      problems.push(`结局「${ending.id}」的 otherwise 指向不存在的结局「${ending.otherwise}」`)
  }
  const fallbackLoop = def.endings.find((ending) => fallsBackTo(def, ending.id).includes(ending.id))
  if (fallbackLoop) problems.push(`结局「${fallbackLoop.id}」的 otherwise 绕回了它自己`)
  if (problems.length > 0) return problems

  // Loops would let a conversation go on for ever.
  const state = new Map<string, 'visiting' | 'done'>()
  const loops: string[] = []
  function dfs(id: string): void {
    state.set(id, 'visiting')
    for (const target of edges.get(id) ?? []) {
      if (state.get(target) === 'visiting') loops.push(`${id} → ${target}`)
      else if (!state.has(target) && stepIds.has(target)) dfs(target)
    }
    state.set(id, 'done')
  }
  dfs(def.start)
  if (loops.length > 0) return [`对话有循环：${loops.join(',')}`]
  for (const id of stepIds) if (!state.has(id)) problems.push(`步骤「${id}」从起点无法到达`)

  const walk = walkAllPaths(def)
  if (walk.truncated) problems.push('路径太多（超过 20000 条），请简化分支')
  const reached = new Set(walk.plays.map((play) => play.endingId))
  for (const id of endingIds) if (!reached.has(id)) problems.push(`结局「${id}」在任何路径上都到不了`)
  if (walk.plays.some((play) => play.endingId === null)) problems.push('有路径停在了步骤上而没有到达结局')
  // A story's best outcome told after replies rated 需改进 reads as a pass: such an ending needs a rating.
  const luckyEndings = new Set(
    walk.plays
      .filter((play) => {
        const ending = def.endings.find((candidate) => candidate.id === play.endingId)
        return ending && !ending.maxRating && ratePlay(def, play).rating === 'improve'
      })
      .map((play) => play.endingId),
  )
  for (const id of luckyEndings)
    problems.push(`结局「${id}」不设上限，回应得分不到合格也能走到：给它加上 needs: pass 和 otherwise`)

  problems.push(...outscoredAreas(def))

  const best = bestPath(def)
  const rating = ratePlay(def, best)
  if (best.endingId === null) problems.push('最佳路径没有到达结局')
  else if (rating.rating !== 'excellent')
    problems.push(`最佳路径（每步选得分最高的回应）只得到「${rating.rating}」，应为优秀`)
  if (best.history.length < options.minDecisions) {
    problems.push(`最佳路径只有 ${best.history.length} 个决策点，至少需要 ${options.minDecisions} 个`)
  }
  problems.push(...moodDeadEnds(def))
  const chance = randomWinChance(def)
  if (chance > MAX_RANDOM_WIN_CHANCE) {
    problems.push(
      `随便选回应也有 ${Math.round(chance * 1000) / 10}% 的机会得到优秀（最多 ${MAX_RANDOM_WIN_CHANCE * 100}%）：让次优回应的得分拉开差距`,
    )
  }
  return problems
}
