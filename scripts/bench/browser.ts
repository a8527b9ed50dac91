/**
 * Debian's Chromium under Playwright, as the benchmark drives it: a phone-sized page, service
 * workers blocked (every sample loads the same way, not partly through a worker installing in the
 * background; the precache is measured from sw.js instead), the network watched for idle.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts'

/** A mid-range phone's screen, as Lighthouse's mobile run emulates it. */
export const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
} as const

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
}

export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ ...PHONE, locale: 'zh-CN', serviceWorkers: 'block' })
}

/** Slows the page's CPU through the DevTools protocol (4 = a cheap phone against this machine). */
export async function throttleCpu(page: Page, rate: number): Promise<void> {
  const session = await page.context().newCDPSession(page)
  await session.send('Emulation.setCPUThrottlingRate', { rate })
}

/** The JS and CSS a page requested, and a wait for its network to fall quiet. */
export interface NetworkLog {
  /** Paths ('/assets/x.js') of JS and CSS answered so far, in order. */
  scripts(): string[]
  /** Resolves once no request has been open for `quietMs` (Playwright's 'networkidle' rule, usable after in-app moves). */
  idle(quietMs?: number): Promise<void>
}

export function watchNetwork(page: Page, origin: string): NetworkLog {
  const answered: string[] = []
  let open = 0
  let lastChange = Date.now()
  const change = (delta: number) => {
    open += delta
    lastChange = Date.now()
  }
  page.on('request', () => change(1))
  page.on('requestfinished', () => change(-1))
  page.on('requestfailed', () => change(-1))
  page.on('response', (response) => {
    const url = new URL(response.url())
    if (url.origin === origin && /\.(js|css)$/.test(url.pathname) && !answered.includes(url.pathname))
      answered.push(url.pathname)
  })
  return {
    scripts: () => [...answered],
    async idle(quietMs = 500) {
      // Polls the request count: the quiet period itself is the definition of idle, not a guess at a duration.
      while (open > 0 || Date.now() - lastChange < quietMs) {
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
  }
}
