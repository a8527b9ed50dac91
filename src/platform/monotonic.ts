/**
 * A clock that only goes forward: milliseconds since this page loaded
 * (`performance.now()`). Setting the device clock back or forward does not move
 * it, so a timed quiz measures its time with it as well as with `now()`.
 * Playwright's clock drives it in browser tests; `vi.mock` this module in component tests.
 */
export function monotonicNow(): number {
  return performance.now()
}
