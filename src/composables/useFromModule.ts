import { computed, type ComputedRef } from 'vue'
import { useRoute, type LocationQueryRaw, type RouteLocationNormalizedLoaded } from 'vue-router'
import type { ModuleSummary } from '../content/types'
import { quizModuleOf, scenarioModuleOf } from '../router'

export interface UseFromModuleReturn {
  /** The module the page was opened from (?module=), when the page belongs to it; otherwise undefined. */
  module: ComputedRef<ModuleSummary | undefined>
  /** What each link between the page's own pages carries, so the way back stays the module. */
  query: ComputedRef<LocationQueryRaw>
}

function useFromModule(moduleOf: (route: RouteLocationNormalizedLoaded) => ModuleSummary | undefined) {
  const route = useRoute()
  const module = computed(() => moduleOf(route))
  const query = computed(() => (module.value ? { module: module.value.id } : {}))
  return { module, query }
}

/** A module's quiz opened from its module: its trail names the module, and its pages (start, questions, result) lead back there. */
export const useQuizFromModule = (): UseFromModuleReturn => useFromModule(quizModuleOf)

/** A role-play opened from a module it practises: its trail names the module, and its end leads back there. */
export const useScenarioFromModule = (): UseFromModuleReturn => useFromModule(scenarioModuleOf)
