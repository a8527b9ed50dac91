import { describe, expect, it } from 'vitest'
import type { TypingResult } from '../../src/domain/typing/scoring'
import { useTypingStore } from '../../src/stores/typing'
import { backupsOf, openTab, row, useFreshDeviceAt, type Tab } from './helpers'

useFreshDeviceAt('2026-11-29T10:00:00.000Z')

const result = (id: string, typed: number, correct: number): TypingResult => ({
  id,
  at: id.slice(0, 24),
  passageId: 'phrases',
  minutes: 1,
  elapsedMs: 60_000,
  typed,
  correct,
  missed: 0,
})

const typingOf = async (tab: Tab) => {
  const typing = useTypingStore(tab.pinia)
  await typing.ready()
  return typing
}

describe('the typing store', () => {
  it('keeps each test for the learner, newest first, with the best net speed', async () => {
    const typing = await typingOf(await openTab())
    expect(typing.history).toEqual([])
    expect(typing.best).toBeNull()

    expect(await typing.add(result('2026-11-29T10:00:00.000Z-a', 70, 60))).toBeNull()
    expect(await typing.add(result('2026-11-29T10:05:00.000Z-b', 80, 62))).toBeNull()
    expect(await typing.add(result('2026-11-29T10:10:00.000Z-c', 50, 50))).toBeNull()

    const reloaded = await typingOf(await openTab())
    expect(reloaded.history.map((saved) => saved.id.slice(-1))).toEqual(['c', 'b', 'a'])
    expect(reloaded.best?.id).toBe('2026-11-29T10:05:00.000Z-b')
  })

  it('sets aside a saved result that breaks the rules instead of showing it', async () => {
    const tab = await openTab()
    const bad = { ...result('2026-11-29T10:00:00.000Z-x', 10, 11) }
    await tab.saved.database.write({ put: [row('typing', bad.id, bad)] })

    const typing = await typingOf(tab)
    expect(typing.history).toEqual([])
    expect(backupsOf(tab)).toEqual([
      { owner: 'default', reason: '打字成绩中有 1 条无法读取', items: [expect.anything()] },
    ])
  })
})
