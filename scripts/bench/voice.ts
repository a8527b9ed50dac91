/**
 * 语音练习 in the benchmark: the time to analyse a 30-second recording in Chromium on a 4× slowed
 * CPU (the analysis runs on the main thread right after a take), and the voice lab's own chunk.
 * The analysis is bundled on its own with Vite (the same code the page runs), loaded into a blank
 * page and fed a speech-like synthetic signal at the 16 kHz the page decodes recordings to.
 */
import { build, type Rollup } from 'vite'
import type { Browser } from '@playwright/test'
import { throttleCpu } from './browser.ts'
import { fileSize, round1, type FileSize } from './util.ts'
import type { BuiltApp } from './build.ts'

/** What a cheap phone is against this machine, as the other interaction figures use. */
export const VOICE_CPU_SLOWDOWN = 4
const SECONDS = 30
const RUNS = 5

export interface VoiceBench {
  /** The first analysis in a fresh page (code not yet optimised), ms. */
  firstMs: number
  /** Median of the next RUNS analyses, ms. */
  medianMs: number
}

async function analysisBundle(root: string): Promise<string> {
  const built = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: `${root}/src/domain/voice/analysis.ts`, name: 'voiceBench', formats: ['iife'], fileName: 'voice' },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[]
  const output = Array.isArray(built) ? built[0]! : built
  return output.output[0].code
}

/** Times `analyseVoice` on 30 s of syllable-like bursts (pitch glides, gaps, a pause every 3 s) over a faint noise floor. */
export async function voiceAnalysisTiming(browser: Browser, root: string): Promise<VoiceBench> {
  const code = await analysisBundle(root)
  const page = await browser.newPage()
  try {
    await page.addScriptTag({ content: code })
    await throttleCpu(page, VOICE_CPU_SLOWDOWN)
    // A string, not a function: tsx would wrap the function's inner names in a helper the page lacks.
    const { firstMs, medianMs } = (await page.evaluate(`(() => {
      const rate = 16000
      const samples = new Float32Array(${SECONDS} * rate)
      let seed = 7
      const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32) * 2 - 1
      let phase = 0
      for (let i = 0; i < samples.length; i++) {
        const t = i / rate
        const inCycle = (t % 0.26) / 0.2
        const voiced = inCycle < 1 && t % 3 < 2.6
        const hz = 180 + 60 * Math.sin(t * 2.1) + 20 * inCycle
        phase += (2 * Math.PI * hz) / rate
        samples[i] = 0.001 * random() + (voiced ? 0.2 * (0.6 * Math.sin(phase) + 0.3 * Math.sin(2 * phase)) : 0)
      }
      const time = () => {
        const start = performance.now()
        window.voiceBench.analyseVoice({ samples, sampleRate: rate, characters: 120 })
        return performance.now() - start
      }
      const firstMs = time()
      const times = Array.from({ length: ${RUNS} }, time).sort((a, b) => a - b)
      return { firstMs, medianMs: times[Math.floor(${RUNS} / 2)] }
    })()`)) as { firstMs: number; medianMs: number }
    return { firstMs: round1(firstMs), medianMs: round1(medianMs) }
  } finally {
    await page.close()
  }
}

/** The voice lab page's own chunk (its view, components, analysis and pitchy), in the built app. */
export function voiceChunk(app: BuiltApp): ({ file: string } & FileSize) | null {
  const file = app.assets.find((asset) => /(^|\/)VoiceLabView-[^/]*\.js$/.test(asset))
  return file ? { file, ...fileSize(`${app.dir}/${file}`) } : null
}
