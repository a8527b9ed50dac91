import { acceptHMRUpdate, defineStore } from 'pinia'
import { parseRoster, type RosterEntry } from '../domain/trainer/roster'
import { ROSTER_KEY } from '../platform/storageKeys'
import { deviceList } from './deviceList'
import { useSavedDataStore } from './savedData'

/** The trainer's roster of collected results, one row per result. */
export const useRosterStore = defineStore('roster', () => {
  const list = deviceList<RosterEntry>(useSavedDataStore(), {
    kind: 'roster',
    keyOf: (entry) => `${entry.assignment}|${entry.learner}|${entry.finishedAt}`,
    check: parseRoster,
    legacyKey: ROSTER_KEY,
    name: '学员成绩表',
  })
  return { entries: list.items, saveError: list.saveError, load: list.load, ready: list.ready, save: list.save }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useRosterStore, import.meta.hot))
