import { beforeEach, describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/dom'
import { createPinia } from 'pinia'
import { mount } from '@vue/test-utils'
import { fireEvent } from '@testing-library/dom'
import { click, mountApp, savedBefore, textOf, waitFor } from './mountApp'
import { useProgressStore } from '../../src/stores/progress'
import { useSavedDataStore } from '../../src/stores/savedData'
import { loadSavedData } from '../../src/stores/loadSavedData'
import { finishSession, startSession, type QuizAttempt } from '../../src/domain/quiz/session'
import type { StoredRow } from '../../src/platform/database'
import ProgressModuleComplete from '../../src/components/progress/ProgressModuleComplete.vue'
import { fixtureQuestions } from '../fixtures/quiz'
import { reviewCardDue } from '../fixtures/reviewCard'
import { scenarioRun } from '../stores/helpers'

beforeEach(() => localStorage.clear())

const today = () => within(screen.getByRole('region', { name: '今日' }))
const dueCards = (count: number): StoredRow[] =>
  [...Array(count).keys()].map((index) => ({
    owner: 'default',
    kind: 'card',
    key: `q${index}`,
    value: reviewCardDue('2020-01-01T09:00:00.000Z'),
  }))

/** A quiz of the three fixture questions (or the same three under other ids) finished just now, all right when `right`. */
function finishedQuiz(quizId: string, id: string, right: boolean, questions = fixtureQuestions) {
  const session = startSession(
    { quizId, title: quizId, mode: 'practice', rule: 'all-or-nothing', passMark: 60 },
    questions,
    1,
    new Date(Date.now() - 60_000),
    id,
  )
  const answers: QuizAttempt['answers'] = right ? { 'q-single': 0, 'q-multiple': [0, 1, 2], 'q-tf': false } : {}
  return finishSession({ ...session, answers }, questions, new Date(), id)
}

describe('the 今日 card', () => {
  it('moves on to the next lesson once a lesson is learned, and marks the daily goal met', async () => {
    const { router } = await mountApp('/')
    await waitFor('the 今日 card', () => today().getByRole('link', { name: /^开始学习：/ }))
    expect(textOf(screen.getByRole('region', { name: '今日' }))).toContain('今日目标：学 1 课，已学 0 课')
    expect(today().queryByText('今日目标已完成')).toBeNull()

    await router.push('/modules/basics/lessons/basics-first')
    await click(await waitFor('the learned button', () => screen.getByRole('button', { name: '标记为已学完' })))
    await router.push('/')
    const next = await waitFor('the next lesson', () =>
      today().getByRole('link', { name: '继续学习：第二课：接一顾二看三' }),
    )
    expect(next.getAttribute('href')).toBe('/modules/basics/lessons/basics-second')
    expect(textOf(screen.getByRole('region', { name: '今日' }))).toContain('今日目标：学 1 课，已学 1 课')
    expect(today().getByText('今日目标已完成')).toBeTruthy()
    expect(screen.getByRole('img', { name: '基础模块：已学完 1 / 2 课' })).toBeTruthy()
  })

  it('offers at most the daily cap of reviews, and the count drops as reviews are answered', async () => {
    await savedBefore(dueCards(30))
    await mountApp('/')
    const offer = await waitFor('the review offer', () => today().getByRole('link', { name: '做今日复习（20 道题）' }))
    expect(offer.getAttribute('href')).toBe('/quizzes/review?count=20')
    expect(textOf(screen.getByRole('region', { name: '今日' }))).toContain('今天已复习 0 / 20 道，还有 30 道到期。')

    // Three review questions answered (wrong, so they stay due): three fewer left today, and the three said.
    await useProgressStore().recordAttempt(finishedQuiz('review', 'r1', false))
    await waitFor('the smaller count', () => today().getByRole('link', { name: '做今日复习（17 道题）' }))
    expect(textOf(screen.getByRole('region', { name: '今日' }))).toContain('今天已复习 3 / 20 道，还有 30 道到期。')
    // A review left midway is offered to be taken up, not started again.
    const session = startSession(
      { quizId: 'review', title: '今日复习', mode: 'practice', rule: 'all-or-nothing', passMark: 60 },
      fixtureQuestions,
      1,
      new Date(),
      'r-midway',
    )
    await useProgressStore().saveSession(session)
    const resume = await waitFor('the resume link', () => today().getByRole('link', { name: '继续今日复习' }))
    expect(resume.getAttribute('href')).toBe('/quizzes/review?count=17')
    await useProgressStore().discardSession('review')
    await waitFor('the offer again', () => today().getByRole('link', { name: '做今日复习（17 道题）' }))
    for (let index = 2; index <= 7; index += 1)
      await useProgressStore().recordAttempt(finishedQuiz('review', `r${index}`, false))
    await waitFor('the cap used up', () => today().getByText('今天的复习做完了（每天最多 20 道），其余的明天再复习。'))
    expect(today().queryByRole('link', { name: /做今日复习/ })).toBeNull()
  })

  it('ends the day’s review once every question due has been answered in it', async () => {
    // The three fixture questions due; answering them in 今日复习 ends today's review, even though
    // the scheduler would bring a question back minutes later.
    await savedBefore(
      ['q-single', 'q-multiple', 'q-tf'].map((key) => ({
        owner: 'default',
        kind: 'card',
        key,
        value: reviewCardDue('2020-01-01T09:00:00.000Z'),
      })),
    )
    await mountApp('/')
    await waitFor('the review offer', () => today().getByRole('link', { name: '做今日复习（3 道题）' }))
    await useProgressStore().recordAttempt(finishedQuiz('review', 'r1', true))
    await waitFor('the review done', () => today().getByText('今天到期的题都复习完了。'))
    expect(today().queryByRole('link', { name: /做今日复习/ })).toBeNull()
  })

  it('follows the cap the learner sets on 我的进度', async () => {
    await savedBefore(dueCards(30))
    const { router, wrapper: first } = await mountApp('/progress')
    const cap = await waitFor('the cap setting', () => screen.getByLabelText('每日复习上限') as HTMLSelectElement)
    expect(cap.value).toBe('20')
    fireEvent.change(cap, { target: { value: '10' } })
    await router.push('/')
    await waitFor('the capped offer', () => today().getByRole('link', { name: '做今日复习（10 道题）' }))

    // Kept after a reload.
    first.unmount()
    await mountApp('/')
    await waitFor('the capped offer after a reload', () => today().getByRole('link', { name: '做今日复习（10 道题）' }))
  })

  it('counts questions towards a goal of questions', async () => {
    await savedBefore([
      {
        owner: '',
        kind: 'setting',
        key: 'dailyGoal',
        value: { name: 'dailyGoal', value: { kind: 'questions', count: 10 } },
      },
    ])
    await mountApp('/')
    await waitFor('the goal', () => today().getByText('今日目标：答 10 道题，已答 0 道'))
    await useProgressStore().recordAttempt(finishedQuiz('m-basics', 'a1', true))
    await waitFor('the goal moved', () => today().getByText('今日目标：答 10 道题，已答 3 道'))
  })

  it('says nothing is due when nothing is, and suggests a role-play of the module the learner is in', async () => {
    await mountApp('/')
    await waitFor('the review line', () => today().getByText('今天没有要复习的题。'))
    const scenario = await waitFor('the role-play', () => today().getByRole('link', { name: '情景演练：无声电话' }))
    expect(scenario.getAttribute('href')).toBe('/scenarios/silent-call')
    expect(today().getByText('练习「基础模块」的内容，练到优秀为止。')).toBeTruthy()
  })

  it('keeps suggesting a role-play until it is rated 优秀, and then says every one is', async () => {
    await mountApp('/')
    await useProgressStore().recordScenarioRun(scenarioRun('r1', { rating: 'pass' }))
    await waitFor('still offered', () => today().getByRole('link', { name: '情景演练：无声电话' }))
    await useProgressStore().recordScenarioRun(scenarioRun('r2', { rating: 'excellent' }))
    await waitFor('all rated 优秀', () => today().getByText('每个情景都已评为优秀。'))
    expect(today().queryByRole('link', { name: /^情景演练/ })).toBeNull()
  })

  it('points a trainer to the trainer area', async () => {
    await savedBefore([])
    const pinia = createPinia()
    await loadSavedData(pinia)
    await useSavedDataStore(pinia).database.write({
      profiles: {
        put: [
          { id: 'default', name: '王老师', named: true, purpose: 'trainer', createdAt: '2026-01-01T00:00:00.000Z' },
        ],
      },
    })
    const { router } = await mountApp('/')
    const link = await waitFor('the trainer link', () => today().getByRole('link', { name: '前往培训师工具' }))
    // It leads to the trainer's part of 我的, where the keyboard's focus starts (not at 我的's top, five stops away).
    expect(link.getAttribute('href')).toBe('/me#me-trainer')
    await click(link)
    await waitFor('the focus on the trainer tools', () =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: '培训师' })),
    )
    // 我的 calls them a trainer, not a learner, and the assignment form does not ask their name again.
    await waitFor('the trainer on 我的', () => screen.getByRole('link', { name: /^培训师：\s?王老师$/ }))
    await router.push('/trainer')
    const trainer = await waitFor('the form', () => screen.getByLabelText<HTMLInputElement>('培训师姓名'))
    expect(trainer.value).toBe('王老师')
    // Nor does the signing key's.
    await router.push('/certificates/issue')
    const signer = await waitFor('the signing key form', () => {
      expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('签发')
      return screen.getByLabelText<HTMLInputElement>('培训师姓名')
    })
    expect(signer.value).toBe('王老师')
  })
})

describe('the module page', () => {
  it('lists the lessons, then 本模块测验 with its best score, then the role-plays that practise the module', async () => {
    await savedBefore([{ owner: 'default', kind: 'attempt', key: 'a1', value: finishedQuiz('m-basics', 'a1', false) }])
    const { router } = await mountApp('/modules/basics')
    const headings = await waitFor('the role-plays', () => {
      const list = screen.getAllByRole('heading', { level: 2 }).map(textOf)
      expect(list).toContain('本模块的情景演练')
      return list
    })
    expect(headings.indexOf('本模块课程')).toBeLessThan(headings.indexOf('本模块测验'))
    expect(headings.indexOf('本模块测验')).toBeLessThan(headings.indexOf('本模块的情景演练'))
    const quiz = within(screen.getByRole('region', { name: '本模块测验' }))
    expect(quiz.getByText('最好成绩：0%')).toBeTruthy()
    const again = quiz.getByRole('link', { name: '再做一次本模块测验' })
    expect(again.getAttribute('href')).toBe('/quizzes/m-basics?module=basics')
    const roleplays = within(screen.getByRole('region', { name: '本模块的情景演练' }))
    // Their summaries come with the scenario list, fetched when the module page opens.
    await waitFor('the role-plays with their summaries', () => roleplays.getByText('还没有演练过'))
    await click(roleplays.getByRole('link', { name: '无声电话' }))
    await waitFor('the role-play page', () =>
      expect(router.currentRoute.value.fullPath).toBe('/scenarios/silent-call?module=basics'),
    )
  })

  it('keeps a role-play opened from its module under the module, but only a module the role-play practises', async () => {
    const { router } = await mountApp('/scenarios/silent-call?module=basics')
    const trail = () => screen.getByRole('navigation', { name: '当前位置' })
    await waitFor('the role-play', () => expect(textOf(trail())).toBe('首页 › 基础模块 › 无声电话'))
    expect(within(trail()).getByRole('link', { name: '基础模块' }).getAttribute('href')).toBe('/modules/basics')
    expect(screen.getByRole('link', { name: '返回' }).getAttribute('href')).toBe('/modules/basics')
    expect(screen.getByRole('link', { name: '学习' }).getAttribute('aria-current')).toBe('true')

    // The phone module is the course's, but this role-play does not practise it: the role-play list's role-play.
    for (const address of ['/scenarios/silent-call?module=phone', '/scenarios/silent-call?module=nope']) {
      await router.push(address)
      await waitFor('the trail of the role-play list', () => expect(textOf(trail())).toBe('情景演练 › 无声电话'))
      expect(screen.getByRole('link', { name: '返回' }).getAttribute('href')).toBe('/scenarios')
      expect(screen.getByRole('link', { name: '演练' }).getAttribute('aria-current')).toBe('true')
    }
  })

  it("keeps its quiz under the module: the quiz's trail and 返回 lead back to it, but only for a module of the course", async () => {
    const { router } = await mountApp('/modules/basics')
    await click(await waitFor('the quiz link', () => screen.getByRole('link', { name: '开始本模块测验' })))
    const trail = () => screen.getByRole('navigation', { name: '当前位置' })
    await waitFor('the start page', () => expect(textOf(trail())).toBe('首页 › 基础模块 › 本模块测验'))
    expect(within(trail()).getByRole('link', { name: '基础模块' }).getAttribute('href')).toBe('/modules/basics')
    expect(screen.getByRole('link', { name: '返回' }).getAttribute('href')).toBe('/modules/basics')
    expect(screen.getByRole('link', { name: '学习' }).getAttribute('aria-current')).toBe('true')

    // An address naming a module that is not the course's, or not this quiz's (a link from elsewhere), is the quiz list's quiz.
    for (const address of ['/quizzes/m-basics?module=nope', '/quizzes/m-phone?module=basics']) {
      await router.push(address)
      await waitFor('the trail of the quiz list', () => expect(textOf(trail())).toMatch(/^测验与练习 › /))
      expect(screen.getByRole('link', { name: '返回' }).getAttribute('href')).toBe('/quizzes')
      expect(screen.getByRole('link', { name: '练习' }).getAttribute('aria-current')).toBe('true')
    }
  })

  it("names a module in a result's trail only when the result is that module's quiz", async () => {
    await savedBefore([{ owner: 'default', kind: 'attempt', key: 'a1', value: finishedQuiz('m-phone', 'a1', true) }])
    const { router } = await mountApp('/results/a1?module=phone')
    const trail = () => screen.getByRole('navigation', { name: '当前位置' })
    await waitFor('the module in the trail', () => expect(textOf(trail())).toBe('首页 › 电话模块'))
    expect(screen.getByRole('link', { name: '再做一次' }).getAttribute('href')).toBe('/quizzes/m-phone?module=phone')
    expect(screen.getByRole('link', { name: '返回' }).getAttribute('href')).toBe('/modules/phone')
    expect(screen.getByRole('link', { name: '学习' }).getAttribute('aria-current')).toBe('true')
    await router.push('/results/a1?module=basics')
    await waitFor('the quiz list in the trail', () => expect(textOf(trail())).toBe('测验与练习'))
    expect(screen.getByRole('link', { name: '再做一次' }).getAttribute('href')).toBe('/quizzes/m-phone')
    expect(screen.getByRole('link', { name: '返回' }).getAttribute('href')).toBe('/quizzes')
    expect(screen.getByRole('link', { name: '练习' }).getAttribute('aria-current')).toBe('true')
  })

  it('says a module with every lesson learned is ready for its quiz, and shows the badge once passed', async () => {
    const learned = ['basics-first', 'basics-second'].map((key) => ({
      owner: 'default',
      kind: 'lesson',
      key,
      value: '2026-01-01T00:00:00.000Z',
    }))
    await savedBefore(learned)
    const { wrapper } = await mountApp('/modules/basics')
    await waitFor('the quiz note', () => screen.getByText('本模块的课程都学完了！做一次本模块测验，通过后获得徽章。'))
    wrapper.unmount()
    // Failed once, the quiz is not offered as if it had never been taken.
    await savedBefore([
      { owner: 'default', kind: 'attempt', key: 'failed', value: finishedQuiz('m-basics', 'failed', false) },
    ])
    const failed = await mountApp('/modules/basics')
    await waitFor('the retry note', () =>
      screen.getByText('本模块的课程都学完了，测验还没通过：复习一下没把握的课，再做一次，通过后获得徽章。'),
    )
    expect(screen.getByText('最好成绩：0%')).toBeTruthy()
    failed.wrapper.unmount()
    await savedBefore([
      { owner: 'default', kind: 'attempt', key: 'passed', value: finishedQuiz('m-basics', 'passed', true) },
    ])
    await mountApp('/modules/basics')
    await waitFor('the badge', () =>
      expect(textOf(screen.getByRole('region', { name: '本模块测验' }))).toContain('已获得本模块徽章'),
    )
    expect(screen.getByText('最好成绩：100%')).toBeTruthy()
  })
})

describe('ProgressModuleComplete', () => {
  it('shows the moment only at the lesson that finished the module', async () => {
    await savedBefore([
      { owner: 'default', kind: 'lesson', key: 'basics-first', value: '2026-01-01T00:00:00.000Z' },
      { owner: 'default', kind: 'lesson', key: 'basics-second', value: '2026-01-02T00:00:00.000Z' },
    ])
    const { pinia, router } = await mountApp('/')
    const last = mount(ProgressModuleComplete, {
      props: { moduleId: 'basics', lessonId: 'basics-second' },
      global: { plugins: [pinia, router] },
    })
    expect(last.text()).toContain('「基础模块」的课程全部学完了！')
    // The lesson's end offers the quiz and the role-plays right below: the moment does not repeat them.
    expect(last.findAll('a')).toHaveLength(0)
    const earlier = mount(ProgressModuleComplete, {
      props: { moduleId: 'basics', lessonId: 'basics-first' },
      global: { plugins: [pinia, router] },
    })
    expect(earlier.text()).toBe('')
    last.unmount()
    earlier.unmount()
  })
})

describe('我的进度', () => {
  it('tells a module quiz failed from one never taken, with the best score so far', async () => {
    await savedBefore([{ owner: 'default', kind: 'attempt', key: 'a1', value: finishedQuiz('m-phone', 'a1', false) }])
    await mountApp('/progress')
    const badges = await waitFor('the badges', () => screen.getByRole('region', { name: '模块徽章' }))
    const [basics, phone] = within(badges).getAllByRole('listitem')
    expect(textOf(basics!)).toContain('· 测验还没做')
    expect(textOf(phone!)).toContain('· 测验未通过（最好 0%）')
    // Each badge leads to its module, where its lessons and quiz are.
    expect(within(basics!).getByRole('link', { name: '基础模块' }).getAttribute('href')).toBe('/modules/basics')
  })

  it('leads from each weakest topic to the lesson where its questions went wrong', async () => {
    // Three failed sittings on the basics module's own questions: each of its topics answered wrong three times.
    const basicsQuestions = fixtureQuestions.map((question, index) => ({ ...question, id: `basics-q00${index + 1}` }))
    await savedBefore(
      ['a1', 'a2', 'a3'].map((id) => ({
        owner: 'default',
        kind: 'attempt',
        key: id,
        value: finishedQuiz('m-basics', id, false, basicsQuestions),
      })),
    )
    await mountApp('/progress')
    const weak = await waitFor('the weakest topics', () => screen.getByRole('region', { name: '最薄弱的主题' }))
    const rows = await waitFor('their rows', () => within(weak).getAllByRole('rowheader'))
    // All three wrong every time: equally weak, in whichever order.
    expect(rows.map((row) => row.firstChild!.textContent!.trim()).sort()).toEqual(
      ['心理素质', '现场接待', '电话礼仪'].sort(),
    )
    // Each topic's questions are taught in a lesson of its own, one of them in the other module.
    const reviewOf = (topic: string) => {
      const link = within(rows.find((row) => row.firstChild!.textContent!.trim() === topic)!).getByRole('link')
      return [link.textContent, link.getAttribute('href')]
    }
    expect(reviewOf('心理素质')).toEqual(['去复习：第一课：处变不惊', '/modules/basics/lessons/basics-first'])
    expect(reviewOf('现场接待')).toEqual(['去复习：第二课：接一顾二看三', '/modules/basics/lessons/basics-second'])
    expect(reviewOf('电话礼仪')).toEqual(['去复习：第三课：三声之内', '/modules/phone/lessons/phone-rings'])
  })

  it('shows the daily goal, badges, and a chart that says its dates in words', async () => {
    await savedBefore([{ owner: 'default', kind: 'attempt', key: 'a1', value: finishedQuiz('m-basics', 'a1', true) }])
    await mountApp('/progress')
    await waitFor('the badges', () => screen.getByRole('region', { name: '模块徽章' }))
    const badges = within(screen.getByRole('region', { name: '模块徽章' }))
    expect(badges.getAllByText('未获得')).toHaveLength(2)
    expect(textOf(screen.getByRole('region', { name: '模块徽章' }))).toContain('课程 0/2 · 测验已通过')
    // The other module's quiz was never taken: not reported as failed.
    expect(textOf(screen.getByRole('region', { name: '模块徽章' }))).toContain('· 测验还没做')
    const trend = screen.getByRole('region', { name: '测验成绩走势' })
    // Figures from the whole history follow the page by a frame, so the tap that opened it paints at once.
    const caption = await waitFor('the chart', () => {
      const shown = trend.querySelector('figcaption')
      if (!shown) throw new Error('no chart yet')
      return shown
    })
    const now = new Date()
    expect(textOf(caption)).toContain(`${now.getMonth() + 1} 月 ${now.getDate()} 日做了测验，平均 100%。`)
    expect(screen.queryByText(/先完成今日复习/)).toBeNull()
  })
})
