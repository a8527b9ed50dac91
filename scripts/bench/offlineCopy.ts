/**
 * How long a first visit on a slow link takes to leave the whole course on the device: from the
 * page's start until the service worker controls it, which it does once every file is precached
 * (src/platform/offlineCopy.ts tells the learner the same thing on 我的). Until then, a page not yet
 * opened fails offline. Every answer of the server waits `latencyMs`, a slow mobile link's round
 * trip; on such a link the number of round trips, not the bytes, sets the time.
 */
import type { Browser } from '@playwright/test'
import { serveFolder } from './serve.ts'
import { PHONE } from './browser.ts'

export interface OfflineCopyTiming {
  latencyMs: number
  /** Page start to the whole course saved, in seconds. */
  seconds: number
}

/** A first visit can take minutes on a slow link; longer than this, something is broken. */
const GIVE_UP_MS = 10 * 60_000

export async function offlineCopyTiming(
  browser: Browser,
  dir: string,
  port: number,
  latencyMs: number,
): Promise<OfflineCopyTiming> {
  const site = await serveFolder(dir, port, undefined, latencyMs)
  // Service workers allowed here, unlike the other measurements; a context of its own starts with none installed.
  const context = await browser.newContext({ ...PHONE, locale: 'zh-CN' })
  try {
    const page = await context.newPage()
    page.setDefaultTimeout(GIVE_UP_MS)
    await page.goto(`${site.origin}/`)
    const savedAt = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const workers = navigator.serviceWorker
          if (workers.controller) resolve(performance.now())
          else workers.addEventListener('controllerchange', () => resolve(performance.now()), { once: true })
        }),
    )
    return { latencyMs, seconds: Math.round(savedAt / 100) / 10 }
  } finally {
    await context.close()
    await site.close()
  }
}
