import { describe, expect, it, vi } from 'vitest'
import { screen } from '@testing-library/dom'
import { click, liveTexts, mountApp, waitFor } from './mountApp'
import type { SpottingTranscriptContent } from '../../src/content/spottingTypes'

// A course whose 找茬 list is empty and whose one call fails to download the first time.
const content = vi.hoisted(() => ({
  failures: 1,
  list: [] as { id: string; title: string; summary: string; lineCount: number }[],
}))
vi.mock('../../src/content/spotting', () => ({
  get spottingList() {
    return content.list
  },
  spottingRules: [],
  spottingLoaders: {
    flaky: () =>
      content.failures-- > 0
        ? Promise.reject(new Error('offline'))
        : Promise.resolve({
            default: {
              id: 'flaky',
              title: '断网后重试的电话',
              summary: '一句话。',
              lines: [{ speaker: 'agent', text: '您好，请问有什么可以帮助您？', breaks: [] }],
            } satisfies SpottingTranscriptContent,
          }),
  },
}))

describe('找茬 when there is nothing, or the network drops', () => {
  it('says there is no call yet rather than showing an empty list', async () => {
    await mountApp('/spotting')
    await waitFor('the empty notice', () => screen.getByText('还没有找茬练习。'))
    expect(document.querySelector('.spotting-list')).toBeNull()
  })

  it('says a call failed to load, and loads it on 重试', async () => {
    await mountApp('/spotting/flaky')
    await waitFor('the failure', () =>
      expect(liveTexts('alert')).toContain('这通电话加载失败，请检查网络后重试。 重试'),
    )
    await click(screen.getByRole('button', { name: '重试' }))
    await waitFor('the call', () => screen.getByRole('heading', { level: 1, name: '断网后重试的电话' }))
    expect(screen.getByRole('button', { name: '提交' })).toBeTruthy()
  })
})
