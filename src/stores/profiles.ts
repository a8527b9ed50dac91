import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  firstProfile,
  isNamed,
  newUnnamedLearner,
  nameProblem,
  withDetails,
  type DetailsResult,
  type Profile,
  type ProfileList,
  type WelcomeAnswers,
  type WelcomeField,
} from '../domain/progress/profiles'
import { PROFILES_VERSION } from '../domain/progress/profiles'
import { writeProblem, type SavedDatabase } from '../platform/database'
import { openChangeChannel } from '../platform/broadcast'
import { META } from '../platform/storageKeys'
import { now } from '../platform/clock'
import { newId } from '../platform/random'
import { writeJournaled } from '../platform/writeJournal'
import { cleanText } from '../domain/text/sanitize'
import { useSavedDataStore } from './savedData'

type ProfilesMessage = { type: 'profiles' }

/** The learners who use this device, and which one is active; each learner is one saved row. */
export const useProfileStore = defineStore('profiles', () => {
  const saved = useSavedDataStore()
  const profiles = ref<Profile[]>([firstProfile(new Date(0))])
  const activeId = ref('default')
  /** Learners deleted lately, kept with their records under 「最近删除」 (src/stores/learnerChanges.ts deletes and restores them). */
  const deleted = ref<Profile[]>([])
  /** Why the last change to the list could not be saved; null once saving works. */
  const saveError = ref<string | null>(null)
  /** Learners found again from their records when the list was damaged, in plain words. */
  const notice = ref<string | null>(null)
  /** The learner another window switched to, until this window's notice is dismissed: what it records is now theirs. */
  const switchedTo = ref<string | null>(null)

  const list = computed<ProfileList>(() => ({
    version: PROFILES_VERSION,
    activeId: activeId.value,
    profiles: profiles.value,
  }))
  const active = computed(() => profiles.value.find((profile) => profile.id === activeId.value) ?? profiles.value[0]!)
  /** True while the active learner has not chosen their name: the home page then shows the welcome. */
  const needsWelcome = computed(() => !isNamed(active.value))

  const channel = openChangeChannel<ProfilesMessage>((message) => {
    if (message.type === 'profiles') void load(activeId.value)
  })

  /**
   * Reads the learners, each checked on its own; a learner whose record was lost is found again
   * from their rows. The reading (profilesReading.ts) loads only where something is saved.
   */
  async function load(shownHere?: string): Promise<void> {
    const { readProfiles } = await import('./profilesReading')
    const read = await readProfiles(saved.database, { setAside: saved.setAside, write })
    if (read.notice) notice.value = read.notice
    profiles.value = read.profiles
    deleted.value = read.deleted
    activeId.value = read.activeId
    if (shownHere && shownHere !== read.activeId) switchedTo.value = read.activeId
  }

  /**
   * A device that has saved nothing yet: its first learner, in memory until something is saved
   * (`keepFirstLearner`), so a first visit reads and writes nothing before its first page.
   */
  function startFresh(): void {
    profiles.value = [firstProfile(now())]
    activeId.value = profiles.value[0]!.id
  }

  /**
   * Writes the learners made in memory (the first, and any added since), as `load` would have
   * written the first, when the database is first opened to save something and holds no learner:
   * the records saved next are then never taken for a lost learner's.
   */
  async function keepFirstLearner(db: SavedDatabase): Promise<void> {
    if ((await db.profiles()).length > 0) return
    // A plain copy: IndexedDB refuses Vue's reactive proxies.
    await db.write({ profiles: { put: JSON.parse(JSON.stringify(profiles.value)) as Profile[] } })
  }

  async function write(batch: Parameters<typeof saved.database.write>[0]): Promise<boolean> {
    // A name just given or a learner just added survives a reload in the next instant.
    try {
      await writeJournaled(saved.database, batch)
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
    const profile: Profile = { id: newId('p-'), name: cleanText(name), named: true, createdAt: now().toISOString() }
    profiles.value = [...profiles.value, profile]
    activeId.value = profile.id
    const ok = await write({ profiles: { put: [profile] }, meta: { [META.activeProfile]: profile.id } })
    return ok ? null : saveError.value
  }

  /** Saves a changed learner; the reason when it could not be saved. */
  async function put(edited: Profile): Promise<string | null> {
    // A plain copy: IndexedDB refuses Vue's reactive proxies, as the PIN record read from the list is.
    const changed = JSON.parse(JSON.stringify(edited)) as Profile
    profiles.value = profiles.value.map((candidate) => (candidate.id === changed.id ? changed : candidate))
    const ok = await write({ profiles: { put: [changed] } })
    return ok ? null : saveError.value
  }

  /** Saves a learner's changed or welcomed details; what is wrong with each answer otherwise. */
  async function saveDetails(result: DetailsResult): Promise<Partial<Record<WelcomeField | 'save', string>> | null> {
    if (!result.ok) return result.problems
    const problem = await put(result.profile)
    return problem ? { save: problem } : null
  }
  /** Corrects a learner's name, 工号, 班组 or what they are here for (those not given are kept). */
  const edit = (id: string, details: Partial<WelcomeAnswers>) => saveDetails(withDetails(list.value, id, details))
  /** Saves the first-visit welcome's answers to the active learner. */
  const welcome = (answers: WelcomeAnswers) => edit(active.value.id, answers)

  /** Whether `pin` opens `profile`: null when it does (or it has no PIN), else why not. */
  async function checkPin(profile: Profile, pin: string): Promise<string | null> {
    if (!profile.pin) return null
    const code = await pinCode()
    return code ? code.pinMismatch(profile.pin, pin, '请输入 PIN。') : PIN_NOT_LOADED
  }

  /**
   * 锁定并离开: the active learner, who has a PIN, leaves a shared device. The course goes to a learner
   * not yet named (one already here, else a new one), whom the welcome asks the next person's name, so
   * the one who left is opened only with their PIN. Never to another named learner: the next person
   * would study as them. The reason when it could not be saved.
   */
  async function leave(): Promise<string | null> {
    if (!active.value.pin) return null
    const before = { list: profiles.value, activeId: activeId.value }
    // One not yet named who holds no records: one who skipped the welcome and studied is someone's.
    const owners = new Set(await saved.database.owners())
    const added = activateOrAdd(
      profiles.value.find((profile) => !isNamed(profile) && !profile.pin && !owners.has(profile.id)),
    )
    if (await write({ profiles: { put: added }, meta: { [META.activeProfile]: activeId.value } })) return null
    // Not saved: the learner stays, so a reload does not open them without their PIN either.
    profiles.value = before.list
    activeId.value = before.activeId
    return saveError.value
  }

  /** Makes `open` the active learner, or a new learner not yet named when there is none; returns who was added. */
  function activateOrAdd(open: Profile | undefined): Profile[] {
    const added: Profile[] = open ? [] : [newUnnamedLearner(profiles.value, newId('p-'), now())]
    profiles.value = [...profiles.value, ...added]
    activeId.value = (open ?? added[0]!).id
    return added
  }

  /** Switches to a learner; a learner with a PIN only with it. The reason when not switched. */
  async function activate(id: string, pin = ''): Promise<string | null> {
    const profile = profiles.value.find((candidate) => candidate.id === id)
    if (!profile) return null
    if (profile.id !== activeId.value) {
      const problem = await checkPin(profile, pin)
      if (problem) return problem
    }
    activeId.value = id
    const ok = await write({ meta: { [META.activeProfile]: id } })
    return ok ? null : saveError.value
  }

  return {
    list,
    active,
    activeId,
    deleted,
    needsWelcome,
    saveError,
    notice,
    switchedTo,
    load,
    write,
    startFresh,
    keepFirstLearner,
    create,
    put,
    edit,
    welcome,
    checkPin,
    activate,
    leave,
  }
})

/** The PIN's checks and hashing (src/platform/pinLoader.ts), loaded only when a PIN is set or asked: the first page stays small. */
export const pinCode = () => import('../platform/pinLoader').catch(() => null)
export const PIN_NOT_LOADED = 'PIN 功能没有加载成功，请检查网络后重试。'

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useProfileStore, import.meta.hot))
