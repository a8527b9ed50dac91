/**
 * npm run serve:lan [-- --port 8080] [--base /training/kefu/] [--dir dist] [--rebuild]
 *
 * Puts the course on the training room's network: builds it into dist/ when dist/ is missing or
 * older than the sources (or always, with --rebuild), serves it to every device on the same Wi-Fi
 * with sirv, and prints the addresses learners can open and a QR code of the first one. The
 * course is served at / and, with --base, also under that sub-path (its build uses relative
 * paths, so both work). Ctrl+C stops it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import sirv from 'sirv'
import { encode, renderUnicodeCompact } from 'uqr'
import { build } from 'vite'
import { basePathOf, courseAddress, lanAddresses, portOf } from '../src/domain/trainer/reachability.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
/** What the build reads: a change to any of these makes dist/ out of date. */
const SOURCES = ['src', 'content', 'public', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json']

function fail(message: string): never {
  console.error(`✗ ${message}`)
  process.exit(1)
}

function readOptions(): { port: number; base: string; dir: string; rebuild: boolean } {
  let values: { port?: string; base?: string; dir?: string; rebuild?: boolean }
  try {
    ;({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '8080' },
        base: { type: 'string', default: '/' },
        dir: { type: 'string', default: 'dist' },
        rebuild: { type: 'boolean', default: false },
      },
    }))
  } catch {
    fail('不认识的选项。可用：--port 8080  --base /training/kefu/  --dir dist  --rebuild')
  }
  const port = portOf(values.port ?? '8080')
  if (!port.ok) fail(port.problem)
  const base = basePathOf(values.base ?? '/')
  if (!base.ok) fail(base.problem)
  return { port: port.value, base: base.value, dir: resolve(root, values.dir ?? 'dist'), rebuild: !!values.rebuild }
}

/** The newest modification time under `path` (a file or a folder), or 0 when it does not exist. */
function newestChange(path: string): number {
  if (!existsSync(path)) return 0
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stats.mtimeMs)
}

async function buildIfNeeded(dir: string, rebuild: boolean): Promise<void> {
  const built = join(dir, 'index.html')
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0
  const sourcesAt = Math.max(...SOURCES.map((name) => newestChange(join(root, name))))
  if (!rebuild && builtAt > sourcesAt) {
    console.log(`课程已是最新的构建（${dir}），直接开放。`)
    return
  }
  // The build empties its folder first: never a folder that holds something other than a course build.
  if (builtAt === 0 && existsSync(dir) && readdirSync(dir).length > 0) {
    fail(`${dir} 不是空文件夹，也不是课程的构建，不能在这里构建。请用 --dir 指定一个新的文件夹。`)
  }
  console.log(builtAt === 0 ? '还没有构建课程，正在构建……' : '课程有改动，正在重新构建……')
  await build({ root, logLevel: 'error', build: { outDir: dir, emptyOutDir: true } })
}

/** Serves `dir` at / and under `base`; hashed assets are cached for good, everything else is re-checked. */
function courseHandler(dir: string, base: string): (request: IncomingMessage, response: ServerResponse) => void {
  const files = sirv(dir, {
    etag: true,
    setHeaders: (response, pathname) =>
      response.setHeader(
        'Cache-Control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  })
  return (request, response) => {
    const url = request.url ?? '/'
    if (base !== '/' && `${url.split('?')[0]}/` === base) {
      response.writeHead(301, { Location: base }).end()
      return
    }
    if (base !== '/' && url.startsWith(base)) request.url = url.slice(base.length - 1)
    files(request, response)
  }
}

/**
 * Listens on every network interface. A taken port is not swapped for another: saved progress
 * belongs to the exact address (host and port), so learners must find the course where it was.
 */
async function listen(server: Server, port: number): Promise<number> {
  try {
    await new Promise<void>((done, refuse) => {
      server.once('error', refuse)
      server.listen(port, '0.0.0.0', () => {
        server.off('error', refuse)
        done()
      })
    })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') {
      fail(
        `端口 ${port} 已被占用（也许课程已经在另一个窗口里开放着）。请先关掉它，或用 --port 换一个端口。` +
          '注意：学员的学习进度保存在原来的地址（含端口）下，换了端口就看不到了，所以请尽量每次都用同一个端口。',
      )
    }
    if (code === 'EACCES') fail(`没有权限使用端口 ${port}，请换一个大于 1024 的端口，例如 --port 8080。`)
    fail(`端口 ${port} 无法使用（${code ?? '未知原因'}），请用 --port 换一个端口。`)
  }
  const address = server.address()
  return typeof address === 'object' && address ? address.port : port
}

/**
 * A QR code for a colour terminal: two plain spaces per module on a black or white background, so it
 * keeps its shape in any font and scans whether the terminal itself is dark or light.
 */
function terminalQr(text: string): string {
  const { data } = encode(text, { ecc: 'M', border: 2 })
  const cell = (dark: boolean) => (dark ? '\x1b[40m  ' : '\x1b[47m  ')
  return data.map((row) => `${row.map(cell).join('')}\x1b[0m`).join('\n')
}

function printAddresses(port: number, base: string): void {
  const addresses = lanAddresses(networkInterfaces())
  const local = courseAddress('localhost', port, base)
  console.log('')
  if (addresses.length === 0) {
    console.log('这台电脑现在没有连上任何局域网，学员的设备打不开课程。')
    console.log('请先连上培训室的 Wi-Fi 或网线，再运行 npm run serve:lan。')
    console.log(`只能在这台电脑上打开：${local}`)
  } else {
    console.log('课程已在培训室的网络上开放。学员请用浏览器打开：')
    for (const address of addresses) console.log(`  ${courseAddress(address, port, base)}`)
    const first = courseAddress(addresses[0]!, port, base)
    console.log('')
    console.log(`或用手机扫描下面的二维码（${first}）：`)
    const color = process.env.FORCE_COLOR
      ? process.env.FORCE_COLOR !== '0'
      : process.stdout.isTTY && !process.env.NO_COLOR
    // Without colours (a log file, a pipe) half blocks draw light modules, as on a dark terminal.
    console.log(color ? terminalQr(first) : renderUnicodeCompact(first, { ecc: 'M', border: 2 }))
    console.log('学员的手机或电脑必须连接和这台电脑相同的 Wi-Fi（同一个局域网）。')
    console.log('培训师布置作业时，也请用上面的地址打开“培训师”页面，这样作业链接和二维码学员才能打开。')
    console.log('如果学员打不开：请在电脑的防火墙里允许 Node.js 使用“专用网络”。')
    console.log('学员的进度保存在他们自己的浏览器里，跟着这个地址走：下次请用同一台电脑、同一个端口开放课程。')
    console.log(`在这台电脑上也可以打开：${local}（但不要用它生成作业链接）`)
  }
  console.log('')
  console.log('课程会一直开放到你停止它：在这个窗口按 Ctrl+C 停止。')
}

async function main(): Promise<void> {
  const options = readOptions()
  await buildIfNeeded(options.dir, options.rebuild)
  if (!existsSync(join(options.dir, 'index.html'))) fail(`${options.dir} 里没有 index.html，构建没有成功。`)
  const server = createServer(courseHandler(options.dir, options.base))
  const port = await listen(server, options.port)
  printAddresses(port, options.base)
  const stop = () => {
    console.log('\n已停止，学员现在打不开课程了。')
    server.close(() => process.exit(0))
    server.closeAllConnections()
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

void main()
