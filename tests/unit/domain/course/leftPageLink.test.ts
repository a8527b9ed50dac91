import { describe, expect, it } from 'vitest'
import { linkTowardLeftPage } from '../../../../src/domain/course/leftPageLink'

describe('the link toward the page just left', () => {
  const quizList = ['/', '/quizzes/review', '/quizzes/m-phone', '/quizzes/m-phone-etiquette', '/voice']

  it('is that page’s own link', () => {
    expect(linkTowardLeftPage(quizList, '/voice')).toBe(4)
    expect(linkTowardLeftPage(quizList, '/quizzes/m-phone')).toBe(2)
  })

  it('is the closest link above a deeper page, never one whose name only begins the same way', () => {
    expect(linkTowardLeftPage(quizList, '/quizzes/m-phone-etiquette/play')).toBe(3)
    expect(linkTowardLeftPage(quizList, '/quizzes/m-phone/play')).toBe(2)
  })

  it('is none when no link leads there, and never home', () => {
    expect(linkTowardLeftPage(quizList, '/results/a1')).toBe(-1)
    expect(linkTowardLeftPage(['/'], '/modules/qualities')).toBe(-1)
    expect(linkTowardLeftPage([], '/voice')).toBe(-1)
  })
})
