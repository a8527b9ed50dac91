import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { formatProblem, loadCourse } from '../../../src/content/loadCourse'
import { courseCounts } from '../../../src/content/counts'
import { locateQuote } from '../../../src/domain/citations'
import type { CitationView } from '../../../src/content/types'

// The real course: every file valid, every quotation found in its document.
const course = loadCourse(join(__dirname, '../../../content'))
const lessons = course.modules.flatMap((module) => module.lessons)

function allCitations(): CitationView[] {
  return lessons.flatMap((lesson) => [
    ...lesson.sections.flatMap((section) => [...section.citations, ...section.examples.map((e) => e.citation)]),
    ...lesson.selfCheck.map((item) => item.citation),
  ])
}

describe('the course content', () => {
  it('has no problems in any file', () => {
    expect(course.problems.map(formatProblem)).toEqual([])
  })

  it('is big enough to cover the documents', () => {
    const counts = courseCounts(course)
    expect(counts.modules).toBeGreaterThanOrEqual(8)
    expect(counts.lessons).toBeGreaterThanOrEqual(30)
    expect(counts.citations).toBeGreaterThanOrEqual(150)
  })

  it('quotes every citation verbatim from its document', () => {
    const quotes = allCitations().filter((citation) => citation.kind === 'quote')
    expect(quotes.length).toBeGreaterThan(0)
    for (const citation of quotes) {
      expect(locateQuote(course.sources[citation.source], citation.quote), `${citation.source}: ${citation.quote}`).not.toBeNull()
    }
  })

  it('cites every one of the five documents', () => {
    const cited = new Set(allCitations().flatMap((citation) => (citation.kind === 'quote' ? [citation.source] : [])))
    expect([...cited].sort()).toEqual(Object.keys(course.sources).sort())
  })

  it('gives every lesson key points, a self-check and a reading time', () => {
    for (const lesson of lessons) {
      expect(lesson.keyPoints.length, lesson.id).toBeGreaterThan(0)
      expect(lesson.selfCheck.length, lesson.id).toBeGreaterThan(0)
      expect(lesson.readingMinutes, lesson.id).toBeGreaterThanOrEqual(1)
    }
  })
})
