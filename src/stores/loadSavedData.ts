import type { Pinia } from 'pinia'
import type { SavedDatabase } from '../platform/database'
import { useSavedDataStore } from './savedData'
import { useProfileStore } from './profiles'
import { useProgressStore } from './progress'
import { useSettingsStore } from './settings'

/**
 * Opens the saved data and reads the learners, the active learner's progress and the
 * settings before the first page shows, so no page shows an empty record that then fills in.
 * The trainer's lists (roster, imported questions, opened assignments) load with their pages,
 * which keeps their checks off the first page.
 * A visit that opens on a page showing the whole history reads it before that page
 * (`wholeHistoryFirst`); one opening on home reads it after the first paint, and one opening on
 * another page that shows only the glance (a lesson, a quiz, a role-play) when it is needed
 * (`historyOnDemand`).
 * Tests pass their own database.
 */
export async function loadSavedData(
  pinia: Pinia,
  database?: SavedDatabase,
  { wholeHistoryFirst = false, historyOnDemand = false } = {},
): Promise<void> {
  await useSavedDataStore(pinia).open(database)
  const profiles = useProfileStore(pinia)
  await profiles.load()
  await Promise.all([
    useProgressStore(pinia).load(profiles.activeId, { wholeHistoryFirst, historyOnDemand }),
    useSettingsStore(pinia).load(),
  ])
}
