import { acceptHMRUpdate, defineStore } from 'pinia'
import { decodeAssignment, type Assignment } from '../domain/trainer/assignment'
import { OPENED_ASSIGNMENTS_KEY } from '../platform/storageKeys'
import { deviceList, savedPairs } from './deviceList'
import { useSavedDataStore } from './savedData'

interface OpenedAssignment {
  id: string
  /** The link code, so each read goes through the same checks as a link. */
  code: string
}

/** Reads the saved list: an earlier version kept an object of id → code; now each is a row. */
function checkOpened(text: string): OpenedAssignment[] {
  return savedPairs(text, 'id', 'code').flatMap(([id, code]) =>
    typeof id === 'string' && /^[a-z0-9]{4,24}$/.test(id) && typeof code === 'string' && code.length <= 6000
      ? [{ id, code }]
      : [],
  )
}

/** Assignments opened on this device, so their results can be shown again later. */
export const useOpenedAssignmentsStore = defineStore('openedAssignments', () => {
  const list = deviceList<OpenedAssignment>(useSavedDataStore(), {
    kind: 'assignmentLink',
    keyOf: (item) => item.id,
    check: checkOpened,
    legacyKey: OPENED_ASSIGNMENTS_KEY,
    name: '已打开的作业',
  })

  /** Remembers an assignment the learner opened, by its link code; the same code again writes nothing. */
  async function remember(id: string, code: string): Promise<string | null> {
    await list.ready()
    if (codeOf(id) === code) return null
    return list.save([...list.items.value.filter((item) => item.id !== id), { id, code }])
  }

  /** The saved link code of an assignment opened here, if any (the assignment's page opens from its id). */
  function codeOf(id: string): string | undefined {
    return list.items.value.find((item) => item.id === id)?.code
  }

  /**
   * Each saved code as checked, by code and the modules it was checked against: a timed assignment's
   * clock asks for its limit every second, and a code does not change.
   */
  const checked = new Map<string, Assignment | null>()

  /** The assignment with this id, if opened on this device and its saved code passes the checks. */
  function find(id: string, knownModules: readonly string[]): Assignment | null {
    const code = codeOf(id)
    if (code === undefined) return null
    const key = `${knownModules.join(',')}\u0000${code}`
    if (!checked.has(key)) {
      const decoded = decodeAssignment(code, knownModules)
      checked.set(key, decoded.ok ? decoded.value : null)
    }
    const assignment = checked.get(key) ?? null
    return assignment?.id === id ? assignment : null
  }

  /** Every assignment opened on this device whose saved code passes the checks, with its code. */
  function all(knownModules: readonly string[]): { assignment: Assignment; code: string }[] {
    return list.items.value.flatMap(({ id, code }) => {
      const assignment = find(id, knownModules)
      return assignment ? [{ assignment, code }] : []
    })
  }

  return { load: list.load, ready: list.ready, loaded: list.loaded, remember, codeOf, find, all }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useOpenedAssignmentsStore, import.meta.hot))
