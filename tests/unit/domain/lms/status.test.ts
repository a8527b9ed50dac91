import { describe, expect, it } from 'vitest'
import { courseStatus } from '../../../../src/domain/lms/status'
import { bookmarkOf } from '../../../../src/domain/lms/bookmark'
import { emptyProgress } from '../../../../src/domain/progress/progress'
import { at, attempt } from './fixtures'

const lessons = ['l1', 'l2']
const allLearned = { l1: at(1), l2: at(2) }
const settings = { completion: 'lessons-and-exam', masteryScore: 0.8, reportedScore: 'best' } as const

describe('courseStatus', () => {
  it('reports nothing done before anything is done', () => {
    expect(courseStatus(emptyProgress(), lessons, settings, null)).toEqual({
      completed: false,
      passed: null,
      score: null,
    })
  })

  it.each([
    ['lessons', { l1: at(1) }, [], false, null],
    ['lessons', allLearned, [], true, null],
    ['exam', {}, [90], true, true],
    ['exam', allLearned, [60], false, false],
    ['lessons-and-exam', allLearned, [60], false, false],
    ['lessons-and-exam', { l1: at(1) }, [95], false, true],
    ['lessons-and-exam', allLearned, [60, 85], true, true],
  ] as const)('%s with %j and exams %j → completed %s, passed %s', (completion, learned, scores, completed, passed) => {
    const progress = { learned, attempts: scores.map((percent, n) => attempt('exam', n, percent)) }
    const status = courseStatus(progress, lessons, { ...settings, completion }, null)
    expect(status.completed).toBe(completed)
    expect(status.passed).toBe(passed)
  })

  it('reports the best or the latest exam score, as set', () => {
    const progress = { learned: {}, attempts: [attempt('exam', 1, 90), attempt('exam', 2, 72.5)] }
    expect(courseStatus(progress, lessons, settings, null).score).toEqual({ raw: 90, min: 0, max: 100, scaled: 0.9 })
    expect(courseStatus(progress, lessons, { ...settings, reportedScore: 'latest' }, null)).toEqual({
      completed: false,
      passed: false,
      score: { raw: 72.5, min: 0, max: 100, scaled: 0.725 },
    })
  })

  it('lets the LMS’s mastery score win over the course’s', () => {
    const progress = { learned: allLearned, attempts: [attempt('exam', 1, 70)] }
    expect(courseStatus(progress, lessons, settings, null).passed).toBe(false)
    expect(courseStatus(progress, lessons, settings, 0.7).passed).toBe(true)
  })

  it('ignores quizzes other than the exam', () => {
    const progress = { learned: {}, attempts: [attempt('module:overview', 1, 100)] }
    expect(courseStatus(progress, lessons, settings, null).score).toBeNull()
  })
})

describe('bookmarkOf', () => {
  it.each([
    ['/results/exam-mx2bfkg4-sm05m0', '/progress'],
    ['/results/m-qualities-abc', '/progress'],
    ['/modules/qualities/lessons/qualities-skills', '/modules/qualities/lessons/qualities-skills'],
    ['/exam', '/exam'],
  ])('%s → %s', (path, bookmark) => {
    expect(bookmarkOf(path)).toBe(bookmark)
  })
})
