import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTask } from '../../../src/platform/afterPaint'

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
