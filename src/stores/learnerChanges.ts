/**
 * Changes to a learner that only some pages make (the certificate's name, the PIN), apart from
 * the learners' store, which the first page loads.
 */
import { withCertifiedName } from '../domain/progress/profiles'
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
