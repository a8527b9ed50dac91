import { describe, expect, it, vi } from 'vitest'
import { memoryDatabase, type SavedDatabase } from '../../src/platform/database'
import savedV1 from '../fixtures/saved/v1.json'
import savedV2 from '../fixtures/saved/v2.json'
import {
  LEGACY_PROFILES_KEY,
  LEGACY_PROGRESS_KEY,
  backupsOf,
  openTab,
  rowKeysOf,
  rowsOf,
  savedProgress,
  useFreshDeviceAt,
} from './helpers'

const NOW = '2026-03-10T09:00:00.000Z'
const FIRST = { id: 'default', name: '学员 1', createdAt: '2026-01-05T08:00:00.000Z' }
const LI = { id: 'p-li', name: '小李', createdAt: '2026-02-01T08:00:00.000Z' }
const LI_KEY = `${LEGACY_PROGRESS_KEY}.p-li`
/** 学员 1's and 小李's progress as the localStorage version saved it. */
const V1_ROWS = ['lesson:beijing-map-case', 'lesson:qualities-skills']
const V2_ROWS = [
  'attempt:m-qualities-a1',
  'card:q-multiple',
  'lesson:beijing-map-case',
  'run:beijing-map-r1',
  'session:mixed',
]

useFreshDeviceAt(NOW)

/** What the localStorage version saved: the list of learners, then each learner's progress. */
function savedByLocalStorageVersion(listText: string | null, progress: Record<string, unknown>): void {
  if (listText !== null) localStorage.setItem(LEGACY_PROFILES_KEY, listText)
  for (const [key, value] of Object.entries(progress)) localStorage.setItem(key, JSON.stringify(value))
}

const listOf = (profiles: unknown[], activeId = 'p-li') => JSON.stringify({ version: 1, activeId, profiles })

/** The notice after a move that could not read everything. */
const migrationNotice = (problems: string[]) =>
  `之前保存的学习记录有部分无法读取（${problems.join('；')}），能读取的部分已保留，原文已另存为备份，可在“学员”页面下载。`

describe('moving from localStorage', () => {
  it('moves two learners’ progress of versions 1 and 2 to rows, then removes the old keys', async () => {
    savedByLocalStorageVersion(listOf([FIRST, LI]), { [LEGACY_PROGRESS_KEY]: savedV1, [LI_KEY]: savedV2 })

    const tab = await openTab()

    expect(tab.profiles.list).toEqual({ version: 1, activeId: 'p-li', profiles: [FIRST, LI] })
    expect(tab.progress.progress).toEqual(savedV2)
    expect(await rowKeysOf(tab, 'default')).toEqual(V1_ROWS)
    expect(await rowKeysOf(tab, 'p-li')).toEqual(V2_ROWS)
    expect(localStorage.length).toBe(0)
    expect(tab.saved.migrationNotice).toBeNull()
    expect(tab.progress.recoveryNotice).toBeNull()
    expect(tab.profiles.notice).toBeNull()
    expect(backupsOf(tab)).toEqual([])

    await tab.profiles.activate('default')
    const version1 = savedProgress({ learned: savedV1.learned })
    await vi.waitFor(() => expect(tab.progress.progress).toEqual(version1))
    const reloaded = await openTab()
    expect(reloaded.profiles.activeId).toBe('default')
    expect(reloaded.progress.progress).toEqual(version1)
  })

  it('moves only once: old keys written afterwards are left alone', async () => {
    savedByLocalStorageVersion(null, { [LEGACY_PROGRESS_KEY]: savedV1 })
    await openTab()
    savedByLocalStorageVersion(null, { [LEGACY_PROGRESS_KEY]: savedV2 })

    const reloaded = await openTab()

    expect(reloaded.progress.progress).toEqual(savedProgress({ learned: savedV1.learned }))
    expect(localStorage.getItem(LEGACY_PROGRESS_KEY)).toBe(JSON.stringify(savedV2))
  })

  it('keeps the backups the old version had set aside', async () => {
    savedByLocalStorageVersion(null, { [LEGACY_PROGRESS_KEY]: savedV1 })
    localStorage.setItem(`${LEGACY_PROGRESS_KEY}.backup`, '{oops')

    const tab = await openTab()
    await tab.progress.settled() // the glance made from the moved rows is written (its journal note then goes)

    expect(backupsOf(tab)).toEqual([{ owner: 'default', reason: '旧版本另存的备份', items: ['{oops'] }])
    expect(localStorage.length).toBe(0)
  })

  it('keeps a learner’s unreadable progress text as a backup and says so', async () => {
    savedByLocalStorageVersion(listOf([FIRST, LI]), { [LEGACY_PROGRESS_KEY]: savedV1 })
    localStorage.setItem(LI_KEY, '{"version":2,"learned":')

    const tab = await openTab()

    expect(tab.saved.migrationNotice).toBe(migrationNotice(['小李：保存的数据已损坏，读不出内容']))
    expect(backupsOf(tab)).toEqual([
      { owner: 'p-li', reason: '保存的数据已损坏，读不出内容', items: ['{"version":2,"learned":'] },
    ])
    expect(await rowKeysOf(tab, 'default')).toEqual(V1_ROWS)
    expect(localStorage.length).toBe(0)
  })

  it('keeps the old keys and says so when the rows do not read back complete, and moves them next time', async () => {
    savedByLocalStorageVersion(listOf([FIRST, LI]), { [LEGACY_PROGRESS_KEY]: savedV1, [LI_KEY]: savedV2 })
    const memory = memoryDatabase()
    // A database that says it wrote 小李's rows but lost them.
    const losing: SavedDatabase = {
      ...memory,
      kind: 'indexeddb',
      write: (batch) => memory.write({ ...batch, put: batch.put?.filter((row) => row.owner !== 'p-li') }),
    }

    const tab = await openTab(losing)

    expect(tab.saved.migrationNotice).toBe(
      '学习记录未能转存（浏览器拒绝保存数据），原来的数据仍保留在浏览器中，下次打开时会再试。',
    )
    expect(localStorage.length).toBe(3)

    const next = await openTab({ ...memory, kind: 'indexeddb' })
    expect(next.saved.migrationNotice).toBeNull()
    expect(await rowKeysOf(next, 'p-li')).toEqual(V2_ROWS)
    expect(localStorage.length).toBe(0)
  })

  it('leaves the old keys in place when nothing can be kept (memory only)', async () => {
    savedByLocalStorageVersion(null, { [LEGACY_PROGRESS_KEY]: savedV1 })
    globalThis.indexedDB = undefined as unknown as IDBFactory

    const tab = await openTab()

    expect(tab.saved.memoryOnly).toBe('这个浏览器不支持本地保存')
    expect(tab.progress.progress).toEqual(savedProgress({ learned: savedV1.learned }))
    expect(localStorage.getItem(LEGACY_PROGRESS_KEY)).toBe(JSON.stringify(savedV1))
  })
})

describe('a damaged list of learners', () => {
  const filler = Array.from({ length: 200 }, (_, i) => ({
    id: `p-${String(i).padStart(3, '0')}`,
    name: `学员 ${i + 2}`,
    createdAt: '2026-01-01T08:00:00.000Z',
  }))
  const found = (id: string, name: string) => ({ id, name, createdAt: NOW })
  it.each([
    [
      'cut short (not JSON)',
      listOf([FIRST, LI]).slice(0, 60),
      [found('default', '学员 1'), found('p-li', '找回的学员 1')],
      ['学员名单已损坏，读不出内容', '从保存的学习记录中找回了 2 位学员'],
    ],
    [
      'holding a name that is a number',
      listOf([{ ...FIRST, name: 42 }, LI]),
      [LI, found('default', '学员 1')],
      ['学员名单中有 1 项无法读取或编号重复', '从保存的学习记录中找回了 1 位学员'],
    ],
    [
      'holding a bad id',
      listOf([FIRST, { id: 'P LI!', name: '小王', createdAt: NOW }, LI]),
      [FIRST, LI],
      ['学员名单中有 1 项无法读取或编号重复'],
    ],
    [
      'holding one id twice',
      listOf([FIRST, LI, { ...LI, name: '小王' }]),
      [FIRST, LI],
      ['学员名单中有 1 项无法读取或编号重复'],
    ],
    [
      'holding a 5 MB name',
      listOf([{ ...FIRST, name: '名'.repeat(1_750_000) }, LI]),
      [LI, found('default', '学员 1')],
      ['学员名单中有 1 项无法读取或编号重复', '从保存的学习记录中找回了 1 位学员'],
    ],
  ])(
    '%s: finds every learner with saved progress again and keeps the list as a backup',
    async (_, text, learners, problems) => {
      savedByLocalStorageVersion(text, { [LEGACY_PROGRESS_KEY]: savedV1, [LI_KEY]: savedV2 })

      const tab = await openTab()

      expect(tab.profiles.list.profiles).toEqual(learners)
      expect(tab.saved.migrationNotice).toBe(migrationNotice(problems))
      expect(backupsOf(tab)).toEqual([{ owner: '', reason: problems[0], items: [text] }])
      expect(await rowKeysOf(tab, 'default')).toEqual(V1_ROWS)
      expect(await rowKeysOf(tab, 'p-li')).toEqual(V2_ROWS)
      expect(localStorage.length).toBe(0)
    },
  )

  it('of 202 learners: keeps every one of them under their own name, with nothing to report', async () => {
    const text = listOf([...filler, FIRST, LI])
    savedByLocalStorageVersion(text, { [LEGACY_PROGRESS_KEY]: savedV1, [LI_KEY]: savedV2 })

    const tab = await openTab()

    const names = new Map(tab.profiles.list.profiles.map((profile) => [profile.id, profile.name]))
    expect(names.size).toBe(202)
    expect(names.get('p-li')).toBe('小李')
    expect(names.get('default')).toBe('学员 1')
    expect(await rowKeysOf(tab, 'default')).toEqual(V1_ROWS)
    expect(await rowKeysOf(tab, 'p-li')).toEqual(V2_ROWS)
    expect(tab.saved.migrationNotice).toBeNull()
    expect(localStorage.length).toBe(0)
  })
})

describe('after the move', () => {
  it('reads the rows as they were moved, with nothing set aside', async () => {
    savedByLocalStorageVersion(listOf([FIRST, LI]), { [LI_KEY]: savedV2 })
    const tab = await openTab()

    expect((await rowsOf(tab, 'p-li')).map((row) => row.value)).toEqual([
      savedV2.attempts[0],
      savedV2.reviewCards['q-multiple'],
      savedV2.learned['beijing-map-case'],
      savedV2.scenarioRuns[0],
      savedV2.sessions.mixed,
    ])
    expect((await openTab()).progress.recoveryNotice).toBeNull()
  })
})
