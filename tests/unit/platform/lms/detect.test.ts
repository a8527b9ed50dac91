import { describe, expect, it } from 'vitest'
import { detectLms } from '../../../../src/platform/lms/detect'

type FakeWindow = Record<string, unknown> & {
  parent?: FakeWindow
  opener?: FakeWindow | null
  location: { href: string }
}

function win(props: Record<string, unknown> = {}, href = 'https://lms.example.com/course/index.html'): FakeWindow {
  const self: FakeWindow = { location: { href }, opener: null, ...props }
  self.parent ??= self
  return self
}
const detect = (w: FakeWindow) => detectLms(w as unknown as Window)

describe('detectLms', () => {
  it('finds nothing on a page on its own', () => {
    expect(detect(win())).toBeNull()
  })

  it('finds a cmi5 launch from its five parameters', () => {
    const href =
      'https://x.example.com/index.html?endpoint=https%3A%2F%2Flrs.example.com%2F&fetch=https%3A%2F%2Flms.example.com%2Ft&actor=%7B%7D&registration=r&activityId=a'
    expect(detect(win({}, href))).toEqual({ kind: 'cmi5', launchUrl: new URL(href) })
    expect(detect(win({}, href.replace('&activityId=a', '')))).toBeNull()
  })

  it('finds SCORM 1.2 and 2004 APIs on a parent, 2004 first at the same level', () => {
    const api12 = { LMSInitialize: () => 'true' }
    const api2004 = { Initialize: () => 'true' }
    const top = win({ API: api12 })
    const frame = win({ parent: win({ parent: top }) })
    expect(detect(frame)).toEqual({ kind: 'scorm12', api: api12 })
    expect(detect(win({ parent: win({ API: api12, API_1484_11: api2004 }) }))).toEqual({
      kind: 'scorm2004',
      api: api2004,
    })
  })

  it('gives up a parent from another origin, and looks at the opener', () => {
    const api = { LMSInitialize: () => 'true' }
    const foreign = { location: { href: '' } } as FakeWindow
    Object.defineProperty(foreign, 'API', {
      get: () => {
        throw new DOMException('cross-origin', 'SecurityError')
      },
    })
    Object.defineProperty(foreign, 'API_1484_11', {
      get: () => {
        throw new DOMException('cross-origin', 'SecurityError')
      },
    })
    Object.defineProperty(foreign, 'parent', {
      get: () => {
        throw new DOMException('cross-origin', 'SecurityError')
      },
    })
    expect(detect(win({ parent: foreign }))).toBeNull()
    expect(detect(win({ parent: foreign, opener: win({ API: api }) }))).toEqual({ kind: 'scorm12', api })
  })

  it('stops after a bounded number of parents', () => {
    let w = win({ API: { LMSInitialize: () => 'true' } })
    for (let depth = 0; depth < 30; depth++) w = win({ parent: w })
    expect(detect(w)).toBeNull()
  })

  it('ignores an API that is not an object', () => {
    expect(detect(win({ parent: win({ API: 'yes', API_1484_11: 42 }) }))).toBeNull()
  })

  it('says a SCORM package launched without its LMS, and only for a SCORM launch address', () => {
    const launched = 'https://lms.example.com/pluginfile/course/index.html?lms=scorm'
    expect(detect(win({}, launched))).toEqual({ kind: 'scormMissing' })
    // The API found wins over the address.
    const api = { LMSInitialize: () => 'true' }
    expect(detect(win({ parent: win({ API: api }) }, launched))).toEqual({ kind: 'scorm12', api })
    expect(detect(win({}, 'https://lms.example.com/course/index.html?lms=other'))).toBeNull()
    expect(detect(win({}, 'https://lms.example.com/course/index.html?lms=scorm2004'))).toBeNull()
    expect(detect(win({}, 'https://lms.example.com/course/index.html?xlms=scorm'))).toBeNull()
  })
})
