import { scenarioList as generated } from 'virtual:course-scenario-list'
import type { ScenarioSummary } from './types'

/** Every scenario's title, summary and role; imported only by the list page, so it stays off the first page. */
export const scenarioList = generated as ScenarioSummary[]
