/**
 * The device clock, in one place, so tests can set the time the app sees
 * (`vi.mock` this module in component tests; Playwright's clock in browser tests).
 */
export function now(): Date {
  return new Date()
}
