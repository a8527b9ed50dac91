/**
 * Builds the course as `npx vite build` does and describes its output: which file holds which
 * course content (from the build manifest), every JS and CSS file, and the service worker's precache.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileSize, sumSizes, type FileSize } from './util.ts'

export interface BuiltApp {
  /** The build folder (dist/). */
  dir: string
  /** Every JS and CSS file, relative to `dir` ('assets/index-abc.js'). */
  assets: string[]
  /**
   * What course content a file is: the virtual module it was built from ('virtual:course-module/qualities',
   * 'virtual:course-questions/overview', 'virtual:course-scenario/beijing-map'), a source document, or null for code.
   */
  contentOf(file: string): string | null
}

interface ManifestChunk {
  file: string
  src?: string
  css?: string[]
}

/** Course data compiled by the content plugin (text, indexes), and the source documents served as text. */
const CONTENT_SOURCE = /^(virtual:course-|content\/sources\/)/

/**
 * Runs the project's own build (with its vite.config.ts) into dist/. `--manifest` adds the map from
 * each chunk to the module it was built from, read here to tell course content from code, then removed.
 */
export function buildApp(root: string): BuiltApp {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--manifest'], { cwd: root, stdio: 'inherit' })
  const dir = join(root, 'dist')
  const manifestPath = join(dir, '.vite', 'manifest.json')
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>
  rmSync(join(dir, '.vite'), { recursive: true, force: true })
  const content = new Map<string, string>()
  for (const [key, chunk] of Object.entries(manifest)) {
    const source = chunk.src ?? key
    if (CONTENT_SOURCE.test(source)) content.set(chunk.file, source)
  }
  const assets = readdirSync(join(dir, 'assets'))
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => `assets/${name}`)
  return { dir, assets, contentOf: (file) => content.get(file) ?? null }
}

export interface Precache {
  files: number
  raw: number
  gzip: number
}

/** The files the service worker precaches (the list written into sw.js), added up as stored on disk. */
export function precacheSize(dir: string): Precache | null {
  const worker = join(dir, 'sw.js')
  if (!existsSync(worker)) return null
  // Each file once: the worker's list names a few twice.
  const urls = [...new Set([...readFileSync(worker, 'utf8').matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]!))]
  const sizes: FileSize[] = urls.filter((url) => existsSync(join(dir, url))).map((url) => fileSize(join(dir, url)))
  const total = sumSizes(sizes)
  return { files: urls.length, raw: total.raw, gzip: total.gzip }
}
