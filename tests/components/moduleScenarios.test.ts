import { beforeEach, describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/dom'
import { click, mountApp, textOf, waitFor } from './mountApp'

// The scenario list's download fails as many times as `fails` says (offline before it was cached).
const listDownload = vi.hoisted(() => ({ fails: 0 }))
vi.mock('../../src/content/scenarioList', async (importOriginal) => {
  if (listDownload.fails > 0) {
    listDownload.fails -= 1
    throw new Error('Failed to fetch dynamically imported module')
  }
  return importOriginal()
})

beforeEach(() => {
  localStorage.clear()
  listDownload.fails = 0
})

const roleplays = () => within(screen.getByRole('region', { name: '本模块的情景演练' }))

describe("the module page's role-plays", () => {
  // First: the list, once downloaded, stays in the page's module graph for the tests after it.
  it('says a failed download as such, never as a module without role-plays, and 重试 brings them', async () => {
    listDownload.fails = 1
    await mountApp('/modules/basics')
    const failed = await waitFor('the failure', () => roleplays().getByRole('alert'))
    expect(textOf(failed)).toContain('情景演练没有加载出来，请检查网络后重试。')
    expect(roleplays().queryByText(/没有专门的情景演练/)).toBeNull()
    await click(within(failed).getByRole('button', { name: '重试' }))
    await waitFor('the role-plays', () => roleplays().getByRole('link', { name: '无声电话' }))
    expect(roleplays().queryByRole('alert')).toBeNull()
  })

  it('says when a module has none of its own, and leads to all of them', async () => {
    await mountApp('/modules/phone')
    const none = await waitFor('the empty state', () => roleplays().getByText(/^这一模块没有专门的情景演练。/))
    expect(within(none).getByRole('link', { name: '去「演练」看看所有情景' }).getAttribute('href')).toBe('/scenarios')
  })
})
