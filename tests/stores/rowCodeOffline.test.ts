import { describe, expect, it, vi } from 'vitest'
import { openFirstScreen, openTab, useFreshDeviceAt } from './helpers'

const NOW = '2026-03-10T09:00:00.000Z'

// The code that turns a change into saved rows loads at the first tap or change; here the network
// is cut until `up`.
const network = vi.hoisted(() => ({ up: false }))
vi.mock('../../src/domain/progress/rows', async (importOriginal) => {
  if (!network.up) throw new TypeError('Failed to fetch dynamically imported module')
  return importOriginal()
})

useFreshDeviceAt(NOW)

describe('a first change whose row code cannot be downloaded', () => {
  it('keeps the change on screen, says it was not saved, and saves it with the next change', async () => {
    const tab = await openFirstScreen()
    await tab.progress.setLessonLearned('basics-first', true)

    expect(tab.progress.isLearned('basics-first')).toBe(true)
    expect(tab.progress.saveError).toBe(
      '网络中断，保存功能没有下载成功，刚才的学习记录没有保存，请不要关闭页面，可先在“学员”页面导出',
    )

    network.up = true
    await tab.progress.setLessonLearned('phone-rings', true)
    expect(tab.progress.saveError).toBeNull()
    // Home's figures follow both changes, and both are saved.
    expect(Object.keys(tab.progress.glance.learned).sort()).toEqual(['basics-first', 'phone-rings'])
    expect((await openTab()).progress.progress.learned).toEqual({ 'basics-first': NOW, 'phone-rings': NOW })
  })
})
