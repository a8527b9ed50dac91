import { acceptHMRUpdate, defineStore } from 'pinia'
import { toRaw } from 'vue'
import { useSavedDataStore } from './savedData'
import { useProfileStore } from './profiles'

const KIND = 'play'

/**
 * Role-plays under way, one row per learner and scenario, so a reload or a
 * dropped connection resumes where the learner was.
 */
export const useScenarioPlaysStore = defineStore('scenarioPlays', () => {
  const saved = useSavedDataStore()
  const profiles = useProfileStore()

  /** The replies given so far (checked again by the engine when replayed). */
  async function history(scenarioId: string): Promise<unknown[]> {
    const rows = await saved.database.rowsOfKind(profiles.activeId, KIND)
    const value = rows.find((row) => row.key === scenarioId)?.value
    return Array.isArray(value) ? value : []
  }

  /** Keeps the replies of a play under way; an ended play is removed. Never throws: a lost resume point is not a lost record. */
  async function keep(scenarioId: string, replies: readonly unknown[] | null): Promise<void> {
    const key = { owner: profiles.activeId, kind: KIND, key: scenarioId }
    try {
      if (replies === null) await saved.database.write({ remove: [key] })
      else await saved.database.write({ put: [{ ...key, value: toRaw(replies).map((reply) => toRaw(reply)) }] })
    } catch {
      // The finished run itself is recorded through the progress store, which reports failures.
    }
  }

  return { history, keep }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useScenarioPlaysStore, import.meta.hot))
