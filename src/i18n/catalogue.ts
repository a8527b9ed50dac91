/**
 * The interface strings loaded so far. Each area's file (src/i18n/zh-CN/*.ts)
 * adds its strings when it is imported, and every component imports the areas
 * it uses, so a page's strings arrive with its code and the first page carries
 * only its own.
 */
const catalogue: Record<string, unknown> = {}

/** Adds an area's strings; imported areas are never removed. */
export function addMessages(messages: object): void {
  Object.assign(catalogue, messages)
}

/** Every string loaded so far, by area key. */
export function loadedMessages(): Readonly<Record<string, unknown>> {
  return catalogue
}
