import { computed, type ComputedRef } from 'vue'
import { useRoute, type LocationQueryRaw } from 'vue-router'
import type { ModuleSummary } from '../content/types'
import { quizModuleOf } from '../router'

export interface UseQuizFromModuleReturn {
  /** The module whose quiz this is, when it was opened from the module (?module=); otherwise undefined. */
  module: ComputedRef<ModuleSummary | undefined>
  /** What each link between the quiz's pages (start, questions, result) carries, so the way back stays the module. */
  query: ComputedRef<LocationQueryRaw>
}

/** A module's quiz opened from its module: its trail names the module, and its pages lead back there. */
export function useQuizFromModule(): UseQuizFromModuleReturn {
  const route = useRoute()
  const module = computed(() => quizModuleOf(route))
  const query = computed(() => (module.value ? { module: module.value.id } : {}))
  return { module, query }
}
