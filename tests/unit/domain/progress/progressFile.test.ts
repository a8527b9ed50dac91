import { describe, expect, it } from 'vitest'
import { exportProgress, importProgress, MAX_IMPORT_BYTES } from '../../../../src/domain/progress/progressFile'
import { emptyProgress, setLearned } from '../../../../src/domain/progress/progress'
import { finishSession, startSession } from '../../../../src/domain/quiz/session'
import { fixtureQuestions, fixtureSettings } from '../../../fixtures/quiz'
import { reviewCardDue } from '../../../fixtures/reviewCard'

const now = new Date('2026-05-01T00:00:00Z')
const progress = setLearned(emptyProgress(), 'beijing-map-case', true, now)

describe('exportProgress and importProgress', () => {
  it("round-trips a learner's progress", () => {
    const result = importProgress(exportProgress(progress, '小王', now))
    expect(result).toEqual({
      ok: true,
      learner: '小王',
      exportedAt: now.toISOString(),
      progress,
      summary: { lessons: 1, attempts: 0, scenarioRuns: 0 },
    })
  })

  it('reads a file exported by the first version, migrating it', () => {
    const old = JSON.stringify({
      format: 'kefu-course-progress',
      exportedAt: now.toISOString(),
      learner: '旧',
      progress: { version: 1, learned: { a: now.toISOString() } },
    })
    const result = importProgress(old)
    expect(result.ok && result.progress.learned).toEqual({ a: now.toISOString() })
  })

  const valid = JSON.parse(exportProgress(progress, '小王', now))
  it.each<[string, string, string]>([
    ['not JSON', 'hello', '文件已损坏或不完整，读不出内容'],
    ["another app's JSON", '{"a":1}', '这不是本课程导出的学习记录文件'],
    ['JSON that is not an object', '42', '这不是本课程导出的学习记录文件'],
    ['a file over 64 MB', ' '.repeat(MAX_IMPORT_BYTES + 1), '文件太大'],
    ['a missing export time', JSON.stringify({ ...valid, exportedAt: 'soon' }), '文件缺少有效的导出时间'],
    // Date.parse takes "1" (the year 2001): the message would say the file was made "在 1".
    ['an export time that is no date', JSON.stringify({ ...valid, exportedAt: '1' }), '文件缺少有效的导出时间'],
    ['no progress', JSON.stringify({ ...valid, progress: null }), '文件里没有学习记录'],
    ['a future version', JSON.stringify({ ...valid, progress: { ...valid.progress, version: 9 } }), '不认识的数据版本'],
    [
      'a tampered record',
      JSON.stringify({ ...valid, progress: { ...valid.progress, learned: { a: 'yesterday' } } }),
      '已学课程记录无效',
    ],
    [
      'a broken attempt',
      JSON.stringify({ ...valid, progress: { ...valid.progress, attempts: [{ id: 'x' }] } }),
      '1 条测验记录无法读取',
    ],
    [
      'script in a record',
      JSON.stringify({
        ...valid,
        progress: { ...valid.progress, scenarioRuns: [{ id: '<img src=x onerror=alert(1)>' }] },
      }),
      '1 条情景演练记录无法读取',
    ],
  ])('refuses %s with a reason', (_name, text, problem) => {
    const result = importProgress(text)
    expect(result.ok).toBe(false)
    expect(result.ok === false && result.problem).toContain(problem)
  })

  it('keeps a learner name from the file short', () => {
    const result = importProgress(JSON.stringify({ ...valid, learner: '长'.repeat(100) }))
    expect(result.ok && result.learner).toHaveLength(40)
  })
})

describe('a long history', () => {
  it('exports 10,000 attempts and 2,000 review cards and imports every one back, at the size the app saves', () => {
    const questions = fixtureQuestions
    const start = Date.parse('2025-01-01T00:00:00Z')
    const attempts = Array.from({ length: 10_000 }, (_, i) => {
      const session = startSession(
        {
          ...fixtureSettings,
          quizId: `m-m${i % 9}`,
          title: `第 ${i % 9} 模块综合练习：${'电话礼仪与服务规范用语'.repeat(3)}`,
        },
        questions,
        i,
        new Date(start + i * 60_000),
        `s${i}`,
      )
      return finishSession(
        { ...session, answers: { 'q-single': 0 } },
        questions,
        new Date(start + i * 60_000 + 30_000),
        `s${i}`,
      )
    })
    const reviewCards = Object.fromEntries(
      Array.from({ length: 2000 }, (_, i) => [`q${i}`, reviewCardDue(new Date(start + i * 3_600_000).toISOString())]),
    )
    const big = { ...emptyProgress(), attempts, reviewCards }
    const file = exportProgress(big, '老学员', now)
    // Larger than the 5 MB an earlier version accepted.
    expect(new TextEncoder().encode(file).length).toBeGreaterThan(5 * 1024 * 1024)
    const result = importProgress(file)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.summary.attempts).toBe(10_000)
    expect(Object.keys(result.progress.reviewCards)).toHaveLength(2000)
    // Every attempt keeps its answers question by question.
    expect(result.progress.attempts.every((attempt) => attempt.answers['q-single'] === 0)).toBe(true)
  })
})

describe('a backup file (records set aside as unreadable, downloaded)', () => {
  const backup = (items: unknown, createdAt = '2026-04-01T00:00:00.000Z') =>
    JSON.stringify({ format: 'kefu-course-backup', createdAt, learner: '小王', reason: '无法读取', items })
  const earlierText = JSON.stringify({ ...progress, attempts: [{ id: 'broken' }] })

  it('salvages what it can and counts every record it still cannot read', () => {
    const result = importProgress(backup([earlierText, null, 7]))
    expect(result).toMatchObject({ ok: true, learner: '小王', unreadable: 3, summary: { lessons: 1 } })
  })

  it.each([
    ['no list of records', backup('notarray'), '备份文件里没有记录'],
    ['an empty list', backup([]), '备份文件里没有记录'],
    ['records all damaged', backup([{ a: 1 }, null, 'x']), '备份文件里的 3 条记录都已损坏，读不出来'],
    ['a time that is no date', backup([earlierText], '1'), '备份文件缺少有效的时间'],
  ])('refuses %s with a reason', (_name, text, problem) => {
    const result = importProgress(text)
    expect(result.ok === false && result.problem).toBe(problem)
  })
})
