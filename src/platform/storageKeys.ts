/**
 * Every key the course saves under, in one place: a newcomer sees at a glance
 * what the app keeps in the browser.
 */
const PREFIX = 'kefu-course'

/** The list of learners on this device. */
export const PROFILES_KEY = `${PREFIX}.profiles`
/** The first learner's progress; every other learner has a key of their own (progressKey). */
export const PROGRESS_KEY = `${PREFIX}.progress`
/** Unreadable progress text set aside for the first learner; `<progress key>.backup` for others. */
export const PROGRESS_BACKUP_KEY = `${PROGRESS_KEY}.backup`
/** Text size and other display settings. */
export const SETTINGS_KEY = `${PREFIX}.settings`
/** The trainer's roster of collected results. */
export const ROSTER_KEY = `${PREFIX}.roster`
/** Questions a trainer imported from a GIFT file. */
export const LOCAL_BANK_KEY = `${PREFIX}.localBank`
/** Assignment links this device has opened. */
export const OPENED_ASSIGNMENTS_KEY = `${PREFIX}.assignments`

/** A learner's progress key. */
export function progressKey(profileId: string): string {
  return profileId === 'default' ? PROGRESS_KEY : `${PROGRESS_KEY}.${profileId}`
}

/** Where the unreadable text of a learner's progress is set aside. */
export function backupKey(progressKeyOfLearner: string): string {
  return `${progressKeyOfLearner}.backup`
}

/** A role-play under way, per learner and scenario. */
export function scenarioPlayKey(profileId: string, scenarioId: string): string {
  return `${PREFIX}.play.${profileId}.${scenarioId}`
}
