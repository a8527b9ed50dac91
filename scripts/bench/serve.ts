/**
 * A static server for a built app, as a plain host serves it: gzip when the browser asks (as every
 * real host does, so Lighthouse sees realistic transfer sizes), and a few extra in-memory files
 * under /__bench__/ (a blank page to seed storage from, the learners' data).
 */
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.webmanifest', '.json', '.txt'])

/** The prefix of the server's own files, outside any built app's paths. */
export const BENCH_PATH = '/__bench__/'

export interface ServedSite {
  /** e.g. http://127.0.0.1:4401 (no trailing slash). */
  origin: string
  /** Adds or replaces an in-memory file under /__bench__/. */
  put(name: string, body: string, type?: string): void
  close(): Promise<void>
}

/** Serves `folder` at the root of 127.0.0.1:`port`. */
export async function serveFolder(folder: string, port: number): Promise<ServedSite> {
  const root = resolve(folder)
  const extra = new Map<string, { body: Buffer; type: string }>([
    ['blank.html', { body: Buffer.from('<!doctype html><title>bench</title>'), type: TYPES['.html']! }],
  ])
  const gzipped = new Map<string, Buffer>()
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
      let body: Buffer
      let type: string
      let key: string
      if (path.startsWith(BENCH_PATH)) {
        const file = extra.get(path.slice(BENCH_PATH.length))
        if (!file) return response.writeHead(404).end()
        ;({ body, type } = file)
        key = path
      } else {
        const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`)
        if (!file.startsWith(root + sep)) return response.writeHead(404).end()
        try {
          body = await readFile(file)
        } catch {
          return response.writeHead(404).end()
        }
        type = TYPES[extname(file)] ?? 'application/octet-stream'
        key = file
      }
      const headers: Record<string, string> = {
        'Content-Type': type,
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
      }
      // The app's files only: the seed data goes to the same machine and needs no packing.
      const compressible = !key.startsWith(BENCH_PATH) && COMPRESSIBLE.has(extname(key))
      if (compressible && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        let packed = gzipped.get(key)
        if (!packed) {
          // zlib's default level, as most hosts and CDNs compress on the fly.
          packed = gzipSync(body)
          gzipped.set(key, packed)
        }
        headers['Content-Encoding'] = 'gzip'
        body = packed
      }
      response.writeHead(200, headers).end(body)
    })()
  })
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => done())
  })
  return {
    origin: `http://127.0.0.1:${port}`,
    put(name, text, fileType = TYPES['.json']!) {
      extra.set(name, { body: Buffer.from(text), type: fileType })
    },
    async close() {
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
    },
  }
}
