import { beforeEach, describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/dom'
import { click, mountApp, textOf, waitFor } from './mountApp'

beforeEach(() => localStorage.clear())

const nav = () => within(screen.getByRole('navigation', { name: '主导航' }))
const tabLink = (name: string) => nav().getByRole('link', { name })
/** The app's own header (a lesson has a <header> of its own inside the page). */
const banner = () => within(document.querySelector<HTMLElement>('header[data-sticky-top-bar]')!)

describe('the shell', () => {
  it('offers the five places, marks the current one and its part of the app', async () => {
    await mountApp('/me')
    await waitFor('the 我的 heading', () => screen.getByRole('heading', { level: 1, name: '我的' }))
    expect(nav().getAllByRole('link').map(textOf)).toEqual(['学习', '练习', '演练', '进度', '我的'])
    expect(tabLink('我的').getAttribute('aria-current')).toBe('page')
    expect(tabLink('学习').getAttribute('aria-current')).toBeNull()
    // The trainer's pages and the documents are not among the learner's places.
    expect(nav().queryByRole('link', { name: /培训师|原文|布置作业/ })).toBeNull()
  })

  it('gives a lesson a 返回 to its module and the page title, and 学习 as its place', async () => {
    const { router } = await mountApp('/modules/basics/lessons/basics-first')
    await waitFor('the lesson heading', () => screen.getByRole('heading', { level: 1 }))
    expect(tabLink('学习').getAttribute('aria-current')).toBe('true')
    const back = banner().getByRole('link', { name: '返回' })
    expect(back.getAttribute('href')).toBe('/modules/basics')
    await waitFor('the title in the top bar', () =>
      expect(document.title.startsWith(textOf(document.querySelector('.top-bar-title')))).toBe(true),
    )
    await click(back)
    await waitFor('the module page', () => expect(router.currentRoute.value.fullPath).toBe('/modules/basics'))
    expect(banner().getByRole('link', { name: '返回' }).getAttribute('href')).toBe('/')
    await click(tabLink('学习'))
    await waitFor('the home page', () => expect(router.currentRoute.value.fullPath).toBe('/'))
    expect(banner().queryByRole('link', { name: '返回' })).toBeNull()
  })

  it.each([
    ['/typing?from=basics/basics-first', '/modules/basics/lessons/basics-first', '学习'],
    ['/voice?from=basics/basics-first/sec-calm', '/modules/basics/lessons/basics-first#sec-calm', '学习'],
    ['/voice?from=home', '/', '学习'],
    ['/typing?from=progress', '/progress', '进度'],
    // Not a lesson of the course, and no opener: the lab's own place, under 练习.
    ['/typing?from=basics/nope', '/quizzes', '练习'],
    ['/voice?from=basics/basics-first/sec-calm/more', '/quizzes', '练习'],
    ['/voice', '/quizzes', '练习'],
  ])('gives a skill lab opened at %s a 返回 to %s, under %s', async (path, backTo, place) => {
    await mountApp(path)
    await waitFor('the 返回 and the place', () => {
      expect(banner().getByRole('link', { name: '返回' }).getAttribute('href')).toBe(backTo)
      expect(tabLink(place).getAttribute('aria-current')).toBe('true')
    })
  })

  it('has 我的 lead to the learner, the exam, the certificate and the 培训师 area', async () => {
    await mountApp('/me')
    const main = within(await waitFor('the main region', () => screen.getByRole('main')))
    await waitFor('the learner link', () => main.getByRole('link', { name: /^学员：/ }))
    const hrefs = main.getAllByRole('link').map((link) => link.getAttribute('href'))
    expect(hrefs).toEqual([
      '/learners',
      // The welcome on home, as this learner has not given a name.
      '/',
      '/exam',
      '/certificate',
      '/trainer',
      '/roster',
      '/certificates/issue',
      '/verify',
      '/sources',
    ])
    expect(main.getByLabelText('字号')).toBeTruthy()
    expect(main.getByRole('checkbox', { name: /培训师视图/ })).toBeTruthy()
  })
})
