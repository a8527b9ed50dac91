import { acceptHMRUpdate, defineStore } from 'pinia'
import { useSavedDataStore } from './savedData'
import { useProfileStore } from './profiles'
import { newSeed } from '../platform/random'
import { writeJournaled } from '../platform/writeJournal'
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
   * reload right after a reply, a typed word or 重新开始 finds it. Never throws: a lost resume point is not a lost record.
   */
  async function keep(scenarioId: string, play: SavedPlay | null): Promise<void> {
    const key = { owner: profiles.activeId, kind: KIND, key: scenarioId }
    // No draft is no key: the batch is written as JSON, which leaves out what is undefined.
    const batch =
      play === null
        ? { remove: [key] }
        : { put: [{ ...key, value: { seed: play.seed, history: play.history, draft: play.draft } }] }
    // A failure is not told here: the finished run itself is recorded through the progress store, which reports failures.
    await writeJournaled(saved.database, batch).catch(() => {})
  }

  /**
   * The role-plays the learner has left partway (a reply given or being typed, no ending yet), for the
   * list to say so.
   */
  async function underWay(): Promise<Set<string>> {
    const rows = await saved.database.rowsOfKind(profiles.activeId, KIND).catch(() => [])
    return new Set(
      rows
        .filter((row) => {
          const play = readSavedPlay(row.value, 0)
          return play.history.length > 0 || (play.draft?.text.trim() ?? '') !== ''
        })
        .map((row) => row.key),
    )
  }

  return { resume, keep, underWay }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useScenarioPlaysStore, import.meta.hot))
