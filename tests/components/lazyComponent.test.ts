import { describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { useLazyComponent } from '../../src/composables/useLazyComponent'

const Feedback = defineComponent({ name: 'Feedback', template: '<p>解析</p>' })

describe('useLazyComponent', () => {
  it('loads once however often it is asked for, and waits for the code', async () => {
    const loader = vi.fn(async () => ({ default: Feedback }))
    const lazy = useLazyComponent(loader)
    expect(lazy.status.value).toBe('idle')
    const first = lazy.load()
    expect(lazy.status.value).toBe('loading')
    await Promise.all([first, lazy.load()])
    await lazy.load()
    expect(loader).toHaveBeenCalledTimes(1)
    expect(lazy.status.value).toBe('ready')
    expect(lazy.component.value).toBe(Feedback)
  })

  it('says a failed download and tries again when asked, without rejecting', async () => {
    const loader = vi
      .fn<() => Promise<{ default: typeof Feedback }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce({ default: Feedback })
    const lazy = useLazyComponent(loader)
    await expect(lazy.load()).resolves.toBeUndefined()
    expect(lazy.status.value).toBe('error')
    expect(lazy.component.value).toBeNull()
    await lazy.load()
    expect(loader).toHaveBeenCalledTimes(2)
    expect(lazy.status.value).toBe('ready')
    expect(lazy.component.value).toBe(Feedback)
  })
})
