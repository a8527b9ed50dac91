// @vitest-environment jsdom
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cmi5ConnectSrc, cmi5Files, cmi5IndexHtml, cmi5Xml } from '../../../../scripts/lms/cmi5Package'
import { isIri } from '../../../../src/domain/lms/cmi5Launch'
import { DEFAULT_LMS_SETTINGS, type LmsSettings } from '../../../../src/domain/lms/settings'

const settings: LmsSettings = {
  ...DEFAULT_LMS_SETTINGS,
  title: '客服培训 <基础> & "认证"',
  description: '入职培训',
  masteryScore: 0.75,
  moveOn: 'CompletedOrPassed',
}
const NS = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd'
const sourceHtml = readFileSync('index.html', 'utf8')

function parse(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml')
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
  return doc
}

function cspOf(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  return doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!
}

describe('cmi5Xml', () => {
  it('parses as one course with one AU, in the cmi5 namespace', () => {
    const doc = parse(cmi5Xml(settings))
    expect(doc.documentElement.localName).toBe('courseStructure')
    expect(doc.documentElement.namespaceURI).toBe(NS)
    expect(doc.getElementsByTagNameNS(NS, 'course')).toHaveLength(1)
    expect(doc.getElementsByTagNameNS(NS, 'au')).toHaveLength(1)
  })

  it('gives the course and the AU IRIs as ids, different from each other', () => {
    const doc = parse(cmi5Xml(settings))
    const ids = ['course', 'au'].map((name) => doc.getElementsByTagNameNS(NS, name)[0]!.getAttribute('id')!)
    for (const id of ids) expect(isIri(id)).toBe(true)
    expect(new Set(ids).size).toBe(2)
  })

  it('takes moveOn, masteryScore and the title from the settings, escaped', () => {
    const doc = parse(cmi5Xml(settings))
    const au = doc.getElementsByTagNameNS(NS, 'au')[0]!
    expect(au.getAttribute('moveOn')).toBe('CompletedOrPassed')
    expect(au.getAttribute('masteryScore')).toBe('0.75')
    expect(au.getElementsByTagNameNS(NS, 'url')[0]!.textContent).toBe('index.html')
    const title = au.getElementsByTagNameNS(NS, 'title')[0]!.getElementsByTagNameNS(NS, 'langstring')[0]!
    expect(title.textContent).toBe('客服培训 <基础> & "认证"')
    expect(title.getAttribute('lang')).toBe('zh-CN')
  })

  it('uses the title as the description when the settings have none (the structure requires one)', () => {
    const doc = parse(cmi5Xml({ ...settings, description: '' }))
    const descriptions = doc.getElementsByTagNameNS(NS, 'description')
    expect([...descriptions].map((item) => item.textContent)).toEqual([settings.title, settings.title])
  })
})

describe('cmi5ConnectSrc', () => {
  it.each([
    [[], "'self' https:"],
    [['https://lrs.example.com'], "'self' https://lrs.example.com"],
    [
      ['https://a.example.com', 'https://b.example.com:8443'],
      "'self' https://a.example.com https://b.example.com:8443",
    ],
  ])('%o → %s', (lrsOrigins, expected) => {
    expect(cmi5ConnectSrc({ ...settings, lrsOrigins })).toBe(expected)
  })
})

describe('cmi5IndexHtml', () => {
  it('widens only connect-src of the course page', () => {
    const before = cspOf(sourceHtml).split('; ')
    const after = cspOf(cmi5IndexHtml(sourceHtml, { ...settings, lrsOrigins: ['https://lrs.example.com'] })).split('; ')
    expect(after).toEqual(
      before.map((part) => (part.startsWith('connect-src') ? "connect-src 'self' https://lrs.example.com" : part)),
    )
    expect(after).toContain("script-src 'self'")
  })

  it('refuses a page without a CSP', () => {
    expect(() => cmi5IndexHtml('<html></html>', settings)).toThrow('没有 Content-Security-Policy')
  })
})

describe('cmi5Files', () => {
  it('returns cmi5.xml and the widened index.html of a built course', () => {
    const dist = mkdtempSync(join(tmpdir(), 'cmi5-dist-'))
    writeFileSync(join(dist, 'index.html'), sourceHtml)
    const files = cmi5Files(dist, settings)
    expect(files.map((file) => file.path)).toEqual(['cmi5.xml', 'index.html'])
    expect(cspOf(files[1]!.content)).toContain("connect-src 'self' https:")
  })
})
