import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as v from 'valibot'
import {
  ProfileSchema,
  firstProfile,
  nameProblem,
  recoveredProfiles,
  type Profile,
  type ProfileList,
} from '../domain/progress/profiles'
import { PROFILES_VERSION } from '../domain/progress/profiles'
import { writeProblem } from '../platform/database'
import { openChangeChannel } from '../platform/broadcast'
import { META } from '../platform/storageKeys'
import { now } from '../platform/clock'
import { newId } from '../platform/random'
import { cleanText } from '../domain/text/sanitize'
import { useSavedDataStore } from './savedData'

type ProfilesMessage = { type: 'profiles' }

/** The learners who use this device, and which one is active; each learner is one saved row. */
export const useProfileStore = defineStore('profiles', () => {
  const saved = useSavedDataStore()
  const profiles = ref<Profile[]>([firstProfile(new Date(0))])
  const activeId = ref('default')
  /** Why the last change to the list could not be saved; null once saving works. */
  const saveError = ref<string | null>(null)
  /** Learners found again from their records when the list was damaged, in plain words. */
  const notice = ref<string | null>(null)

  const list = computed<ProfileList>(() => ({
    version: PROFILES_VERSION,
    activeId: activeId.value,
    profiles: profiles.value,
  }))
  const active = computed(() => profiles.value.find((profile) => profile.id === activeId.value) ?? profiles.value[0]!)

  const channel = openChangeChannel<ProfilesMessage>((message) => {
    if (message.type === 'profiles') void load()
  })

  /** Reads the learners, each checked on its own; a learner whose record was lost is found again from their rows. */
  async function load(): Promise<void> {
    const db = saved.database
    const stored = await db.profiles()
    const read: Profile[] = []
    const unreadable: unknown[] = []
    for (const item of stored) {
      const parsed = v.safeParse(ProfileSchema, item)
      if (parsed.success) read.push(parsed.output)
      else unreadable.push(item)
    }
    const found = recoveredProfiles(await db.owners(), read, now())
    if (unreadable.length > 0) {
      // Set aside once: the unreadable record leaves the list as it goes into the backup.
      await saved.setAside('', '学员记录无法读取', unreadable)
      await write({ profiles: { remove: unreadable.flatMap(idOf) } })
    }
    if (found.length > 0 || read.length === 0) {
      const added = read.length === 0 && found.length === 0 ? [firstProfile(now())] : found
      await write({ profiles: { put: added } })
      read.push(...added)
      if (found.length > 0)
        notice.value = `有 ${found.length} 位学员的名单记录丢失，已根据其学习记录找回，可在“学员”页面改名。`
    }
    profiles.value = read.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    const savedActive = await db.meta(META.activeProfile)
    activeId.value =
      typeof savedActive === 'string' && read.some((profile) => profile.id === savedActive) ? savedActive : read[0]!.id
  }

  function idOf(item: unknown): string[] {
    const id = (item as { id?: unknown } | null)?.id
    return typeof id === 'string' ? [id] : []
  }

  async function write(batch: Parameters<typeof saved.database.write>[0]): Promise<boolean> {
    try {
      await saved.database.write(batch)
      saveError.value = null
      channel.post({ type: 'profiles' })
      return true
    } catch (error) {
      saveError.value = `${writeProblem(error)}，学员名单的修改未能保存`
      return false
    }
  }

  /** Adds a learner and makes them active; the reason when the name cannot be used. */
  async function create(name: string): Promise<string | null> {
    const problem = nameProblem(list.value, name)
    if (problem) return problem
    const profile: Profile = { id: newId('p-'), name: cleanText(name), createdAt: now().toISOString() }
    profiles.value = [...profiles.value, profile]
    activeId.value = profile.id
    const ok = await write({ profiles: { put: [profile] }, meta: { [META.activeProfile]: profile.id } })
    return ok ? null : saveError.value
  }

  async function rename(id: string, name: string): Promise<string | null> {
    const problem = nameProblem(list.value, name, id)
    if (problem) return problem
    const profile = profiles.value.find((candidate) => candidate.id === id)
    if (!profile) return null
    const renamed = { ...profile, name: cleanText(name) }
    profiles.value = profiles.value.map((candidate) => (candidate.id === id ? renamed : candidate))
    const ok = await write({ profiles: { put: [renamed] } })
    return ok ? null : saveError.value
  }

  /** Deletes a learner and every record of theirs, in one transaction; the last learner stays. */
  async function remove(id: string): Promise<void> {
    if (profiles.value.length <= 1 || !profiles.value.some((profile) => profile.id === id)) return
    profiles.value = profiles.value.filter((profile) => profile.id !== id)
    if (activeId.value === id) activeId.value = profiles.value[0]!.id
    await write({ profiles: { remove: [id] }, removeOwners: [id], meta: { [META.activeProfile]: activeId.value } })
  }

  async function activate(id: string): Promise<void> {
    if (!profiles.value.some((profile) => profile.id === id)) return
    activeId.value = id
    await write({ meta: { [META.activeProfile]: id } })
  }

  function dismissNotice(): void {
    notice.value = null
  }

  return { list, active, activeId, saveError, notice, load, create, rename, remove, activate, dismissNotice }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useProfileStore, import.meta.hot))
