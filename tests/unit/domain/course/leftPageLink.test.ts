import { describe, expect, it } from 'vitest'
import { linksTowardLeftPage } from '../../../../src/domain/course/leftPageLink'

describe('the links toward the page just left', () => {
  const quizList = ['/', '/quizzes/review', '/quizzes/m-phone', '/quizzes/m-phone-etiquette', '/voice']

  it('are that page’s own link', () => {
    expect(linksTowardLeftPage(quizList, '/voice')).toEqual([4])
    expect(linksTowardLeftPage(quizList, '/quizzes/m-phone')).toEqual([2])
  })

  it('are the closest link above a deeper page, never one whose name only begins the same way', () => {
    expect(linksTowardLeftPage(quizList, '/quizzes/m-phone-etiquette/play')).toEqual([3])
    expect(linksTowardLeftPage(quizList, '/quizzes/m-phone/play')).toEqual([2])
  })

  it('are every link there, in page order, when the page links there more than once', () => {
    const withUnfinished = ['/quizzes/m-phone/play', ...quizList, '/quizzes/m-phone/play']
    expect(linksTowardLeftPage(withUnfinished, '/quizzes/m-phone/play')).toEqual([0, 6])
  })

  it('are none when no link leads there, and never home', () => {
    expect(linksTowardLeftPage(quizList, '/results/a1')).toEqual([])
    expect(linksTowardLeftPage(['/'], '/modules/qualities')).toEqual([])
    expect(linksTowardLeftPage([], '/voice')).toEqual([])
  })
})
