/**
 * xAPI statements on their way to the learning record store. Each waits in IndexedDB (its own
 * small database) until the LRS accepts it, so none is lost while the network is down or the tab
 * closes; they leave strictly in the order they were made, one at a time, and a statement is
 * removed only once the LRS has it. A failed send is retried with a growing delay and as soon
 * as the browser says it is online again. Statements keep their ids, so one sent twice (two
 * tabs, or an answer that never arrived) is the same statement to the LRS, never a second one.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import { LMS_QUEUE_DATABASE_NAME, LMS_QUEUE_STORES } from '../storageKeys'

/** One statement waiting, with where it goes and the credentials of the session that made it. */
export interface QueuedStatement {
  /** Position in the queue; given when it is added. */
  seq?: number
  /** The statement's own id (a UUID). */
  id: string
  /** The xAPI endpoint, ending with `/`. */
  endpoint: string
  /** The Authorization header's value (`Basic …`, the cmi5 auth token of its session). */
  auth: string
  statement: unknown
}

/** A statement the LRS refused for good, kept so nothing is lost (and a trainer can look). */
export interface RejectedStatement extends QueuedStatement {
  problem: string
  at: string
}

/** What one send came to: accepted (or already there), worth trying again later, or refused for good. */
export type SendOutcome = { kind: 'sent' } | { kind: 'retry'; problem: string } | { kind: 'rejected'; problem: string }

export interface StatementQueueOptions {
  /** Sends one statement; must not throw. */
  send(item: QueuedStatement): Promise<SendOutcome>
  /** First wait after a failed send, doubled after each failure up to `maxDelayMs`. */
  firstDelayMs?: number
  maxDelayMs?: number
  /** Schedules a retry (tests pass their own clock); returns a cancel function. */
  schedule?: (run: () => void, ms: number) => () => void
  /** Calls back whenever the browser comes back online; returns a function that stops listening. */
  onOnline?: (run: () => void) => () => void
  /** Told when a send fails or a statement is refused (for the status line and the console). */
  onProblem?: (problem: string) => void
  /** The database's name (tests use their own). */
  databaseName?: string
}

export interface StatementQueue {
  /** 'memory' where the browser would not open IndexedDB: statements then wait only while the page is open. */
  readonly kind: 'indexeddb' | 'memory'
  /** Keeps a statement (durably) and starts sending; with nothing ahead of it, at once. Rejects only when it could not be kept. */
  add(item: Omit<QueuedStatement, 'seq'>): Promise<void>
  /** Sends what waits, in order, until the queue is empty or a send fails; resolves then. */
  drain(): Promise<void>
  /** How many statements wait. */
  pendingCount(): Promise<number>
  /** Statements the LRS refused for good, oldest first. */
  rejected(): Promise<RejectedStatement[]>
  /** Stops retrying and listening, and closes the database. */
  close(): void
}

interface QueueDB extends DBSchema {
  pending: { key: number; value: QueuedStatement }
  rejected: { key: number; value: RejectedStatement }
}

/** Where the statements wait: IndexedDB, or memory where the browser refuses it (then a closed page loses them). */
interface QueueStore {
  readonly kind: 'indexeddb' | 'memory'
  add(item: QueuedStatement): Promise<number>
  first(): Promise<QueuedStatement | undefined>
  /** Removes a statement, keeping it among the refused ones when `rejected` is given. */
  remove(item: QueuedStatement, rejected?: RejectedStatement): Promise<void>
  count(): Promise<number>
  rejected(): Promise<RejectedStatement[]>
  close(): void
}

async function indexedDbStore(name: string): Promise<QueueStore> {
  const db: IDBPDatabase<QueueDB> = await openDB<QueueDB>(name, 1, {
    upgrade(database) {
      database.createObjectStore(LMS_QUEUE_STORES.pending, { keyPath: 'seq', autoIncrement: true })
      database.createObjectStore(LMS_QUEUE_STORES.rejected, { keyPath: 'seq' })
    },
  })
  return {
    kind: 'indexeddb',
    add: (item) => db.add(LMS_QUEUE_STORES.pending, item),
    first: async () => (await db.getAll(LMS_QUEUE_STORES.pending, undefined, 1))[0],
    async remove(item, rejected) {
      const tx = db.transaction([LMS_QUEUE_STORES.pending, LMS_QUEUE_STORES.rejected], 'readwrite')
      if (rejected) await tx.objectStore(LMS_QUEUE_STORES.rejected).put(rejected)
      await tx.objectStore(LMS_QUEUE_STORES.pending).delete(item.seq!)
      await tx.done
    },
    count: () => db.count(LMS_QUEUE_STORES.pending),
    rejected: () => db.getAll(LMS_QUEUE_STORES.rejected),
    close: () => db.close(),
  }
}

function memoryStore(): QueueStore {
  const pending: QueuedStatement[] = []
  const refused: RejectedStatement[] = []
  let seq = 0
  return {
    kind: 'memory',
    async add(item) {
      seq += 1
      pending.push({ ...item, seq })
      return seq
    },
    first: async () => pending[0],
    async remove(item, rejected) {
      if (rejected) refused.push(rejected)
      const index = pending.findIndex((entry) => entry.seq === item.seq)
      if (index !== -1) pending.splice(index, 1)
    },
    count: async () => pending.length,
    rejected: async () => [...refused],
    close: () => {},
  }
}

const defaultSchedule = (run: () => void, ms: number) => {
  const timer = setTimeout(run, ms)
  return () => clearTimeout(timer)
}

const defaultOnOnline = (run: () => void) => {
  if (typeof globalThis.addEventListener !== 'function') return () => {}
  globalThis.addEventListener('online', run)
  return () => globalThis.removeEventListener('online', run)
}

/**
 * Opens the queue and sends whatever an earlier page left in it.
 *
 * @example
 * const queue = await openStatementQueue({ send: putStatement })
 * await queue.add({ id, endpoint, auth, statement })
 */
export async function openStatementQueue(options: StatementQueueOptions): Promise<StatementQueue> {
  const firstDelay = options.firstDelayMs ?? 1000
  const maxDelay = options.maxDelayMs ?? 60_000
  const schedule = options.schedule ?? defaultSchedule
  let store: QueueStore
  try {
    store = await indexedDbStore(options.databaseName ?? LMS_QUEUE_DATABASE_NAME)
  } catch {
    store = memoryStore()
  }
  let closed = false
  let delay = firstDelay
  let cancelRetry: (() => void) | null = null
  let running: Promise<void> | null = null
  let again = false
  // What an earlier page left is unknown until a drain first finds the queue empty.
  let earlierLeftovers = true
  // Statements added here that the LRS has not yet taken (or refused). Known in memory, so a
  // statement made while a drain is still writing down the last delivery may leave at once.
  const unsent = new Set<string>()
  // A statement sent at once (see `add`), until its outcome is written down; a drain waits for it.
  let inFlight: Promise<void> | null = null

  function retryLater(): void {
    if (closed || cancelRetry) return
    cancelRetry = schedule(() => {
      cancelRetry = null
      void drain()
    }, delay)
    delay = Math.min(delay * 2, maxDelay)
  }

  /** Writes down what a send came to: removed when delivered or refused for good, kept otherwise. */
  async function settle(item: QueuedStatement, outcome: SendOutcome): Promise<boolean> {
    if (outcome.kind === 'retry') {
      options.onProblem?.(outcome.problem)
      retryLater()
      return false
    }
    if (outcome.kind === 'rejected') options.onProblem?.(outcome.problem)
    unsent.delete(item.id)
    await store.remove(
      item,
      outcome.kind === 'rejected' ? { ...item, problem: outcome.problem, at: new Date().toISOString() } : undefined,
    )
    delay = firstDelay
    return true
  }

  async function sendAll(): Promise<void> {
    while (!closed) {
      if (inFlight) {
        await inFlight
        continue
      }
      const item = await store.first()
      if (!item) {
        delay = firstDelay
        earlierLeftovers = false
        return
      }
      if (!(await settle(item, await options.send(item)))) return
    }
  }

  function drain(): Promise<void> {
    if (closed) return Promise.resolve()
    if (running) {
      again = true
      return running
    }
    cancelRetry?.()
    cancelRetry = null
    running = (async () => {
      try {
        do {
          again = false
          await sendAll()
        } while (again && !cancelRetry && !closed)
      } finally {
        running = null
      }
    })()
    return running
  }

  /** True when every statement before a new one has reached the LRS (or been refused), as far as memory knows. */
  function nothingAhead(): boolean {
    return !earlierLeftovers && unsent.size === 0 && !inFlight && !closed
  }

  /**
   * With nothing ahead of it, a new statement leaves at once, in the same turn (while it is also
   * being written down), even while a drain is still writing down the delivery before it: so
   * `terminated`, made as the page closes, is on its way before the page is gone. Kept until its
   * outcome is known, so none is lost and none sent twice (a drain waits for it).
   */
  function sendAtOnce(item: Omit<QueuedStatement, 'seq'>, stored: Promise<number>): void {
    const sent = options.send(item)
    inFlight = (async () => {
      try {
        const outcome = await sent
        await settle({ ...item, seq: await stored }, outcome)
      } finally {
        inFlight = null
      }
    })()
  }

  const stopListening = (options.onOnline ?? defaultOnOnline)(() => {
    delay = firstDelay
    void drain()
  })

  void drain()

  return {
    async add(item) {
      const now = nothingAhead()
      unsent.add(item.id)
      const stored = store.add({ ...item })
      if (now) sendAtOnce(item, stored)
      await stored
      if (!now) void drain()
    },
    drain,
    kind: store.kind,
    pendingCount: () => store.count(),
    rejected: () => store.rejected(),
    close() {
      closed = true
      cancelRetry?.()
      cancelRetry = null
      stopListening()
      store.close()
    },
  }
}
