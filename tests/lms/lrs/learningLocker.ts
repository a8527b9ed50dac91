/**
 * Learning Locker's statement service (`xapi-statements`) in memory mode, as a second, real
 * statement store behind the test LRS: every statement the test LRS accepts is also stored there,
 * with its own validation, conflict and voiding checks, and read back. It runs on Node 20 with
 * memory models, the test auth and events repositories (no MongoDB, no Redis) and attachments in a
 * temporary folder; it is CommonJS from 2018, so it is loaded with `require` after its settings.
 */
import { mkdtempSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

interface Service {
  clearService(): Promise<void>
  storeStatements(options: { models: unknown[]; attachments: unknown[]; client: unknown }): Promise<string[]>
  getStatement(options: Record<string, unknown>): Promise<{ statements: { id: string }[] }>
}

export interface LearningLockerStore {
  /** Stores one statement; rejects with Learning Locker's own error when it refuses it. */
  store(statement: unknown): Promise<void>
  /** The statement as Learning Locker returns it, or null when it has none with that id. */
  get(id: string): Promise<{ id: string } | null>
}

let service: Service | null = null
let client: unknown = null

/** Opens (once per process) and empties the in-memory Learning Locker statement service. */
export async function openLearningLocker(): Promise<LearningLockerStore> {
  if (!service) {
    Object.assign(process.env, {
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'local',
      EVENTS_REPO: 'test',
      AUTH_REPO: 'test',
      SERVICE_AWAIT_UPDATES: 'true',
      FS_LOCAL_STORAGE_DIR: mkdtempSync(join(tmpdir(), 'xapi-statements-')),
      WINSTON_CONSOLE_LEVEL: 'error',
      AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
    })
    const require = createRequire(import.meta.url)
    service = (require('xapi-statements/dist/tester') as { default: Service }).default
    const createClient = require('xapi-statements/dist/tests/utils/createClientModel') as { default: () => unknown }
    client = createClient.default()
  }
  const opened = service
  await opened.clearService()
  return {
    async store(statement) {
      await opened.storeStatements({ models: [statement], attachments: [], client })
    },
    async get(id) {
      try {
        const result = await opened.getStatement({
          id,
          voided: false,
          client,
          attachments: false,
          format: 'exact',
          langs: [],
        })
        return result.statements[0] ?? null
      } catch {
        return null
      }
    },
  }
}
