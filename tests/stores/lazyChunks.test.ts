import { describe, expect, it, vi } from 'vitest'
import { computed } from 'vue'
import { lazyChunks } from '../../src/stores/lazyChunks'
import { chunkFetchError, deferred } from './helpers'

const MESSAGES = { missing: '没有这一块', failed: '加载失败，请重试' }

/** Chunks over one loader per id, each a spy the test can steer. */
function chunksOf(ids: readonly string[]) {
  const pending = new Map(ids.map((id) => [id, deferred<{ default: string }>()]))
  const loaders = Object.fromEntries(ids.map((id) => [id, vi.fn(() => pending.get(id)!.promise)]))
  return { chunks: lazyChunks<string>(loaders, MESSAGES), loaders, pending }
}

describe('lazyChunks', () => {
  it('shows a chunk as loading while it downloads and ready with its value once there', async () => {
    const { chunks, pending } = chunksOf(['a'])
    const status = computed(() => chunks.states.get('a')?.status)
    expect(status.value).toBeUndefined()

    const loading = chunks.load('a')
    expect(chunks.states.get('a')).toEqual({ status: 'loading' })
    expect(status.value).toBe('loading')
    expect(chunks.valueOf('a')).toBeUndefined()

    pending.get('a')!.resolve({ default: '第一块' })
    await loading
    expect(chunks.states.get('a')).toEqual({ status: 'ready', value: '第一块' })
    expect(status.value).toBe('ready')
    expect(chunks.valueOf('a')).toBe('第一块')
  })

  it('downloads a chunk once however often it is asked for, and keeps the others apart', async () => {
    const { chunks, loaders, pending } = chunksOf(['a', 'b'])
    pending.get('a')!.resolve({ default: 'A' })
    pending.get('b')!.resolve({ default: 'B' })

    await Promise.all([chunks.load('a'), chunks.load('a')])
    await chunks.load('a')
    await chunks.load('b')

    expect(loaders.a).toHaveBeenCalledTimes(1)
    expect(loaders.b).toHaveBeenCalledTimes(1)
    expect([chunks.valueOf('a'), chunks.valueOf('b')]).toEqual(['A', 'B'])
  })

  it('lets a second caller during a download wait for the same download, so both find the chunk ready', async () => {
    const { chunks, loaders, pending } = chunksOf(['a'])
    const first = chunks.load('a')
    const second = chunks.load('a').then(() => chunks.states.get('a')?.status)
    pending.get('a')!.resolve({ default: 'A' })
    await first
    expect(await second).toBe('ready')
    expect(loaders.a).toHaveBeenCalledTimes(1)
  })

  it('reports an id that has no chunk, without calling any loader', async () => {
    const { chunks, loaders } = chunksOf(['a'])

    await chunks.load('nope')

    expect(chunks.states.get('nope')).toEqual({ status: 'error', message: MESSAGES.missing })
    expect(chunks.valueOf('nope')).toBeUndefined()
    expect(loaders.a).not.toHaveBeenCalled()
  })

  it('reports a failed download in plain words and downloads again when asked to retry', async () => {
    const { chunks, loaders, pending } = chunksOf(['a'])
    pending.get('a')!.reject(chunkFetchError())

    await chunks.load('a')
    expect(chunks.states.get('a')).toEqual({ status: 'error', message: MESSAGES.failed })
    expect(chunks.valueOf('a')).toBeUndefined()

    loaders.a!.mockResolvedValueOnce({ default: '第二次成功' })
    await chunks.load('a')
    expect(chunks.states.get('a')).toEqual({ status: 'ready', value: '第二次成功' })
    expect(loaders.a).toHaveBeenCalledTimes(2)
  })
})

describe('an id from a link', () => {
  it.each(['constructor', '__proto__', 'toString'])('%s names no chunk: missing, never a crash', async (id) => {
    const { chunks } = chunksOf(['a'])
    await chunks.load(id)
    expect(chunks.states.get(id)).toEqual({ status: 'error', message: MESSAGES.missing })
    expect(chunks.valueOf(id)).toBeUndefined()
  })
})
