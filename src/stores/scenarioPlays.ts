import { acceptHMRUpdate, defineStore } from 'pinia'
import { useSavedDataStore } from './savedData'
import { useProfileStore } from './profiles'
import { newSeed } from '../platform/random'
import { clearPendingWrite, journaledBatch } from '../platform/writeJournal'
import { readSavedPlay, type SavedPlay } from '../domain/scenario/replyOrder'

const KIND = 'play'

/**
 * Role-plays under way, one row per learner and scenario, so a reload or a
 * dropped connection resumes where the learner was.
 */
export const useScenarioPlaysStore = defineStore('scenarioPlays', () => {
  const saved = useSavedDataStore()
  const profiles = useProfileStore()

  /** The play under way: the seed of its reply order and the replies given so far (checked again by the engine when replayed). */
  async function resume(scenarioId: string): Promise<SavedPlay> {
    const rows = await saved.database.rowsOfKind(profiles.activeId, KIND)
    return readSavedPlay(rows.find((row) => row.key === scenarioId)?.value, newSeed())
  }

  /**
   * Keeps a play under way; an ended play (null) is removed. Noted in the write journal first, so a
   * reload right after a reply or 重新开始 finds it. Never throws: a lost resume point is not a lost record.
   */
  async function keep(scenarioId: string, play: SavedPlay | null): Promise<void> {
    const key = { owner: profiles.activeId, kind: KIND, key: scenarioId }
    const batch =
      play === null ? { remove: [key] } : { put: [{ ...key, value: { seed: play.seed, history: play.history } }] }
    let note: string | null = null
    try {
      const journaled = journaledBatch(saved.database, batch)
      note = journaled.note
      await saved.database.write(journaled.plain)
    } catch {
      // The finished run itself is recorded through the progress store, which reports failures.
    }
    clearPendingWrite(note)
  }

  return { resume, keep }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useScenarioPlaysStore, import.meta.hot))
