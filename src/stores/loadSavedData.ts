import type { Pinia } from 'pinia'
import type { SavedDatabase } from '../platform/database'
import { useSavedDataStore } from './savedData'
import { useProfileStore } from './profiles'
import { useProgressStore } from './progress'
import { useSettingsStore } from './settings'
import { useRosterStore } from './roster'
import { useLocalBankStore } from './localBank'
import { useOpenedAssignmentsStore } from './openedAssignments'

/**
 * Opens the saved data and reads the learners and the active learner's progress,
 * before the first page shows, so no page ever shows an empty record that then fills in.
 * Tests pass their own database.
 */
export async function loadSavedData(pinia: Pinia, database?: SavedDatabase): Promise<void> {
  await useSavedDataStore(pinia).open(database)
  const profiles = useProfileStore(pinia)
  await profiles.load()
  await Promise.all([
    useProgressStore(pinia).load(profiles.activeId),
    useSettingsStore(pinia).load(),
    useRosterStore(pinia).load(),
    useLocalBankStore(pinia).load(),
    useOpenedAssignmentsStore(pinia).load(),
  ])
}
