/** The learner's first tap, click or key press on the page: the moment to fetch what their next step needs. */
const INTENT_EVENTS = ['pointerdown', 'keydown'] as const

/** Runs `callback` once, at the first tap, click or key press anywhere (before the page handles it). */
export function onFirstIntent(callback: () => void): void {
  const run = () => {
    for (const type of INTENT_EVENTS) removeEventListener(type, run, true)
    callback()
  }
  for (const type of INTENT_EVENTS) addEventListener(type, run, { capture: true, passive: true })
}
