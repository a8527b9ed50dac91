/**
 * The shapes the app receives from the content pipeline. Type-only imports of
 * the schemas, so nothing of zod reaches the browser bundle.
 */
import type { ExamConfig, Lesson, ModuleMeta, Question, Scenario, SelfCheckItem } from './build/schema'
import type { SourceFile } from './sources'

/** A quotation as shown to learners: `display` is the simplified-Chinese rendering of `quote`. */
export interface QuoteCitationView {
  kind: 'quote'
  source: SourceFile
  quote: string
  display: string
  /** The document is in traditional characters; `display` is its simplified rendering. */
  traditional: boolean
}

export interface SupplementaryCitationView {
  kind: 'supplementary'
  note: string
}

export type CitationView = QuoteCitationView | SupplementaryCitationView

export interface PhraseView {
  label: string
  customer?: string
  say?: string
  avoid?: string
  why?: string
  citation: CitationView
}

export interface SectionContent {
  id: string
  heading: string
  body: string[]
  points: string[]
  examples: PhraseView[]
  /** The course's own recommendation (「注意」), where the documents are silent or disagree. */
  advice?: string
  citations: CitationView[]
  trainerNote?: string
}

export interface SelfCheckContent extends Omit<SelfCheckItem, 'citation'> {
  citation: CitationView
}

export interface LessonContent extends Omit<Lesson, 'sections' | 'selfCheck'> {
  moduleId: string
  readingMinutes: number
  sections: SectionContent[]
  selfCheck: SelfCheckContent[]
}

export interface LessonSummary {
  id: string
  title: string
  readingMinutes: number
  /** Further reading (延伸阅读), never examined; absent for a lesson every learner reads. */
  optional?: true
}

/** What the home page shows of a module; its description comes with its outline (ModuleOutline). */
export interface ModuleSummary extends Omit<ModuleMeta, 'description'> {
  order: number
  /** Questions in this module's bank. */
  questionCount: number
  lessons: LessonSummary[]
}

export interface SourceSummary {
  file: SourceFile
  title: string
}

/** What the first page knows of a scenario (the home page suggests one per module); the list page loads the rest. */
export interface ScenarioRef {
  id: string
  title: string
  /** The modules it practises. */
  modules: string[]
}

export interface ScenarioSummary extends ScenarioRef {
  summary: string
  role: string
  audience: string[]
}

/** Everything the home page needs; small, loaded with the first page. */
export interface CourseIndex {
  modules: ModuleSummary[]
  scenarios: ScenarioRef[]
  /** The certification exam's settings; null when content/exam.yaml is absent. */
  exam: ExamConfig | null
}

/** One module's full text, as the content pipeline compiles it. */
export interface ModuleContent {
  id: string
  description: string
  lessons: LessonContent[]
}

/**
 * What the module page needs of a module: its description, each lesson's one-line summary, and
 * a loader per lesson. Each lesson's text is its own chunk, so a deep link loads only its lesson.
 */
export interface ModuleOutline {
  id: string
  description: string
  summaries: Record<string, string>
}

/** Omit applied to each member of a union, so single/multiple/truefalse stay distinguishable. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

/** A question as the quiz pages receive it: citation resolved, lesson link split into its parts. */
export type QuestionContent = DistributiveOmit<Question, 'citation' | 'lesson'> & {
  module: string
  citation: CitationView
  lessonRef: { moduleId: string; lessonId: string; sectionId: string }
}

type ScenarioStepSource = Scenario['steps'][number]
type ChoiceStepSource = Extract<ScenarioStepSource, { kind: 'choice' }>
type FreeStepSource = Extract<ScenarioStepSource, { kind: 'free' }>

export type ScenarioReplyContent = Omit<ChoiceStepSource['replies'][number], 'citation'> & { citation: CitationView }
export type ChoiceStepContent = Omit<ChoiceStepSource, 'citations' | 'replies'> & {
  citations: CitationView[]
  replies: ScenarioReplyContent[]
}
export type FreeStepContent = Omit<FreeStepSource, 'citations'> & { citations: CitationView[] }
export type ScenarioStepContent = ChoiceStepContent | FreeStepContent

/** A role-play as the player receives it; each is its own chunk. */
export type ScenarioContent = Omit<Scenario, 'steps' | 'initialState' | 'phrases' | 'sequel'> & {
  /** The role-play that carries the story on, by its title. */
  sequel?: { id: string; title: string }
  initialState: Record<string, number>
  phrases: string[]
  steps: ScenarioStepContent[]
}
