/**
 * Changes to a learner that only some pages make (the certificate's name, the PIN, bringing back or
 * erasing a deleted learner), apart from the learners' store, which the first page loads.
 */
import { withCertifiedName, type Profile } from '../domain/progress/profiles'
import { restoreProblem } from '../domain/progress/deletedLearners'
import { PIN_NOT_LOADED, pinCode, type useProfileStore } from './profiles'

type ProfileStore = ReturnType<typeof useProfileStore>

/** Fixes the name on a learner's certificate once they have passed; a later rename leaves it. */
export async function certifyLearner(profileStore: ProfileStore, id: string): Promise<void> {
  const profile = profileStore.list.profiles.find((candidate) => candidate.id === id)
  if (!profile) return
  const certified = withCertifiedName(profile)
  if (certified !== profile) await profileStore.put(certified)
}

/** For a trainer correcting a certificate: the next certificate shown bears the learner's present name. */
export async function reissueCertificate(profileStore: ProfileStore, id: string): Promise<void> {
  const profile = profileStore.list.profiles.find((candidate) => candidate.id === id)
  if (!profile?.certifiedName) return
  const reissued = { ...profile }
  delete reissued.certifiedName
  await profileStore.put(reissued)
}

/** Locks the active learner's profile with a 4-digit PIN; the reason when it cannot. */
export async function setLearnerPin(profileStore: ProfileStore, pin: string): Promise<string | null> {
  const code = await pinCode()
  const record = code ? await code.newPinRecord(pin) : PIN_NOT_LOADED
  return typeof record === 'string' ? record : profileStore.put({ ...profileStore.active, pin: record })
}

/** Removes the active learner's PIN, once they have entered it; the reason when it cannot. */
export async function removeLearnerPin(profileStore: ProfileStore, pin: string): Promise<string | null> {
  const profile = profileStore.active
  if (!profile.pin) return null
  const problem = await profileStore.checkPin(profile, pin)
  if (problem) return problem
  const unlocked = { ...profile }
  delete unlocked.pin
  return profileStore.put(unlocked)
}

/** Brings a deleted learner back to the list, records and all (a PIN still locks them); the reason when it cannot. */
export async function restoreLearner(profileStore: ProfileStore, id: string): Promise<string | null> {
  const profile = profileStore.deleted.find((candidate) => candidate.id === id)
  if (!profile) return null
  const problem = restoreProblem(profileStore.list.profiles, profile)
  if (problem) return problem
  // A plain copy: IndexedDB refuses Vue's reactive proxies.
  const restored = JSON.parse(JSON.stringify(profile)) as Profile
  delete restored.deletedAt
  return saveAndReread(profileStore, { profiles: { put: [restored] } })
}

/** Erases a deleted learner and every record of theirs now, in one transaction; the reason when it cannot. */
export async function eraseLearner(profileStore: ProfileStore, id: string): Promise<string | null> {
  const problem = await saveAndReread(profileStore, { profiles: { remove: [id] }, removeOwners: [id] })
  // Their recordings live in 语音练习's own database.
  if (!problem)
    void import('../platform/recordings').then((recordings) => recordings.deleteRecordingsOf(id)).catch(() => {})
  return problem
}

async function saveAndReread(
  profileStore: ProfileStore,
  batch: Parameters<ProfileStore['write']>[0],
): Promise<string | null> {
  if (!(await profileStore.write(batch))) return profileStore.saveError
  await profileStore.load(profileStore.activeId)
  return null
}
