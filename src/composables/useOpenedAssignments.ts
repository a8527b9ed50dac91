import { browserStorage, readRecord, writeRecord } from '../platform/storage'
import { OPENED_ASSIGNMENTS_KEY } from '../platform/storageKeys'
import { decodeAssignment, type Assignment } from '../domain/trainer/assignment'

const KEY = OPENED_ASSIGNMENTS_KEY

export interface UseOpenedAssignmentsReturn {
  /** Remembers an assignment the learner started, by its link code. */
  remember: (id: string, code: string) => void
  /** The assignment with this id, if the learner opened it on this device; checked again on every read. */
  find: (id: string, knownModules: readonly string[]) => Assignment | null
}

/** Assignments opened on this device, kept as their link codes so each read goes through the same checks as a link. */
export function useOpenedAssignments(): UseOpenedAssignmentsReturn {
  const storage = browserStorage()
  function all(): Record<string, string> {
    try {
      const data = JSON.parse(readRecord(storage, KEY) ?? '{}') as unknown
      return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, string>) : {}
    } catch {
      return {}
    }
  }
  return {
    remember(id, code) {
      writeRecord(storage, KEY, JSON.stringify({ ...all(), [id]: code }))
    },
    find(id, knownModules) {
      const code = all()[id]
      if (typeof code !== 'string') return null
      const decoded = decodeAssignment(code, knownModules)
      return decoded.ok && decoded.value.id === id ? decoded.value : null
    },
  }
}
