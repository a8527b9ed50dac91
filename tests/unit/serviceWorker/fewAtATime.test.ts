import { describe, expect, it } from 'vitest'
import { fewAtATime } from '../../../src/serviceWorker/fewAtATime'

/** A task per item that the test finishes by hand, recording how many were running at once. */
function heldTasks() {
  const started: number[] = []
  const finish = new Map<number, { resolve(): void; reject(error: Error): void }>()
  let running = 0
  let mostAtOnce = 0
  const task = (item: number) =>
    new Promise<void>((resolve, reject) => {
      started.push(item)
      mostAtOnce = Math.max(mostAtOnce, ++running)
      finish.set(item, {
        resolve: () => (running--, resolve()),
        reject: (error) => (running--, reject(error)),
      })
    })
  return { task, started, finish, mostAtOnce: () => mostAtOnce, running: () => running }
}

/** Lets every settled promise's callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('fewAtATime', () => {
  it('runs at most the limit at once, starts the next as one ends, in order, and resolves when all are done', async () => {
    const held = heldTasks()
    let done = false
    const all = fewAtATime([1, 2, 3, 4, 5, 6, 7], 3, held.task).then(() => (done = true))
    await settle()
    expect(held.started).toEqual([1, 2, 3])
    held.finish.get(2)!.resolve()
    await settle()
    expect(held.started).toEqual([1, 2, 3, 4])
    for (const item of [1, 3, 4, 5, 6]) {
      held.finish.get(item)!.resolve()
      await settle()
    }
    expect(held.started).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(done).toBe(false)
    held.finish.get(7)!.resolve()
    await all
    expect(done).toBe(true)
    expect(held.mostAtOnce()).toBe(3)
  })

  it('after a failure starts no new task, and rejects with it once the running ones have settled', async () => {
    const held = heldTasks()
    const failure = new Error('下载失败')
    let outcome: unknown = 'pending'
    const all = fewAtATime([1, 2, 3, 4, 5], 2, held.task).catch((error: unknown) => (outcome = error))
    await settle()
    held.finish.get(1)!.reject(failure)
    await settle()
    expect(held.started).toEqual([1, 2])
    // Item 2 is still being written: the caller hears of the failure only after it.
    expect(outcome).toBe('pending')
    held.finish.get(2)!.resolve()
    await all
    expect(outcome).toBe(failure)
    expect(held.started).toEqual([1, 2])
    expect(held.running()).toBe(0)
  })

  it('keeps the first failure when a later one follows', async () => {
    const held = heldTasks()
    const all = fewAtATime([1, 2], 2, held.task)
    await settle()
    held.finish.get(2)!.reject(new Error('第一个'))
    held.finish.get(1)!.reject(new Error('第二个'))
    await expect(all).rejects.toThrow('第一个')
  })

  it('finishes at once with nothing to do, and runs one at a time under a limit below one', async () => {
    await expect(fewAtATime([], 4, () => Promise.reject(new Error('不该运行')))).resolves.toBeUndefined()
    const held = heldTasks()
    const all = fewAtATime([1, 2], 0, held.task)
    await settle()
    expect(held.started).toEqual([1])
    held.finish.get(1)!.resolve()
    await settle()
    held.finish.get(2)!.resolve()
    await all
    expect(held.mostAtOnce()).toBe(1)
  })
})
