/**
 * A role-play as a learner plays it on a training-room PC (keyboard alone) and on a 360 px phone (taps):
 * each reply marked, a restart midway, the results with each area out of its maximum, and the way back
 * to the lesson it practises; 朗读 only where the device has a Chinese voice.
 */
import { expect, test, type Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { loadCourse } from '../../src/content/build/loadCourse'
import { bestReplyIndex } from '../../src/domain/scenario/engine'
import { replyTotal } from '../../src/domain/scenario/marks'
import type { ChoiceStepContent, FreeStepContent, ScenarioContent, ScenarioStepContent } from '../../src/content/types'
import {
  conversation,
  ending,
  myLines,
  replyButtons,
  runEnded,
  shownReplies,
  typeModelReplyByKeyboard,
} from './helpers/scenario'
import { activate, scrollSettled } from './helpers/shell'

const course = loadCourse(fileURLToPath(new URL('../../content', import.meta.url)))
const beijingMap = course.scenarios.find((scenario) => scenario.id === 'beijing-map')!
const firstInterview = course.scenarios.find((scenario) => scenario.id === 'interview-service')!

const worstReplyIndex = (step: ChoiceStepContent) => {
  const totals = step.replies.map((reply) => replyTotal(reply.scores))
  return totals.indexOf(Math.min(...totals))
}

/** The step on screen: the one whose line is the last of the conversation. */
async function currentStep(page: Page, scenario: ScenarioContent): Promise<ScenarioStepContent> {
  const text = (await conversation(page).locator('.chat-text').last().textContent())!.trim()
  const step = scenario.steps.find((candidate) => candidate.text === text)
  if (!step) throw new Error(`no step says ${text}`)
  return step
}

async function currentChoice(page: Page, scenario: ScenarioContent): Promise<ChoiceStepContent> {
  const step = await currentStep(page, scenario)
  if (step.kind !== 'choice') throw new Error(`step ${step.id} asks for a typed reply`)
  return step
}

/** Types the model reply at a free step and goes on: keys alone on a desktop, taps on a phone. */
async function typeModelReply(page: Page, step: FreeStepContent, isMobile: boolean): Promise<void> {
  const said = await myLines(page).count()
  if (isMobile) {
    const field = page.getByLabel('写下你的回应')
    await field.tap()
    await field.fill(step.modelReply)
    await page.getByRole('button', { name: '提交我的回应' }).tap()
    await page.getByRole('button', { name: '继续' }).tap()
  } else await typeModelReplyByKeyboard(page, step)
  await expect(myLines(page)).toHaveCount(said + 1)
}

/** Gives reply `index` (as written) of the step on screen: its number key on a desktop, a tap on a phone. */
async function giveReply(page: Page, step: ChoiceStepContent, index: number, isMobile: boolean): Promise<void> {
  const said = await myLines(page).count()
  const position = (await shownReplies(page)).indexOf(step.replies[index]!.text)
  expect(position).toBeGreaterThanOrEqual(0)
  if (isMobile) await replyButtons(page).nth(position).tap()
  else await page.keyboard.press(String(position + 1))
  await expect(myLines(page)).toHaveCount(said + 1)
  await expectReplyMarkInView(page)
}

/** While the run goes on (the end takes the focus): the reply just given has it, its mark and 点评 on screen. */
async function expectReplyMarkInView(page: Page): Promise<void> {
  // Drawn with the reply just counted: a next turn is there now or not at all.
  if (!(await page.locator('.scenario-turn').isVisible())) return
  const latest = conversation(page).locator('.bubble-mine').last()
  await expect(latest).toBeFocused()
  await expect(latest.locator('.reply-feedback')).toBeInViewport({ ratio: 1 })
  // Whole, with room above it: not flush with the screen's top edge or a phone's top bar.
  const barBottom = await page.evaluate(() => document.querySelector('.top-bar')?.getBoundingClientRect().bottom ?? 0)
  expect((await latest.boundingBox())!.y).toBeGreaterThanOrEqual(Math.max(0, barBottom) + 8)
}

/** Gives the best reply at each step, a tap on a phone and keys on a desktop, until `end` shows. */
async function playBestToEnd(page: Page, isMobile: boolean, end = ending(page), scenario = beijingMap): Promise<void> {
  for (let guard = 0; guard < 20 && !(await runEnded(page, end)); guard++) {
    const step = await currentStep(page, scenario)
    if (step.kind === 'choice') await giveReply(page, step, bestReplyIndex(step), isMobile)
    else await typeModelReply(page, step, isMobile)
  }
}

/** Presses Shift+Tab until `name` has the focus: how a keyboard user goes back up the page. */
async function shiftTabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Shift+Tab')
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')
    if (focused === name) return
  }
  throw new Error(`Shift+Tab never reached ${name}`)
}

test('a role-play restarted midway starts again from the first step with no conversation', async ({
  page,
  isMobile,
}) => {
  await page.goto('./#/scenarios/beijing-map')
  const first = beijingMap.steps.find((step) => step.id === beijingMap.start) as ChoiceStepContent
  await expect(replyButtons(page)).toHaveCount(first.replies.length)

  // The best reply first, then the worst: each is marked in words.
  await giveReply(page, first, bestReplyIndex(first), isMobile)
  await expect(conversation(page)).toContainText('很好点评：')
  const second = await currentChoice(page, beijingMap)
  await giveReply(page, second, worstReplyIndex(second), isMobile)
  await expect(conversation(page)).toContainText('不妥点评：')

  if (isMobile) {
    await page.getByRole('button', { name: '重新开始' }).tap()
    await expect(page.getByRole('group', { name: '重新开始' })).toContainText('已经回应了 2 步')
    await page.getByRole('button', { name: '确定重新开始' }).tap()
  } else {
    await shiftTabTo(page, '重新开始')
    await page.keyboard.press('Enter')
    // The question takes the focus; the next key press is the answer.
    await expect(page.getByRole('group', { name: '重新开始' })).toContainText('已经回应了 2 步')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: '确定重新开始' })).toBeFocused()
    await page.keyboard.press('Enter')
  }

  await expect(page.getByRole('status').filter({ hasText: '已重新开始' })).toBeVisible()
  await expect(myLines(page)).toHaveCount(0)
  await expect(conversation(page)).not.toContainText('点评')
  expect((await currentStep(page, beijingMap)).id).toBe(beijingMap.start)
  await expect(page.getByRole('heading', { name: '你会怎么回应？' })).toBeFocused()

  // The new run is the one kept: a reload shows it, not the old one.
  await page.reload()
  await expect(replyButtons(page)).toHaveCount(first.replies.length)
  await expect(myLines(page)).toHaveCount(0)
})

test('the results lead with the rating, show each area out of its maximum and lead back to the lesson', async ({
  page,
  isMobile,
}) => {
  await page.goto('./#/scenarios/beijing-map')
  await playBestToEnd(page, isMobile)
  const summary = ending(page)
  await expect(summary).toContainText('评级：优秀')
  // The end takes the focus once it is drawn (its code comes with the first reply), which brings it into view.
  await expect(page.locator('.scenario-end')).toBeFocused()
  await expect.poll(async () => (await summary.boundingBox())!.y).toBeLessThan(page.viewportSize()!.height / 2)
  await expect(summary).toContainText(/得分 \d+ \/ \d+（100%）/)
  const areas = summary.getByRole('row').filter({ has: page.getByRole('rowheader') })
  await expect(areas).toHaveCount(4)
  for (const area of await areas.all()) await expect(area).toContainText(/^\D+(\d+) \/ \1$/)
  await expect(summary.getByRole('button', { name: '再演练一次' })).toBeVisible()
  await expect(summary.getByRole('link', { name: '返回情景列表' })).toBeVisible()

  const lesson = summary.getByRole('link', { name: '学习课程：案例导入：一张北京地图' })
  await activate(lesson)
  await expect(page).toHaveURL(/#\/modules\/qualities\/lessons\/beijing-map-case$/)
  await expect(page.getByRole('heading', { level: 1, name: '案例导入：一张北京地图' })).toBeVisible()

  // The list shows what each role-play practises and the best rating so far.
  await page.goto('./#/scenarios')
  const card = page.getByRole('article', { name: '北京地图' })
  await expect(card).toContainText('最好评级：优秀')
  await expect(card.getByRole('link', { name: '学习课程：案例导入：一张北京地图' })).toBeVisible()
  await expect(card.getByRole('link', { name: '学习模块：客服人员的职业素质' })).toHaveAttribute(
    'href',
    /#\/modules\/qualities$/,
  )
  // Its title, the way into it, is a full-size target on a phone, like the links below it.
  const open = card.getByRole('link', { name: '北京地图', exact: true })
  expect((await open.boundingBox())!.height).toBeGreaterThanOrEqual(44)
})

test('a run cut short at 客人找了大堂经理 lists only the areas its replies could score in, with no 0 / 0', async ({
  page,
  isMobile,
}) => {
  await page.goto('./#/scenarios/beijing-map')
  await expect(conversation(page)).toBeVisible()
  for (let guard = 0; guard < 20 && !(await runEnded(page)); guard++) {
    const step = await currentStep(page, beijingMap)
    if (step.kind === 'choice') await giveReply(page, step, worstReplyIndex(step), isMobile)
    else await typeModelReply(page, step, isMobile)
  }
  const summary = ending(page)
  await expect(summary.getByRole('heading', { name: /客人找了大堂经理/ })).toBeVisible()
  const areas = summary.getByRole('row').filter({ has: page.getByRole('rowheader') })
  // No step on the way tests the rules: the area is left out rather than shown as 0 / 0.
  await expect(areas.getByRole('rowheader', { name: '遵守制度' })).toHaveCount(0)
  await expect(areas).toHaveCount(3)
  for (const area of await areas.all()) await expect(area).toContainText(/\d+ \/ [1-9]\d*$/)
})

test('a run’s end, drawn out of sight, opens at its rating, not in the middle of the long review below it', async ({
  page,
}) => {
  await page.goto('./#/scenarios/swearing-caller')
  for (const reply of [/马上顶回去/, /您这样我没法帮您/, /我这就把电话转给我们组长/]) {
    const said = await myLines(page).count()
    // Answered at once, the turn's start still low on the screen (a quick learner, or the page
    // still moving to the last reply): the end, drawn there below the lines added above it, starts
    // out of sight. The reply by its number key, which needs no scrolling to the button.
    await page
      .locator('.scenario-turn')
      .evaluate((turn) =>
        window.scrollBy({ top: turn.getBoundingClientRect().top - innerHeight + 120, behavior: 'instant' }),
      )
    const number = (await page.getByRole('button', { name: reply }).textContent())!.trim()[0]!
    await page.keyboard.press(number)
    await expect(myLines(page)).toHaveCount(said + 1)
  }
  const summary = ending(page)
  await expect(summary).toContainText('评级：需改进')
  // The end is far taller than the screen: once the page has come to rest, its start (the rating) is in view.
  await expect(page.locator('.scenario-end')).toBeFocused()
  await scrollSettled(page)
  await expect(summary.getByText('评级：需改进')).toBeInViewport()
  const top = (await summary.boundingBox())!.y
  // (Within a pixel of the top: layout's fractions.)
  expect(top).toBeGreaterThan(-1)
  expect(top).toBeLessThan(page.viewportSize()!.height / 2)
})

test('the number-key hint shows only with a keyboard, and names as many replies as there are', async ({
  page,
  isMobile,
}) => {
  await page.goto('./#/scenarios/beijing-map')
  const first = beijingMap.steps.find((step) => step.id === beijingMap.start) as ChoiceStepContent
  await expect(replyButtons(page)).toHaveCount(first.replies.length)
  const hint = page.getByText(`按数字键 1–${first.replies.length} 也可以选择回应。`)
  if (isMobile) await expect(hint).toBeHidden()
  else await expect(hint).toBeVisible()
})

test('replies given by number keys bring each reply’s mark and 点评 into view, focused, the next turn below', async ({
  page,
  isMobile,
}) => {
  const badLine = course.scenarios.find((scenario) => scenario.id === 'bad-line')!
  await page.goto('./#/scenarios/bad-line')
  const turn = page.locator('.scenario-turn h2')
  for (let reply = 1; reply <= 4; reply++) {
    if (await runEnded(page)) break
    const step = await currentStep(page, badLine)
    if (step.kind !== 'choice') break
    const said = await myLines(page).count()
    // The best reply, wherever the shuffle put it: a poor one may end the call at once.
    const best = (await shownReplies(page)).indexOf(step.replies[bestReplyIndex(step)]!.text) + 1
    await page.keyboard.press(String(best))
    await expect(myLines(page)).toHaveCount(said + 1)
    if (await runEnded(page)) break
    // The conversation grows above the turn: what was said of the reply comes into view with each one,
    // and on a desktop's screen the next turn's heading with it.
    await expectReplyMarkInView(page)
    if (!isMobile) await expect(turn).toBeInViewport()
  }
  expect(await myLines(page).count()).toBeGreaterThanOrEqual(3)
})

/**
 * The device's speech synthesis, replaced before the page loads: no voices at first, `__speech.addVoice(lang)`
 * adds one (and says so, as browsers do when voices load late), `__speech.last` is the reading under way, and
 * with `__speech.silent` a reading never starts, as on a device that cannot speak.
 */
async function fakeSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const listeners = new Set<() => void>()
    const state = {
      voices: [] as { lang: string; name: string }[],
      last: null as null | { text: string; onstart?: () => void; onend?: () => void },
      speaking: false,
      silent: false,
      addVoice(lang: string) {
        state.voices = [...state.voices, { lang, name: lang }]
        listeners.forEach((changed) => changed())
      },
    }
    Object.assign(window, { __speech: state })
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => state.voices,
        addEventListener: (_type: string, changed: () => void) => listeners.add(changed),
        removeEventListener: (_type: string, changed: () => void) => listeners.delete(changed),
        speak(utterance: { text: string; onstart?: () => void }) {
          state.last = utterance
          if (state.silent) return
          state.speaking = true
          utterance.onstart?.()
        },
        cancel: () => (state.speaking = false),
        get speaking() {
          return state.speaking
        },
        get pending() {
          return false
        },
      },
    })
    Object.assign(window, {
      SpeechSynthesisUtterance: class {
        constructor(public text: string) {}
      },
    })
  })
}

test('朗读 is offered only with a Chinese voice, and always comes back from 停止朗读', async ({ page, isMobile }) => {
  await fakeSpeech(page)
  await page.goto('./#/scenarios/beijing-map')
  await expect(replyButtons(page).first()).toBeVisible()
  const readAloud = page.getByRole('button', { name: '朗读', exact: true })
  await expect(readAloud).toHaveCount(0)
  // An English voice is no use for Chinese text.
  await page.evaluate(() =>
    (window as unknown as { __speech: { addVoice: (lang: string) => void } }).__speech.addVoice('en-US'),
  )
  await expect(readAloud).toHaveCount(0)
  await page.evaluate(() =>
    (window as unknown as { __speech: { addVoice: (lang: string) => void } }).__speech.addVoice('zh-CN'),
  )
  await expect(readAloud).toBeVisible()

  const press = async () => (isMobile ? readAloud.tap() : readAloud.press('Enter'))
  await press()
  const stop = page.getByRole('button', { name: '停止朗读' })
  await expect(stop).toHaveAttribute('aria-pressed', 'true')
  // The reading ends: back to 朗读.
  await page.evaluate(() => (window as unknown as { __speech: { last: { onend: () => void } } }).__speech.last.onend())
  await expect(readAloud).toHaveAttribute('aria-pressed', 'false')

  // A device that never starts reading: 朗读 comes back, with a sentence saying why nothing was heard.
  await page.evaluate(() => ((window as unknown as { __speech: { silent: boolean } }).__speech.silent = true))
  await press()
  await expect(stop).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: '这台设备没能朗读这句话。' })).toBeVisible()
  await expect(readAloud).toHaveAttribute('aria-pressed', 'false')
})

test.describe('「说出来」 whose recorder cannot download', () => {
  // The page's own requests only: a service worker would answer from its cache.
  test.use({ serviceWorkers: 'block' })

  test('says so, with 重试, and shows the recorder once it downloads', async ({ page }) => {
    let refuse = true
    // Its first address and those it is asked again under after a failure (?retry=1…).
    await page.route(/\/assets\/VoiceRunRecorder-[^/?]*\.js(\?|$)/, (route) =>
      refuse ? route.abort() : route.continue(),
    )
    await page.goto('./#/scenarios/beijing-map')
    await expect(replyButtons(page).first()).toBeVisible()
    const summary = page.getByText('说出来（可选）')
    await activate(summary)
    const failed = page.getByRole('alert').filter({ hasText: '录音功能没有加载出来，请检查网络后重试。' })
    await expect(failed).toBeVisible()

    // 重试 fails too: it leaves with the download, and the focus comes back to it, not lost on the page.
    const retry = failed.getByRole('button', { name: '重试' })
    await activate(retry)
    await expect(retry).toBeFocused()
    refuse = false
    await activate(retry)
    await expect(page.getByRole('button', { name: '录下我的回应' })).toBeVisible()
    await expect(failed).toHaveCount(0)
  })
})

test.describe('a run’s end whose code cannot download', () => {
  // The page's own requests only: a service worker would answer from its cache.
  test.use({ serviceWorkers: 'block' })

  test('is asked for at the first reply, not with the page; a failure says so, and 重试 shows the result', async ({
    page,
    isMobile,
  }) => {
    let refuse = true
    const asked: string[] = []
    // Its first address and those it is asked again under after a failure (?retry=1…).
    await page.route(/\/assets\/ScenarioEnding-[^/?]*\.js(\?|$)/, (route) => {
      asked.push(route.request().url())
      return refuse ? route.abort() : route.continue()
    })
    await page.goto('./#/scenarios/beijing-map')
    await expect(replyButtons(page).first()).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(asked).toEqual([])

    const failed = page.getByRole('alert').filter({ hasText: '演练结果没有加载出来，请检查网络后重试。' })
    const first = await currentChoice(page, beijingMap)
    await giveReply(page, first, bestReplyIndex(first), isMobile)
    // Asked for at the first reply, while the run goes on.
    await expect.poll(() => asked.length).toBeGreaterThan(0)
    await expect(failed).toHaveCount(0)
    await playBestToEnd(page, isMobile, failed)
    await expect(failed).toBeVisible()
    await expect(ending(page)).toHaveCount(0)

    refuse = false
    await activate(failed.getByRole('button', { name: '重试' }))
    await expect(ending(page)).toContainText('评级：优秀')
    await expect(failed).toHaveCount(0)
    // The focus, on the button that went, moves to the end, which comes into view.
    await expect(page.locator('.scenario-end')).toBeFocused()
    await expect.poll(async () => (await ending(page).boundingBox())!.y).toBeLessThan(page.viewportSize()!.height / 2)
  })
})

test('after the 初试 is passed, the next step offered is the 复试, which opens at its first turn', async ({
  page,
  isMobile,
}) => {
  test.setTimeout(90_000)
  await page.goto('./#/scenarios/interview-service')
  await expect(replyButtons(page).first()).toBeVisible()
  await playBestToEnd(page, isMobile, ending(page), firstInterview)
  await expect(ending(page)).toContainText('通过初试')
  // An interview is rated in an interview's terms, not a call's.
  await expect(ending(page).getByRole('rowheader')).toHaveText(['礼貌与仪态', '客户意识', '处理思路', '职业规范'])
  // The story's next step comes first, before 再演练一次.
  const firstAction = ending(page).locator('.result-actions > *').first()
  await expect(firstAction).toHaveText('接着演练：面试：复试中的业务与沟通问题')
  await activate(firstAction)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('面试：复试中的业务与沟通问题')
  await expect(replyButtons(page).first()).toBeVisible()
})
