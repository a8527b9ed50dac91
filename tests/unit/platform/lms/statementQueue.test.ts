import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  openStatementQueue,
  type QueuedStatement,
  type SendOutcome,
  type StatementQueue,
} from '../../../../src/platform/lms/statementQueue'

/** A hand-driven clock: retries run when the test says so. */
function manualClock() {
  const waiting: { run: () => void; ms: number }[] = []
  return {
    waiting,
    schedule(run: () => void, ms: number) {
      const entry = { run, ms }
      waiting.push(entry)
      return () => waiting.splice(waiting.indexOf(entry), 1)
    },
    fire() {
      const next = waiting.shift()
      next?.run()
    },
  }
}

/** A fake LRS: `up` decides whether a send arrives; `status` what it answers. */
function fakeLrs() {
  const received: string[] = []
  const lrs = {
    up: true,
    status: (() => 204) as (id: string) => number,
    received,
    calls: 0,
    async send(item: QueuedStatement): Promise<SendOutcome> {
      lrs.calls += 1
      if (!lrs.up) return { kind: 'retry', problem: 'down' }
      const status = lrs.status(item.id)
      if (status === 409 || status < 300) {
        if (!received.includes(item.id)) received.push(item.id)
        return { kind: 'sent' }
      }
      if (status >= 500) return { kind: 'retry', problem: `HTTP ${status}` }
      return { kind: 'rejected', problem: `HTTP ${status}` }
    },
  }
  return lrs
}

const item = (id: string) => ({ id, endpoint: 'https://lrs.example.com/xapi/', auth: 'Basic x', statement: { id } })

let online: (() => void) | null
const onOnline = (run: () => void) => {
  online = run
  return () => {
    online = null
  }
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  online = null
})

async function open(lrs: ReturnType<typeof fakeLrs>, clock = manualClock()): Promise<StatementQueue> {
  return openStatementQueue({ send: lrs.send, schedule: clock.schedule, onOnline, databaseName: 'test-queue' })
}

describe('openStatementQueue', () => {
  it('sends statements in the order they were added, each once', async () => {
    const lrs = fakeLrs()
    const queue = await open(lrs)
    expect(queue.kind).toBe('indexeddb')
    for (const id of ['a', 'b', 'c']) await queue.add(item(id))
    await queue.drain()
    expect(lrs.received).toEqual(['a', 'b', 'c'])
    expect(lrs.calls).toBe(3)
    expect(await queue.pendingCount()).toBe(0)
    queue.close()
  })

  it('keeps statements while the LRS is down and sends them in order when the browser is online again', async () => {
    const lrs = fakeLrs()
    const clock = manualClock()
    const queue = await open(lrs, clock)
    lrs.up = false
    for (const id of ['a', 'b', 'c']) await queue.add(item(id))
    await queue.drain()
    expect(lrs.received).toEqual([])
    expect(await queue.pendingCount()).toBe(3)
    expect(clock.waiting).toHaveLength(1)
    lrs.up = true
    online!()
    await queue.drain()
    expect(lrs.received).toEqual(['a', 'b', 'c'])
    expect(await queue.pendingCount()).toBe(0)
    expect(clock.waiting).toHaveLength(0)
    queue.close()
  })

  it('retries with a growing delay, capped, and starts again from the first delay after a success', async () => {
    const lrs = fakeLrs()
    const clock = manualClock()
    const queue = await openStatementQueue({
      send: lrs.send,
      schedule: clock.schedule,
      onOnline,
      databaseName: 'test-queue',
      firstDelayMs: 100,
      maxDelayMs: 350,
    })
    lrs.up = false
    await queue.add(item('a'))
    await queue.drain()
    const delays: number[] = []
    for (let round = 0; round < 4; round += 1) {
      delays.push(clock.waiting[0]!.ms)
      clock.fire()
      await queue.drain()
    }
    expect(delays).toEqual([100, 200, 350, 350])
    lrs.up = true
    clock.fire()
    await queue.drain()
    expect(lrs.received).toEqual(['a'])
    lrs.up = false
    await queue.add(item('b'))
    await vi.waitFor(() => expect(clock.waiting).toHaveLength(1))
    expect(clock.waiting[0]!.ms).toBe(100)
    queue.close()
  })

  it('sends what an earlier page left, before anything new', async () => {
    const lrs = fakeLrs()
    lrs.up = false
    const first = await open(lrs)
    await first.add(item('old-1'))
    await first.add(item('old-2'))
    await first.drain()
    first.close()
    lrs.up = true
    const second = await open(lrs)
    await second.add(item('new'))
    await second.drain()
    expect(lrs.received).toEqual(['old-1', 'old-2', 'new'])
    second.close()
  })

  it('counts a 409 (the LRS has it already) as sent', async () => {
    const lrs = fakeLrs()
    lrs.status = (id) => (id === 'b' ? 409 : 204)
    const queue = await open(lrs)
    await queue.add(item('a'))
    await queue.add(item('b'))
    await queue.add(item('c'))
    await queue.drain()
    expect(lrs.received).toEqual(['a', 'b', 'c'])
    expect(await queue.rejected()).toEqual([])
    queue.close()
  })

  it('keeps a statement the LRS refuses for good apart, and goes on with the next', async () => {
    const lrs = fakeLrs()
    lrs.status = (id) => (id === 'b' ? 400 : 204)
    const problems: string[] = []
    const queue = await openStatementQueue({
      send: lrs.send,
      schedule: manualClock().schedule,
      onOnline,
      onProblem: (problem) => problems.push(problem),
      databaseName: 'test-queue',
    })
    for (const id of ['a', 'b', 'c']) await queue.add(item(id))
    await queue.drain()
    expect(lrs.received).toEqual(['a', 'c'])
    const rejected = await queue.rejected()
    expect(rejected.map((entry) => [entry.id, entry.problem])).toEqual([['b', 'HTTP 400']])
    expect(problems).toEqual(['HTTP 400'])
    expect(await queue.pendingCount()).toBe(0)
    queue.close()
  })

  it('stops at a statement that failed for now, so none overtakes it', async () => {
    const lrs = fakeLrs()
    let failB = true
    lrs.status = (id) => (id === 'b' && failB ? 503 : 204)
    const clock = manualClock()
    const queue = await open(lrs, clock)
    for (const id of ['a', 'b', 'c']) await queue.add(item(id))
    await queue.drain()
    expect(lrs.received).toEqual(['a'])
    failB = false
    clock.fire()
    await queue.drain()
    expect(lrs.received).toEqual(['a', 'b', 'c'])
    queue.close()
  })

  it('sends a statement with nothing ahead of it in the same turn, so one made as the page closes leaves', async () => {
    const lrs = fakeLrs()
    const queue = await open(lrs)
    await queue.drain()
    const adding = queue.add(item('terminated'))
    // Sent before the database has even written it down; kept until the LRS answered.
    expect(lrs.calls).toBe(1)
    await adding
    await queue.drain()
    expect(lrs.received).toEqual(['terminated'])
    expect(lrs.calls).toBe(1)
    expect(await queue.pendingCount()).toBe(0)
    queue.close()
  })

  it('sends a statement at once while the queue is still writing down that the one before it arrived', async () => {
    const lrs = fakeLrs()
    const queue = await open(lrs)
    await queue.drain()
    lrs.up = false
    await queue.add(item('answered'))
    // The LRS is back and takes the waiting statement; the queue has begun to strike it off, not finished.
    let strikingOff!: () => void
    const struckOffBegun = new Promise<void>((resolve) => (strikingOff = resolve))
    const remove = IDBObjectStore.prototype.delete
    const spy = vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(function (this: IDBObjectStore, key) {
      strikingOff()
      return remove.call(this, key)
    })
    lrs.up = true
    online!()
    await struckOffBegun
    spy.mockRestore()
    const callsBefore = lrs.calls
    const adding = queue.add(item('terminated'))
    // On its way in the same turn: the page may be gone before the database answers.
    expect(lrs.calls).toBe(callsBefore + 1)
    await adding
    await queue.drain()
    expect(lrs.received).toEqual(['answered', 'terminated'])
    expect(lrs.calls).toBe(callsBefore + 1)
    expect(await queue.pendingCount()).toBe(0)
    queue.close()
  })

  it('keeps a statement sent at once that failed, and sends it before the next one', async () => {
    const lrs = fakeLrs()
    const clock = manualClock()
    const queue = await open(lrs, clock)
    await queue.drain()
    lrs.up = false
    await queue.add(item('a'))
    await queue.add(item('b'))
    await vi.waitFor(() => expect(clock.waiting).toHaveLength(1))
    expect(await queue.pendingCount()).toBe(2)
    lrs.up = true
    online!()
    await queue.drain()
    expect(lrs.received).toEqual(['a', 'b'])
    queue.close()
  })

  it('keeps statements in memory where the browser refuses IndexedDB, and still sends them in order', async () => {
    ;(globalThis as { indexedDB?: unknown }).indexedDB = undefined
    const lrs = fakeLrs()
    const clock = manualClock()
    const queue = await open(lrs, clock)
    expect(queue.kind).toBe('memory')
    lrs.up = false
    for (const id of ['a', 'b']) await queue.add(item(id))
    await queue.drain()
    expect(await queue.pendingCount()).toBe(2)
    lrs.up = true
    online!()
    await queue.drain()
    expect(lrs.received).toEqual(['a', 'b'])
    expect(await queue.pendingCount()).toBe(0)
    queue.close()
  })

  it('sends each statement once when many drains run at the same moment', async () => {
    const lrs = fakeLrs()
    const queue = await open(lrs)
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => queue.add(item(id))))
    await Promise.all([queue.drain(), queue.drain(), queue.drain()])
    await queue.drain()
    expect(lrs.received).toEqual(['a', 'b', 'c', 'd'])
    expect(lrs.calls).toBe(4)
    queue.close()
  })
})
