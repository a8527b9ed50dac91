import type { Ref } from 'vue'
import { storeToRefs } from 'pinia'
import type { Assignment } from '../domain/trainer/assignment'
import { useOpenedAssignmentsStore } from '../stores/openedAssignments'

export interface UseOpenedAssignmentsReturn {
  /** Remembers an assignment the learner opened, by its link code; resolves to a problem or null. */
  remember: (id: string, code: string) => Promise<string | null>
  /** The assignment with this id, if the learner opened it on this device; checked again on every read. */
  find: (id: string, knownModules: readonly string[]) => Assignment | null
  /** The link code of an assignment opened on this device, unchecked (it is checked as a link is). */
  codeOf: (id: string) => string | undefined
  /** True once the list has been read. */
  loaded: Ref<boolean>
}

/** Assignments opened on this device, kept as their link codes so each read goes through the same checks as a link. */
export function useOpenedAssignments(): UseOpenedAssignmentsReturn {
  const store = useOpenedAssignmentsStore()
  // Read with the page that asks, not with the first page.
  void store.ready()
  return { remember: store.remember, find: store.find, codeOf: store.codeOf, loaded: storeToRefs(store).loaded }
}
