import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { unzipSync } from 'fflate'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { filesUnder, PACKAGES, writePackages } from '../../../scripts/packageLms'
import { DEFAULT_LMS_SETTINGS } from '../../../src/domain/lms/settings'
import { detectLms } from '../../../src/platform/lms/detect'

const settings = { ...DEFAULT_LMS_SETTINGS, title: '客服 & 呼叫中心 <课程>', masteryScore: 0.75 }
let dist = ''
let out = ''

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'lms-dist-'))
  out = mkdtempSync(join(tmpdir(), 'lms-out-'))
  mkdirSync(join(dist, 'assets'))
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src \'self\'; connect-src \'self\'"><div id="app"></div>',
  )
  writeFileSync(join(dist, 'assets', 'app-1.js'), 'console.log(1)')
  writeFileSync(join(dist, 'assets', 'a b&c.css'), 'body{}')
  writeFileSync(join(dist, 'sw.js'), '')
  writePackages(dist, settings, out)
})
afterAll(() => {
  rmSync(dist, { recursive: true, force: true })
  rmSync(out, { recursive: true, force: true })
})

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' })
const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

function unzip(name: string): Record<string, Uint8Array> {
  return unzipSync(readFileSync(join(out, name)))
}

/** The hrefs a SCORM manifest's resources name, decoded. */
function manifestFiles(xml: string): string[] {
  expect(XMLValidator.validate(xml)).toBe(true)
  const manifest = parser.parse(xml).manifest
  return asList(manifest.resources.resource).flatMap((resource: { file: { href: string } | { href: string }[] }) =>
    asList(resource.file).map((file) => decodeURIComponent(file.href)),
  )
}

describe('writePackages', () => {
  it('lists every file under the built course, with its folder', () => {
    expect(filesUnder(dist)).toEqual(['assets/a b&c.css', 'assets/app-1.js', 'index.html', 'sw.js'])
  })

  it.each([
    [PACKAGES.scorm12, '1.2', 'http://www.imsproject.org/xsd/imscp_rootv1p1p2'],
    [PACKAGES.scorm2004, '2004 4th Edition', 'http://www.imsglobal.org/xsd/imscp_v1p1'],
  ])('%s: the manifest parses, names every file in the zip and nothing else', (name, version, namespace) => {
    const zip = unzip(name)
    const xml = new TextDecoder().decode(zip['imsmanifest.xml'])
    const named = manifestFiles(xml)
    const zipped = Object.keys(zip).filter((path) => path !== 'imsmanifest.xml')
    expect([...named].sort()).toEqual([...zipped].sort())
    const manifest = parser.parse(xml).manifest
    expect(manifest.xmlns).toBe(namespace)
    expect(String(manifest.metadata.schemaversion)).toBe(version)
    const organization = manifest.organizations.organization
    expect(organization.title).toBe(settings.title)
    expect(organization.item.identifierref).toBe(manifest.resources.resource.identifier)
    const resource = manifest.resources.resource
    expect(resource.href).toBe('index.html')
    expect(resource['adlcp:scormtype'] ?? resource['adlcp:scormType']).toBe('sco')
    // The address the LMS launches (the resource's href and the item's parameters), opened without an
    // API, is taken for a SCORM launch whose LMS is missing: the learner is told nothing is recorded.
    const launched = new URL(`${resource.href}${organization.item.parameters}`, 'https://lms.example.com/mod/scorm/')
    const alone = { location: { href: launched.href }, opener: null } as unknown as Window
    Object.assign(alone, { parent: alone })
    expect(detectLms(alone)).toEqual({ kind: 'scormMissing' })
  })

  it('puts the mastery score in the 2004 manifest, and none in the 1.2 one, whose LMS would let it overwrite the status', () => {
    const scorm12 = parser.parse(new TextDecoder().decode(unzip(PACKAGES.scorm12)['imsmanifest.xml']))
    expect(scorm12.manifest.organizations.organization.item).not.toHaveProperty('adlcp:masteryscore')
    const scorm2004 = parser.parse(new TextDecoder().decode(unzip(PACKAGES.scorm2004)['imsmanifest.xml']))
    const objective = scorm2004.manifest.organizations.organization.item['imsss:sequencing']['imsss:objectives']
    expect(objective['imsss:primaryObjective']['imsss:minNormalizedMeasure']).toBe(0.75)
  })

  it('cmi5: the course structure parses and launches a file in the zip; index.html carries the cmi5 CSP', () => {
    const zip = unzip(PACKAGES.cmi5)
    const xml = new TextDecoder().decode(zip['cmi5.xml'])
    expect(XMLValidator.validate(xml)).toBe(true)
    const structure = parser.parse(xml).courseStructure
    expect(zip[structure.au.url]).toBeDefined()
    expect(Object.keys(zip).sort()).toEqual([...filesUnder(dist), 'cmi5.xml'].sort())
    expect(new TextDecoder().decode(zip['index.html'])).toContain("connect-src 'self' https:")
  })
})
