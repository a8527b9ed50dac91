/**
 * The shapes the 找茬 pages receive from the content pipeline (src/content/build/loadSpotting.ts):
 * citations resolved, each rule's lesson found, text typeset. Plain types, nothing of zod.
 */
import type { CitationView } from './types'

/** A rule a learner can name, with the lesson that teaches it. */
export interface SpottingRuleView {
  id: string
  name: string
  lesson: { moduleId: string; lessonId: string; title: string }
  citation: CitationView
}

export type SpottingSpeaker = 'agent' | 'customer' | 'narrator'

/** One line of a call; `breaks` is empty on a line that is fine. */
export interface SpottingLineView {
  speaker: SpottingSpeaker
  text: string
  /** The rule ids this line breaks; empty when it breaks none. */
  breaks: string[]
  /** Why it breaks them (only with breaks). */
  why?: string
  /** What to say instead (only with breaks). */
  better?: string
  citation?: CitationView
}

/** One call transcript, its own chunk. */
export interface SpottingTranscriptContent {
  id: string
  title: string
  summary: string
  context?: string
  trainerNote?: string
  lines: SpottingLineView[]
}

/** What the list page shows of a transcript. */
export interface SpottingSummary {
  id: string
  title: string
  summary: string
  lineCount: number
}
