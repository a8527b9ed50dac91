import { describe, expect, it, vi } from 'vitest'
import type { ProfileList } from '../../src/domain/progress/profiles'
import type { SavedProgress } from '../../src/domain/progress/progress'
import { useProfileStore } from '../../src/stores/profiles'
import { useProgressStore } from '../../src/stores/progress'
import { PROFILES_KEY, PROGRESS_KEY, openPage, otherTabSaves, savedProgress, stored, useFreshDeviceAt } from './helpers'

const NOW = '2026-03-10T09:00:00.000Z'
const FIRST = { id: 'default', name: '学员 1', createdAt: NOW }

/** The app opened (or reloaded) on this device. */
function openProfiles() {
  openPage()
  return useProfileStore()
}

function savedList(): ProfileList | null {
  return stored<ProfileList>(PROFILES_KEY)
}

useFreshDeviceAt(NOW)

describe('a new device', () => {
  it('has one learner, 学员 1, whose progress uses the original key', () => {
    const profiles = useProfileStore()
    expect(profiles.list).toEqual({ version: 1, activeId: 'default', profiles: [FIRST] })
    expect(profiles.active).toEqual(FIRST)
    expect(profiles.progressKey).toBe(PROGRESS_KEY)
    expect(savedList()).toBeNull()
  })
})

describe('adding, renaming, switching and deleting learners', () => {
  it('adds a learner under the trimmed name, makes them active, and a reload remembers it', () => {
    const profiles = useProfileStore()
    profiles.create('  小李 ')

    const added = profiles.list.profiles[1]!
    expect(profiles.list.profiles).toEqual([FIRST, { id: added.id, name: '小李', createdAt: NOW }])
    expect(profiles.active).toEqual(added)
    expect(profiles.progressKey).toBe(`${PROGRESS_KEY}.${added.id}`)

    const reloaded = openProfiles()
    expect(reloaded.list).toEqual({ version: 1, activeId: added.id, profiles: [FIRST, added] })
  })

  it('gives every learner a progress key of their own', () => {
    const profiles = useProfileStore()
    profiles.create('小李')
    profiles.create('小王')
    profiles.create('小李')

    const keys = profiles.list.profiles.map((profile) => {
      profiles.activate(profile.id)
      return profiles.progressKey
    })
    expect(new Set(keys).size).toBe(4)
  })

  it('renames a learner, trimmed, and keeps who is active', () => {
    const profiles = useProfileStore()
    profiles.create('小李')
    const id = profiles.active.id

    profiles.rename('default', ' 王经理 ')

    const reloaded = openProfiles()
    expect(reloaded.list.profiles.map((profile) => profile.name)).toEqual(['王经理', '小李'])
    expect(reloaded.active.id).toBe(id)
  })

  it.each([
    [0, '学员 1'],
    [1, '小李'],
    [2, '小王'],
  ])('switches to learner %i (%s) and remembers it after a reload', (index, name) => {
    const profiles = useProfileStore()
    profiles.create('小李')
    profiles.create('小王')

    profiles.activate(profiles.list.profiles[index]!.id)

    expect(profiles.active.name).toBe(name)
    expect(openProfiles().active.name).toBe(name)
  })

  it('stays with the active learner when asked to switch to one that does not exist', () => {
    const profiles = useProfileStore()
    profiles.activate('p-nobody')
    expect(profiles.active).toEqual(FIRST)
  })

  it('deletes a learner with their saved progress and its backup, keeping everyone else’s', () => {
    const profiles = useProfileStore()
    profiles.create('小李')
    const id = profiles.active.id
    const key = profiles.progressKey
    localStorage.setItem(key, JSON.stringify(savedProgress({ learned: { 'basics-first': NOW } })))
    localStorage.setItem(`${key}.backup`, '{oops')
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(savedProgress({ learned: { 'phone-rings': NOW } })))

    profiles.remove(id)

    expect(profiles.list.profiles).toEqual([FIRST])
    // The deleted learner was active: the first remaining one takes over.
    expect(profiles.active).toEqual(FIRST)
    expect(localStorage.getItem(key)).toBeNull()
    expect(localStorage.getItem(`${key}.backup`)).toBeNull()
    expect(stored<SavedProgress>(PROGRESS_KEY)?.learned).toEqual({ 'phone-rings': NOW })
    expect(openProfiles().list).toEqual({ version: 1, activeId: 'default', profiles: [FIRST] })
  })

  it('keeps the active learner when another one is deleted', () => {
    const profiles = useProfileStore()
    profiles.create('小李')
    const li = profiles.active
    profiles.create('小王')
    profiles.activate(li.id)

    profiles.remove(profiles.list.profiles[2]!.id)

    expect(profiles.list.profiles).toEqual([FIRST, li])
    expect(profiles.active).toEqual(li)
  })

  it('never deletes the last learner or their progress', () => {
    const profiles = useProfileStore()
    const progress = JSON.stringify(savedProgress({ learned: { 'basics-first': NOW } }))
    localStorage.setItem(PROGRESS_KEY, progress)

    profiles.remove('default')

    expect(profiles.list.profiles).toEqual([FIRST])
    expect(localStorage.getItem(PROGRESS_KEY)).toBe(progress)
  })
})

describe('each learner’s progress', () => {
  it('is kept apart from the others’, after switching and after a reload', async () => {
    const profiles = useProfileStore()
    const progress = useProgressStore()
    progress.setLessonLearned('basics-first', true)

    profiles.create('小李')
    const li = profiles.active.id
    await vi.waitFor(() => expect(progress.isLearned('basics-first')).toBe(false))
    progress.setLessonLearned('phone-rings', true)

    profiles.activate('default')
    await vi.waitFor(() => expect(progress.isLearned('basics-first')).toBe(true))
    expect(progress.isLearned('phone-rings')).toBe(false)

    profiles.activate(li)
    await vi.waitFor(() => expect(progress.isLearned('phone-rings')).toBe(true))
    expect(progress.isLearned('basics-first')).toBe(false)

    openPage()
    expect(Object.keys(useProgressStore().progress.learned)).toEqual(['phone-rings'])
  })
})

describe('another tab', () => {
  it('is followed when it adds a learner and switches to them, progress included', async () => {
    const profiles = useProfileStore()
    const progress = useProgressStore()
    const theirs: ProfileList = {
      version: 1,
      activeId: 'p-li',
      profiles: [FIRST, { id: 'p-li', name: '小李', createdAt: NOW }],
    }
    localStorage.setItem(`${PROGRESS_KEY}.p-li`, JSON.stringify(savedProgress({ learned: { 'phone-rings': NOW } })))

    otherTabSaves(PROFILES_KEY, JSON.stringify(theirs))

    expect(profiles.list).toEqual(theirs)
    expect(profiles.active.name).toBe('小李')
    await vi.waitFor(() => expect(progress.progress.learned).toEqual({ 'phone-rings': NOW }))
  })

  it.each([
    ['a value that is not JSON', '{oops'],
    ['an empty list of learners', JSON.stringify({ version: 1, activeId: 'default', profiles: [] })],
  ])('is not followed when it saves %s', (_, raw) => {
    const profiles = useProfileStore()
    profiles.create('小李')
    const before = profiles.list

    otherTabSaves(PROFILES_KEY, raw)

    expect(profiles.list).toEqual(before)
  })
})

describe('a saved list of learners', () => {
  it('falls back to the first learner when the active one is not in the list', () => {
    const li = { id: 'p-li', name: '小李', createdAt: NOW }
    localStorage.setItem(PROFILES_KEY, JSON.stringify({ version: 1, activeId: 'p-gone', profiles: [li, FIRST] }))
    expect(openProfiles().active).toEqual(li)
  })

  it.each([
    ['not JSON', '{"version":1,'],
    ['of an unknown version', JSON.stringify({ version: 2, activeId: 'default', profiles: [FIRST] })],
    ['with a bad id', JSON.stringify({ version: 1, activeId: 'A B', profiles: [{ ...FIRST, id: 'A B' }] })],
  ])('that is %s starts again with 学员 1 and does not crash', (_, raw) => {
    localStorage.setItem(PROFILES_KEY, raw)
    const profiles = openProfiles()
    expect(profiles.list).toEqual({ version: 1, activeId: 'default', profiles: [FIRST] })
    expect(profiles.progressKey).toBe(PROGRESS_KEY)
  })
})
