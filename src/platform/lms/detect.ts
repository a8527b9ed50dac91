/**
 * Did an LMS launch the course? Part of the first page, so it is small and synchronous and,
 * outside an LMS, costs one look at the URL and a few property reads up the frame chain.
 *
 * - cmi5: the launch URL's query carries `endpoint`, `fetch`, `actor`, `registration` and `activityId`.
 * - SCORM: the LMS puts `API_1484_11` (2004) or `API` (1.2) on a window above the course: walk the
 *   parents (at most `MAX_DEPTH`, as the ADL's discovery algorithm does), then the opener and its
 *   parents. A parent from another origin throws on access; that branch is given up quietly.
 */

export type DetectedLms =
  | { kind: 'cmi5'; launchUrl: URL }
  | { kind: 'scorm2004'; api: object }
  | { kind: 'scorm12'; api: object }
  | { kind: 'scormMissing' }

/** ADL's reference discovery gives up after 500 parents; a real LMS nests a few. */
const MAX_DEPTH = 20
const CMI5_PARAMETERS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const
/** What the SCORM packages' manifests add to their launch URL's query (scripts/lms/scormManifests.ts). */
export const SCORM_LAUNCH = ['lms', 'scorm'] as const

type Found = { kind: 'scorm2004' | 'scorm12'; api: object } | null

function apiOn(win: Window, name: 'API_1484_11' | 'API'): object | null {
  try {
    const api = (win as unknown as Record<string, unknown>)[name]
    return api !== null && typeof api === 'object' ? api : null
  } catch {
    // Another origin's window: not ours to read.
    return null
  }
}

function parentOf(win: Window): Window | null {
  try {
    return win.parent && win.parent !== win ? win.parent : null
  } catch {
    return null
  }
}

/** The nearest API on `start` or above it: 2004's first at each level, as an LMS offering both expects. */
function walkUp(start: Window | null): Found {
  let win = start
  for (let depth = 0; win && depth <= MAX_DEPTH; depth += 1) {
    const api2004 = apiOn(win, 'API_1484_11')
    if (api2004) return { kind: 'scorm2004', api: api2004 }
    const api12 = apiOn(win, 'API')
    if (api12) return { kind: 'scorm12', api: api12 }
    win = parentOf(win)
  }
  return null
}

/**
 * The LMS that launched this page, or null when none did.
 *
 * @example
 * detectLms(window) // { kind: 'scorm12', api } inside Moodle's SCORM player; null on its own
 */
export function detectLms(win: Window = window): DetectedLms | null {
  let url: URL | null = null
  try {
    url = new URL(win.location.href)
  } catch {
    url = null
  }
  if (url && CMI5_PARAMETERS.every((name) => url.searchParams.has(name))) return { kind: 'cmi5', launchUrl: url }
  // This window and its parents, then the window that opened this one and its parents.
  return (
    walkUp(win) ??
    walkUp(safeOpener(win)) ??
    (url?.searchParams.get(SCORM_LAUNCH[0]) === SCORM_LAUNCH[1] ? { kind: 'scormMissing' } : null)
  )
}

function safeOpener(win: Window): Window | null {
  try {
    return (win.opener as Window | null) ?? null
  } catch {
    return null
  }
}
