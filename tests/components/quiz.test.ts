import { beforeEach, describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/dom'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { click, liveTexts, mountApp, savedBefore, savedRecords, textOf, waitFor } from './mountApp'
import { finishSession, startSession, type QuizSession, type SessionQuestion } from '../../src/domain/quiz/session'
import QuizHandInConfirm from '../../src/components/quiz/QuizHandInConfirm.vue'
import { reviewCardDue } from '../fixtures/reviewCard'
import { useProgressStore } from '../../src/stores/progress'

// A fixed seed makes the draw and the option order repeatable. For the fixture bank
// (tests/fixtures/course/questions/01-basics.yaml) seed 12345 gives, in this order:
//   basics-q001 (single):   A. 心理素质 (right)  B. 技能素质  C. 品格素质
//   basics-q002 (multiple): A. 让其他顾客先排队登记 (wrong)  B. 手上接待…  C. 眼睛照顾…  D. 嘴里招呼… (B–D right)
//   basics-q003 (true/false)
vi.mock('../../src/platform/random', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/platform/random')>()),
  newSeed: () => 12345,
}))

beforeEach(() => localStorage.clear())

/** The quizzes under way that 学员 1 has saved, by quiz. */
const savedSessions = async () => (await savedRecords('session')) as Record<string, QuizSession>

/** Opens the start page of the basics module's quiz and waits for its settings. */
async function openBasicsQuiz() {
  const mounted = await mountApp('/quizzes/m-basics')
  await waitFor('the quiz settings', () => screen.getByRole('button', { name: '开始答题' }))
  return mounted
}

/** Two of the fixture questions due for review since 2020: today's review asks them. */
const savedTwoDueForReview = () =>
  savedBefore(
    ['basics-q001', 'basics-q003'].map((key) => ({
      owner: 'default',
      kind: 'card',
      key,
      value: reviewCardDue('2020-01-01T09:00:00.000Z'),
    })),
  )

const question = (stem: RegExp) => waitFor(`the question ${stem}`, () => screen.getByRole('group', { name: stem }))

describe('quiz list', () => {
  it('offers a quiz per module, the mixed quiz, and an empty review and 错题本', async () => {
    await mountApp('/quizzes')
    await waitFor('the quiz list', () => screen.getByRole('heading', { level: 1, name: '测验与练习' }))
    const titles = screen.getAllByRole('heading', { level: 3 })
    expect(titles.map(textOf)).toEqual([
      '今日复习',
      '综合测验',
      '错题本',
      '语音练习',
      '打字测试',
      '找茬：这通电话哪里不规范',
      '1. 基础模块',
      '2. 电话模块',
    ])
    const cards = screen.getAllByRole('article').map((card) => within(card).getAllByRole('paragraph').map(textOf))
    expect(cards).toEqual([
      ['今天没有要复习的题。答错的题会按间隔重复的安排回到这里。', '今日待复习 0 道 · 尚未做过'],
      ['从全部模块中抽题，检验整体掌握情况。', '题库 3 道题 · 尚未做过'],
      ['错题本是空的：做完练习或测验后，答错和没有作答的题会出现在这里。', '现有错题 0 道 · 尚未做过'],
      // A module quiz asks about every lesson of it: before they are learned, its card says so.
      ['本模块的课已学 0 / 2：题目出自每一课，学完再做更有把握。', '题库 3 道题 · 尚未做过'],
      ['题库 0 道题 · 尚未做过'],
    ])
    // Nothing to review and no mistakes yet: those two are not links; the others are.
    const linkIn = (title: string) => within(screen.getByRole('heading', { level: 3, name: title })).queryByRole('link')
    expect(linkIn('今日复习')).toBeNull()
    expect(linkIn('错题本')).toBeNull()
    expect(linkIn('综合测验')!.getAttribute('href')).toBe('/quizzes/mixed')
    expect(linkIn('1. 基础模块')!.getAttribute('href')).toBe('/quizzes/m-basics')
    // The skill labs sit beside the quizzes.
    expect(linkIn('语音练习')!.getAttribute('href')).toBe('/voice')
    expect(linkIn('打字测试')!.getAttribute('href')).toBe('/typing')
    expect(linkIn('找茬：这通电话哪里不规范')!.getAttribute('href')).toBe('/spotting')
  })

  it('stops saying a module’s lessons come first once they are learned', async () => {
    await mountApp('/quizzes')
    const card = await waitFor('the module card', () => screen.getByRole('article', { name: '1. 基础模块' }))
    await useProgressStore().setLessonLearned('basics-first', true)
    await waitFor('one lesson counted', () => within(card).getByText(/^本模块的课已学 1 \/ 2/))
    await useProgressStore().setLessonLearned('basics-second', true)
    await waitFor('the line gone', () => expect(within(card).queryByText(/^本模块的课已学/)).toBeNull())
  })
})

describe('the 错题本 read through', () => {
  it('lists each mistake as last answered, with the key and why, and waits for 开始答题', async () => {
    const { router } = await mountApp('/quizzes')
    // The fixture bank's keys: basics-q001 is A, basics-q003 is 错; this hand-in chose B and 对, and got q002 right.
    const asked: SessionQuestion[] = [
      { id: 'basics-q001', type: 'single', options: ['心理素质', '品格素质', '技能素质'], answer: 0 },
      { id: 'basics-q002', type: 'multiple', options: ['a', 'b', 'c', 'd'], answer: [0, 1, 2] },
      { id: 'basics-q003', type: 'truefalse', answer: false },
    ]
    const settings = {
      quizId: 'm-basics',
      title: '1. 基础模块',
      mode: 'practice',
      rule: 'partial',
      passMark: 60,
    } as const
    const session = startSession(settings, asked, 1, new Date(Date.now() - 60_000), 'wrong1')
    const answers = { 'basics-q001': 1, 'basics-q002': [0, 1, 2], 'basics-q003': true }
    await useProgressStore().recordAttempt(finishSession({ ...session, answers }, asked, new Date(), 'wrong1'))

    const card = await waitFor('the 错题本 card', () => screen.getByRole('article', { name: '错题本' }))
    await waitFor('2 mistakes', () => expect(textOf(card)).toContain('现有错题 2 道'))
    await click(within(card).getByRole('link', { name: '先看看错在哪里' }))
    const list = await waitFor('the list', () => screen.getByRole('region', { name: '错题一览（2 道）' }))
    const items = within(list)
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('review-item'))
    expect(items).toHaveLength(2)
    expect(textOf(items[0]!)).toMatch(/^1\. 基础模块 · /)
    // What was chosen and what was right, for each.
    for (const item of items) {
      expect(textOf(item)).toContain('你的答案')
      expect(textOf(item)).toContain('正确答案')
    }
    // Read, not started: the quiz waits for the learner.
    expect(router.currentRoute.value.name).toBe('quiz-start')
    expect(screen.getByRole('button', { name: '开始答题' })).toBeTruthy()
    expect(await savedSessions()).toEqual({})
  })
})

describe('quiz start and play', () => {
  it('explains multiple-choice scoring once in a help note instead of asking before the quiz', async () => {
    await openBasicsQuiz()
    expect(screen.queryByRole('group', { name: '多选题计分方式' })).toBeNull()
    // Practice mode and ten questions (here all three) are chosen already: one tap starts.
    expect(screen.getByRole('radio', { name: /^练习：/, checked: true })).toBeTruthy()
    expect(screen.getByRole('radio', { name: '全部 3 道', checked: true })).toBeTruthy()
    const help = screen.getByText('多选题怎么计分？').closest('details')!
    expect(help.open).toBe(false)
    expect(within(help).getByText(/^练习、测验、错题本和今日复习：多选题按选对的比例得分/)).toBeTruthy()
    expect(within(help).getByText(/^结业考试和培训师布置的作业：多选题必须选出全部正确选项/)).toBeTruthy()
    expect(screen.getByText('及格线：60%')).toBeTruthy()
  })

  it('starts a module quiz in one tap from its card, with the defaults', async () => {
    const { router } = await mountApp('/quizzes')
    const card = (name: string) => within(screen.getByRole('article', { name }))
    const start = await waitFor('the quick start', () => card('1. 基础模块').getByRole('link', { name: '开始练习' }))
    // Described by the quiz's title, so a screen reader hears which quiz it starts.
    expect(start.getAttribute('aria-describedby')).toBe('quiz-card-m-basics')
    // The phone module has no questions: nothing to start there.
    expect(card('2. 电话模块').queryByRole('link', { name: '开始练习' })).toBeNull()
    await click(start)
    await waitFor('the quiz to open', () => expect(router.currentRoute.value.name).toBe('quiz-play'))
    await question(/^单选题/)
    expect(screen.getByText('第 1 / 3 题')).toBeTruthy()
    expect((await savedSessions())['m-basics']).toMatchObject({ mode: 'practice', rule: 'partial' })
    // The start page was replaced: going back does not land on a page that starts the quiz again.
    router.back()
    await waitFor('the list again', () => expect(router.currentRoute.value.name).toBe('quizzes'))
  })

  it("starts today's review at once with the questions due", async () => {
    await savedTwoDueForReview()
    const { router } = await mountApp('/quizzes/review')
    await waitFor('the review to open', () => expect(router.currentRoute.value.name).toBe('quiz-play'))
    await waitFor('the first question', () => screen.getByText('第 1 / 2 题'))
    expect((await savedSessions()).review).toMatchObject({ mode: 'practice', rule: 'partial' })
    expect([...(await savedSessions()).review!.questionIds].sort()).toEqual(['basics-q001', 'basics-q003'])
  })

  it('ends today’s review with what it did, never a pass or a fail against a pass mark', async () => {
    await savedTwoDueForReview()
    await mountApp('/quizzes/review')
    for (const [at, next] of [
      [1, '下一题'],
      [2, '完成练习'],
    ] as const) {
      await waitFor(`question ${at}`, () => screen.getByText(`第 ${at} / 2 题`))
      await click(screen.getAllByRole('radio')[1]!)
      await click(screen.getByRole('button', { name: '检查答案' }))
      // Once the verdict is there: the next step waits for it.
      const nextStep = await waitFor('the next step', () => {
        const button = screen.getByRole('button', { name: next })
        expect(button.getAttribute('aria-disabled')).toBeNull()
        return button
      })
      await click(nextStep)
    }
    const summary = await waitFor('the result', () => screen.getByRole('region', { name: '今日复习完成' }))
    expect(within(summary).getByText(/^答对 [0-2] 题。答对的题下次复习的间隔会变长，答错的会更早回来。$/)).toBeTruthy()
    expect(within(summary).queryByText(/及格线|通过/)).toBeNull()
  })

  it('runs a practice quiz: feedback after checking, the answer then locked, and saved as it goes', async () => {
    const { router } = await openBasicsQuiz()
    expect(screen.getByRole('radio', { name: /^练习：/, checked: true })).toBeTruthy()
    await click(screen.getByRole('button', { name: '开始答题' }))
    await waitFor('the quiz to open', () => expect(router.currentRoute.value.name).toBe('quiz-play'))
    const first = await question(/^单选题 “处变不惊”的应变力属于哪一类素质？$/)
    expect(screen.getByText('第 1 / 3 题')).toBeTruthy()
    // The options in the order shown, each read from its label.
    const options = within(first).getAllByRole('radio') as HTMLInputElement[]
    expect(options.map((option) => textOf(option.labels?.[0]))).toEqual(['A. 心理素质', 'B. 技能素质', 'C. 品格素质'])
    const session = (await savedSessions())['m-basics']!
    expect(session.questionIds).toEqual(['basics-q001', 'basics-q002', 'basics-q003'])

    await click(screen.getByRole('button', { name: '检查答案' }))
    expect(liveTexts('alert')).toEqual(['请先作答。'])

    const disabled = () =>
      within(first)
        .getAllByRole('radio')
        .map((option) => option.matches(':disabled'))
    expect(disabled()).toEqual([false, false, false])
    await click(within(first).getByRole('radio', { name: 'A. 心理素质' }))
    expect(liveTexts('alert')).toEqual([])
    await click(screen.getByRole('button', { name: '检查答案' }))
    await waitFor('the verdict', () => screen.getByText('回答正确'))
    expect(screen.queryByText('回答错误')).toBeNull()
    expect(screen.getByText('正确答案：A（心理素质）')).toBeTruthy()
    // The answer is locked once checked: every option is disabled, the chosen one still chosen.
    expect(disabled()).toEqual([true, true, true])
    // Marked in the card itself, with a word beside the icon.
    expect(within(first).getByRole('radio', { name: 'A. 心理素质 你的选择 · 正确', checked: true })).toBeTruthy()
    expect(within(first).getByRole('radio', { name: 'B. 技能素质' })).toBeTruthy()
    expect((await savedSessions())['m-basics']).toMatchObject({
      revealed: ['basics-q001'],
      answers: { 'basics-q001': 0 },
    })

    // A wrong answer on the next question.
    await click(screen.getByRole('button', { name: '下一题' }))
    const second = await question(/^多选题（选出所有正确答案） 营业高峰时“接一、顾二、看三”/)
    expect(screen.getByText('第 2 / 3 题')).toBeTruthy()
    await click(within(second).getByRole('checkbox', { name: 'A. 让其他顾客先排队登记' }))
    await click(screen.getByRole('button', { name: '检查答案' }))
    await waitFor('the verdict', () => screen.getByText('回答错误'))
    expect(screen.queryByText('回答正确')).toBeNull()
    // The wrong choice is marked ✗, the right ones ✓, in the order shown.
    expect(
      (within(second).getAllByRole('checkbox') as HTMLInputElement[]).map((box) => textOf(box.labels?.[0])),
    ).toEqual([
      'A. 让其他顾客先排队登记 你的选择 · 错误',
      'B. 手上接待第一位顾客 正确答案 · 漏选',
      'C. 眼睛照顾第二位顾客 正确答案 · 漏选',
      'D. 嘴里招呼第三位顾客 正确答案 · 漏选',
    ])
    // The ones left out are toned as a slip (amber), not as the success a right pick is (green).
    expect(
      within(second)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')!.querySelector('.option-mark')!.classList[1]),
    ).toEqual(['bad', 'warn', 'warn', 'warn'])
    expect(
      within(second)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')!.querySelector('svg') !== null),
    ).toEqual([true, true, true, true])
    expect(
      screen.getByText('正确答案：B、C、D（手上接待第一位顾客；眼睛照顾第二位顾客；嘴里招呼第三位顾客）'),
    ).toBeTruthy()
    expect((await savedSessions())['m-basics']!.revealed).toEqual(['basics-q001', 'basics-q002'])
  })

  it('scores a multiple choice in proportion in a practice quiz, the rule the course sets', async () => {
    await openBasicsQuiz()
    await click(screen.getByRole('button', { name: '开始答题' }))
    await question(/^单选题/)
    await click(screen.getByRole('radio', { name: 'B. 技能素质' }))
    await click(screen.getByRole('button', { name: '检查答案' }))
    await waitFor('the verdict', () => screen.getByText('回答错误'))
    await click(screen.getByRole('button', { name: '下一题' }))
    const second = await question(/^多选题/)
    await click(within(second).getByRole('checkbox', { name: 'B. 手上接待第一位顾客' }))
    await click(within(second).getByRole('checkbox', { name: 'C. 眼睛照顾第二位顾客' }))
    await click(screen.getByRole('button', { name: '检查答案' }))
    await waitFor('the verdict', () => screen.getByText('部分正确，得 0.67 分'))

    // Two thirds of a point are kept exact and shown as a learner reads them.
    await click(screen.getByRole('button', { name: '下一题' }))
    const third = await question(/^判断题/)
    await click(within(third).getByRole('radio', { name: 'B. 错误' }))
    await click(screen.getByRole('button', { name: '检查答案' }))
    await click(await waitFor('the last step', () => screen.getByRole('button', { name: '完成练习' })))
    const summary = await waitFor('the verdict', () => screen.getByRole('region', { name: '未通过' }))
    expect(within(summary).getByText('得分 1.67 / 3（55.6%）')).toBeTruthy()
    // Not passed: back into the module to review it, not on to the next.
    const links = within(summary)
      .getAllByRole('link')
      .map((link) => [textOf(link), link.getAttribute('href')])
    expect(links).toEqual([
      ['再做一次', '/quizzes/m-basics'],
      ['回到模块：基础模块', '/modules/basics'],
      ['返回测验列表', '/quizzes'],
    ])
  })

  /** Plays the basics practice through with every answer right, in whatever order it draws them: 通过. */
  async function passBasicsPractice(): Promise<HTMLElement> {
    await openBasicsQuiz()
    await click(screen.getByRole('button', { name: '开始答题' }))
    let before = ''
    for (let step = 1; step <= 3; step++) {
      // The next question, not the one just checked.
      const asked: HTMLElement = await waitFor(`question ${step}`, () => {
        const shown = screen.getByRole('group', { name: /^(单选题|多选题|判断题)/ })
        expect(textOf(shown)).not.toBe(before)
        expect(within(shown).queryByText(/你的选择/)).toBeNull()
        return shown
      })
      const kind = textOf(asked)
      if (kind.startsWith('单选题')) await click(within(asked).getByRole('radio', { name: /心理素质$/ }))
      else if (kind.startsWith('多选题'))
        for (const option of ['手上接待第一位顾客', '眼睛照顾第二位顾客', '嘴里招呼第三位顾客'])
          await click(within(asked).getByRole('checkbox', { name: new RegExp(`${option}$`) }))
      else await click(within(asked).getByRole('radio', { name: /错误$/ }))
      await click(screen.getByRole('button', { name: '检查答案' }))
      const onward = step < 3 ? '下一题' : '完成练习'
      await waitFor('the explanation', () => expect(screen.queryByText(/正在载入答案解析/)).toBeNull())
      await click(await waitFor('the verdict', () => screen.getByRole('button', { name: onward })))
      before = kind
    }
    return waitFor('the verdict', () => screen.getByRole('region', { name: '通过' }))
  }

  it('leads on to the next module once a module’s quiz is passed and its lessons are learned', async () => {
    await savedBefore(
      ['basics-first', 'basics-second'].map((key) => ({
        owner: 'default',
        kind: 'lesson',
        key,
        value: '2026-01-01T00:00:00.000Z',
      })),
    )
    const summary = await passBasicsPractice()
    const next = within(summary).getByRole('link', { name: '学习下一模块：电话模块' })
    expect([next.getAttribute('href'), next.className]).toEqual(['/modules/phone', 'button'])
    expect(within(summary).getByRole('link', { name: '再做一次' }).className).toBe('button button-secondary')
    expect(within(summary).queryByRole('link', { name: /^回到模块/ })).toBeNull()
  })

  it('leads to the module’s first lesson not yet learned, not on to the next module, when the quiz is passed before the lessons are read', async () => {
    await savedBefore([{ owner: 'default', kind: 'lesson', key: 'basics-first', value: '2026-01-01T00:00:00.000Z' }])
    const summary = await passBasicsPractice()
    const links = within(summary)
      .getAllByRole('link')
      .map((link) => [textOf(link), link.getAttribute('href'), link.className])
    expect(links).toEqual([
      ['接着学本模块：第二课：接一顾二看三', '/modules/basics/lessons/basics-second', 'button'],
      ['再做一次', '/quizzes/m-basics', 'button button-secondary'],
      ['回到模块：基础模块', '/modules/basics', 'button button-secondary'],
      ['返回测验列表', '/quizzes', 'button button-secondary'],
    ])
  })

  it('resumes a saved session where the learner left it', async () => {
    const { wrapper } = await openBasicsQuiz()
    await click(screen.getByRole('button', { name: '开始答题' }))
    await question(/^单选题/)
    wrapper.unmount()
    await mountApp('/quizzes/m-basics')
    const resume = await waitFor('the offer to resume', () => screen.getByRole('region', { name: '上次还没有做完' }))
    expect(within(resume).getByText('练习，已答 0 / 3 题，停在第 1 题。')).toBeTruthy()
    expect(within(resume).getByRole('link', { name: '继续答题' }).getAttribute('href')).toBe('/quizzes/m-basics/play')
    expect(screen.queryByRole('button', { name: '开始答题' })).toBeNull()

    // 放弃并重新开始 asks on the page, never in a browser pop-up; 不放弃 leaves the quiz as it was.
    const popUp = vi.spyOn(window, 'confirm')
    await click(within(resume).getByRole('button', { name: '放弃并重新开始' }))
    let asked = within(resume).getByRole('group', { name: '放弃并重新开始' })
    expect(document.activeElement).toBe(within(asked).getByText(/^放弃上次没做完的这一次？/))
    expect(within(resume).queryByRole('link', { name: '继续答题' })).toBeNull()
    await click(within(asked).getByRole('button', { name: '不放弃' }))
    expect(document.activeElement).toBe(within(resume).getByRole('button', { name: '放弃并重新开始' }))
    expect(within(resume).getByRole('link', { name: '继续答题' })).toBeTruthy()
    expect(Object.keys(await savedSessions())).toEqual(['m-basics'])

    await click(within(resume).getByRole('button', { name: '放弃并重新开始' }))
    asked = within(resume).getByRole('group', { name: '放弃并重新开始' })
    await click(within(asked).getByRole('button', { name: '确定放弃' }))
    await waitFor('the settings again', () => screen.getByRole('button', { name: '开始答题' }))
    expect(screen.queryByRole('region', { name: '上次还没有做完' })).toBeNull()
    await waitFor('the quiz forgotten', async () => expect(await savedSessions()).toEqual({}))
    expect(popUp).not.toHaveBeenCalled()
  })

  it('offers 继续答题 on the list’s card of a quiz left unfinished, in place of starting anew', async () => {
    const { wrapper } = await openBasicsQuiz()
    await click(screen.getByRole('radio', { name: /^测验：/ }))
    await click(screen.getByRole('button', { name: '开始答题' }))
    await question(/^单选题/)
    wrapper.unmount()
    await mountApp('/quizzes')
    const heading = await waitFor('the list', () => screen.getByRole('heading', { name: /基础/ }))
    const card = heading.closest('article')!
    expect(within(card).getByText('有一次没做完的测验')).toBeTruthy()
    expect(within(card).getByRole('link', { name: '继续答题' }).getAttribute('href')).toBe('/quizzes/m-basics/play')
    expect(within(card).queryByRole('link', { name: '开始练习' })).toBeNull()
  })

  it('hands in a test with unanswered questions only after confirming on the page, then shows the result', async () => {
    const { router } = await openBasicsQuiz()
    await click(screen.getByRole('radio', { name: /^测验：/ }))
    await click(screen.getByRole('button', { name: '开始答题' }))
    await question(/^单选题/)
    const session = (await savedSessions())['m-basics']!
    // Never the browser's pop-up, which an LMS's frame may forbid.
    const popUp = vi.spyOn(window, 'confirm')

    await click(screen.getByRole('button', { name: '交卷' }))
    let confirm = await waitFor('the question', () => screen.getByRole('dialog', { name: '确认交卷' }))
    expect(within(confirm).getByText('还有 3 道题未作答。未作答的题不得分，会放进错题本。')).toBeTruthy()
    // A quiz is not the exam: nothing about attempts left.
    expect(within(confirm).queryByText(/再考|考试机会/)).toBeNull()
    await click(within(confirm).getByRole('button', { name: '继续作答' }))
    expect(screen.queryByRole('dialog', { name: '确认交卷' })).toBeNull()
    expect(router.currentRoute.value.name).toBe('quiz-play')
    expect(screen.getByText('第 1 / 3 题')).toBeTruthy()

    await click(screen.getByRole('button', { name: '交卷' }))
    confirm = await waitFor('the question again', () => screen.getByRole('dialog', { name: '确认交卷' }))
    await click(within(confirm).getByRole('button', { name: '确认交卷' }))
    expect(popUp).not.toHaveBeenCalled()
    await waitFor('the result page', () => expect(router.currentRoute.value.name).toBe('quiz-result'))
    const summary = await waitFor('the verdict', () => screen.getByRole('region', { name: '未通过' }))
    expect(within(summary).getByText('得分 0 / 3（0%）')).toBeTruthy()
    // Each blank question is reviewed as not answered, not as answered wrong.
    await waitFor('the review', () => expect(screen.getAllByText('未作答，不得分')).toHaveLength(3))
    expect(screen.queryByText('回答错误')).toBeNull()
    // The attempt is saved under the session's id, and the session is closed.
    expect(Object.keys(await savedRecords('attempt'))).toEqual([session.id])
    expect(await savedSessions()).toEqual({})
    // As the confirmation said, the blank questions are in the 错题本, which says it takes them.
    await router.push('/quizzes')
    const mistakes = await waitFor('the 错题本 card', () =>
      screen.getByRole('heading', { level: 3, name: '错题本' }).closest('article'),
    )
    await waitFor('3 mistakes', () => expect(textOf(mistakes!)).toContain('现有错题 3 道'))
    expect(textOf(mistakes!)).toContain('只练最近一次答错或没有作答的题目。')
  })
})

describe('the hand-in confirmation', () => {
  function mountConfirm(props: { unanswered: number[]; seconds: number | null; attemptsLeft?: number }) {
    const host = document.body.appendChild(document.createElement('div'))
    return mount(QuizHandInConfirm, {
      props: {
        summary: { total: 5, answered: 5 - props.unanswered.length, unanswered: props.unanswered },
        seconds: props.seconds,
        attemptsLeft: props.attemptsLeft,
      },
      attachTo: host,
      // Its own store, not one left active by a test before it (it reads whether an LMS launched the course).
      global: { plugins: [createPinia()] },
    })
  }

  it('sums up the exam, takes focus, and offers the unanswered questions', async () => {
    const wrapper = mountConfirm({ unanswered: [1, 3], seconds: 754, attemptsLeft: 2 })
    const dialog = screen.getByRole('dialog', { name: '确认交卷' })
    await waitFor('focus in the panel', () => expect(document.activeElement).toBe(dialog))
    expect(within(dialog).getAllByRole('paragraph').map(textOf).slice(0, 4)).toEqual([
      '已作答 3 / 5 题',
      '还有 2 道题未作答。未作答的题不得分，会放进错题本。',
      '剩余时间 12:34',
      '交卷后还可以再考 2 次。',
    ])
    // The decision first, then the way to each unanswered question, a list that may run far down a phone.
    expect(within(dialog).getAllByRole('button').map(textOf)).toEqual(['确认交卷', '继续作答', '第 2 题', '第 4 题'])
    expect(within(dialog).getByRole('list', { name: '想先补答？点题号直接去那一题：' })).toBeTruthy()
    await click(within(dialog).getByRole('button', { name: '第 4 题' }))
    expect(wrapper.emitted('go')).toEqual([[3]])
    await click(within(dialog).getByRole('button', { name: '确认交卷' }))
    expect(wrapper.emitted('confirm')).toHaveLength(1)
    await click(within(dialog).getByRole('button', { name: '继续作答' }))
    expect(wrapper.emitted('cancel')).toHaveLength(1)
    wrapper.unmount()
  })

  it('cancels on Escape, and says when this is the last attempt', async () => {
    const wrapper = mountConfirm({ unanswered: [], seconds: null, attemptsLeft: 0 })
    const dialog = screen.getByRole('dialog', { name: '确认交卷' })
    expect(within(dialog).getByText('全部题目都已作答。')).toBeTruthy()
    expect(within(dialog).getByText('这是最后一次考试机会，交卷后不能再考。')).toBeTruthy()
    expect(within(dialog).queryByText(/剩余时间/)).toBeNull()
    expect(within(dialog).queryByRole('button', { name: /^第 \d+ 题$/ })).toBeNull()
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    expect(wrapper.emitted('cancel')).toHaveLength(1)
    wrapper.unmount()
  })
})
