/**
 * A role-play's title by its id. An assignment or a result code made for an older version of the
 * course may name a role-play it no longer has: its id is shown then, so the trainer can still tell which.
 *
 * @example scenarioTitle([{ id: 'bad-line', title: '线路不好的来电' }], 'bad-line') // '线路不好的来电'
 */
export function scenarioTitle(scenarios: readonly { id: string; title: string }[], id: string): string {
  return scenarios.find((scenario) => scenario.id === id)?.title ?? id
}

/** A module's title by its id, found the same way: an assignment from an older course may name one it no longer has. */
export const moduleTitle: (modules: readonly { id: string; title: string }[], id: string) => string = scenarioTitle
