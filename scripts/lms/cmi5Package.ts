/**
 * The cmi5 package's own files, beside the built course: its course structure (`cmi5.xml`, cmi5
 * spec §13–14) and the course's `index.html` with a Content-Security-Policy that lets it reach a
 * learning record store. scripts/packageLms.ts zips them with the rest of `dist/`.
 *
 * One AU for the whole course: the course is one single-page app, so one launch carries the
 * learner through lessons, quizzes, role-plays and the exam without going back to the LMS between
 * modules, and one `moveOn` (lessons learned and/or exam passed, from content/lms.yaml) decides
 * the course as the SCORM packages do. Per-module progress still reaches the LRS as statements.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LmsSettings } from '../../src/domain/lms/settings'

/** The course's and its AU's ids: URNs of fixed UUIDs, globally unique without owning a domain. */
export const CMI5_COURSE_ID = 'urn:uuid:2d3a44b5-644d-4f7f-9831-d718be7d7a9f'
export const CMI5_AU_ID = 'urn:uuid:56f02e2b-1d56-43fa-aa95-d85737dccd4d'

const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

const langstring = (text: string) => `<langstring lang="zh-CN">${xml(text)}</langstring>`

/**
 * The connect-src a cmi5 package needs. A static meta tag cannot name the LRS a launch will give,
 * so: the trainer's `lrsOrigins` when listed (the narrowest), else any https origin; always 'self'
 * (an LMS that serves the course and its LRS from one origin). Never plain http elsewhere.
 *
 * @example
 * cmi5ConnectSrc({ …settings, lrsOrigins: ['https://lrs.example.com'] }) // "'self' https://lrs.example.com"
 * cmi5ConnectSrc({ …settings, lrsOrigins: [] }) // "'self' https:"
 */
export function cmi5ConnectSrc(settings: LmsSettings): string {
  return settings.lrsOrigins.length > 0 ? `'self' ${settings.lrsOrigins.join(' ')}` : `'self' https:`
}

/** The course structure document: one course, one AU launched at `index.html`. */
export function cmi5Xml(settings: LmsSettings): string {
  const description = settings.description.trim() || settings.title
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${CMI5_COURSE_ID}">
    <title>${langstring(settings.title)}</title>
    <description>${langstring(description)}</description>
  </course>
  <au id="${CMI5_AU_ID}" moveOn="${settings.moveOn}" masteryScore="${settings.masteryScore}" launchMethod="AnyWindow">
    <title>${langstring(settings.title)}</title>
    <description>${langstring(description)}</description>
    <url>index.html</url>
  </au>
</courseStructure>
`
}

/** `index.html` with its CSP's connect-src widened for the LRS; throws when the page has no CSP to widen. */
export function cmi5IndexHtml(html: string, settings: LmsSettings): string {
  const match = CSP_META.exec(html)
  if (!match) throw new Error('index.html 里没有 Content-Security-Policy，无法为 cmi5 课程包设置可连接的地址')
  const directives = match[2]!.split(';').map((part) => part.trim())
  const connect = `connect-src ${cmi5ConnectSrc(settings)}`
  const index = directives.findIndex((part) => part.startsWith('connect-src'))
  if (index === -1) directives.push(connect)
  else directives[index] = connect
  return html.replace(CSP_META, `$1${directives.filter((part) => part !== '').join('; ')}$3`)
}

/**
 * The files the cmi5 package adds to or changes in the built course.
 *
 * @example
 * cmi5Files('dist', readLmsSettings(parseYaml(readFileSync('content/lms.yaml', 'utf8'))))
 * // [{ path: 'cmi5.xml', content: '<?xml …' }, { path: 'index.html', content: '<!doctype html>…' }]
 */
export function cmi5Files(distDir: string, settings: LmsSettings): { path: string; content: string }[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  return [
    { path: 'cmi5.xml', content: cmi5Xml(settings) },
    { path: 'index.html', content: cmi5IndexHtml(html, settings) },
  ]
}
