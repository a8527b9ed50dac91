/**
 * A built course on a server of the test's own, so a test can deploy a new build under an open tab:
 * builds into temporary folders, a small static server from Node, and the swap of the served files.
 */
import { execFileSync } from 'node:child_process'
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, resolve, sep } from 'node:path'

/** The build the other browser tests serve (playwright.config.ts reads the same variable). */
export const builtCourse = resolve(process.env.E2E_OUT_DIR ?? 'dist')

/** A fresh temporary folder. */
export function tempFolder(name: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `${name}-`))
}

/**
 * Builds the course into `outDir`. `extraArgs` make the build differ from the usual one
 * (`--minify false` renames every chunk), as a new version of the course would.
 */
export function buildCourse(outDir: string, extraArgs: string[] = []): void {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error', ...extraArgs], {
    stdio: 'pipe',
  })
}

/** The entry script a build's index.html loads, e.g. `./assets/index-xiHcwjSI.js`: which build a page runs. */
export async function entryScriptOf(folder: string): Promise<string> {
  const html = await readFile(join(folder, 'index.html'), 'utf8')
  const found = html.match(/<script type="module"[^>]*src="([^"]+)"/)
  if (!found) throw new Error(`no entry script in ${folder}/index.html`)
  return found[1]!
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
}

export interface StaticSite {
  /** The course's address, ending in `basePath`. */
  url: string
  /** The folder served (a copy): a test may delete a file from it. */
  folder: string
  /** Paths the service worker downloaded (its own fetches, not the page's scripts), in order, repeats kept. */
  workerDownloads: string[]
  /** The most of those that were open at one time. */
  mostWorkerDownloadsAtOnce(): number
  /** Deploys another build: the served folder's contents are replaced by `folder`'s. */
  deploy(folder: string): Promise<void>
  close(): Promise<void>
}

/**
 * Serves a copy of `folder` under `basePath` on a free port of 127.0.0.1, as a plain static host
 * would: files read on every request (never cached by the server), 404 for anything missing.
 * `latencyMs` holds every answer that long, as a slow link's round trip does.
 */
export async function serveCourse(folder: string, basePath: string, latencyMs = 0): Promise<StaticSite> {
  const root = await tempFolder('served-course')
  await cp(folder, root, { recursive: true })
  const workerDownloads: string[] = []
  let workerDownloadsOpen = 0
  let mostWorkerDownloadsAtOnce = 0
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    // A worker's fetch() is sent as `empty`; the page's own modules and styles as `script` and `style`.
    const fromWorker = request.headers['sec-fetch-dest'] === 'empty'
    if (fromWorker) {
      workerDownloads.push(path)
      mostWorkerDownloadsAtOnce = Math.max(mostWorkerDownloadsAtOnce, ++workerDownloadsOpen)
      response.once('close', () => workerDownloadsOpen--)
    }
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs))
    const inside = path.startsWith(basePath) ? path.slice(basePath.length) : null
    const file =
      inside === null ? null : resolve(root, inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside)
    if (!file || !file.startsWith(root + sep)) {
      response.writeHead(404).end()
      return
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
        })
        response.end(body)
      },
      () => response.writeHead(404).end(),
    )
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    folder: root,
    workerDownloads,
    mostWorkerDownloadsAtOnce: () => mostWorkerDownloadsAtOnce,
    async deploy(next) {
      for (const name of await readdir(root)) await rm(join(root, name), { recursive: true, force: true })
      await cp(next, root, { recursive: true })
    },
    async close() {
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
      await rm(root, { recursive: true, force: true })
    },
  }
}
