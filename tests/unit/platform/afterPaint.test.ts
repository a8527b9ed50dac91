import { afterEach, describe, expect, it, vi } from 'vitest'
import { inBackground, nextTask } from '../../../src/platform/afterPaint'

describe('nextTask', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('goes on while timers are held (a background tab, a paused clock)', async () => {
    vi.useFakeTimers()
    const steps: number[] = []
    for (let step = 0; step < 3; step++) {
      await nextTask()
      steps.push(step)
    }
    expect(steps).toEqual([0, 1, 2])
  })

  it('resolves in a later task, after the current one has finished', async () => {
    const order: string[] = []
    const waited = nextTask().then(() => order.push('next task'))
    await Promise.resolve()
    order.push('this task')
    await waited
    expect(order).toEqual(['this task', 'next task'])
  })
})

describe('inBackground', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('asks a scheduler that knows priorities for a background task, so a tap and its page go first', async () => {
    const postTask = vi.fn((callback: () => void) => Promise.resolve().then(callback))
    vi.stubGlobal('scheduler', { postTask })
    await inBackground()
    expect(postTask).toHaveBeenCalledWith(expect.any(Function), { priority: 'background' })
  })

  it('without one, resolves in a later task, and goes on while timers are held', async () => {
    vi.stubGlobal('scheduler', undefined)
    vi.useFakeTimers()
    const order: string[] = []
    const waited = inBackground().then(() => order.push('later task'))
    await Promise.resolve()
    order.push('this task')
    await waited
    expect(order).toEqual(['this task', 'later task'])
  })
})
