import { describe, expect, it, vi } from 'vitest'
import { openTab, useFreshDeviceAt } from './helpers'

const NOW = '2026-03-10T09:00:00.000Z'

// The database's code is downloaded when it is first needed: here the network is cut until `up`.
const network = vi.hoisted(() => ({ up: false }))
vi.mock('../../src/platform/indexedDatabase', async (importOriginal) => {
  if (!network.up) throw new TypeError('Failed to fetch dynamically imported module')
  return importOriginal()
})

useFreshDeviceAt(NOW)

describe('a returning visit that cannot download the database’s code', () => {
  it('runs in memory and says why, and leaves what was saved for the next visit', async () => {
    network.up = false
    const unfinished =
      '{"put":[{"owner":"default","kind":"lesson","key":"basics-first","value":"2026-03-09T09:00:00.000Z"}]}'
    localStorage.setItem('kefu-course.pending.0001', unfinished)

    const tab = await openTab()
    expect(tab.saved.database.kind).toBe('memory')
    expect(tab.saved.memoryOnly).toBe(
      '网络中断，保存功能没有下载成功，已保存的学习记录这次没有读出（它们仍在，不会被改动），请检查网络后刷新页面',
    )
    await tab.progress.setLessonLearned('phone-rings', true)
    expect(localStorage.getItem('kefu-course.pending.0001')).toBe(unfinished)

    network.up = true
    expect((await openTab()).progress.progress.learned).toEqual({ 'basics-first': '2026-03-09T09:00:00.000Z' })
  })
})
