import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { Scorm12API } from 'scorm-again'
import { createAppRouter } from '../../src/router'
import { encodeResume } from '../../src/domain/lms/suspendData'
import { emptyProgress } from '../../src/domain/progress/progress'
import { loadSavedData } from '../../src/stores/loadSavedData'
import { useLmsStore } from '../../src/stores/lms'
import { useLmsPresenceStore } from '../../src/stores/lmsPresence'
import { useProfileStore } from '../../src/stores/profiles'
import { setLearnerPin } from '../../src/stores/learnerChanges'
import { useProgressStore } from '../../src/stores/progress'
import { openAtHome } from './helpers'

const quiet = { lmsCommitUrl: false, logLevel: 5, autocommit: false } as const

async function launched(cmi: Record<string, unknown>) {
  const { router } = await openAtHome()
  const api = new Scorm12API(quiet)
  api.loadFromJSON(cmi)
  await useLmsStore().start({ kind: 'scorm12', api }, router)
  await flushPromises()
  return { api, router }
}

describe('useLmsStore', () => {
  it('takes the learner and their progress from the LMS, goes to the bookmark and reports as they go', async () => {
    const resume = emptyProgress()
    resume.learned = { 'basics-first': '2026-03-01T08:00:00.000Z' }
    const { api, router } = await launched({
      core: { student_name: '王, 小明', student_id: 'w1', entry: 'resume', lesson_location: '/modules/phone' },
      suspend_data: encodeResume(resume),
    })
    expect(useLmsPresenceStore().active).toBe(true)
    expect(useProfileStore().active).toMatchObject({ name: '王小明', named: true })
    expect(useProfileStore().needsWelcome).toBe(false)
    expect(useProgressStore().isLearned('basics-first')).toBe(true)
    expect(router.currentRoute.value.fullPath).toBe('/modules/phone')

    await useProgressStore().setLessonLearned('basics-second', true)
    await flushPromises()
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete')
    expect(api.LMSGetValue('cmi.core.lesson_location')).toBe('/modules/phone')
    const saved = api.LMSGetValue('cmi.suspend_data')
    expect(saved.length).toBeLessThanOrEqual(4096)

    await router.push('/modules/basics/lessons/basics-second')
    await flushPromises()
    expect(api.LMSGetValue('cmi.core.lesson_location')).toBe('/modules/basics/lessons/basics-second')

    await useLmsStore().finish()
    await useLmsStore().finish()
    expect(api.isTerminated()).toBe(true)
  })

  it('tells the learner when the LMS refuses the launch, and leaves the course on its own', async () => {
    const { router } = await openAtHome()
    const api = new Scorm12API(quiet)
    api.LMSInitialize = () => 'false'
    api.LMSGetLastError = () => '101'
    await useLmsStore().start({ kind: 'scorm12', api }, router)
    expect(useLmsPresenceStore().active).toBe(false)
    expect(useLmsPresenceStore().problem).toBe(
      '学习平台没有开始这次学习：学习平台出现一般错误（错误代码 101）。课程仍可照常学习，但这次的学习进度不会记入学习平台。',
    )
    expect(useProfileStore().needsWelcome).toBe(true)
  })

  it('tells the learner when what the LMS kept cannot be read, and keeps this device’s record', async () => {
    await launched({ core: { student_name: 'Li, Lei', entry: 'resume' }, suspend_data: 'K1garbage' })
    expect(useLmsPresenceStore().problem).toBe(
      '没能恢复学习平台保存的进度：学习平台保存的进度已损坏，无法恢复。本机已有的记录不受影响。',
    )
    expect(useProfileStore().active.name).toBe('Lei Li')
  })

  it('reports nothing for another learner while the launched one is locked by a PIN, then reports once switched', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    await loadSavedData(pinia)
    const profiles = useProfileStore()
    expect(await profiles.edit(profiles.activeId, { name: '王小明' })).toBeNull()
    expect(await setLearnerPin(profiles, '2468')).toBeNull()
    const wang = profiles.activeId
    expect(await profiles.create('李雷')).toBeNull()
    await useProgressStore().setLessonLearned('basics-first', true)

    const router = createAppRouter(createMemoryHistory())
    await router.push('/')
    await router.isReady()
    const api = new Scorm12API(quiet)
    // What the LMS kept for 王小明 from another PC: his second lesson.
    const kept = { ...emptyProgress(), learned: { 'basics-second': '2026-11-20T09:00:00.000Z' } }
    api.loadFromJSON({ core: { student_name: '王, 小明', student_id: 'w1' }, suspend_data: encodeResume(kept) })
    await useLmsStore().start({ kind: 'scorm12', api }, router)
    await flushPromises()

    expect(profiles.active.name).toBe('李雷')
    expect(useLmsPresenceStore().problem).toContain('学员「王小明」设了 PIN')
    // Nothing of 王小明's is given to 李雷, and his profile is not claimed for the LMS learner before his PIN.
    expect(useProgressStore().isLearned('basics-second')).toBe(false)
    expect(profiles.list.profiles.find((profile) => profile.id === wang)?.lmsLearner).toBeUndefined()
    // 李雷's lesson is not reported as 王小明's: what the LMS keeps stays as it was.
    expect(api.LMSGetValue('cmi.suspend_data')).toBe(encodeResume(kept))
    await router.push('/modules/basics')
    await flushPromises()
    expect(api.LMSGetValue('cmi.suspend_data')).toBe(encodeResume(kept))

    expect(await profiles.activate(wang, '2468')).toBeNull()
    await flushPromises()
    expect(useLmsPresenceStore().problem).toBeNull()
    // Switched to: what the LMS kept is his, and he is this LMS learner from now on.
    await expect.poll(() => useProgressStore().isLearned('basics-second')).toBe(true)
    await expect.poll(() => profiles.active.lmsLearner).toBe('w1')
    // Reported from now on: his records (what the LMS kept, merged in) and where he is.
    await expect.poll(() => api.LMSGetValue('cmi.core.lesson_location')).toBe('/modules/basics')
    expect(api.LMSGetValue('cmi.suspend_data')).toMatch(/^K1/)
  })

  it('退出课程 ends the session once, and says the course is left', async () => {
    const { api } = await launched({ core: { student_name: 'Li, Lei' } })
    expect(useLmsPresenceStore().returnUrl).toBeNull()
    expect(await useLmsStore().exit()).toBe(false)
    expect(api.isTerminated()).toBe(true)
    expect(useLmsPresenceStore().ended).toBe(true)
    await useProgressStore().setLessonLearned('basics-first', true)
    await flushPromises()
    expect(useLmsPresenceStore().problem).toBeNull()
  })

  it('退出课程 with a save the LMS refused says so, and no longer promises to try again', async () => {
    const { api } = await launched({ core: { student_name: 'Li, Lei' } })
    api.LMSCommit = () => 'false'
    api.LMSGetLastError = () => '101'
    await useProgressStore().setLessonLearned('basics-first', true)
    await flushPromises()
    expect(useLmsPresenceStore().problem).toMatch(/稍后会再试/)

    expect(await useLmsStore().exit()).toBe(false)
    expect(useLmsPresenceStore().ended).toBe(true)
    expect(useLmsPresenceStore().exitRefused).toBe('学习平台没能保存学习进度：学习平台出现一般错误（错误代码 101）。')
    // The notice that promised another try is taken down: nothing is tried after the exit.
    expect(useLmsPresenceStore().problem).toBeNull()
  })

  it('退出课程 sends again what the LMS refused before, and says nothing is missing once it takes it', async () => {
    const { api } = await launched({ core: { student_name: 'Li, Lei' } })
    const commit = api.LMSCommit.bind(api)
    api.LMSCommit = () => 'false'
    api.LMSGetLastError = () => '101'
    await useProgressStore().setLessonLearned('basics-first', true)
    await flushPromises()
    expect(useLmsPresenceStore().problem).toMatch(/稍后会再试/)
    // The LMS is back before the retry's time: the exit itself sends what was refused.
    api.LMSCommit = commit
    expect(await useLmsStore().exit()).toBe(false)
    expect(useLmsPresenceStore().exitRefused).toBeNull()
    expect(useLmsPresenceStore().problem).toBeNull()
    expect(api.isTerminated()).toBe(true)
    // A later call (a page hide after the exit) learns the same.
    expect(await useLmsStore().finish({ closing: true })).toBeNull()
  })

  it('tells the learner when a SCORM package was launched without its LMS', async () => {
    const { router } = await openAtHome()
    await useLmsStore().start({ kind: 'scormMissing' }, router)
    expect(useLmsPresenceStore().active).toBe(false)
    expect(useLmsPresenceStore().problem).toMatch(/^课程没有连上学习平台，这次的学习不会记入学习平台/)
  })
})
