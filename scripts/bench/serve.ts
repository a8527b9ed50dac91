/**
 * A static server for a built app, as a plain host serves it: gzip when the browser asks (as every
 * real host does, so Lighthouse sees realistic transfer sizes), and a few extra in-memory files
 * under /__bench__/ (a blank page to seed storage from, the learners' data). Over plain HTTP/1.1, or,
 * given a certificate, over HTTPS with HTTP/2 as the hosts the course is deployed on serve it (its
 * offline copy needs HTTPS, and HTTPS hosts and CDNs speak HTTP/2).
 */
import { execFileSync } from 'node:child_process'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, resolve, sep } from 'node:path'
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

/** A key and certificate for 127.0.0.1, made for one run (Chrome is told to accept it). */
export interface Certificate {
  key: Buffer
  cert: Buffer
}

/** A throwaway self-signed certificate for 127.0.0.1, made with openssl and kept in memory only. */
export function selfSignedCertificate(): Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cert-'))
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')]
    try {
      // Chrome wants the address among the certificate's subject names, not only in its common name.
      execFileSync(
        'openssl',
        // prettier-ignore
        ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
          '-keyout', key, '-out', cert, '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
        { stdio: 'ignore' },
      )
    } catch (error) {
      throw new Error(
        `openssl could not make a certificate for serving over HTTPS (Debian: apt-get install openssl): ${String(error)}`,
      )
    }
    return { key: readFileSync(key), cert: readFileSync(cert) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Serves `folder` at the root of 127.0.0.1:`port`: over HTTP/2 with TLS when given a certificate.
 * `latencyMs` holds every answer that long, as a slow mobile link's round trip does.
 */
export async function serveFolder(
  folder: string,
  port: number,
  certificate?: Certificate,
  latencyMs = 0,
): Promise<ServedSite> {
  const root = resolve(folder)
  const extra = new Map<string, { body: Buffer; type: string }>([
    ['blank.html', { body: Buffer.from('<!doctype html><title>bench</title>'), type: TYPES['.html']! }],
  ])
  const gzipped = new Map<string, Buffer>()
  const handle = (
    request: IncomingMessage | Http2ServerRequest,
    response: ServerResponse | Http2ServerResponse,
  ): void => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
      let body: Buffer
      let type: string
      let key: string
      if (path.startsWith(BENCH_PATH)) {
        const file = extra.get(path.slice(BENCH_PATH.length))
        if (!file) return void response.writeHead(404).end()
        ;({ body, type } = file)
        key = path
      } else {
        const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`)
        if (!file.startsWith(root + sep)) return void response.writeHead(404).end()
        try {
          body = await readFile(file)
        } catch {
          return void response.writeHead(404).end()
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
      if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs))
      response.writeHead(200, headers)
      response.end(body)
    })()
  }
  // HTTP/1.1 stays allowed on the secure server, for the seeding page's and any other client's sake.
  const server = certificate ? createSecureServer({ ...certificate, allowHTTP1: true }, handle) : createServer(handle)
  // An HTTP/2 server has no closeAllConnections: its sockets are closed one by one.
  const sockets = new Set<Socket>()
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => done())
  })
  return {
    origin: `${certificate ? 'https' : 'http'}://127.0.0.1:${port}`,
    put(name, text, fileType = TYPES['.json']!) {
      extra.set(name, { body: Buffer.from(text), type: fileType })
    },
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((done) => server.close(() => done()))
    },
  }
}
