/**
 * The course as a cmi5 LMS runs it: the cmi5 package (lms/kefu-course-cmi5.zip as
 * scripts/packageLms.ts writes it from this run's build, with cmi5.xml and the widened CSP), unzipped
 * and served by the test LMS/LRS
 * (tests/lms/lrs/server.ts) from its own origin, launched with the cmi5 query. The LRS checks every
 * statement (xAPI validation, the cmi5 rules, Learning Locker's store); these tests check the
 * stream statement by statement. Desktop goes by keyboard, the phone by taps.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { unzipSync } from 'fflate'
import { parse } from 'yaml'
import { PACKAGES, writePackages } from '../../scripts/packageLms'
import { readLmsSettings } from '../../src/domain/lms/settings'
import { CMI5_STATE_ID } from '../../src/platform/storageKeys'
import { startTestLrs, type TestLrs } from '../lms/lrs/server'
import { answerRight, examSize, handInConfirmed, passExam } from './helpers/exam'
import { builtCourse } from './helpers/site'
import { activate, learnerLink, openExamPage, tab } from './helpers/shell'

const VERB = 'http://adlnet.gov/expapi/verbs/'
const LESSON = '#/modules/qualities/lessons/beijing-map-case'
const QUIZ_SIZE = 10

let packageDir = ''

test.beforeAll(async () => {
  // The cmi5 package as npm run package:lms writes it (from this run's build), unzipped as an LMS would.
  const settings = readLmsSettings(parse(readFileSync('content/lms.yaml', 'utf8')))
  const zips = await mkdtemp(join(tmpdir(), 'cmi5-zips-'))
  const zip = writePackages(builtCourse, settings, zips).find((path) => path.endsWith(PACKAGES.cmi5))!
  packageDir = await mkdtemp(join(tmpdir(), 'cmi5-package-'))
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    await mkdir(dirname(join(packageDir, path)), { recursive: true })
    await writeFile(join(packageDir, path), bytes)
  }
  expect(readFileSync(join(packageDir, 'cmi5.xml'), 'utf8')).toContain('<courseStructure')
})

let lrs: TestLrs | null = null

test.afterEach(async () => {
  await lrs?.close()
  lrs = null
})

async function launch(options: Parameters<typeof startTestLrs>[0] = {}): Promise<TestLrs> {
  lrs = await startTestLrs({ masteryScore: 0.8, ...options, staticDir: packageDir, basePath: '/course/' })
  return lrs
}

const courseUrl = (server: TestLrs, query: string, hash = '') => `${server.origin}/course/index.html${query}${hash}`
const verbs = (server: TestLrs) => server.statements.map((statement) => statement.verb.id.replace(VERB, ''))

/** Checks a radio: Space on desktop, a tap on a phone. */
async function choose(page: Page, radio: Locator): Promise<void> {
  if (test.info().project.name === 'phone') {
    await radio.tap()
  } else {
    await radio.focus()
    await page.keyboard.press('Space')
  }
  await expect(radio).toBeChecked()
}

/** Moves inside the course (the hash changes; the page and its LMS session stay). */
async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target
  }, hash)
}

async function learnALesson(page: Page): Promise<void> {
  await go(page, LESSON)
  await activate(page.getByRole('button', { name: '标记为已学完' }))
  await expect(page.getByRole('button', { name: /已学完 ✓/ })).toBeVisible()
}

/** A 10-question module test: the first question answered right, then handed in. */
async function takeAQuiz(page: Page): Promise<void> {
  await go(page, '#/quizzes/m-qualities')
  await choose(page, page.getByRole('radio', { name: /^测验/ }))
  await choose(page, page.getByRole('radio', { name: '10 道' }))
  await activate(page.getByRole('button', { name: '开始答题' }))
  await expect(page.getByText(`第 1 / ${QUIZ_SIZE} 题`)).toBeVisible()
  if (test.info().project.name === 'phone') await page.locator('.option').first().tap()
  else await answerRight(page)
  await activate(page.locator('.quiz-actions').getByRole('button', { name: '交卷' }))
  await handInConfirmed(page)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('测验结果')
}

/** Phone: starts the exam and hands it in at once, by taps: a failed exam. */
async function failExamByTaps(page: Page): Promise<void> {
  await openExamPage(page)
  await page.getByRole('button', { name: '开始考试' }).tap()
  await page.getByRole('button', { name: '确定开始' }).tap()
  await expect(page.getByText(`第 1 / ${examSize} 题`)).toBeVisible()
  await page.locator('.quiz-actions').getByRole('button', { name: '交卷' }).tap()
  await handInConfirmed(page)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('考试结果')
}

/** The learner closes the course window: `terminated` must leave as the page goes. */
async function close(page: Page): Promise<void> {
  await page.close({ runBeforeUnload: true })
}

test('a cmi5 launch: initialized, a lesson, a quiz, the exam, then terminated, checked statement by statement', async ({
  page,
}) => {
  test.setTimeout(240_000)
  const desktop = test.info().project.name === 'desktop'
  const server = await launch()
  await page.goto(courseUrl(server, server.launchQuery()))
  await expect.poll(() => verbs(server)).toEqual(['initialized'])

  // The LMS names the learner: no welcome prompt, and 我的 shows the name.
  await activate(tab(page, '我的'))
  await expect(learnerLink(page, '王小明')).toBeVisible()

  await learnALesson(page)
  await takeAQuiz(page)
  await expect.poll(() => verbs(server).length, { timeout: 30_000 }).toBe(1 + QUIZ_SIZE)

  if (desktop) await passExam(page)
  else await failExamByTaps(page)
  const verdict = desktop ? 'passed' : 'failed'
  // Fifty-odd statements leave one by one, each checked and stored twice by the LRS: give them time.
  const answersAndVerdict = () => {
    const stream = verbs(server)
    return { answered: stream.filter((verb) => verb === 'answered').length, verdict: stream.includes(verdict) }
  }
  await expect.poll(answersAndVerdict, { timeout: 60_000 }).toEqual({ answered: QUIZ_SIZE + examSize, verdict: true })

  await close(page)
  await expect.poll(() => verbs(server).at(-1)).toBe('terminated')

  expect(server.violations).toEqual([])
  expect(server.fetchCalls()).toBe(1)
  // initialized first, terminated last, the verdict once after the module quiz's answers. (The app
  // reports the exam's verdict as it shows the result, which may come before the exam's answers leave.)
  const stream = verbs(server)
  expect(stream.filter((verb) => verb !== verdict)).toEqual([
    'initialized',
    ...Array<string>(QUIZ_SIZE + examSize).fill('answered'),
    'terminated',
  ])
  expect(stream.filter((verb) => verb === verdict)).toHaveLength(1)
  expect(stream.indexOf(verdict)).toBeGreaterThan(QUIZ_SIZE)
  const [initialized, firstAnswer] = server.statements
  expect(initialized!.object.id).toBe(server.activityId)
  expect(firstAnswer!.object.id).toMatch(new RegExp(`^${server.activityId}/test/[^/]+/question/[^/]+$`))
  expect(firstAnswer!.result!.response).not.toBe('')
  if (desktop) expect(firstAnswer!.result!.success).toBe(true)
  const exam = server.statements.find((statement) => statement.verb.id === VERB + verdict)!
  expect(exam.result).toMatchObject({ success: desktop, score: { scaled: desktop ? 1 : 0 } })
  for (const statement of server.statements) {
    expect(statement.context!.registration).toBe(server.registration)
    expect(statement.context!.extensions!['https://w3id.org/xapi/cmi5/context/extensions/sessionid']).toBe(
      server.sessionId,
    )
    expect(server.deliveries.get(statement.id)).toBe(1)
    expect(await server.learningLocker!.get(statement.id)).toMatchObject({ id: statement.id })
  }
  // The course's own State document: where the learner was and what to resume from on another PC.
  const saved = server.state.get(`${server.activityId}|${server.registration}|kefu-course.progress`) as {
    resume: string
    bookmark: string
    reported: { passed: boolean }
  }
  expect(saved.resume.length).toBeGreaterThan(0)
  // Where the learner was (the app decides which page it bookmarks; a route path, never an address).
  expect(saved.bookmark).toMatch(/^\/[^/]/)
  expect(saved.reported.passed).toBe(desktop)
})

test('LRS unreachable: statements wait in the browser and reach it in order, each once, when it returns', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000)
  const server = await launch()
  await page.goto(courseUrl(server, server.launchQuery()))
  await expect.poll(() => verbs(server)).toEqual(['initialized'])
  // The LRS cannot be reached (its connections are cut) while the learner takes a quiz.
  server.setDown(true)
  await takeAQuiz(page)

  // The answers wait in the queue's own database while the network is down.
  const pending = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('kefu-course.lms-statements')
          open.onerror = () => reject(new Error('no queue database'))
          open.onsuccess = () => {
            const count = open.result.transaction('pending').objectStore('pending').count()
            count.onsuccess = () => {
              resolve(count.result)
              open.result.close()
            }
          }
        }),
    )
  await expect.poll(pending).toBe(QUIZ_SIZE)
  await expect.poll(() => server.refused()).toBeGreaterThan(0)
  expect(verbs(server)).toEqual(['initialized'])

  // The network returns, and the browser says so: the queue sends at once, in order.
  server.setDown(false)
  await context.setOffline(true)
  await context.setOffline(false)
  await expect
    .poll(() => verbs(server), { timeout: 30_000 })
    .toEqual(['initialized', ...Array<string>(QUIZ_SIZE).fill('answered')])
  await expect.poll(pending).toBe(0)
  const questionOrder = server.statements.slice(1).map((statement) => statement.object.id)
  expect(new Set(questionOrder).size).toBe(QUIZ_SIZE)
  for (const statement of server.statements) expect(server.deliveries.get(statement.id)).toBe(1)

  await close(page)
  await expect.poll(() => verbs(server).at(-1)).toBe('terminated')
  expect(server.violations).toEqual([])
})

test('the next launch on another PC (a fresh browser) resumes from what the LRS keeps', async ({ page, browser }) => {
  test.setTimeout(120_000)
  const server = await launch()
  await page.goto(courseUrl(server, server.launchQuery()))
  await expect.poll(() => verbs(server)).toEqual(['initialized'])
  await learnALesson(page)
  await close(page)
  await expect.poll(() => verbs(server)).toEqual(['initialized', 'terminated'])

  // The LMS launches the course again (a new session) on a PC that has never seen it.
  server.relaunch()
  const otherPc = await browser.newContext({ ...test.info().project.use })
  const again = await otherPc.newPage()
  await again.goto(courseUrl(server, server.launchQuery()))
  await expect.poll(() => verbs(server)).toEqual(['initialized', 'terminated', 'initialized'])
  await go(again, LESSON)
  await expect(again.getByRole('button', { name: /已学完 ✓/ })).toBeVisible()
  await close(again)
  await expect.poll(() => verbs(server).at(-1)).toBe('terminated')
  expect(server.violations).toEqual([])
  await otherPc.close()
})

/** The place the LRS keeps in the course's state document for this registration. */
function keptBookmark(server: TestLrs): unknown {
  const kept = server.state.get(`${server.activityId}|${server.registration}|${CMI5_STATE_ID}`)
  return (kept as { bookmark?: unknown } | undefined)?.bookmark
}

test('the next launch on the same PC, at 我的 and at the exam, opens on that page', async ({ page }) => {
  test.setTimeout(120_000)
  const server = await launch()
  await page.goto(courseUrl(server, server.launchQuery()))
  await expect.poll(() => verbs(server)).toEqual(['initialized'])
  await learnALesson(page)
  await go(page, '#/me')
  await expect(page.getByRole('heading', { level: 1, name: '我的' })).toBeVisible()
  await expect.poll(() => keptBookmark(server)).toBe('/me')
  const context = page.context()
  await close(page)
  await expect.poll(() => verbs(server).at(-1)).toBe('terminated')

  // The LMS launches the course again in the same browser, where this PC's history is saved too.
  // Each session ends where the next one should open.
  for (const [place, title, next] of [
    ['#/me', '我的', '#/exam'],
    ['#/exam', '结业考试', null],
  ] as const) {
    server.relaunch()
    const again = await context.newPage()
    await again.goto(courseUrl(server, server.launchQuery()))
    await expect(again.getByRole('heading', { level: 1, name: title })).toBeVisible()
    expect(await again.evaluate(() => window.location.hash)).toBe(place)
    if (next) {
      await go(again, next)
      await expect(again.getByRole('heading', { level: 1, name: '结业考试' })).toBeVisible()
      await expect.poll(() => keptBookmark(server)).toBe('/exam')
    }
    await close(again)
    await expect.poll(() => verbs(server).at(-1)).toBe('terminated')
  }
  expect(server.violations).toEqual([])
  // What an ended session sent again is only what had already arrived (a `terminated` sent as the page closed).
  for (const id of server.lateResends) expect(server.deliveries.get(id)).toBe(1)
  // A closing page's last state write may arrive after the next launch began; each launch still opened
  // at the place the state held (above), so what arrived in time carried it.
  expect(server.lateStateWrites()).toBeLessThanOrEqual(2)
  expect(verbs(server)).toEqual(['initialized', 'terminated', 'initialized', 'terminated', 'initialized', 'terminated'])
})

test('a bad launch (the endpoint is no URL) says so in Chinese, and the course works on its own', async ({ page }) => {
  const server = await launch()
  await page.goto(courseUrl(server, server.launchQuery({ endpoint: 'not-a-url' })))
  const notice = page.getByRole('region', { name: '学习平台' })
  await expect(notice).toContainText('学习记录库地址（endpoint）不是有效的 http 或 https 网址')
  await expect(notice).toContainText('课程仍可照常学习')

  await learnALesson(page)
  await activate(notice.getByRole('button', { name: '知道了' }))
  await expect(notice).toHaveCount(0)
  expect(server.fetchCalls()).toBe(0)
  expect(server.statements).toEqual([])
})

test('退出课程 on 我的 ends the session once and goes back to the LMS’s returnURL', async ({ page }) => {
  const server = await launch()
  // The LMS's page the learner is sent back to (its own origin, answered here).
  await page.route('https://lms.example.com/**', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<title>学习平台</title><h1>回到了学习平台</h1>' }),
  )
  await page.goto(courseUrl(server, server.launchQuery()))
  await expect.poll(() => verbs(server)).toEqual(['initialized'])
  await learnALesson(page)

  await activate(tab(page, '我的'))
  const section = page.getByRole('region', { name: '学习平台' })
  await expect(section).toContainText('进度交给学习平台后，回到学习平台')
  await activate(section.getByRole('button', { name: '退出课程' }))

  await page.waitForURL('https://lms.example.com/course/return')
  await expect(page.getByRole('heading', { name: '回到了学习平台' })).toBeVisible()
  await expect.poll(() => verbs(server).at(-1)).toBe('terminated')
  expect(verbs(server).filter((verb) => verb === 'terminated')).toHaveLength(1)
  expect(server.violations).toEqual([])
})
