/**
 * npm run package:lms
 * Builds the course once (relative base, so it runs from the package's folder) and writes the three
 * LMS packages: lms/kefu-course-scorm12.zip, lms/kefu-course-scorm2004.zip and lms/kefu-course-cmi5.zip.
 * The settings come from content/lms.yaml (checked first: a problem stops the run, naming the field).
 * The standalone build (dist/) is not touched.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { zipSync, type Zippable } from 'fflate'
import { spawnSync } from 'node:child_process'
import { parse as parseYaml } from 'yaml'
import { readLmsSettings, type LmsSettings } from '../src/domain/lms/settings.ts'
import { scorm12Manifest, scorm2004Manifest } from './lms/scormManifests.ts'
import { cmi5Files } from './lms/cmi5Package.ts'

const root = fileURLToPath(new URL('..', import.meta.url))

export const PACKAGES = {
  scorm12: 'kefu-course-scorm12.zip',
  scorm2004: 'kefu-course-scorm2004.zip',
  cmi5: 'kefu-course-cmi5.zip',
} as const

/** Every file under `dir`, as package paths with forward slashes. */
export function filesUnder(dir: string, base = dir): string[] {
  const found: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, base))
    else found.push(relative(base, path).split(sep).join('/'))
  }
  return found.sort()
}

function zipOf(distDir: string, files: readonly string[], extra: { path: string; content: string }[]): Uint8Array {
  const entries: Zippable = {}
  // A fixed time keeps the zips the same from one run to the next when the course is the same.
  const mtime = new Date(Date.UTC(2026, 0, 1))
  for (const path of files) entries[path] = [readFileSync(join(distDir, path)), { mtime }]
  for (const { path, content } of extra) entries[path] = [new TextEncoder().encode(content), { mtime }]
  return zipSync(entries, { level: 9 })
}

/** Writes the three packages from a built course in `distDir`; returns their paths. */
export function writePackages(distDir: string, settings: LmsSettings, outDir: string): string[] {
  mkdirSync(outDir, { recursive: true })
  const files = filesUnder(distDir)
  const cmi5 = cmi5Files(distDir, settings)
  const cmi5Paths = new Set(cmi5.map((file) => file.path))
  const written: [string, Uint8Array][] = [
    [PACKAGES.scorm12, zipOf(distDir, files, [{ path: 'imsmanifest.xml', content: scorm12Manifest(settings, files) }])],
    [
      PACKAGES.scorm2004,
      zipOf(distDir, files, [{ path: 'imsmanifest.xml', content: scorm2004Manifest(settings, files) }]),
    ],
    [
      PACKAGES.cmi5,
      zipOf(
        distDir,
        files.filter((path) => !cmi5Paths.has(path)),
        cmi5,
      ),
    ],
  ]
  return written.map(([name, bytes]) => {
    const path = join(outDir, name)
    writeFileSync(path, bytes)
    return path
  })
}

function main(): void {
  const settings = readLmsSettings(parseYaml(readFileSync(join(root, 'content/lms.yaml'), 'utf8')))
  const distDir = mkdtempSync(join(tmpdir(), 'kefu-lms-'))
  try {
    // The same `vite build` as the standalone course, into a folder of its own.
    const built = spawnSync('npx', ['vite', 'build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    })
    if (built.status !== 0) throw new Error(`课程构建失败，没有写出课程包：\n${built.stderr}`)
    for (const path of writePackages(distDir, settings, join(root, 'lms'))) {
      console.log(`已写出 ${relative(root, path)}（${Math.round(statSync(path).size / 1024)} KB）`)
    }
  } finally {
    rmSync(distDir, { recursive: true, force: true })
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main()
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error)
    process.exitCode = 1
  }
}
