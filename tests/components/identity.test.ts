import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/dom'
import { createPinia } from 'pinia'
import { click, liveTexts, mountApp, problemOf, savedBefore, textOf, typeInto, waitFor } from './mountApp'
import { loadSavedData } from '../../src/stores/loadSavedData'
import { useCourseStore } from '../../src/stores/course'
import { useProfileStore } from '../../src/stores/profiles'
import { useSavedDataStore } from '../../src/stores/savedData'
import type { QuizAttempt } from '../../src/domain/quiz/session'

/** The fixture course has no exam: the certificate page is tested under this one. */
const EXAM = {
  title: '结业考试',
  weights: { basics: 100 },
  timeLimitMinutes: 60,
  passMark: 80,
  maxAttempts: 3,
  counting: 'highest' as const,
  validityMonths: 24,
}

/** A passed exam, as the exam saves it. */
const passedExam: QuizAttempt = {
  quizId: 'exam',
  title: '结业考试',
  mode: 'test',
  rule: 'all-or-nothing',
  passMark: 80,
  id: 'x1',
  startedAt: '2026-03-02T01:00:00.000Z',
  finishedAt: '2026-03-02T01:30:00.000Z',
  questionIds: ['basics-q001'],
  optionOrder: { 'basics-q001': [0, 1, 2] },
  answers: { 'basics-q001': 0 },
  points: { 'basics-q001': 1 },
  score: { points: 1, max: 1, correct: 1, percent: 100, passMark: 80, passed: true },
}

/** Opens a page of the app (mounted on the home page) with the exam configured. */
async function openWithExam(path: string) {
  const app = await mountApp('/')
  useCourseStore(app.pinia).index = { ...useCourseStore(app.pinia).index, exam: EXAM }
  await app.router.push(path)
  await waitFor(`the page ${path}`, () => screen.getByRole('heading', { level: 1 }))
  return app
}

/** An earlier visit saved these learners. */
async function learnersBefore(profiles: object[]): Promise<void> {
  await loadSavedData(createPinia())
  await savedBefore([])
  const pinia = createPinia()
  await loadSavedData(pinia)
  await useSavedDataStore(pinia).database.write({ profiles: { put: profiles } })
}

const welcomeHeading = () => screen.queryByRole('heading', { name: '欢迎！先认识一下你' })

describe('the first-visit welcome', () => {
  it('needs a name, saves the answers with the purpose, disappears, and stays gone after a reload', async () => {
    const { wrapper, router } = await mountApp('/')
    await waitFor('the welcome', () => expect(welcomeHeading()).not.toBeNull())
    const name = screen.getByLabelText('姓名（必填）')

    await click(screen.getByRole('button', { name: '保存并继续' }))
    expect(textOf(screen.getByText('请输入姓名'))).toBe('请输入姓名')
    expect(name.getAttribute('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(name)
    expect(welcomeHeading()).not.toBeNull()

    await typeInto(name, ' 王芳 ')
    await typeInto(screen.getByLabelText('工号（选填）'), 'A-1024')
    await typeInto(screen.getByLabelText('班组（选填）'), '二组')
    const purposes = screen.getByRole('group', { name: '你来这里是为了' })
    expect((within(purposes).getByLabelText('新员工入职学习') as HTMLInputElement).checked).toBe(true)
    await click(within(purposes).getByLabelText('准备客服岗位面试'))
    const today = await waitFor('the 今日 card', () => screen.getByRole('region', { name: '今日' }))
    expect(textOf(today)).not.toContain('你好')
    await click(screen.getByRole('button', { name: '保存并继续' }))

    await waitFor('the welcome to go', () => expect(welcomeHeading()).toBeNull())
    // Home says the name back, as it was saved (trimmed).
    expect(within(screen.getByRole('region', { name: '今日' })).getByText('你好，王芳！')).toBeTruthy()
    expect(useProfileStore().active).toMatchObject({
      name: '王芳',
      named: true,
      staffId: 'A-1024',
      team: '二组',
      purpose: 'interview',
    })
    // 我的 names the learner.
    await router.push('/me')
    await waitFor('我的', () => expect(textOf(screen.getByRole('main'))).toContain('王芳'))

    wrapper.unmount()
    await mountApp('/')
    await waitFor('the home page', () => screen.getByRole('heading', { level: 1 }))
    expect(welcomeHeading()).toBeNull()
    expect(useProfileStore().active.purpose).toBe('interview')
  })

  it('is where 我的 sends a learner who skipped it: 我的 says no name is given, not 学员 1', async () => {
    const { router } = await mountApp('/me')
    const main = () => within(screen.getByRole('main'))
    const card = await waitFor('the learner link', () => main().getByRole('link', { name: /^学员：/ }))
    expect(textOf(card)).toBe('学员：还没有填写姓名')
    expect(textOf(screen.getByRole('main'))).not.toContain('学员 1')

    await click(main().getByRole('link', { name: /到首页填写姓名/ }))
    await waitFor('home', () => expect(router.currentRoute.value.fullPath).toBe('/'))
    await waitFor('the welcome', () => expect(welcomeHeading()).not.toBeNull())
    await typeInto(screen.getByLabelText('姓名（必填）'), '李强')
    await click(screen.getByRole('button', { name: '保存并继续' }))
    await waitFor('the welcome to go', () => expect(welcomeHeading()).toBeNull())

    await router.push('/me')
    await waitFor('the named learner', () => main().getByRole('link', { name: /^学员：\s*李强$/ }))
    expect(main().queryByRole('link', { name: /填写姓名/ })).toBeNull()
  })

  it('takes 「无」 for a 工号 as none: a new hire without one is not refused', async () => {
    await mountApp('/')
    await waitFor('the welcome', () => expect(welcomeHeading()).not.toBeNull())
    await typeInto(screen.getByLabelText('姓名（必填）'), '赵敏')
    await typeInto(screen.getByLabelText('工号（选填）'), '无')
    await click(screen.getByRole('button', { name: '保存并继续' }))
    await waitFor('the welcome to go', () => expect(welcomeHeading()).toBeNull())
    expect(useProfileStore().active.name).toBe('赵敏')
    expect(useProfileStore().active.staffId).toBeUndefined()
  })

  it('is not shown to a learner who chose a name before it existed', async () => {
    await learnersBefore([{ id: 'default', name: '王经理', createdAt: '2026-01-05T08:00:00.000Z' }])
    await mountApp('/')
    await waitFor('the home page', () => screen.getByRole('heading', { level: 1 }))
    expect(welcomeHeading()).toBeNull()
    await waitFor('the greeting', () =>
      within(screen.getByRole('region', { name: '今日' })).getByText('你好，王经理！'),
    )
  })
})

describe('the certificate', () => {
  it('says the course was studied when every lesson was learned', async () => {
    const learned = ['basics-first', 'basics-second', 'phone-rings'].map((key) => ({
      owner: 'default',
      kind: 'lesson',
      key,
      value: '2026-03-01T08:00:00.000Z',
    }))
    await savedBefore([...learned, { owner: 'default', kind: 'attempt', key: passedExam.id, value: passedExam }])
    await openWithExam('/certificate')
    await typeInto(screen.getByLabelText('你的姓名'), '王芳')
    await click(screen.getByRole('button', { name: '保存姓名' }))
    const certificate = await waitFor('the certificate', () => screen.getByRole('article', { name: '学习证明' }))
    expect(textOf(certificate)).toContain('王芳 完成了客服人员培训课程的学习，并通过结业考试，成绩 100 分')
  })

  it('asks for the name when the learner has none, then bears it with no box to change it', async () => {
    await savedBefore([{ owner: 'default', kind: 'attempt', key: passedExam.id, value: passedExam }])
    await openWithExam('/certificate')
    expect(screen.queryByRole('article', { name: '学习证明' })).toBeNull()

    // No name given: focus lands on the field with its problem already there, so both are read out together.
    const field = screen.getByLabelText('你的姓名')
    const readOnFocus: (string | null)[] = []
    field.addEventListener('focus', () => readOnFocus.push(problemOf(field)))
    await click(screen.getByRole('button', { name: '保存姓名' }))
    await waitFor('the field focused', () => expect(document.activeElement).toBe(field))
    expect(readOnFocus).toEqual(['请输入姓名'])

    await typeInto(screen.getByLabelText('你的姓名'), '王芳')
    await click(screen.getByRole('button', { name: '保存姓名' }))

    const certificate = await waitFor('the certificate', () => screen.getByRole('article', { name: '学习证明' }))
    // A pass with no lesson learned is said as a pass, not as the course studied.
    expect(textOf(certificate)).toContain('王芳 通过了客服人员培训课程的结业考试，成绩 100 分')
    // Only the request code for the trainer is a box, and it cannot be edited.
    const boxes = screen.queryAllByRole('textbox') as HTMLInputElement[]
    expect(boxes.map((box) => [box.readOnly, box.value.startsWith('KFSQ1|王芳|')])).toEqual([[true, true]])
    await waitFor('the name fixed', () => expect(useProfileStore().active.certifiedName).toBe('王芳'))
  })

  it('keeps the name it was issued with when the learner renames themselves afterwards', async () => {
    await savedBefore([{ owner: 'default', kind: 'attempt', key: passedExam.id, value: passedExam }])
    await learnersBefore([{ id: 'default', name: '王芳', named: true, createdAt: '2026-01-05T08:00:00.000Z' }])
    const { router } = await openWithExam('/certificate')
    const number = textOf(screen.getByRole('article', { name: '学习证明' })).match(/KF-\d{8}-\w{6}/)![0]

    await router.push('/learners')
    await waitFor('the learners page', () =>
      screen.getByText(
        '你已通过结业考试，证书上的姓名是“王芳”，改名不会改变已颁发的证书。如需更正证书上的姓名，请联系培训师重新颁发。',
      ),
    )
    await click(screen.getByRole('button', { name: '修改资料：王芳' }))
    await typeInto(detailsField('王芳', '姓名'), '王小芳')
    await click(screen.getByRole('button', { name: '保存' }))
    await waitFor('the rename', () => expect(liveTexts('status')).toContain('已保存 王小芳 的资料。'))

    await router.push('/certificate')
    const certificate = await waitFor('the certificate', () => screen.getByRole('article', { name: '学习证明' }))
    expect(textOf(certificate)).toContain('王芳 通过了')
    expect(textOf(certificate)).toContain(number)
  })
})

describe('a PIN on a shared PC', () => {
  it('is set, asked when switching back, and a wrong one is refused plainly', async () => {
    await mountApp('/learners')
    await waitFor('the learners page', () => screen.getByRole('heading', { name: '我的 PIN' }))

    const newPin = screen.getByLabelText('新的 PIN（4 位数字）')
    expect(newPin.getAttribute('inputmode')).toBe('numeric')
    await typeInto(newPin, '12a4')
    await click(screen.getByRole('button', { name: '设置 PIN' }))
    expect(liveTexts('alert')).toContain('PIN 必须是 4 位数字')
    // Back in the field the problem is about.
    await waitFor('the focus in the field', () =>
      expect(document.activeElement).toBe(screen.getByLabelText('新的 PIN（4 位数字）')),
    )
    // Typed twice: once only, or two that differ, set nothing, and both are asked again.
    await typeInto(screen.getByLabelText('新的 PIN（4 位数字）'), '2580')
    await click(screen.getByRole('button', { name: '设置 PIN' }))
    expect(liveTexts('alert')).toContain('新的 PIN 要输入两次，请在两个框里都输入。')
    await typeInto(screen.getByLabelText('新的 PIN（4 位数字）'), '2580')
    await typeInto(screen.getByLabelText('再输一次新的 PIN'), '2850')
    await click(screen.getByRole('button', { name: '设置 PIN' }))
    expect(liveTexts('alert')).toContain('两次输入的 PIN 不一样，请重新输入两次。')
    await waitFor('the focus in the first field', () =>
      expect(document.activeElement).toBe(screen.getByLabelText('新的 PIN（4 位数字）')),
    )
    expect((screen.getByLabelText('再输一次新的 PIN') as HTMLInputElement).value).toBe('')
    expect(useProfileStore().active.pin).toBeUndefined()
    await typeInto(screen.getByLabelText('新的 PIN（4 位数字）'), '2580')
    await typeInto(screen.getByLabelText('再输一次新的 PIN'), '2580')
    await click(screen.getByRole('button', { name: '设置 PIN' }))
    await waitFor('the PIN set', () =>
      expect(liveTexts('status')).toContain('PIN 已设置，切换到你时需要输入。离开这台设备前，记得按「锁定并离开」。'),
    )
    // On to 锁定并离开, which the message names, not onto 取消 PIN.
    await waitFor('the focus on 锁定并离开', () =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: '锁定并离开' })),
    )
    const learners = screen.getByRole('region', { name: '本机的学员' })
    expect(textOf(learners)).toMatch(/学员 1 （当前）\s*已设 PIN/)
    // Not yet named, as 我的 says.
    expect(textOf(learners)).toMatch(/已设 PIN\s*还没有填写姓名/)

    expect(await useProfileStore().edit('default', { staffId: 'A-7', team: '三组' })).toBeNull()
    await waitFor('the details shown', () => expect(textOf(learners)).toContain('A-7 · 三组'))

    await typeInto(screen.getByLabelText('姓名'), '小李')
    await click(screen.getByRole('button', { name: '添加并切换' }))
    await waitFor('小李 added', () => expect(liveTexts('status')).toContain('已添加学员 小李，现在是当前学员。'))
    expect(useProfileStore().active.name).toBe('小李')
    // Whoever sits at the PC does not see a locked learner's 工号 and 班组.
    expect(textOf(learners)).not.toContain('A-7')

    // Escape puts the PIN away; the focus is back on the 切换到 that asked for it.
    await click(screen.getByRole('button', { name: '切换到 学员 1' }))
    fireEvent.keyDown(screen.getByLabelText('学员 1 的 PIN（4 位数字）'), { key: 'Escape' })
    await waitFor('the PIN put away', () =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: '切换到 学员 1' })),
    )
    expect(screen.queryByLabelText('学员 1 的 PIN（4 位数字）')).toBeNull()

    await click(screen.getByRole('button', { name: '切换到 学员 1' }))
    const pin = screen.getByLabelText('学员 1 的 PIN（4 位数字）')
    expect(pin.getAttribute('inputmode')).toBe('numeric')
    expect(document.activeElement).toBe(pin)
    await typeInto(pin, '1111')
    await click(screen.getByRole('button', { name: '切换' }))
    await waitFor('the refusal', () => expect(liveTexts('alert')).toContain('PIN 不对，请再试一次。'))
    expect(useProfileStore().active.name).toBe('小李')
    // 小李 cannot change the locked learner's details either.
    expect(screen.getAllByRole('button', { name: /^修改资料：/ })).toHaveLength(1)

    await typeInto(screen.getByLabelText('学员 1 的 PIN（4 位数字）'), '2580')
    await click(screen.getByRole('button', { name: '切换' }))
    await waitFor('the switch', () => expect(liveTexts('status')).toContain('已切换到学员 学员 1。'))
    expect(useProfileStore().active.name).toBe('学员 1')
    expect(textOf(learners)).toContain('A-7 · 三组')
  })

  it('is removed only with the PIN', async () => {
    await mountApp('/learners')
    await waitFor('the learners page', () => screen.getByRole('heading', { name: '我的 PIN' }))
    await typeInto(screen.getByLabelText('新的 PIN（4 位数字）'), '2580')
    await typeInto(screen.getByLabelText('再输一次新的 PIN'), '2580')
    await click(screen.getByRole('button', { name: '设置 PIN' }))
    await waitFor('the PIN set', () =>
      expect(liveTexts('status')).toContain('PIN 已设置，切换到你时需要输入。离开这台设备前，记得按「锁定并离开」。'),
    )
    const current = screen.getByLabelText('输入当前 PIN 以取消')

    await typeInto(current, '0000')
    await click(screen.getByRole('button', { name: '取消 PIN' }))
    await waitFor('the refusal', () => expect(liveTexts('alert')).toContain('PIN 不对，请再试一次。'))
    await typeInto(screen.getByLabelText('输入当前 PIN 以取消'), '2580')
    await click(screen.getByRole('button', { name: '取消 PIN' }))
    await waitFor('the PIN removed', () => expect(liveTexts('status')).toContain('PIN 已取消。'))
    expect(useProfileStore().active.pin).toBeUndefined()
  })

  it('compares the two new PINs as digits, full-width ones from a Chinese keyboard too', async () => {
    await mountApp('/learners')
    await waitFor('the learners page', () => screen.getByRole('heading', { name: '我的 PIN' }))
    await typeInto(screen.getByLabelText('新的 PIN（4 位数字）'), '２５８０')
    await typeInto(screen.getByLabelText('再输一次新的 PIN'), '1111')
    await click(screen.getByRole('button', { name: '设置 PIN' }))
    expect(liveTexts('alert')).toContain('两次输入的 PIN 不一样，请重新输入两次。')
    expect(useProfileStore().active.pin).toBeUndefined()

    await typeInto(screen.getByLabelText('新的 PIN（4 位数字）'), '２５８０')
    await typeInto(screen.getByLabelText('再输一次新的 PIN'), '2580')
    await click(screen.getByRole('button', { name: '设置 PIN' }))
    await waitFor('the PIN set', () => expect(useProfileStore().active.pin).toBeDefined())
    // The PIN set is the digits typed: 2580 opens the learner.
    await typeInto(screen.getByLabelText('输入当前 PIN 以取消'), '2580')
    await click(screen.getByRole('button', { name: '取消 PIN' }))
    await waitFor('the PIN removed', () => expect(liveTexts('status')).toContain('PIN 已取消。'))
  })
})

/** A field of the form that corrects a learner's details, found by its legend and its label. */
function detailsField(learner: string, label: string): HTMLInputElement {
  return within(screen.getByRole('group', { name: `${learner} 的资料` })).getByLabelText(label)
}

describe('the learners page, by keyboard', () => {
  it('names each row’s buttons after its learner and keeps the focus in the row after each action', async () => {
    const popUp = vi.spyOn(window, 'confirm')
    await mountApp('/learners')
    await waitFor('the learners page', () => screen.getByRole('heading', { name: '本机的学员' }))

    // An empty name: the problem is said, and the focus goes to the field it belongs to.
    await click(screen.getByRole('button', { name: '添加并切换' }))
    const name = screen.getByLabelText('姓名')
    await waitFor('the name field focused', () => expect(document.activeElement).toBe(name))
    expect(problemOf(name)).toBe('请输入姓名')
    await typeInto(name, '李小红')
    await click(screen.getByRole('button', { name: '添加并切换' }))
    await waitFor('李小红 added', () => screen.getByRole('button', { name: '修改资料：李小红' }))
    // The list, where 李小红 now shows as the current learner, has the focus.
    await waitFor('the list focused', () =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: '本机的学员' })),
    )
    expect(screen.getByRole('button', { name: '删除：学员 1' })).toBeTruthy()

    // Escape closes the details form; the focus is back on that row's 修改资料.
    await click(screen.getByRole('button', { name: '修改资料：学员 1' }))
    const field = detailsField('学员 1', '姓名')
    expect(document.activeElement).toBe(field)
    fireEvent.keyDown(field, { key: 'Escape' })
    await waitFor('the form closed', () =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: '修改资料：学员 1' })),
    )

    // Switched to: that row's 切换到 is gone, and its 修改资料 has the focus.
    await click(screen.getByRole('button', { name: '切换到 学员 1' }))
    await waitFor('the switch', () => expect(liveTexts('status')).toContain('已切换到学员 学员 1。'))
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '修改资料：学员 1' }))

    // A 班组 too long: said at its field, which takes the focus; nothing is saved until it is right.
    await click(screen.getByRole('button', { name: '修改资料：李小红' }))
    await typeInto(detailsField('李小红', '姓名'), '李红')
    await typeInto(detailsField('李小红', '班组（选填）'), '客服中心第一呼入班组夜班第二组专项服务小组')
    await click(screen.getByRole('button', { name: '保存' }))
    await waitFor('the team refused', () => expect(document.activeElement).toBe(detailsField('李小红', '班组（选填）')))
    expect(problemOf(detailsField('李小红', '班组（选填）'))).toBe('班组最多 20 个字')
    expect(useProfileStore().list.profiles.map((profile) => profile.name)).toContain('李小红')
    await typeInto(detailsField('李小红', '班组（选填）'), '三组')
    await typeInto(detailsField('李小红', '工号（选填）'), 'A-7')
    await click(screen.getByRole('button', { name: '保存' }))
    await waitFor('the details saved', () =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: '修改资料：李红' })),
    )
    expect(liveTexts('status')).toContain('已保存 李红 的资料。')
    expect(screen.getByText('A-7 · 三组')).toBeTruthy()

    // Deleting asks on the page, the row's other buttons aside; 先不 brings them back, focus on 删除.
    await click(screen.getByRole('button', { name: '删除：李红' }))
    let asked = screen.getByRole('group', { name: '删除：李红' })
    expect(document.activeElement).toBe(
      within(asked).getByText(/^删除学员“李红”？该学员连同全部学习记录移到「最近删除」/),
    )
    expect(screen.queryByRole('button', { name: '修改资料：李红' })).toBeNull()
    await click(within(asked).getByRole('button', { name: '先不' }))
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '删除：李红' }))
    expect(screen.getByRole('button', { name: '修改资料：李红' })).toBeTruthy()
    // Deleted: the row is gone, and the list's heading has the focus.
    await click(screen.getByRole('button', { name: '删除：李红' }))
    asked = screen.getByRole('group', { name: '删除：李红' })
    await click(within(asked).getByRole('button', { name: '确定删除' }))
    await waitFor('the deletion', () =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: '本机的学员' })),
    )
    // The row's buttons go at once; once the deletion is saved, the learner is under 「最近删除」.
    expect(screen.queryByRole('button', { name: /^(切换到 |修改资料：|删除：)李红/ })).toBeNull()
    const recent = await waitFor('the deletion saved', () => screen.getByRole('region', { name: '最近删除' }))
    const learners = screen.getByRole('region', { name: '本机的学员' })
    expect(within(learners).queryByText(/李红/)).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: '本机的学员' }))
    expect(liveTexts('status')).toContain('已删除学员 李红，30 天内可以在「最近删除」恢复。')
    // Restoring brings the row back, the focus on the list's heading.
    await click(within(recent).getByRole('button', { name: '恢复：李红' }))
    await waitFor('the restore', () => expect(screen.getByRole('button', { name: '修改资料：李红' })).toBeTruthy())
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: '本机的学员' }))
    expect(liveTexts('status')).toContain('已恢复学员 李红，学习记录都在。')
    expect(screen.queryByRole('region', { name: '最近删除' })).toBeNull()
    expect(popUp).not.toHaveBeenCalled()
  })
})
