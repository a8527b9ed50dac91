import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  addProfile,
  firstProfileList,
  parseProfileList,
  removeProfile,
  renameProfile,
  switchProfile,
  type ProfileList,
} from '../domain/progress/profiles'
import { browserStorage, readRecord, writeRecord } from '../platform/storage'
import { now } from '../platform/clock'
import { newId } from '../platform/random'

import { PROFILES_KEY, backupKey, progressKey as progressKeyFor } from '../platform/storageKeys'

/** The learners who use this device, and which one is active. */
export const useProfileStore = defineStore('profiles', () => {
  const storage = browserStorage()
  const list = ref<ProfileList>(parseProfileList(readRecord(storage, PROFILES_KEY)) ?? firstProfileList(now()))
  const active = computed(
    () => list.value.profiles.find((profile) => profile.id === list.value.activeId) ?? list.value.profiles[0]!,
  )
  const progressKey = computed(() => progressKeyFor(active.value.id))

  function save(next: ProfileList): void {
    list.value = next
    writeRecord(storage, PROFILES_KEY, JSON.stringify(next))
  }

  function create(name: string): void {
    save(addProfile(list.value, name, newId('p-'), now()))
  }

  function rename(id: string, name: string): void {
    save(renameProfile(list.value, id, name))
  }

  /** Deletes a profile and its saved progress. */
  function remove(id: string): void {
    if (list.value.profiles.length <= 1) return
    save(removeProfile(list.value, id))
    storage?.removeItem(progressKeyFor(id))
    storage?.removeItem(backupKey(progressKeyFor(id)))
  }

  function activate(id: string): void {
    save(switchProfile(list.value, id))
  }

  // Another tab added, renamed or switched learners: follow it.
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key !== PROFILES_KEY) return
      const next = parseProfileList(event.newValue)
      if (next) list.value = next
    })
  }

  return { list, active, progressKey, create, rename, remove, activate }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useProfileStore, import.meta.hot))
