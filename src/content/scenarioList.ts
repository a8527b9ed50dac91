/** Every scenario's title, summary and role; imported only by the list page, so it stays off the first page. */
export { scenarioList } from 'virtual:course-scenario-list'
