import { describe, expect, it } from 'vitest'
import {
  addressReach,
  basePathOf,
  courseAddress,
  lanAddresses,
  portOf,
  type AddressReach,
} from '../../../../src/domain/trainer/reachability'
import { assignmentCodeOfLink } from '../../../../src/domain/trainer/assignmentLink'

describe('addressReach', () => {
  it.each<[string, AddressReach]>([
    ['http://localhost:5173/#/trainer', 'this-device'],
    ['http://LOCALHOST:5173/', 'this-device'],
    ['http://localhost.:8080/', 'this-device'],
    ['http://kefu.localhost:8080/', 'this-device'],
    ['http://127.0.0.1:4173/training/kefu/#/trainer', 'this-device'],
    ['http://127.1.2.3/', 'this-device'],
    ['http://0x7f000001/', 'this-device'],
    ['http://0.0.0.0:8080/', 'this-device'],
    ['http://[::1]:8080/#/trainer', 'this-device'],
    ['http://[0:0:0:0:0:0:0:1]/', 'this-device'],
    ['http://[::]:8080/', 'this-device'],
    ['http://[::ffff:127.0.0.1]:8080/', 'this-device'],
    ['https://localhost/', 'this-device'],
    ['file:///C:/kefu/dist/index.html#/trainer', 'file'],
    ['file:///home/trainer/dist/index.html', 'file'],
    ['http://192.168.1.20:8080/#/trainer', 'reachable'],
    ['http://10.0.0.5/kefu/#/trainer', 'reachable'],
    ['http://[fd00::2]:8080/', 'reachable'],
    ['http://[::ffff:192.168.1.20]:8080/', 'reachable'],
    ['https://training.example.com/kefu/#/trainer', 'reachable'],
    ['http://localhost-training.example.com/', 'reachable'],
    ['http://128.0.0.1/', 'reachable'],
  ])('%s is %s', (url, reach) => {
    expect(addressReach(url)).toBe(reach)
  })

  it('takes an address it cannot read as reachable, since nothing is known against it', () => {
    expect(addressReach('not a url')).toBe('reachable')
    expect(addressReach('')).toBe('reachable')
  })
})

describe('lanAddresses', () => {
  it('keeps external IPv4 addresses, likeliest Wi-Fi address first, each once', () => {
    expect(
      lanAddresses({
        lo: [
          { address: '127.0.0.1', family: 'IPv4', internal: true },
          { address: '::1', family: 'IPv6', internal: true },
        ],
        docker0: [{ address: '172.17.0.1', family: 'IPv4', internal: false }],
        eth1: [{ address: '169.254.10.3', family: 'IPv4', internal: false }],
        eth0: [
          { address: '203.0.113.7', family: 'IPv4', internal: false },
          { address: 'fd00::2', family: 'IPv6', internal: false },
        ],
        wlan0: [
          { address: '192.168.1.20', family: 'IPv4', internal: false },
          { address: 'fe80::1', family: 'IPv6', internal: false },
        ],
        vpn: [{ address: '10.8.0.2', family: 4, internal: false }],
        bridge: [{ address: '192.168.1.20', family: 'IPv4', internal: false }],
        gone: undefined,
      }),
    ).toEqual(['192.168.1.20', '10.8.0.2', '172.17.0.1', '203.0.113.7', '169.254.10.3'])
  })

  it('finds nothing on a computer that is on no network', () => {
    expect(lanAddresses({ lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }] })).toEqual([])
    expect(lanAddresses({})).toEqual([])
  })

  it('never offers a loopback address, even one not marked internal', () => {
    expect(lanAddresses({ odd: [{ address: '127.0.1.1', family: 'IPv4', internal: false }] })).toEqual([])
  })
})

describe('courseAddress', () => {
  it.each([
    ['192.168.1.20', 8080, '/', 'http://192.168.1.20:8080/'],
    ['10.0.0.5', 80, '/training/kefu/', 'http://10.0.0.5:80/training/kefu/'],
  ])('%s:%i%s', (host, port, base, address) => {
    expect(courseAddress(host, port, base)).toBe(address)
  })
})

describe('basePathOf', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['training/kefu', '/training/kefu/'],
    ['/training/kefu/', '/training/kefu/'],
    ['//kefu//', '/kefu/'],
  ])('%j is %s', (text, value) => {
    expect(basePathOf(text)).toEqual({ ok: true, value })
  })

  it.each(['../etc', '/a/./b', '/课程/', '/a b/', '/a?b'])('refuses %j, saying what a sub-path may hold', (text) => {
    const result = basePathOf(text)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problem).toContain('子路径')
  })
})

describe('portOf', () => {
  it.each([
    ['8080', 8080],
    ['0', 0],
    ['65535', 65535],
  ])('%s is %i', (text, value) => {
    expect(portOf(text)).toEqual({ ok: true, value })
  })

  it.each(['', 'http', '-1', '65536', '80.5', '1e3'])('refuses %j in Chinese', (text) => {
    expect(portOf(text)).toEqual({ ok: false, problem: expect.stringContaining('应是 0–65535 之间的整数') })
  })
})

describe('assignmentCodeOfLink', () => {
  it.each([
    ['http://192.168.1.20:8080/#/assignment?a=A1.abc.K7Q2ZP', 'A1.abc.K7Q2ZP'],
    ['http://h/kefu/index.html#/assignment?x=1&a=A1.a%2Bb.K7Q2ZP', 'A1.a+b.K7Q2ZP'],
    ['http://h/#/trainer', null],
    ['http://h/#/assignment', null],
    ['http://h/#/assignment?a=', null],
    ['http://h/#/other?a=A1.abc.K7Q2ZP', null],
    ['http://h/?a=A1.abc.K7Q2ZP', null],
  ])('%s carries %j', (link, code) => {
    expect(assignmentCodeOfLink(link)).toBe(code)
  })
})
