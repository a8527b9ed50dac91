import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed } from 'vue'
import type { Assignment } from '../domain/trainer/assignment'
import {
  checkCreatedAssignments,
  newestFirst,
  withCreated,
  type CreatedAssignment,
} from '../domain/trainer/createdAssignments'
import { deviceList } from './deviceList'
import { useSavedDataStore } from './savedData'

/** The assignments made on this device's trainer page, newest first, so their links can be shown again. */
export const useCreatedAssignmentsStore = defineStore('createdAssignments', () => {
  const list = deviceList<CreatedAssignment>(useSavedDataStore(), {
    kind: 'createdAssignment',
    keyOf: (item) => item.assignment.id,
    check: checkCreatedAssignments,
    legacyKey: '',
    name: '我布置的作业',
  })
  const created = computed(() => newestFirst(list.items.value))

  /** Keeps an assignment just made; resolves to the reason it could not be saved, or null. */
  async function remember(assignment: Assignment, createdAt: string): Promise<string | null> {
    await list.ready()
    return list.save(withCreated(list.items.value, { assignment, createdAt }))
  }

  /** Forgets an assignment on this device (learners who have its link can still take it). */
  async function forget(id: string): Promise<string | null> {
    await list.ready()
    return list.save(list.items.value.filter((item) => item.assignment.id !== id))
  }

  return { created, loaded: list.loaded, saveError: list.saveError, ready: list.ready, remember, forget }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useCreatedAssignmentsStore, import.meta.hot))
