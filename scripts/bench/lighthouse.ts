/**
 * Lighthouse (mobile, default simulated throttling) in Debian's Chromium: each page run three times,
 * the floor and the course's pages taking turns, so a slow spell on the machine touches both alike.
 * Pages that need a learner's history get it seeded into the same Chrome profile first and run with
 * `disableStorageReset`; every other run starts from a device that never ran the course.
 */
import { chromium } from '@playwright/test'
import * as chromeLauncher from 'chrome-launcher'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts'
import { resetOrigin } from './learner.ts'
import type { ServedSite } from './serve.ts'
import { median, problemOf } from './util.ts'

export const ROUNDS = 3
/** Chrome's DevTools port for Lighthouse (within the benchmark's 4400–4420). */
const DEBUG_PORT = 4410

export interface LighthousePage {
  name: string
  site: ServedSite
  /** Path and hash after the origin ('/#/progress'). */
  path: string
  /** A published learner's data to seed first, or null for a first visit. */
  learnerPath: string | null
}

export interface LighthouseRun {
  performance: number
  accessibility: number
  fcp: number
  lcp: number
  tbt: number
  cls: number
  /** Accessibility audits that failed, by id. */
  failing: string[]
}

export interface LighthouseResult {
  name: string
  learner: 'first visit' | 'heavy learner'
  runs: LighthouseRun[]
  performance: number | null
  accessibility: number | null
  fcp: number | null
  lcp: number | null
  tbt: number | null
  cls: number | null
  failing: string[]
  errors: string[]
}

/** Closes what earlier runs left open, then leaves the origin as `learnerPath` says, with an empty HTTP cache. */
async function prepare(page: LighthousePage): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${DEBUG_PORT}`)
  try {
    const context = browser.contexts()[0]!
    for (const open of context.pages()) if (open.url().startsWith('http')) await open.close()
    const tab = await context.newPage()
    await resetOrigin(tab, page.site, page.learnerPath)
    // Lighthouse keeps the cache too when told to keep storage: a warm cache would flatter the seeded pages.
    await (await context.newCDPSession(tab)).send('Network.clearBrowserCache')
    await tab.close()
  } finally {
    // Disconnects; the browser launched for Lighthouse stays up.
    await browser.close()
  }
}

async function runOnce(page: LighthousePage): Promise<LighthouseRun> {
  const { default: lighthouse } = await import('lighthouse')
  await prepare(page)
  const result = await lighthouse(`${page.site.origin}${page.path}`, {
    port: DEBUG_PORT,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    disableStorageReset: page.learnerPath !== null,
  })
  if (!result) throw new Error('Lighthouse returned nothing')
  const { lhr } = result
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
  const accessibility = lhr.categories.accessibility
  const failing = (accessibility?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .filter((ref) => {
      const score = lhr.audits[ref.id]?.score
      return typeof score === 'number' && score < 1
    })
    .map((ref) => ref.id)
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((accessibility?.score ?? 0) * 100),
    fcp: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? NaN),
    lcp: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
    tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
    // Layout shift scores are small fractions: kept to three places.
    cls: Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
    failing,
  }
}

/** Runs every page `ROUNDS` times in turn and keeps each figure's median. */
export async function lighthousePages(pages: readonly LighthousePage[]): Promise<LighthouseResult[]> {
  const runs = new Map<string, LighthouseRun[]>(pages.map((page) => [page.name, []]))
  const errors = new Map<string, string[]>(pages.map((page) => [page.name, []]))
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    port: DEBUG_PORT,
    // The pages served over HTTPS use a certificate made for the run (bench/serve.ts), which no one signed.
    chromeFlags: ['--headless=new', '--ignore-certificate-errors', ...CHROMIUM_ARGS],
  })
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const page of pages) {
        try {
          runs.get(page.name)!.push(await runOnce(page))
        } catch (error) {
          errors.get(page.name)!.push(problemOf(error))
        }
      }
    }
  } finally {
    chrome.kill()
  }
  return pages.map((page) => {
    const list = runs.get(page.name)!
    const of = (pick: (run: LighthouseRun) => number) =>
      median(list.map(pick).filter((figure) => !Number.isNaN(figure)))
    return {
      name: page.name,
      learner: page.learnerPath ? 'heavy learner' : 'first visit',
      runs: list,
      performance: of((run) => run.performance),
      accessibility: of((run) => run.accessibility),
      fcp: of((run) => run.fcp),
      lcp: of((run) => run.lcp),
      tbt: of((run) => run.tbt),
      cls: of((run) => run.cls),
      failing: [...new Set(list.flatMap((run) => run.failing))],
      errors: errors.get(page.name)!,
    }
  })
}
