import { describe, expect, it, vi } from 'vitest'
import { useSettingsStore } from '../../src/stores/settings'
import { openFirstScreen, openTab, useFreshDeviceAt } from './helpers'

const NOW = '2026-03-10T09:00:00.000Z'

// The database's code is downloaded when it is first needed: here the network is cut until `up`.
const network = vi.hoisted(() => ({ up: false }))
vi.mock('../../src/platform/indexedDatabase', async (importOriginal) => {
  if (!network.up) throw new TypeError('Failed to fetch dynamically imported module')
  return importOriginal()
})

useFreshDeviceAt(NOW)

describe('a first visit whose first save cannot download the database’s code', () => {
  // First: once the code has downloaded, it stays for the rest of the file, as in a browser.
  it('applies a setting at once, without waiting for the database, and says when it could not be saved', async () => {
    network.up = false
    const tab = await openFirstScreen()
    const settings = useSettingsStore(tab.pinia)
    settings.textSize = 'xlarge'

    await vi.waitFor(() => expect(settings.saveError).toBe('网络中断，保存功能没有下载成功，显示设置的修改没有保存'))
    expect(settings.textSize).toBe('xlarge')
    expect(document.documentElement.dataset.textSize).toBe('xlarge')
  })

  it('says the network cut out, keeps the change on screen, and saves it with the next change', async () => {
    network.up = false
    const tab = await openFirstScreen()
    await tab.progress.setLessonLearned('basics-first', true)

    expect(tab.progress.isLearned('basics-first')).toBe(true)
    expect(tab.progress.saveError).toBe(
      '网络中断，保存功能没有下载成功，刚才的学习记录没有保存，请不要关闭页面，可先在“学员”页面导出',
    )

    network.up = true
    await tab.progress.setLessonLearned('phone-rings', true)
    expect(tab.progress.saveError).toBeNull()
    expect((await openTab()).progress.progress.learned).toEqual({ 'basics-first': NOW, 'phone-rings': NOW })
  })
})
