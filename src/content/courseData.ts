import {
  courseIndex as generatedIndex,
  moduleLoaders as generatedLoaders,
  questionLoaders as generatedQuestionLoaders,
  scenarioLoaders as generatedScenarioLoaders,
} from 'virtual:course-index'
import type { CourseIndex, ModuleContent, QuestionContent, ScenarioContent } from './types'

// The plugin produced these from content/ after validating it against the schemas, so the shapes hold.
/** Module and lesson titles for the whole course; part of the first page. */
export const courseIndex = generatedIndex as CourseIndex
/** One loader per module id; each resolves to that module's own chunk. */
export const moduleLoaders = generatedLoaders as Record<string, () => Promise<{ default: ModuleContent }>>
/** One loader per module id for that module's question bank, its own chunk too. */
export const questionLoaders = generatedQuestionLoaders as Record<string, () => Promise<{ default: QuestionContent[] }>>
/** One loader per scenario id; each role-play is its own chunk. */
export const scenarioLoaders = generatedScenarioLoaders as Record<string, () => Promise<{ default: ScenarioContent }>>
