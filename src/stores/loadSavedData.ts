import type { Pinia } from 'pinia'
import type { SavedDatabase } from '../platform/database'
import { nothingSaved } from '../platform/savedDataProbe'
import { useSavedDataStore } from './savedData'
import { useProfileStore } from './profiles'
import { useProgressStore, type LoadOptions } from './progress'
import { useSettingsStore } from './settings'

/**
 * Opens the saved data and reads the learners, the active learner's progress and the
 * settings before the first page shows, so no page shows an empty record that then fills in.
 * The trainer's lists (roster, imported questions, opened assignments) load with their pages,
 * which keeps their checks off the first page.
 * A visit that opens on a page showing the whole history reads it before that page
 * (`wholeHistoryFirst`); one opening on home reads it after the first paint, and one opening on
 * another page that shows only the glance (a lesson, a quiz, a role-play) when it is needed
 * (`historyOnDemand`). At the start of the course, the history behind home waits for home to be in
 * place and painted (`behindFirstPage`).
 * A browser that holds nothing the course saved (a first visit) reads nothing: its first learner
 * and an empty record are made in memory, and the database (with its code and the checks of what
 * it holds) opens with the first thing saved.
 * Tests pass their own database.
 */
export async function loadSavedData(pinia: Pinia, database?: SavedDatabase, options: LoadOptions = {}): Promise<void> {
  const saved = useSavedDataStore(pinia)
  const profiles = useProfileStore(pinia)
  if (!database && (await nothingSaved())) {
    profiles.startFresh()
    useProgressStore(pinia).startFresh(profiles.activeId)
    useSettingsStore(pinia).startFresh()
    saved.openOnFirstUse((opened) => profiles.keepFirstLearner(opened))
    return
  }
  // Something is saved: the reading and the checks of what is read download beside the database's own code, not after it.
  // profilesReading's file also holds the learners' checks (profileCheck.ts), legacyMigration, rowChecks
  // and summaryCheck (savedDataReading in scripts/build/chunkGroups.ts): one import brings them all.
  void import('./profilesReading').catch(() => {})
  await saved.open(database)
  await profiles.load()
  await Promise.all([useProgressStore(pinia).load(profiles.activeId, options), useSettingsStore(pinia).load()])
}
