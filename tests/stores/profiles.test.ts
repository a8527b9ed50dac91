import { describe, expect, it, vi } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { recordingsOf, saveRecording } from '../../src/platform/recordings'
import { useVoiceLabStore } from '../../src/stores/voiceLab'
import type { Profile } from '../../src/domain/progress/profiles'
import {
  certifyLearner,
  deleteLearner,
  eraseLearner,
  reissueCertificate,
  removeLearnerPin,
  restoreLearner,
  setLearnerPin,
} from '../../src/stores/learnerChanges'
import { backupsOf, openTab, refusingDatabase, row, rowKeysOf, savedProgress, useFreshDeviceAt } from './helpers'

const NOW = '2026-03-10T09:00:00.000Z'
const FIRST = { id: 'default', name: '学员 1', createdAt: NOW }

useFreshDeviceAt(NOW)

describe('a new device', () => {
  it('has one learner, 学员 1, saved with the first use of the database so a reload finds the same one', async () => {
    const tab = await openTab()
    expect(tab.profiles.list).toEqual({ version: 1, activeId: 'default', profiles: [FIRST] })
    expect(tab.profiles.active).toEqual(FIRST)
    expect(tab.profiles.notice).toBeNull()
    // Reading the learners opens the database, which keeps the first one (tests/stores/firstVisit.test.ts).
    expect(await tab.saved.database.profiles()).toEqual([FIRST])

    vi.setSystemTime(new Date('2026-03-11T09:00:00.000Z'))
    expect((await openTab()).profiles.list.profiles).toEqual([FIRST])
  })
})

describe('adding, renaming, switching and deleting learners', () => {
  it('adds a learner under the trimmed name, makes them active, and a reload remembers it', async () => {
    const tab = await openTab()
    expect(await tab.profiles.create('  小李 ')).toBeNull()

    const added = tab.profiles.list.profiles[1]!
    expect(added.id).toMatch(/^p-[a-z0-9]+$/)
    expect(tab.profiles.list.profiles).toEqual([FIRST, { id: added.id, name: '小李', named: true, createdAt: NOW }])
    expect(tab.profiles.active).toEqual(added)
    expect((await openTab()).profiles.list).toEqual({ version: 1, activeId: added.id, profiles: [FIRST, added] })
  })

  it.each([
    ['an empty name', '  ', '请输入姓名'],
    ['a name taken already', ' 学员 1 ', '已经有同名的学员'],
    ['a name of 21 characters', '王'.repeat(21), '姓名最多 20 个字'],
  ])('refuses %s, saying why, and saves nothing', async (_, name, problem) => {
    const tab = await openTab()
    expect(await tab.profiles.create(name)).toBe(problem)
    expect(tab.profiles.list.profiles).toEqual([FIRST])
    expect(await tab.saved.database.profiles()).toEqual([FIRST])
  })

  it('renames a learner, trimmed, and keeps who is active', async () => {
    const tab = await openTab()
    await tab.profiles.create('小李')
    const id = tab.profiles.active.id

    expect(await tab.profiles.edit('default', { name: ' 王经理 ' })).toBeNull()
    expect(await tab.profiles.edit('default', { name: '小李' })).toEqual({ name: '已经有同名的学员' })

    const reloaded = await openTab()
    expect(reloaded.profiles.list.profiles.map((profile) => profile.name)).toEqual(['王经理', '小李'])
    expect(reloaded.profiles.active.id).toBe(id)
  })

  it('corrects a learner’s 工号 and 班组, keeps what is not given, and saves nothing when one is wrong', async () => {
    const tab = await openTab()
    await tab.profiles.welcome({ name: '王芳', staffId: 'A-1', team: '一组', purpose: 'newHire' })
    await tab.profiles.create('小李')

    expect(await tab.profiles.edit('default', { team: ' 三组 ' })).toBeNull()
    expect(await tab.profiles.edit('default', { staffId: 'A 1', team: '四组' })).toEqual({
      staffId: '工号只能包含字母、数字和“-”，最多 20 位',
    })
    expect(await tab.profiles.edit(tab.profiles.activeId, { staffId: 'B-2' })).toBeNull()
    expect(await tab.profiles.edit(tab.profiles.activeId, { staffId: '' })).toBeNull()

    const reloaded = await openTab()
    const [wang, li] = reloaded.profiles.list.profiles
    expect(wang).toMatchObject({ name: '王芳', staffId: 'A-1', team: '三组', purpose: 'newHire' })
    expect(li!.name).toBe('小李')
    expect(li).not.toHaveProperty('staffId')
  })

  it.each([
    [0, '学员 1'],
    [1, '小李'],
    [2, '小王'],
  ])('switches to learner %i (%s) and remembers it after a reload', async (index, name) => {
    const tab = await openTab()
    await tab.profiles.create('小李')
    await tab.profiles.create('小王')

    await tab.profiles.activate(tab.profiles.list.profiles[index]!.id)

    expect(tab.profiles.active.name).toBe(name)
    expect((await openTab()).profiles.active.name).toBe(name)
  })

  it('stays with the active learner when asked to switch to one that does not exist', async () => {
    const tab = await openTab()
    await tab.profiles.activate('p-nobody')
    expect(tab.profiles.active).toEqual(FIRST)
    expect((await openTab()).profiles.active).toEqual(FIRST)
  })

  it('deletes a learner to 「最近删除」: their rows stay until they are erased, and restoring brings everything back', async () => {
    const tab = await openTab()
    await tab.progress.setLessonLearned('phone-rings', true)
    await tab.profiles.create('小李')
    const li = tab.profiles.active
    await tab.progress.setLessonLearned('basics-first', true)
    // A learner whose id starts with the deleted one's.
    const neighbour = `${li.id}0`
    await tab.saved.database.write({
      put: [row('run', 'r1', 'anything', li.id), row('lesson', 'basics-first', NOW, neighbour)],
    })
    expect(await rowKeysOf(tab, li.id)).toEqual(['lesson:basics-first', 'run:r1'])

    await deleteLearner(tab.profiles, li.id)

    // The list is read again: the neighbour's rows, whose learner is not saved, are found again as theirs.
    expect(tab.profiles.list.profiles.map((profile) => profile.id)).toEqual(['default', neighbour])
    expect(tab.profiles.deleted).toEqual([{ ...li, deletedAt: NOW }])
    expect(tab.profiles.notice).toContain('有 1 位学员的名单记录丢失')
    // The deleted learner was active: the first remaining one takes over, with their progress, and no
    // other window is said to have switched.
    expect(tab.profiles.active).toEqual(FIRST)
    expect(tab.profiles.switchedTo).toBeNull()
    await vi.waitFor(() => expect(tab.progress.progress).toEqual(savedProgress({ learned: { 'phone-rings': NOW } })))
    expect(await rowKeysOf(tab, li.id)).toEqual(['lesson:basics-first', 'run:r1'])
    // A reload keeps them deleted, never taken for a lost learner found again from their rows.
    const reloaded = await openTab()
    expect(reloaded.profiles.list.profiles.map((profile) => profile.name)).toEqual(['学员 1', '找回的学员 1'])
    expect(reloaded.profiles.deleted.map((profile) => profile.id)).toEqual([li.id])

    expect(await restoreLearner(reloaded.profiles, li.id)).toEqual({ name: '小李' })
    expect(reloaded.profiles.list.profiles.map((profile) => profile.id)).toEqual(['default', li.id, neighbour])
    expect(reloaded.profiles.deleted).toEqual([])
    expect(await reloaded.profiles.activate(li.id)).toBeNull()
    await vi.waitFor(() =>
      expect(reloaded.progress.progress.learned).toEqual({ 'basics-first': expect.any(String) as string }),
    )

    await deleteLearner(reloaded.profiles, li.id)
    expect(await eraseLearner(reloaded.profiles, li.id)).toBeNull()
    expect(reloaded.profiles.deleted).toEqual([])
    expect(await rowKeysOf(reloaded, li.id)).toEqual([])
    expect(await rowKeysOf(reloaded, 'default')).toEqual(['lesson:phone-rings'])
    expect(await rowKeysOf(reloaded, neighbour)).toEqual(['lesson:basics-first'])
    const again = await openTab()
    expect(again.profiles.list.profiles.map((profile) => profile.id)).toEqual(['default', neighbour])
    expect(again.profiles.deleted).toEqual([])
  })

  it('erases a deleted learner with their rows 30 days after the deletion, not a day before', async () => {
    const tab = await openTab()
    await tab.profiles.create('小李')
    const li = tab.profiles.activeId
    await tab.progress.setLessonLearned('basics-first', true)
    await deleteLearner(tab.profiles, li)

    vi.setSystemTime(new Date('2026-04-08T09:00:00.000Z'))
    const day29 = await openTab()
    expect(day29.profiles.deleted.map((profile) => profile.id)).toEqual([li])
    expect(await rowKeysOf(day29, li)).toEqual(['lesson:basics-first'])

    vi.setSystemTime(new Date('2026-04-09T09:00:00.000Z'))
    const day30 = await openTab()
    expect(day30.profiles.deleted).toEqual([])
    expect(day30.profiles.list.profiles).toEqual([FIRST])
    expect(await rowKeysOf(day30, li)).toEqual([])
    expect(await day30.saved.database.profiles()).toEqual([FIRST])
  })

  it('restores a deleted learner under another name when someone on the list has taken theirs', async () => {
    const tab = await openTab()
    await tab.profiles.create('小李')
    const li = tab.profiles.activeId
    await deleteLearner(tab.profiles, li)
    await tab.profiles.create('小李')

    expect(await restoreLearner(tab.profiles, li)).toEqual({ name: '小李（2）' })
    expect(tab.profiles.deleted).toEqual([])
    // Both added at the same instant (the clock stands still here): in either order.
    expect(tab.profiles.list.profiles.map((profile) => profile.name).sort()).toEqual(
      ['学员 1', '小李', '小李（2）'].sort(),
    )
    expect((await openTab()).profiles.list.profiles.find((profile) => profile.id === li)?.name).toBe('小李（2）')
  })

  it('never restores or erases a learner another window has restored or erased since', async () => {
    const first = await openTab()
    await first.profiles.create('小李')
    const li = first.profiles.activeId
    await deleteLearner(first.profiles, li)
    const second = await openTab()
    expect(second.profiles.deleted.map((profile) => profile.id)).toEqual([li])

    expect(await eraseLearner(first.profiles, li)).toBeNull()
    expect(await restoreLearner(second.profiles, li)).toEqual({
      problem: '这位学员刚在别的窗口被恢复或永久删除了，下面的名单已经更新。',
    })
    expect(second.profiles.deleted).toEqual([])
    expect(second.profiles.list.profiles.map((profile) => profile.id)).toEqual(['default'])
    expect((await second.saved.database.profiles()).map((profile) => (profile as Profile).id)).toEqual(['default'])

    await first.profiles.create('小王')
    const wang = first.profiles.activeId
    await deleteLearner(first.profiles, wang)
    const third = await openTab()
    expect(await restoreLearner(first.profiles, wang)).toEqual({ name: '小王' })
    expect(await eraseLearner(third.profiles, wang)).toBe(
      '这位学员刚在别的窗口被恢复或永久删除了，下面的名单已经更新。',
    )
    expect(third.profiles.list.profiles.map((profile) => profile.name)).toContain('小王')
  })

  it('keeps a learner whose deletion cannot be saved on the list, as they were, and says why', async () => {
    const { database, refuse } = refusingDatabase(new DOMException('full', 'QuotaExceededError'))
    const tab = await openTab(database)
    await tab.profiles.create('小李')
    const li = tab.profiles.active
    refuse(true)

    expect(await deleteLearner(tab.profiles, li.id)).toBe('浏览器的存储空间已满，学员名单的修改未能保存')

    expect(tab.profiles.list.profiles).toEqual([FIRST, li])
    expect(tab.profiles.active).toEqual(li)
    expect(tab.profiles.deleted).toEqual([])
    refuse(false)
    expect((await openTab(database)).profiles.list.profiles).toEqual([FIRST, li])
  })

  it('keeps a learner whose time of deletion is damaged deleted, as of now, and restorable', async () => {
    const tab = await openTab()
    await tab.profiles.create('小李')
    const li = tab.profiles.active
    await tab.saved.database.write({ profiles: { put: [{ ...li, deletedAt: 'yesterday' }] } })

    vi.setSystemTime(new Date('2026-03-12T09:00:00.000Z'))
    const reloaded = await openTab()
    expect(reloaded.profiles.list.profiles.map((profile) => profile.name)).toEqual(['学员 1'])
    expect(reloaded.profiles.deleted).toEqual([{ ...li, deletedAt: '2026-03-12T09:00:00.000Z' }])
    expect(reloaded.profiles.notice).toBeNull()
    expect(await reloaded.saved.database.profiles()).toContainEqual({ ...li, deletedAt: '2026-03-12T09:00:00.000Z' })
  })

  it('keeps a learner due for erasure deleted when the erasure cannot be saved, never found again without their PIN', async () => {
    const { database, refuse } = refusingDatabase(new DOMException('full', 'QuotaExceededError'))
    const tab = await openTab(database)
    await tab.profiles.create('小李')
    const li = tab.profiles.activeId
    await setLearnerPin(tab.profiles, '2580')
    await tab.progress.setLessonLearned('basics-first', true)
    await tab.profiles.activate('default')
    await deleteLearner(tab.profiles, li)

    vi.setSystemTime(new Date('2026-04-10T09:00:00.000Z'))
    refuse(true)
    const reloaded = await openTab(database)
    expect(reloaded.profiles.list.profiles.map((profile) => profile.name)).toEqual(['学员 1'])
    expect(reloaded.profiles.deleted.map((profile) => [profile.id, !!profile.pin])).toEqual([[li, true]])
    expect(reloaded.profiles.notice).toBeNull()

    refuse(false)
    const later = await openTab(database)
    expect(later.profiles.deleted).toEqual([])
    expect(later.profiles.list.profiles.map((profile) => profile.name)).toEqual(['学员 1'])
    expect(await rowKeysOf(later, li)).toEqual([])
  })

  it('starts a new first learner when every saved one is deleted, never under a deleted learner’s id', async () => {
    const tab = await openTab()
    await tab.progress.setLessonLearned('basics-first', true)
    await tab.saved.database.write({ profiles: { put: [{ ...FIRST, deletedAt: NOW }] } })

    const reloaded = await openTab()
    expect(reloaded.profiles.active.id).not.toBe('default')
    expect(reloaded.profiles.active.name).toBe('学员 1')
    expect(reloaded.profiles.deleted.map((profile) => profile.id)).toEqual(['default'])
    expect(reloaded.progress.progress.learned).toEqual({})
    expect(await rowKeysOf(reloaded, 'default')).toEqual(['lesson:basics-first'])
  })

  it('keeps the active learner when another one is deleted', async () => {
    const tab = await openTab()
    await tab.profiles.create('小李')
    const li = tab.profiles.active
    await tab.profiles.create('小王')
    await tab.profiles.activate(li.id)

    await deleteLearner(tab.profiles, tab.profiles.list.profiles[2]!.id)

    expect(tab.profiles.list.profiles).toEqual([FIRST, li])
    expect(tab.profiles.active).toEqual(li)
    expect((await openTab()).profiles.list).toEqual({ version: 1, activeId: li.id, profiles: [FIRST, li] })
  })

  it('never deletes the last learner or their progress', async () => {
    const tab = await openTab()
    await tab.progress.setLessonLearned('basics-first', true)

    await deleteLearner(tab.profiles, 'default')

    expect(tab.profiles.list.profiles).toEqual([FIRST])
    expect(await rowKeysOf(tab)).toEqual(['lesson:basics-first'])
  })
})

describe('each learner’s progress', () => {
  it('is kept apart from the others’, after switching and after a reload', async () => {
    const tab = await openTab()
    await tab.progress.setLessonLearned('basics-first', true)

    await tab.profiles.create('小李')
    const li = tab.profiles.active.id
    await vi.waitFor(() => expect(tab.progress.isLearned('basics-first')).toBe(false))
    await tab.progress.setLessonLearned('phone-rings', true)

    await tab.profiles.activate('default')
    await vi.waitFor(() => expect(tab.progress.isLearned('basics-first')).toBe(true))
    expect(tab.progress.isLearned('phone-rings')).toBe(false)

    await tab.profiles.activate(li)
    await vi.waitFor(() => expect(tab.progress.isLearned('phone-rings')).toBe(true))
    expect(tab.progress.isLearned('basics-first')).toBe(false)

    expect(Object.keys((await openTab()).progress.progress.learned)).toEqual(['phone-rings'])
  })
})

describe('two tabs', () => {
  it('both keep the learner each added at the same instant, after a reload and at once', async () => {
    const [a, b] = [await openTab(), await openTab()]

    const problems = await Promise.all([a.profiles.create('小李'), b.profiles.create('小王')])

    expect(problems).toEqual([null, null])
    const names = ['学员 1', '小李', '小王']
    const namesIn = (tab: typeof a) => tab.profiles.list.profiles.map((profile) => profile.name).sort()
    expect(namesIn(await openTab())).toEqual(names)
    await vi.waitFor(() => expect(namesIn(a)).toEqual(names))
    await vi.waitFor(() => expect(namesIn(b)).toEqual(names))
  })

  it('follows the other tab when it adds a learner and switches to them, progress included', async () => {
    const [mine, theirs] = [await openTab(), await openTab()]

    await theirs.profiles.create('小李')
    await theirs.progress.setLessonLearned('phone-rings', true)

    await vi.waitFor(() => expect(mine.profiles.list).toEqual(theirs.profiles.list))
    expect(mine.profiles.active.name).toBe('小李')
    await vi.waitFor(() => expect(mine.progress.progress.learned).toEqual({ 'phone-rings': NOW }))
  })
})

describe('when the browser refuses to save the list', () => {
  it('says so in plain words and keeps the new learner on the page', async () => {
    const { database, refuse } = refusingDatabase(new DOMException('full', 'QuotaExceededError'))
    const tab = await openTab(database)
    refuse(true)

    const problem = await tab.profiles.create('小李')

    expect(problem).toBe('浏览器的存储空间已满，学员名单的修改未能保存')
    expect(tab.profiles.saveError).toBe(problem)
    expect(tab.profiles.active.name).toBe('小李')
    expect(await database.profiles()).toEqual([FIRST])

    refuse(false)
    expect(await tab.profiles.edit('default', { name: '王经理' })).toBeNull()
    expect(tab.profiles.saveError).toBeNull()
  })
})

describe('a saved learner that cannot be read', () => {
  const unreadable = { id: 'p-li', name: 42, createdAt: NOW }

  it('is found again from their rows, and the unreadable record is kept as a backup', async () => {
    const first = await openTab()
    await first.saved.database.write({
      profiles: { put: [unreadable] },
      put: [row('lesson', 'basics-first', NOW, 'p-li')],
    })

    const tab = await openTab()

    expect(tab.profiles.list.profiles).toEqual([FIRST, { id: 'p-li', name: '找回的学员 1', createdAt: NOW }])
    expect(tab.profiles.notice).toBe('有 1 位学员的名单记录丢失，已根据其学习记录找回，可在“学员”页面改名。')
    expect(backupsOf(tab)).toEqual([{ owner: '', reason: '学员记录无法读取', items: [unreadable] }])
    expect(await rowKeysOf(tab, 'p-li')).toEqual(['lesson:basics-first'])
    const reloaded = await openTab()
    expect(reloaded.profiles.notice).toBeNull()
    expect(backupsOf(reloaded)).toHaveLength(1)
  })

  it('is set aside once, not again at every reload', async () => {
    const first = await openTab()
    await first.saved.database.write({ profiles: { put: [unreadable] } })

    for (let i = 0; i < 3; i++) await openTab()

    expect(backupsOf(await openTab())).toEqual([{ owner: '', reason: '学员记录无法读取', items: [unreadable] }])
  })

  it('leaves the first learner active when the saved active one is gone', async () => {
    const first = await openTab()
    await first.profiles.create('小李')
    await first.saved.database.write({ meta: { activeProfile: 'p-gone' } })
    expect((await openTab()).profiles.active).toEqual(FIRST)
  })
})

describe('the first visit: who is learning', () => {
  const answers = { name: ' 王芳 ', staffId: 'A-1024', team: '二组', purpose: 'interview' as const }

  it('asks the first learner their name until they give it, and remembers the answers after a reload', async () => {
    const tab = await openTab()
    expect(tab.profiles.needsWelcome).toBe(true)

    expect(await tab.profiles.welcome(answers)).toBeNull()

    const named = { ...FIRST, name: '王芳', named: true, staffId: 'A-1024', team: '二组', purpose: 'interview' }
    expect(tab.profiles.active).toEqual(named)
    expect(tab.profiles.needsWelcome).toBe(false)
    const reloaded = await openTab()
    expect(reloaded.profiles.active).toEqual(named)
    expect(reloaded.profiles.needsWelcome).toBe(false)
  })

  it('refuses answers it cannot use, saying why, and saves nothing', async () => {
    const tab = await openTab()
    expect(await tab.profiles.welcome({ ...answers, name: '', staffId: '工号' })).toEqual({
      name: '请输入姓名',
      staffId: '工号只能包含字母、数字和“-”，最多 20 位',
    })
    expect(tab.profiles.needsWelcome).toBe(true)
    expect(await tab.saved.database.profiles()).toEqual([FIRST])
  })

  it('does not ask a learner who chose a name before the welcome existed, nor one added by name', async () => {
    const first = await openTab()
    await first.saved.database.write({ profiles: { put: [{ ...FIRST, name: '王经理' }] } })
    const tab = await openTab()
    expect(tab.profiles.needsWelcome).toBe(false)
    await tab.profiles.create('小李')
    expect(tab.profiles.needsWelcome).toBe(false)
  })
})

describe('the certificate name', () => {
  it('is fixed when the learner has passed, and a later rename leaves it', async () => {
    const tab = await openTab()
    await certifyLearner(tab.profiles, 'default')
    expect(tab.profiles.active.certifiedName).toBeUndefined() // not named yet: nothing to fix

    await tab.profiles.edit('default', { name: '王芳' })
    await certifyLearner(tab.profiles, 'default')
    await tab.profiles.edit('default', { name: '王小芳' })

    const reloaded = await openTab()
    expect(reloaded.profiles.active).toMatchObject({ name: '王小芳', certifiedName: '王芳' })
    // A trainer reissues: the next certificate bears the present name.
    await reissueCertificate(reloaded.profiles, 'default')
    await certifyLearner(reloaded.profiles, 'default')
    expect((await openTab()).profiles.active.certifiedName).toBe('王小芳')
  })
})

describe('a PIN on a shared PC', () => {
  it('is kept only as a salted hash, and switching back in asks for it', async () => {
    const tab = await openTab()
    await tab.profiles.edit('default', { name: '王芳' })
    expect(await setLearnerPin(tab.profiles, '25a0')).toBe('PIN 必须是 4 位数字')
    expect(await setLearnerPin(tab.profiles, '2580')).toBeNull()
    const saved = (await tab.saved.database.profiles())[0] as Profile
    expect(saved).toMatchObject({ pin: { salt: expect.stringMatching(/^[0-9a-f]{32}$/), iterations: 150_000 } })
    expect(JSON.stringify(saved)).not.toContain('2580')

    await tab.profiles.create('小李')
    expect(await tab.profiles.activate('default')).toBe('请输入 PIN。')
    expect(await tab.profiles.activate('default', '12')).toBe('PIN 必须是 4 位数字')
    expect(await tab.profiles.activate('default', '1234')).toBe('PIN 不对，请再试一次。')
    expect(tab.profiles.active.name).toBe('小李')
    expect((await openTab()).profiles.active.name).toBe('小李')

    expect(await tab.profiles.activate('default', '2580')).toBeNull()
    expect(tab.profiles.active.name).toBe('王芳')
    // Renaming keeps the PIN.
    await tab.profiles.edit('default', { name: '王小芳' })
    expect((await openTab()).profiles.active.pin).toEqual(saved.pin)
  })

  it('锁定并离开 leaves the learner for one not yet named, so the next person opens them only with the PIN', async () => {
    const tab = await openTab()
    await tab.profiles.edit('default', { name: '王芳' })
    // Without a PIN there is nothing to lock: the learner stays.
    expect(await tab.profiles.leave()).toBeNull()
    expect(tab.profiles.active.name).toBe('王芳')

    await setLearnerPin(tab.profiles, '2580')
    await tab.profiles.create('小李')
    await tab.profiles.activate('default', '2580')
    expect(await tab.profiles.leave()).toBeNull()
    // A new learner not yet named, whom the welcome asks: never 小李, who would then be studied as.
    expect(tab.profiles.active).toMatchObject({ name: '学员 1', named: false })
    expect(tab.profiles.needsWelcome).toBe(true)
    expect((await openTab()).profiles.active.name).toBe('学员 1')
    expect(await tab.profiles.activate('default')).toBe('请输入 PIN。')

    // The next time, the learner not yet named is used again rather than another added.
    expect(await tab.profiles.activate('default', '2580')).toBeNull()
    expect(await tab.profiles.leave()).toBeNull()
    expect(tab.profiles.list.profiles.map((profile) => profile.name)).toEqual(['王芳', '小李', '学员 1'])
    expect(tab.profiles.active.name).toBe('学员 1')
  })

  it('锁定并离开 never hands the next person a learner not yet named who holds records', async () => {
    const tab = await openTab()
    await tab.profiles.edit('default', { name: '王芳' })
    await setLearnerPin(tab.profiles, '2580')
    expect(await tab.profiles.leave()).toBeNull()
    const skipped = tab.profiles.activeId
    // Someone studies without giving a name…
    await tab.progress.setLessonLearned('basics-first', true)
    await tab.profiles.activate('default', '2580')
    expect(await tab.profiles.leave()).toBeNull()
    // …so the next person gets a learner of their own, not those records.
    expect(tab.profiles.activeId).not.toBe(skipped)
    expect(tab.profiles.active).toMatchObject({ name: '学员 2', named: false })
    expect(tab.progress.isLearned('basics-first')).toBe(false)
  })

  it('锁定并离开 that cannot be saved keeps the learner, so a reload does not open them without the PIN', async () => {
    const { database, refuse } = refusingDatabase(new DOMException('full', 'QuotaExceededError'))
    const tab = await openTab(database)
    await tab.profiles.edit('default', { name: '王芳' })
    await setLearnerPin(tab.profiles, '2580')
    refuse(true)
    expect(await tab.profiles.leave()).toBe('浏览器的存储空间已满，学员名单的修改未能保存')
    expect(tab.profiles.active.name).toBe('王芳')
    expect(tab.profiles.list.profiles.map((profile) => profile.name)).toEqual(['王芳'])
    refuse(false)
    expect((await openTab(database)).profiles.active.name).toBe('王芳')
  })

  it('is removed only with the PIN', async () => {
    const tab = await openTab()
    await setLearnerPin(tab.profiles, '2580')
    expect(await removeLearnerPin(tab.profiles, '0000')).toBe('PIN 不对，请再试一次。')
    expect(tab.profiles.active.pin).toBeDefined()
    expect(await removeLearnerPin(tab.profiles, '2580')).toBeNull()
    expect((await openTab()).profiles.active.pin).toBeUndefined()
  })

  it('says why a page without WebCrypto (an http address) cannot set or ask for one, and keeps the profile as it was', async () => {
    const tab = await openTab()
    await setLearnerPin(tab.profiles, '2580')
    await tab.profiles.create('小李')
    const subtle = vi.spyOn(globalThis.crypto, 'subtle', 'get').mockReturnValue(undefined as unknown as SubtleCrypto)
    const unsupported = '这个浏览器在此网址下无法使用 PIN（需要 https 网址）。'
    expect(await setLearnerPin(tab.profiles, '1234')).toBe(unsupported)
    expect(tab.profiles.active.pin).toBeUndefined()
    expect(await tab.profiles.activate('default', '2580')).toBe(unsupported)
    expect(tab.profiles.active.name).toBe('小李')
    subtle.mockRestore()
    expect(await tab.profiles.activate('default', '2580')).toBeNull()
  })

  it('is not got round by deleting the active learner: a locked one is not opened in their place', async () => {
    const tab = await openTab()
    await setLearnerPin(tab.profiles, '2580')
    await tab.profiles.create('小李')

    await deleteLearner(tab.profiles, tab.profiles.activeId)

    expect(tab.profiles.active.id).not.toBe('default')
    expect(tab.profiles.active.name).toBe('学员 2')
    expect(tab.profiles.needsWelcome).toBe(true)
    expect(tab.profiles.switchedTo).toBeNull()
    expect((await openTab()).profiles.list.profiles.map((profile) => profile.name)).toEqual(['学员 1', '学员 2'])
  })
})

describe('a saved learner with a damaged detail', () => {
  it('is kept without it, with a notice, and the record as it was goes to a backup', async () => {
    const first = await openTab()
    const damaged = { ...FIRST, name: '王芳', team: 42, purpose: 'boss' }
    await first.saved.database.write({ profiles: { put: [damaged] } })

    const tab = await openTab()

    expect(tab.profiles.list.profiles).toEqual([{ ...FIRST, name: '王芳' }])
    expect(tab.profiles.notice).toBe('部分学员资料无法读取，已清除，可在“学员”页面重新填写：王芳（班组、学习目的）。')
    expect(backupsOf(tab)).toEqual([{ owner: '', reason: '学员资料部分无法读取', items: [damaged] }])
    const reloaded = await openTab()
    expect(reloaded.profiles.notice).toBeNull()
    expect(await reloaded.saved.database.profiles()).toEqual([{ ...FIRST, name: '王芳' }])
  })
})

describe('a deleted learner’s recordings', () => {
  it('are kept while they may be restored, and erased with the learner; another learner’s stay', async () => {
    globalThis.indexedDB = new IDBFactory()
    const recording = (id: string, owner: string) => ({
      id,
      owner,
      createdAt: NOW,
      scriptId: 'reading',
      blob: new Blob([new Uint8Array(10)], { type: 'audio/webm' }),
      mimeType: 'audio/webm',
      size: 10,
      partial: false,
    })
    const tab = await openTab()
    await tab.profiles.create('小李')
    const li = tab.profiles.activeId
    await saveRecording(recording('a', li))
    await saveRecording(recording('b', 'default'))

    await deleteLearner(tab.profiles, li)
    expect((await recordingsOf(li)).map((r) => r.id)).toEqual(['a'])
    // Opening 语音练习 drops the recordings of learners no longer here, but not of one who may be restored.
    await useVoiceLabStore(tab.pinia).readyAll()
    expect((await recordingsOf(li)).map((r) => r.id)).toEqual(['a'])

    await eraseLearner(tab.profiles, li)
    await vi.waitFor(async () => expect(await recordingsOf(li)).toEqual([]))
    expect((await recordingsOf('default')).map((r) => r.id)).toEqual(['b'])
  })
})
