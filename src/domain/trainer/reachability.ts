/**
 * Whether learners can reach the course at a given address. An assignment link and its QR code are
 * made from the address the trainer's page was opened at, so a page opened from this computer's own
 * name (localhost, 127.0.0.1, ::1) or from a file hands learners a link their phones cannot open.
 * Also: which of this computer's network addresses to print for `npm run serve:lan`.
 */

/**
 * How far an address carries:
 * - `reachable`: another device on the network may open it (nothing here can promise it will);
 * - `this-device`: it names the computer itself (localhost, the 127.0.0.0/8 loopback, ::1, 0.0.0.0);
 * - `file`: a file opened from disk, which only exists on this computer.
 */
export type AddressReach = 'reachable' | 'this-device' | 'file'

// IPv4 written as a URL parser normalises it, e.g. 'http://0x7f.1/' becomes 127.0.0.1.
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/

function isThisDevice(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  if (host === 'localhost' || host.endsWith('.localhost')) return true
  const ipv4 = IPV4.exec(host)
  if (ipv4) return ipv4[1] === '127' || host === '0.0.0.0'
  // IPv6 arrives in brackets: ::1, the unspecified ::, and IPv4-mapped loopback (::ffff:7f00:1).
  const ipv6 = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : null
  if (ipv6 === null) return false
  return ipv6 === '::1' || ipv6 === '::' || /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(ipv6)
}

/**
 * Where learners stand if they are sent links made at `url` (the trainer page's own address).
 * An address that cannot be parsed is taken as reachable: nothing is known against it.
 *
 * @example
 * addressReach('http://localhost:5173/#/trainer') // 'this-device'
 * addressReach('http://[::1]:8080/') // 'this-device'
 * addressReach('file:///C:/kefu/dist/index.html') // 'file'
 * addressReach('http://192.168.1.20:8080/#/trainer') // 'reachable'
 */
export function addressReach(url: string): AddressReach {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'reachable'
  }
  if (parsed.protocol === 'file:') return 'file'
  return isThisDevice(parsed.hostname) ? 'this-device' : 'reachable'
}

/** One address of a network interface, as Node's `os.networkInterfaces()` lists it. */
export interface InterfaceAddress {
  address: string
  /** 'IPv4' or 'IPv6' (Node 18.0–18.3 said 4 or 6). */
  family: string | number
  /** True for loopback addresses, which no other device can use. */
  internal: boolean
}

// Home and office Wi-Fi hand out 192.168.x.x first, then 10.x.x.x, then 172.16–31.x.x;
// 169.254.x.x means no network gave the computer an address, so it comes last.
function rank(address: string): number {
  const [a, b] = address.split('.').map(Number) as [number, number]
  if (a === 192 && b === 168) return 0
  if (a === 10) return 1
  if (a === 172 && b >= 16 && b <= 31) return 2
  if (a === 169 && b === 254) return 4
  return 3
}

/**
 * This computer's IPv4 addresses that other devices on its networks can use, the likeliest
 * classroom Wi-Fi address first, each once.
 *
 * @example
 * lanAddresses({
 *   lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
 *   wlan0: [{ address: '192.168.1.20', family: 'IPv4', internal: false }],
 * }) // ['192.168.1.20']
 */
export function lanAddresses(interfaces: Readonly<Record<string, readonly InterfaceAddress[] | undefined>>): string[] {
  const found = Object.values(interfaces)
    .flatMap((addresses) => addresses ?? [])
    .filter((entry) => (entry.family === 'IPv4' || entry.family === 4) && !entry.internal)
    .map((entry) => entry.address)
    .filter((address) => IPV4.test(address) && !isThisDevice(address))
  return [...new Set(found)].sort((a, b) => rank(a) - rank(b))
}

/**
 * The address to open the course at, on `host` and `port`, under `basePath` (which starts and ends with '/').
 *
 * @example
 * courseAddress('192.168.1.20', 8080, '/') // 'http://192.168.1.20:8080/'
 * courseAddress('192.168.1.20', 8080, '/kefu/') // 'http://192.168.1.20:8080/kefu/'
 */
export function courseAddress(host: string, port: number, basePath: string): string {
  return `http://${host}:${port}${basePath}`
}

/**
 * A sub-path as given on the command line, written as the server compares it: starting and
 * ending with '/', e.g. 'training/kefu' → '/training/kefu/'. Refuses what a URL path cannot hold.
 *
 * @example
 * basePathOf('training/kefu') // { ok: true, value: '/training/kefu/' }
 * basePathOf('../x') // { ok: false, problem: '…' }
 */
export function basePathOf(text: string): { ok: true; value: string } | { ok: false; problem: string } {
  const parts = text.split('/').filter((part) => part !== '')
  if (parts.some((part) => part === '.' || part === '..' || !/^[\w.~-]+$/.test(part))) {
    return { ok: false, problem: `子路径“${text}”只能由字母、数字和 - _ . ~ 组成，用 / 分隔，例如 /training/kefu/` }
  }
  return { ok: true, value: parts.length === 0 ? '/' : `/${parts.join('/')}/` }
}

/**
 * Parses a port number given on the command line; 0 asks the system for any free port.
 *
 * @example
 * portOf('8080') // { ok: true, value: 8080 }
 * portOf('http') // { ok: false, problem: '…' }
 */
export function portOf(text: string): { ok: true; value: number } | { ok: false; problem: string } {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN
  if (!(port >= 0 && port <= 65535))
    return { ok: false, problem: `端口“${text}”不对：应是 0–65535 之间的整数，例如 8080` }
  return { ok: true, value: port }
}
