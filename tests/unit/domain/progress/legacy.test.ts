import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { planMigration } from '../../../../src/domain/progress/legacy'
import { progressFromRows } from '../../../../src/domain/progress/rowChecks'

const fixture = (name: string) => readFileSync(join(__dirname, '../../../fixtures/saved', name), 'utf8')
const now = new Date('2026-04-01T00:00:00Z')
const list = (profiles: unknown[], activeId = 'default') => JSON.stringify({ version: 1, activeId, profiles })
const learner = (id: string, name: string) => ({ id, name, createdAt: '2026-01-01T00:00:00.000Z' })
const rowsOf = (plan: ReturnType<typeof planMigration>, owner: string) =>
  progressFromRows(plan.rows.filter((row) => row.owner === owner)).progress

describe('planMigration', () => {
  it('moves every learner of version 1 and version 2, keeping the active one', () => {
    const plan = planMigration(
      {
        'kefu-course.profiles': list([learner('default', '学员 1'), learner('p-x1', '小李')], 'p-x1'),
        'kefu-course.progress': fixture('v1.json'),
        'kefu-course.progress.p-x1': fixture('v2.json'),
        'kefu-course.settings': '{"textSize":"large"}',
      },
      now,
    )
    expect(plan.profiles.map((profile) => profile.name)).toEqual(['学员 1', '小李'])
    expect(plan.activeId).toBe('p-x1')
    expect(Object.keys(rowsOf(plan, 'default').learned)).toEqual(['beijing-map-case', 'qualities-skills'])
    expect(rowsOf(plan, 'p-x1').attempts).toHaveLength(1)
    expect(plan.rowCounts).toEqual({ default: 2, 'p-x1': 5 })
    expect(plan.problems).toEqual([])
    // Settings are moved by their own store; only learner data is removed here.
    expect(plan.keys.sort()).toEqual(['kefu-course.profiles', 'kefu-course.progress', 'kefu-course.progress.p-x1'])
  })

  it.each([
    ['truncated', '{"version":1,"activeId":"default","profiles":[{"id":"default"'],
    ['a numeric name', list([learner('default', '学员 1'), { ...learner('p-x1', ''), name: 42 }])],
    ['a bad id', list([learner('default', '学员 1'), learner('../p', '坏编号')])],
    ['202 profiles', list(Array.from({ length: 202 }, (_, i) => learner(`p-${i}`, `学员${i}`)))],
    ['a 5 MB name', list([learner('default', '学员 1'), learner('p-x1', '名'.repeat(5_000_000))])],
  ])('a damaged list (%s) loses no learner whose progress exists', (_name, text) => {
    const plan = planMigration(
      {
        'kefu-course.profiles': text,
        'kefu-course.progress': fixture('v1.json'),
        'kefu-course.progress.p-x1': fixture('v2.json'),
      },
      now,
    )
    const ids = plan.profiles.map((profile) => profile.id)
    expect(ids).toContain('default')
    expect(ids).toContain('p-x1')
    expect(new Set(ids).size).toBe(ids.length)
    expect(rowsOf(plan, 'p-x1').attempts).toHaveLength(1)
    expect(plan.problems.length).toBeGreaterThan(0)
  })

  it('refuses a duplicate learner id: the first keeps it, and its progress is not given to the impostor', () => {
    const plan = planMigration(
      {
        'kefu-course.profiles': list([learner('p-x1', '小李'), learner('p-x1', '冒名者')]),
        'kefu-course.progress.p-x1': fixture('v2.json'),
      },
      now,
    )
    expect(plan.profiles.map((profile) => profile.name)).toEqual(['小李'])
    expect(plan.problems[0]).toContain('编号重复')
    expect(plan.setAside[0]!.text).toContain('冒名者')
  })

  it("sets aside a learner's unreadable text and keeps what can be read", () => {
    const damaged = '{"version":2,"learned":{"a":"2026-03-01T08:00:00.000Z"},"attempts":"???"}'
    const plan = planMigration({ 'kefu-course.progress': damaged }, now)
    expect(Object.keys(rowsOf(plan, 'default').learned)).toEqual(['a'])
    expect(plan.setAside).toEqual([expect.objectContaining({ owner: 'default', text: damaged })])
  })

  it('plans nothing on a device that never saved anything', () => {
    expect(planMigration({}, now).keys).toEqual([])
  })
})
