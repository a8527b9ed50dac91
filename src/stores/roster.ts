import { acceptHMRUpdate, defineStore } from 'pinia'
import { entryKey, parseRoster, withoutAssignment, type RosterEntry } from '../domain/trainer/roster'
import { mergeLearners, splitLearner } from '../domain/trainer/rosterLearners'
import { ROSTER_KEY } from '../platform/storageKeys'
import { deviceList } from './deviceList'
import { useSavedDataStore } from './savedData'

/** The trainer's roster of collected results, one row per result. */
export const useRosterStore = defineStore('roster', () => {
  const list = deviceList<RosterEntry>(useSavedDataStore(), {
    kind: 'roster',
    keyOf: entryKey,
    check: parseRoster,
    legacyKey: ROSTER_KEY,
    name: '学员成绩表',
  })

  /** Saves that learner `from` is the same person as `into` (row keys); the reason when it cannot. */
  async function merge(from: string, into: string): Promise<string | null> {
    await list.ready()
    const merged = mergeLearners(list.items.value, from, into)
    return merged.ok ? list.save(merged.value) : merged.problem
  }

  /** Undoes every merge into learner `key`; the reason when it cannot be saved. */
  async function split(key: string): Promise<string | null> {
    await list.ready()
    return list.save(splitLearner(list.items.value, key))
  }

  /** Takes one assignment's results out of the roster; the reason when it cannot be saved. */
  async function removeAssignment(assignment: string): Promise<string | null> {
    await list.ready()
    return list.save(withoutAssignment(list.items.value, assignment))
  }

  return {
    entries: list.items,
    saveError: list.saveError,
    load: list.load,
    ready: list.ready,
    save: list.save,
    merge,
    split,
    removeAssignment,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useRosterStore, import.meta.hot))
