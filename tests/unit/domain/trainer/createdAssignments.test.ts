import { describe, expect, it } from 'vitest'
import {
  MAX_CREATED_ASSIGNMENTS,
  checkCreatedAssignments,
  sameTitleBefore,
  tellApart,
  withCreated,
  type CreatedAssignment,
} from '../../../../src/domain/trainer/createdAssignments'
import { fixtureAssignment } from '../../../fixtures/trainer'

const made = (id: string, createdAt: string, title = fixtureAssignment.title): CreatedAssignment => ({
  assignment: { ...fixtureAssignment, id, title },
  createdAt,
})
const first = made('aaa111', '2026-12-01T08:00:00.000Z')
const second = made('bbb222', '2026-12-02T08:00:00.000Z', '第二周')

describe('the assignments a trainer made on this device', () => {
  it('reads back what was saved and leaves out what breaks an assignment link’s rules', () => {
    const saved = JSON.stringify([
      first,
      { ...second, createdAt: 'yesterday' },
      { assignment: { ...fixtureAssignment, id: 'BAD ID' }, createdAt: first.createdAt },
      { assignment: { ...fixtureAssignment, id: 'ccc333', passMark: 140 }, createdAt: first.createdAt },
      {
        assignment: { ...fixtureAssignment, id: 'ddd444', title: '<img src=x onerror=alert(1)>' },
        createdAt: first.createdAt,
      },
      42,
      null,
    ])
    const kept = checkCreatedAssignments(saved)
    expect(kept.map((item) => item.assignment.id)).toEqual(['aaa111', 'ddd444'])
    // Kept as text: shown by the page as text, never as markup.
    expect(kept[1]!.assignment.title).toBe('<img src=x onerror=alert(1)>')
    expect(checkCreatedAssignments('not json')).toEqual([])
    expect(checkCreatedAssignments('{"aaa111": 1}')).toEqual([])
  })

  it('keeps the newest first, one per id, and no more than the limit', () => {
    expect(withCreated([first], second).map((item) => item.assignment.id)).toEqual(['bbb222', 'aaa111'])
    expect(withCreated([second, first], { ...first, createdAt: '2026-12-03T08:00:00.000Z' })).toHaveLength(2)
    const many = Array.from({ length: MAX_CREATED_ASSIGNMENTS }, (_, i) =>
      made(`old${String(i).padStart(3, '0')}`, new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()),
    )
    const after = withCreated(many, second)
    expect(after).toHaveLength(MAX_CREATED_ASSIGNMENTS)
    expect(after[0]).toBe(second)
    // The oldest gave way.
    expect(after.some((item) => item.assignment.id === 'old000')).toBe(false)
  })

  it('finds an earlier assignment of the same title, never the new one itself', () => {
    const remade = made('eee555', '2026-12-03T08:00:00.000Z')
    expect(sameTitleBefore([first, second], remade.assignment)).toBe(first)
    expect(sameTitleBefore([first, second, remade], remade.assignment)).toBe(first)
    expect(sameTitleBefore([second], remade.assignment)).toBeNull()
  })

  it('tells two assignments of one title apart by when they were made, and by 编号 when that is the same minute', () => {
    const minute = (iso: string) => iso.slice(5, 16).replace('T', ' ')
    const list = [
      made('aaa111', '2026-12-01T08:00:00.000Z', '第一周'),
      made('bbb222', '2026-12-02T09:00:00.000Z', '第一周'),
      made('ccc333', '2026-12-02T09:00:30.000Z', '第二周'),
      made('ddd444', '2026-12-02T09:00:40.000Z', '第二周'),
      made('eee555', '2026-12-02T09:00:00.000Z', '第三周'),
      made('fff666', '2026-12-02T09:00:50.000Z', '第二周'),
      made('ggg777', '2026-12-03T09:00:00.000Z', '第二周'),
    ]
    expect(Object.fromEntries(tellApart(list, minute))).toEqual({
      aaa111: 'time',
      bbb222: 'time',
      ccc333: 'id',
      ddd444: 'id',
      eee555: 'title',
      fff666: 'id',
      ggg777: 'time',
    })
    expect(tellApart([], minute).size).toBe(0)
  })
})
