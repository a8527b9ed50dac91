/**
 * Changes to a learner that only some pages make (the certificate's name, the PIN, bringing back or
 * erasing a deleted learner), apart from the learners' store, which the first page loads.
 */
import { newUnnamedLearner, withCertifiedName, type Profile } from '../domain/progress/profiles'
import { META } from '../platform/storageKeys'
import { now } from '../platform/clock'
import { newId } from '../platform/random'
import { restoredProfile } from '../domain/progress/deletedLearners'
import { PIN_NOT_LOADED, pinCode, type useProfileStore } from './profiles'
import { useSavedDataStore } from './savedData'

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

/**
 * Deletes a learner: they leave the list, their records stay under 「最近删除」 for KEEP_DELETED_DAYS
 * (src/domain/progress/deletedLearners.ts), then go. The last learner stays. Deleting the active
 * learner opens no locked profile: the next is one without a PIN, or a new learner not yet named.
 * The reason when it could not be saved.
 */
export async function deleteLearner(profileStore: ProfileStore, id: string): Promise<string | null> {
  const { profiles } = profileStore.list
  const profile = profiles.find((candidate) => candidate.id === id)
  if (profiles.length <= 1 || !profile) return null
  const gone: Profile = { ...plainCopy(profile), deletedAt: now().toISOString() }
  const rest = profiles.filter((candidate) => candidate.id !== id)
  const added: Profile[] = []
  let activeId = profileStore.activeId
  if (activeId === id) {
    const open = rest.find((candidate) => !candidate.pin) ?? newUnnamedLearner(rest, newId('p-'), now())
    if (!rest.includes(open)) added.push(open)
    activeId = open.id
  }
  return saveAndReread(
    profileStore,
    { profiles: { put: [...added, gone] }, meta: { [META.activeProfile]: activeId } },
    // The learner shown next is this page's own choice, not another window's switch.
    activeId,
  )
}

/**
 * Brings a deleted learner back to the list, records and all (a PIN still locks them), renamed when
 * another learner has taken their name meanwhile: the name they came back under, or why they could not.
 */
export async function restoreLearner(
  profileStore: ProfileStore,
  id: string,
): Promise<{ name: string } | { problem: string }> {
  const profile = await stillDeleted(profileStore, id)
  if (!profile) return { problem: GONE_MEANWHILE }
  const restored = restoredProfile(profileStore.list.profiles, plainCopy(profile))
  const problem = await saveAndReread(profileStore, { profiles: { put: [restored] } })
  return problem ? { problem } : { name: restored.name }
}

/** Erases a deleted learner and every record of theirs now, in one transaction; the reason when it cannot. */
export async function eraseLearner(profileStore: ProfileStore, id: string): Promise<string | null> {
  if (!(await stillDeleted(profileStore, id))) return GONE_MEANWHILE
  const problem = await saveAndReread(profileStore, { profiles: { remove: [id] }, removeOwners: [id] })
  // Their recordings live in 语音练习's own database.
  if (!problem)
    void import('../platform/recordings').then((recordings) => recordings.deleteRecordingsOf(id)).catch(() => {})
  return problem
}

const GONE_MEANWHILE = '这位学员刚在别的窗口被恢复或永久删除了，下面的名单已经更新。'

/**
 * The learner as saved, if they are still deleted: another window may have restored or erased them
 * since this one read the list (which is then read again).
 */
async function stillDeleted(profileStore: ProfileStore, id: string): Promise<Profile | null> {
  const saved = (await useSavedDataStore().database.profiles()).find((item) => (item as Profile | null)?.id === id)
  const profile = profileStore.deleted.find((candidate) => candidate.id === id)
  if (profile && (saved as Profile | undefined)?.deletedAt) return profile
  await profileStore.load(profileStore.activeId)
  return null
}

/** A plain copy: IndexedDB refuses Vue's reactive proxies. */
const plainCopy = (profile: Profile) => JSON.parse(JSON.stringify(profile)) as Profile

async function saveAndReread(
  profileStore: ProfileStore,
  batch: Parameters<ProfileStore['write']>[0],
  activeId = profileStore.activeId,
): Promise<string | null> {
  if (!(await profileStore.write(batch))) return profileStore.saveError
  try {
    await profileStore.load(activeId)
    return null
  } catch {
    return REREAD_FAILED
  }
}

const REREAD_FAILED = '已经保存，但学员名单没有重新读出来，请刷新页面。'
