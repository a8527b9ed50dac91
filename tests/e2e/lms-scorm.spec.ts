/**
 * The course as a SCORM LMS runs it: the two SCORM packages, zipped from the build these tests serve
 * and unzipped again, launched in an iframe by a test-only LMS page (tests/lms/harness/) that
 * provides the SCORM 1.2 or 2004 runtime with scorm-again and records every call. What the LMS
 * keeps is the data of the last commit; a relaunch hands it to a fresh browser profile.
 * Desktop goes by keyboard, the phone by taps.
 */
import { expect, test, type Browser, type Frame, type Locator, type Page } from '@playwright/test'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { readFileSync } from 'node:fs'
import sirv from 'sirv'
import { unzipSync } from 'fflate'
import { parse } from 'yaml'
import { fileURLToPath } from 'node:url'
import { PACKAGES, writePackages } from '../../scripts/packageLms'
import { readLmsSettings } from '../../src/domain/lms/settings'
import { encodeResume, MAX_SUSPEND_DATA } from '../../src/domain/lms/suspendData'
import { emptyProgress } from '../../src/domain/progress/progress'
import { loadCourse } from '../../src/content/build/loadCourse'
import type { QuestionContent } from '../../src/content/types'
import { examSize } from './helpers/exam'
import { activate } from './helpers/shell'
import { builtCourse } from './helpers/site'

const course = loadCourse(fileURLToPath(new URL('../../content', import.meta.url)))
const byStem = new Map<string, QuestionContent>(course.questions.map((question) => [question.stem, question]))
const LESSONS = ['#/modules/qualities/lessons/beijing-map-case', '#/modules/qualities/lessons/qualities-skills']
const QUIZ_SIZE = 10

test.use({ actionTimeout: 15_000, screenshot: 'only-on-failure' })

let root = ''
let server: Server | null = null
let origin = ''

test.beforeAll(async () => {
  // The packages, zipped from the build the other tests serve, then unzipped as an LMS would.
  root = await mkdtemp(join(tmpdir(), 'scorm-lms-'))
  const settings = readLmsSettings(parse(readFileSync('content/lms.yaml', 'utf8')))
  writePackages(builtCourse, settings, join(root, 'zips'))
  for (const [kind, name] of [
    ['scorm12', PACKAGES.scorm12],
    ['scorm2004', PACKAGES.scorm2004],
  ] as const) {
    const files = unzipSync(await readFile(join(root, 'zips', name)))
    for (const [path, bytes] of Object.entries(files)) {
      const target = join(root, 'pkg', kind, path)
      await mkdir(dirname(target), { recursive: true })
      await writeFile(target, bytes)
    }
  }
  const mounts: [string, ReturnType<typeof sirv>][] = [
    ['/pkg/', sirv(join(root, 'pkg'), { dev: true })],
    ['/harness/', sirv(resolve('tests/lms/harness'), { dev: true })],
    ['/scorm-again/', sirv(resolve('node_modules/scorm-again/dist'), { dev: true })],
  ]
  server = createServer((request, response) => {
    const mount = mounts.find(([prefix]) => request.url?.startsWith(prefix))
    if (!mount) {
      response.statusCode = 404
      response.end()
      return
    }
    request.url = request.url!.slice(mount[0].length - 1)
    mount[1](request, response, () => {
      response.statusCode = 404
      response.end()
    })
  })
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done))
  origin = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`
})

test.afterAll(async () => {
  await new Promise((done) => server?.close(done))
  await rm(root, { recursive: true, force: true })
})

type Version = '12' | '2004'
type Cmi = Record<string, unknown> & { core?: Record<string, unknown> }
interface Call {
  method: string
  args: string[]
  result: string
}

/** Opens the LMS page in `page`, with what the LMS kept from earlier (`stored`), and waits for the course. */
async function launch(page: Page, version: Version, stored: Cmi | null = null, refuse = false): Promise<Frame> {
  await page.addInitScript(
    ([data, refused]) => {
      Object.assign(window, { __storedCmi: data, __refuseInitialize: refused })
    },
    [stored, refuse] as const,
  )
  const kind = version === '12' ? 'scorm12' : 'scorm2004'
  const course = `/pkg/${kind}/${await launchAddress(kind)}`
  await page.goto(`${origin}/harness/index.html?version=${version}&course=${encodeURIComponent(course)}`)
  const frame = await frameOf(page)
  await expect(frame.getByRole('navigation').first()).toBeVisible()
  return frame
}

/** What an LMS launches, as its manifest says: the resource's href and the item's parameters. */
async function launchAddress(kind: 'scorm12' | 'scorm2004'): Promise<string> {
  const manifest = await readFile(join(root, 'pkg', kind, 'imsmanifest.xml'), 'utf8')
  const parameters = /<item [^>]*parameters="([^"]*)"/.exec(manifest)?.[1] ?? ''
  const href = /<resource [^>]*href="([^"]*)"/.exec(manifest)?.[1] ?? ''
  return `${href}${parameters}`
}

/** The course's frame: the page the package launches. */
async function frameOf(page: Page): Promise<Frame> {
  const course = () => page.frames().find((frame) => frame.url().startsWith(`${origin}/pkg/`))
  await expect.poll(() => course() !== undefined).toBe(true)
  return course()!
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { harness: { calls: Call[] } }).harness.calls)
const committed = (page: Page) =>
  page.evaluate(() => (window as unknown as { harness: { committed: () => Cmi | null } }).harness.committed())
const count = (list: Call[], method: string) => list.filter((call) => call.method === method).length

/** 1.2's value of `element` as last set by the course. */
function lastSet(list: Call[], element: string): string | undefined {
  return list.filter((call) => /SetValue$/.test(call.method) && call.args[0] === element).at(-1)?.args[1]
}

const isPhone = () => test.info().project.name === 'phone'

/** Checks a radio: Space on desktop, a tap on a phone. */
async function choose(page: Page, radio: Locator): Promise<void> {
  if (isPhone()) {
    await radio.tap()
  } else {
    await radio.focus()
    await page.keyboard.press('Space')
  }
  await expect(radio).toBeChecked()
}

/** Moves inside the course (the hash changes; the page and its LMS session stay). */
async function go(frame: Frame, hash: string): Promise<void> {
  await frame.evaluate((target) => {
    window.location.hash = target
  }, hash)
}

async function learn(frame: Frame, lesson: string): Promise<void> {
  await go(frame, lesson)
  await activate(frame.getByRole('button', { name: '标记为已学完' }))
  await expect(frame.getByRole('button', { name: /已学完 ✓/ })).toBeVisible()
}

/** Answers the question on screen right: by keys on desktop, by taps on a phone. */
async function answerRight(page: Page, frame: Frame): Promise<void> {
  const stem = (await frame.locator('.question-stem').first().textContent())!.trim()
  const question = byStem.get(stem)
  if (!question) throw new Error(`unknown stem ${stem}`)
  const shown = (await frame.locator('.option').allTextContents()).map((label) =>
    label.replace(/^\s*[A-J]\.\s*/, '').trim(),
  )
  const picks =
    question.type === 'truefalse'
      ? [question.answer ? 0 : 1]
      : (question.type === 'single' ? [question.answer] : question.answer).map((original) =>
          shown.indexOf(question.options[original]!),
        )
  for (const index of picks) {
    if (isPhone()) await frame.locator('.option').nth(index).tap()
    else await page.keyboard.press(String(index + 1))
  }
}

async function handIn(frame: Frame): Promise<void> {
  const confirm = frame.getByRole('dialog', { name: '确认交卷' })
  // Inside an LMS the course counts no attempts: the LMS does.
  await expect(confirm).toContainText('考试次数和证书由你的学习平台记录。')
  await activate(confirm.getByRole('button', { name: '确认交卷' }))
}

/** A 10-question module test, every answer right. */
async function takeAQuiz(page: Page, frame: Frame): Promise<void> {
  await go(frame, '#/quizzes/m-qualities')
  await choose(page, frame.getByRole('radio', { name: /^测验/ }))
  await choose(page, frame.getByRole('radio', { name: '10 道' }))
  await activate(frame.getByRole('button', { name: '开始答题' }))
  for (let number = 1; number <= QUIZ_SIZE; number++) {
    await expect(frame.getByText(`第 ${number} / ${QUIZ_SIZE} 题`)).toBeVisible()
    await answerRight(page, frame)
    if (number < QUIZ_SIZE) await activate(frame.getByRole('button', { name: '下一题' }))
  }
  await activate(frame.locator('.quiz-actions').getByRole('button', { name: '交卷' }))
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('测验结果')
}

/** The exam: every answer right (`pass`) or handed in at once. */
async function takeTheExam(page: Page, frame: Frame, pass: boolean): Promise<void> {
  await go(frame, '#/exam')
  await expect(frame.getByText('考试次数和证书由你的学习平台记录。')).toBeVisible()
  // The course's own attempt limit is not promised where the LMS keeps its own rule.
  await expect(frame.getByText('能考几次、以哪次为准，按你的学习平台的规定。', { exact: false })).toBeVisible()
  await expect(frame.getByText(/最多考 \d+ 次/)).toHaveCount(0)
  await activate(frame.getByRole('button', { name: '开始考试' }))
  await activate(frame.getByRole('button', { name: '确定开始' }))
  await expect(frame.getByText(`第 1 / ${examSize} 题`)).toBeVisible()
  if (pass) {
    for (let number = 1; number <= examSize; number++) {
      await expect(frame.getByText(`第 ${number} / ${examSize} 题`)).toBeVisible()
      await answerRight(page, frame)
      if (number < examSize) await activate(frame.getByRole('button', { name: '下一题' }))
    }
  }
  await activate(frame.locator('.quiz-actions').getByRole('button', { name: '交卷' }))
  await handIn(frame)
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('考试结果')
}

/** The learner leaves; the LMS keeps what was committed. */
async function close(page: Page): Promise<Cmi> {
  await page.evaluate(() => (window as unknown as { harness: { close: () => void } }).harness.close())
  await expect.poll(async () => count(await calls(page), 'LMSFinish') + count(await calls(page), 'Terminate')).toBe(1)
  return (await committed(page))!
}

/** A fresh browser profile on another PC: nothing saved but what the LMS hands over. */
async function relaunch(browser: Browser, version: Version, stored: Cmi): Promise<{ page: Page; frame: Frame }> {
  const context = await browser.newContext({
    ...test.info().project.use,
    baseURL: undefined,
  })
  const page = await context.newPage()
  return { page, frame: await launch(page, version, stored) }
}

/** SCORM 1.2's limits, which scorm-again does not enforce, checked on every value the course set. */
function within12Limits(list: Call[]): void {
  for (const call of list.filter((item) => item.method === 'LMSSetValue')) {
    const [element, value] = call.args as [string, string]
    expect(call.result, `${element} refused`).toBe('true')
    if (element === 'cmi.suspend_data') {
      expect(value.length).toBeLessThanOrEqual(MAX_SUSPEND_DATA)
      expect(value).toMatch(/^[\x20-\x7e]*$/)
    }
    if (element === 'cmi.core.lesson_location') expect(value.length).toBeLessThanOrEqual(255)
    if (/^cmi\.interactions\.\d+\.(student_response|correct_responses\.\d+\.pattern)$/.test(element))
      expect(value.length).toBeLessThanOrEqual(255)
    if (/^cmi\.interactions\.\d+\.id$/.test(element)) expect(value).toMatch(/^[\x21-\x7e]{1,255}$/)
  }
}

test('SCORM 1.2: first launch, two lessons, a quiz, the exam passed, closed; then resumed on another PC', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000)
  const frame = await launch(page, '12')
  // The LMS names the learner: no welcome prompt asks for a name.
  await expect(frame.getByRole('heading', { name: '欢迎！先认识一下你' })).toHaveCount(0)
  await go(frame, '#/me')
  await expect(frame.getByRole('link', { name: /王小明/ }).first()).toBeVisible()

  for (const lesson of LESSONS) await learn(frame, lesson)
  await expect.poll(async () => lastSet(await calls(page), 'cmi.core.lesson_status')).toBe('incomplete')
  await takeAQuiz(page, frame)
  await takeTheExam(page, frame, true)
  // Inside an LMS the pass is the LMS's to record: no certificate is promised, and the lessons still to learn are named.
  const passed = frame.getByRole('region', { name: '恭喜你通过结业考试！' })
  await expect(passed).toContainText('成绩已经交给你的学习平台，结业和证书由平台记录。')
  await expect(passed).toContainText('把全部课程学完，学习平台才会把这门课记为完成。')
  await expect(passed.getByRole('link', { name: '查看并打印结业证书' })).toHaveCount(0)
  const stored = await close(page)

  const list = await calls(page)
  expect(count(list, 'LMSInitialize')).toBe(1)
  expect(count(list, 'LMSFinish')).toBe(1)
  // Every change is committed: the lessons, the quiz, the exam, the pages.
  expect(count(list, 'LMSCommit')).toBeGreaterThanOrEqual(5)
  within12Limits(list)
  const core = stored.core as Record<string, unknown>
  // The exam passed, but not every lesson is learned: lessons-and-exam leaves the course incomplete.
  expect(core.lesson_status).toBe('incomplete')
  expect(core.score).toMatchObject({ raw: '100', min: '0', max: '100' })
  expect(core.exit).toBe('suspend')
  expect(String(core.session_time)).toMatch(/^\d{2,4}:\d{2}:\d{2}/)
  const interactionIds = list.filter((call) => /^cmi\.interactions\.\d+\.id$/.test(call.args[0] ?? ''))
  expect(interactionIds).toHaveLength(examSize)
  const results = list.filter((call) => /^cmi\.interactions\.\d+\.result$/.test(call.args[0] ?? ''))
  expect(new Set(results.map((call) => call.args[1]))).toEqual(new Set(['correct']))
  // Each question's latency: the time it was on screen, as SCORM 1.2's CMITimespan.
  const latencies = list.filter((call) => /^cmi\.interactions\.\d+\.latency$/.test(call.args[0] ?? ''))
  expect(latencies).toHaveLength(examSize)
  for (const call of latencies) expect(call.args[1]).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/)
  // The result page names an attempt another PC has only as a summary: the place kept is 我的进度.
  const bookmark = String(core.lesson_location)
  expect(bookmark).toBe('/progress')

  // Another PC, a fresh browser profile: the learner is back where they were, with the same record.
  const other = await relaunch(browser, '12', stored)
  await expect.poll(() => other.frame.evaluate(() => window.location.hash)).toBe(`#${bookmark}`)
  await expect(other.frame.getByRole('heading', { level: 1 })).toContainText('我的进度')
  for (const lesson of LESSONS) {
    await go(other.frame, lesson)
    await expect(other.frame.getByRole('button', { name: /已学完 ✓/ })).toBeVisible()
  }
  await go(other.frame, '#/exam')
  await expect(other.frame.getByText(/100/).first()).toBeVisible()
  await other.page.context().close()
})

test('SCORM 1.2: a learner who has done everything many times stays within 4,096 characters and passes', async ({
  page,
}) => {
  test.setTimeout(120_000)
  // Every lesson, every module quiz 20 times, 60 exam attempts, every role-play 10 times, a card per question.
  const progress = emptyProgress()
  const at = (minute: number) => new Date(Date.UTC(2026, 0, 1) + minute * 60_000).toISOString()
  let n = 0
  for (const module of course.modules) for (const lesson of module.lessons) progress.learned[lesson.id] = at(n++)
  const attempt = (quizId: string, percent: number) => ({
    id: `a-${n}`,
    quizId,
    title: quizId,
    mode: 'test' as const,
    rule: 'all-or-nothing' as const,
    passMark: 80,
    startedAt: at(n),
    finishedAt: at(++n),
    questionIds: [],
    optionOrder: {},
    answers: {},
    points: {},
    score: {
      points: percent / 2,
      max: 50,
      correct: Math.round(percent / 2),
      percent,
      passMark: 80,
      passed: percent >= 80,
    },
  })
  for (let round = 0; round < 20; round++)
    for (const module of course.modules) progress.attempts.push(attempt(`m-${module.id}`, (round * 17) % 101))
  for (let round = 0; round < 60; round++)
    progress.attempts.push(attempt('exam', round === 30 ? 96 : (round * 13) % 79))
  for (let round = 0; round < 10; round++)
    for (const scenario of course.scenarios)
      progress.scenarioRuns.push({
        id: `r-${n}`,
        scenarioId: scenario.id,
        title: scenario.title,
        startedAt: at(n),
        finishedAt: at(++n),
        endingId: 'end',
        rating: 'pass',
        percent: (round * 11) % 101,
        points: 5,
        max: 10,
        totals: { courtesy: 1, empathy: 1, solving: 1, rules: 1 },
        history: [],
      })
  for (const question of course.questions)
    progress.reviewCards[question.id] = {
      due: at(100_000 + n++),
      stability: 3.21,
      difficulty: 5.4,
      elapsed_days: 1,
      scheduled_days: 3,
      learning_steps: 0,
      reps: 4,
      lapses: 1,
      state: 2,
      last_review: at(n),
    }
  const heavy = encodeResume(progress)
  expect(heavy.length).toBeLessThanOrEqual(MAX_SUSPEND_DATA)

  const frame = await launch(page, '12', {
    suspend_data: heavy,
    core: { lesson_location: '/progress', exit: 'suspend' },
  })
  await expect.poll(() => frame.evaluate(() => window.location.hash)).toBe('#/progress')
  // Restored: every lesson learned, and the best exam attempt counts.
  await expect.poll(async () => lastSet(await calls(page), 'cmi.core.lesson_status')).toBe('passed')
  expect(lastSet(await calls(page), 'cmi.core.score.raw')).toBe('96')
  // One more page later, still within the limit.
  await go(frame, LESSONS[0]!)
  await expect(frame.getByRole('button', { name: /已学完 ✓/ })).toBeVisible()
  const stored = await close(page)
  within12Limits(await calls(page))
  expect(String(stored.suspend_data).length).toBeLessThanOrEqual(MAX_SUSPEND_DATA)
})

test('SCORM 2004: a failed exam reports failed, and completion apart from success', async ({ page }) => {
  test.setTimeout(120_000)
  const frame = await launch(page, '2004')
  await learn(frame, LESSONS[0]!)
  await takeTheExam(page, frame, false)
  await expect(frame.getByRole('region', { name: '这次没有通过，再接再厉' })).toContainText(
    '考试次数和证书由你的学习平台记录。',
  )
  const stored = await close(page)
  expect(stored.success_status).toBe('failed')
  expect(stored.completion_status).toBe('incomplete')
  expect(stored.score).toMatchObject({ scaled: '0', raw: '0' })
  const list = await calls(page)
  expect(count(list, 'Initialize')).toBe(1)
  expect(count(list, 'Terminate')).toBe(1)
  expect(list.filter((call) => call.method === 'SetValue' && call.result !== 'true')).toEqual([])
  expect(lastSet(list, 'cmi.interactions.0.result')).toBe('incorrect')
  expect(lastSet(list, 'cmi.interactions.0.description')).toMatch(/^\{lang=zh-CN\}/)
  expect(lastSet(list, 'cmi.interactions.0.latency')).toMatch(/^PT/)
  expect(String(stored.session_time)).toMatch(/^PT/)
})

test('SCORM 2004: stopping halfway reports incomplete and resumes at the bookmark', async ({ page, browser }) => {
  test.setTimeout(120_000)
  const frame = await launch(page, '2004')
  await learn(frame, LESSONS[0]!)
  await go(frame, LESSONS[1]!)
  await expect(frame.getByRole('button', { name: '标记为已学完' })).toBeVisible()
  const stored = await close(page)
  expect(stored.completion_status).toBe('incomplete')
  expect(stored.success_status).toBe('unknown')
  expect(stored.location).toBe(LESSONS[1]!.slice(1))
  expect(stored.exit).toBe('suspend')

  const other = await relaunch(browser, '2004', stored)
  await expect.poll(() => other.frame.evaluate(() => window.location.hash)).toBe(LESSONS[1])
  await expect(other.frame.getByRole('button', { name: '标记为已学完' })).toBeVisible()
  await go(other.frame, LESSONS[0]!)
  await expect(other.frame.getByRole('button', { name: /已学完 ✓/ })).toBeVisible()
  await other.page.context().close()
})

test('SCORM 1.2: relaunched on the same PC at a page that shows the whole history (我的, the exam, 练习), the course opens on it', async ({
  page,
}) => {
  // The first session saves a lesson on this PC and ends on 我的.
  let frame = await launch(page, '12')
  await learn(frame, LESSONS[0]!)
  await go(frame, '#/me')
  await expect(frame.getByRole('heading', { level: 1, name: '我的' })).toBeVisible()
  const stored = await close(page)
  expect((stored.core as Record<string, unknown>).lesson_location).toBe('/me')

  for (const [place, title, kept] of [
    ['/me', '我的', stored],
    ['/exam', '结业考试', stored],
    // An LMS that keeps the place alone (no suspend_data to merge).
    ['/quizzes', '测验与练习', { core: {} }],
  ] as const) {
    // The next launch, in the same browser, where the history is saved too.
    frame = await launch(page, '12', { ...kept, core: { ...kept.core, lesson_location: place, exit: 'suspend' } })
    await expect(frame.getByRole('heading', { level: 1, name: title })).toBeVisible()
    expect(await frame.evaluate(() => window.location.hash)).toBe(`#${place}`)
    await expect(frame.getByRole('button', { name: '标记为已学完' })).toHaveCount(0)
    // The place stays the learner's until they move on.
    await expect.poll(async () => lastSet(await calls(page), 'cmi.core.lesson_location')).toBe(place)
  }
})

test('SCORM 2004: in a frame that forbids pop-ups, a test with questions left is handed in after the page asks', async ({
  page,
}) => {
  const frame = await launch(page, '2004')
  // The harness frames the course as such an LMS does: the browser's own question answers "no" unasked.
  expect(await frame.evaluate(() => window.confirm('?'))).toBe(false)
  await go(frame, '#/quizzes/m-qualities')
  await choose(page, frame.getByRole('radio', { name: /^测验/ }))
  await choose(page, frame.getByRole('radio', { name: '10 道' }))
  await activate(frame.getByRole('button', { name: '开始答题' }))
  await expect(frame.getByText(`第 1 / ${QUIZ_SIZE} 题`)).toBeVisible()
  await activate(frame.locator('.quiz-actions').getByRole('button', { name: '交卷' }))
  const confirm = frame.getByRole('dialog', { name: '确认交卷' })
  await expect(confirm).toContainText(`还有 ${QUIZ_SIZE} 道题未作答。未作答的题不得分，会放进错题本。`)
  await activate(confirm.getByRole('button', { name: '确认交卷' }))
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('测验结果')
  await expect(frame.getByText(`得分 0 / ${QUIZ_SIZE}`)).toBeVisible()
})

test('an LMS that refuses the launch: the learner is told, and the course works on its own', async ({ page }) => {
  const frame = await launch(page, '12', null, true)
  const notice = frame.getByRole('region', { name: '学习平台' })
  await expect(notice).toContainText('学习平台没有开始这次学习：学习平台出现一般错误（错误代码 101）。')
  await expect(notice).toContainText('课程仍可照常学习')
  await learn(frame, LESSONS[0]!)
  // Nothing is reported to an LMS that did not start a session.
  expect((await calls(page)).filter((call) => call.method === 'LMSSetValue')).toEqual([])
  await activate(notice.getByRole('button', { name: '知道了' }))
  await expect(notice).toHaveCount(0)
  // Outside a session with the LMS, the exam keeps its own attempt rule.
  await go(frame, '#/exam')
  await expect(frame.getByText('考试次数和证书由你的学习平台记录。')).toHaveCount(0)
})

test('a SCORM package opened without its LMS: the learner is told nothing is recorded, in view as they scroll', async ({
  page,
}) => {
  await page.goto(`${origin}/pkg/scorm12/${await launchAddress('scorm12')}`)
  const notice = page.getByRole('region', { name: '学习平台' })
  await expect(notice).toContainText('课程没有连上学习平台，这次的学习不会记入学习平台（这台设备上照常保存）。')
  await go(page.mainFrame(), LESSONS[0]!)
  await page.getByRole('button', { name: '标记为已学完' }).scrollIntoViewIfNeeded()
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500)
  await expect(notice).toBeInViewport()
  if (isPhone()) {
    // Over the foot of the screen, above the tab bar: the tabs stay in reach.
    const tabs = await page.getByRole('navigation', { name: '主导航' }).boundingBox()
    expect((await notice.boundingBox())!.y + (await notice.boundingBox())!.height).toBeLessThanOrEqual(tabs!.y)
  }
  await activate(notice.getByRole('button', { name: '知道了' }))
  await expect(notice).toHaveCount(0)
})

test('a learner switched in another window while the LMS notice is up: the two notices stand one above the other', async ({
  page,
  context,
}) => {
  const address = `${origin}/pkg/scorm12/${await launchAddress('scorm12')}`
  await page.goto(address)
  const notice = page.getByRole('region', { name: '学习平台' })
  await expect(notice).toContainText('课程没有连上学习平台')
  const other = await context.newPage()
  await other.goto(address.replace(/#.*$/, '') + '#/learners')
  await other.getByLabel('姓名', { exact: true }).fill('李强')
  await other.getByRole('button', { name: '添加并切换' }).click()

  const switched = page.getByRole('alert').filter({ hasText: '这个窗口现在是「李强」的学习记录' })
  await expect(switched).toBeInViewport()
  await expect(notice).toBeInViewport()
  // The switch stands on the LMS notice: both can be read, and each button pressed.
  const lowest = (await switched.boundingBox())!
  const lms = (await notice.boundingBox())!
  expect(lowest.y + lowest.height).toBeLessThanOrEqual(lms.y)
  await activate(notice.getByRole('button', { name: '知道了' }))
  await expect(notice).toHaveCount(0)
  // With the LMS notice gone, the switch comes down to the foot in its place.
  await expect.poll(async () => (await switched.boundingBox())!.y).toBeGreaterThan(lowest.y)
  await activate(switched.getByRole('button', { name: '知道了' }))
  await expect(switched).toBeHidden()
})

test('SCORM 1.2: 退出课程 with a save the LMS refused says what to do, and does not promise to try again', async ({
  page,
}) => {
  const frame = await launch(page, '12')
  await page.evaluate(() =>
    (window as unknown as { harness: { failCommits: (on: boolean) => void } }).harness.failCommits(true),
  )
  await learn(frame, LESSONS[0]!)
  await expect(frame.getByText(/稍后会再试/)).toBeVisible()
  await go(frame, '#/me')
  await activate(frame.getByRole('button', { name: '退出课程' }))
  await expect(
    frame.getByText(/^进度没有全部交给学习平台。学习平台没能保存学习进度：.*请从学习平台重新打开这门课程/),
  ).toBeVisible()
  await expect(frame.getByText(/稍后会再试/)).toHaveCount(0)
  await expect(frame.getByText('已退出课程，这次的学习进度已交给学习平台。')).toHaveCount(0)
})

test('SCORM 1.2: 退出课程 on 我的 finishes once, says the window can close, and reports nothing after', async ({
  page,
}) => {
  const frame = await launch(page, '12')
  await learn(frame, LESSONS[0]!)
  await go(frame, '#/me')
  const section = frame.getByRole('region', { name: '学习平台' })
  await expect(section).toContainText('就可以关闭这个窗口')
  await activate(section.getByRole('button', { name: '退出课程' }))

  await expect(frame.getByText('已退出课程，这次的学习进度已交给学习平台。').first()).toBeVisible()
  await expect(section.getByRole('button', { name: '退出课程' })).toHaveCount(0)
  await expect.poll(async () => count(await calls(page), 'LMSFinish')).toBe(1)
  expect(lastSet(await calls(page), 'cmi.core.lesson_status')).toBe('incomplete')
  const callsAtExit = (await calls(page)).length

  // Learning on after leaving is kept on the device, and no longer sent.
  await learn(frame, LESSONS[1]!)
  expect((await calls(page)).length).toBe(callsAtExit)
})

test('SCORM 1.2: another LMS user of the same name on this PC starts with records of their own, never the first one’s', async ({
  page,
}) => {
  test.setTimeout(90_000)
  // LMS user learner-001, 王小明, learns a lesson on this PC.
  let frame = await launch(page, '12')
  await learn(frame, LESSONS[0]!)
  await close(page)

  // Another LMS user of the same name, on the same browser, with nothing kept by the LMS.
  await page.addInitScript(() => Object.assign(window, { __learner: { id: 'learner-002', name: '王, 小明' } }))
  frame = await launch(page, '12')
  await go(frame, LESSONS[0]!)
  await expect(frame.getByRole('button', { name: '标记为已学完' })).toBeVisible()
  const second = await close(page)
  expect((second.core as Record<string, unknown>).lesson_status).toBe('incomplete')

  // The first comes back: their lesson is theirs still.
  await page.addInitScript(() => Object.assign(window, { __learner: { id: 'learner-001', name: '王, 小明' } }))
  frame = await launch(page, '12')
  await go(frame, LESSONS[0]!)
  await expect(frame.getByRole('button', { name: /已学完 ✓/ })).toBeVisible()
  // Two learners here, named apart.
  await go(frame, '#/learners')
  await expect(frame.getByText('王小明（2）', { exact: true })).toBeVisible()
})

test('SCORM 1.2: progress the course cannot read stays with the LMS, status and all, until the learner does something', async ({
  page,
}) => {
  const kept = { core: { lesson_status: 'passed', exit: 'suspend' }, suspend_data: '{"slide":3,"quiz":"done"}' }
  let frame = await launch(page, '12', kept)
  await expect(frame.getByText(/没能恢复学习平台保存的进度/)).toBeVisible()
  // Looking around is not a change: nothing of what the LMS keeps is written over.
  await go(frame, LESSONS[0]!)
  await expect(frame.getByRole('button', { name: '标记为已学完' })).toBeVisible()
  const stored = await close(page)
  expect(stored.suspend_data).toBe(kept.suspend_data)
  expect((stored.core as Record<string, unknown>).lesson_status).toBe('passed')
  expect(lastSet(await calls(page), 'cmi.core.lesson_status')).toBeUndefined()

  // A lesson learned is the learner's own progress: from then on it is reported.
  frame = await launch(page, '12', stored)
  await learn(frame, LESSONS[0]!)
  await expect.poll(async () => lastSet(await calls(page), 'cmi.suspend_data')).toMatch(/^K1/)
  expect(lastSet(await calls(page), 'cmi.core.lesson_status')).toBe('incomplete')
})

test('SCORM 1.2: a save the LMS refuses is said, tried again by itself, and the notice goes once it gets through', async ({
  page,
}) => {
  await page.clock.install()
  const frame = await launch(page, '12')
  const failCommits = (on: boolean) =>
    page.evaluate(
      (value) => (window as unknown as { harness: { failCommits: (on: boolean) => void } }).harness.failCommits(value),
      on,
    )
  await failCommits(true)
  await learn(frame, LESSONS[0]!)
  const notice = frame.getByText(/学习进度没能记入学习平台/)
  await expect(notice).toBeVisible()
  await failCommits(false)
  // No step of the learner's: the course tries again by itself.
  await page.clock.fastForward('00:21')
  await expect(notice).toBeHidden()
  await expect.poll(async () => (await committed(page))?.suspend_data).toMatch(/^K1/)
})
