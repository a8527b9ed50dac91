/**
 * 找茬 as the browser receives it: the list, every rule (the play page offers some as
 * distractors) and one loader per transcript. Imported only by the 找茬 pages, so none of it
 * reaches the first page.
 */
export { spottingList, spottingRules, spottingLoaders } from 'virtual:course-spotting'
