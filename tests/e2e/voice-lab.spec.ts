/**
 * 语音练习 (issue #17 §1): Chromium's fake microphone plays Mandarin recordings of a standard phrase,
 * spoken by espeak-ng at three known rates. The true rate of each file is measured from the file
 * itself with a different method (sox trimming the silence at 1% of full scale), and the page must
 * report a rate within 10% of it. A silent file gives the no-audio message; a denied permission its
 * own. Desktop by keyboard alone, phone by taps; axe on the page with a result.
 */
import { expect, test as base, type Browser, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium'
import { countableCharacters, spokenText } from '../../src/domain/voice/text'
import { expectNoViolations, tabTo } from './helpers/a11y'
import { activate } from './helpers/shell'

/** The standard phrase read: its 应该说 line, as the voice lab shows it. */
const LESSON = 'content/modules/06-phrases/05-faults-and-more.yaml'
const SECTION = 'thanks-and-inquiries'
const SCRIPT_ID = `phrase:phrases-faults-and-more:${SECTION}:0`
const lesson = parse(readFileSync(LESSON, 'utf8')) as { sections: { id: string; examples: { say: string }[] }[] }
const TEXT = spokenText(lesson.sections.find((section) => section.id === SECTION)!.examples[0]!.say)
const CHARACTERS = countableCharacters(TEXT)

const folder = mkdtempSync(join(tmpdir(), 'voice-lab-'))
const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8' }).trim()

/** A file the fake microphone plays once: 16-bit PCM WAV at 48 kHz, half a second of silence before and 1.5 s after. */
function spoken(speed: number): { file: string; seconds: number; trueRate: number } {
  const raw = join(folder, `raw-${speed}.wav`)
  const file = join(folder, `phrase-${speed}.wav`)
  const trimmed = join(folder, `trimmed-${speed}.wav`)
  run('espeak-ng', ['-v', 'cmn', '-s', String(speed), '-w', raw, TEXT])
  run('sox', [raw, '-r', '48000', '-c', '1', '-b', '16', '-e', 'signed-integer', file, 'pad', '0.5', '1.5'])
  // The true speaking time: sox cuts the silence before and after the speech (below 1% of full scale).
  run('sox', [file, trimmed, 'silence', '1', '0.01', '1%', 'reverse', 'silence', '1', '0.01', '1%', 'reverse'])
  const speaking = Number(run('soxi', ['-D', trimmed]))
  return { file, seconds: Number(run('soxi', ['-D', file])), trueRate: (CHARACTERS * 60) / speaking }
}

/** The script's first few characters alone, spoken briskly: a take that stops long before the script's end. */
function spokenStart(): string {
  const raw = join(folder, 'raw-start.wav')
  const file = join(folder, 'start.wav')
  run('espeak-ng', ['-v', 'cmn', '-s', '200', '-w', raw, TEXT.slice(0, 3)])
  run('sox', [raw, '-r', '48000', '-c', '1', '-b', '16', '-e', 'signed-integer', file, 'pad', '0.5', '1.5'])
  return file
}

function silent(): string {
  const file = join(folder, 'silence.wav')
  run('sox', ['-n', '-r', '48000', '-c', '1', '-b', '16', '-e', 'signed-integer', file, 'trim', '0', '4'])
  return file
}

/** Four seconds of loud hiss and no voice, as a fan or a bad headset gives. */
function steadyNoise(): string {
  const file = join(folder, 'noise.wav')
  run('sox', [
    '-n',
    '-r',
    '48000',
    '-c',
    '1',
    '-b',
    '16',
    '-e',
    'signed-integer',
    file,
    'synth',
    '4',
    'whitenoise',
    'vol',
    '0.3',
  ])
  return file
}

/**
 * A page in a Chromium of its own whose fake microphone plays `file` once (or, with `prompt: false`,
 * one that asks for permission as usual: none is granted, so the request is refused). Each file needs
 * its own browser, and Playwright only sets launch options per file, so the test launches it.
 */
const test = base.extend<{ microphone: (file: string | null) => Promise<Page> }>({
  microphone: async ({ playwright, baseURL, viewport, isMobile, hasTouch, locale }, use) => {
    const browsers: Browser[] = []
    await use(async (file) => {
      const browser = await playwright.chromium.launch({
        executablePath: CHROMIUM_PATH,
        args: [
          ...CHROMIUM_ARGS,
          '--use-fake-device-for-media-stream',
          ...(file ? ['--use-fake-ui-for-media-stream', `--use-file-for-fake-audio-capture=${file}%noloop`] : []),
        ],
      })
      browsers.push(browser)
      const context = await browser.newContext({ baseURL, viewport, isMobile, hasTouch, locale })
      if (!file) await context.grantPermissions([])
      return context.newPage()
    })
    await Promise.all(browsers.map((browser) => browser.close()))
  },
})

async function openScript(page: Page): Promise<void> {
  await page.goto(`#/voice?script=${encodeURIComponent(SCRIPT_ID)}`)
  await expect(page.getByRole('heading', { level: 1, name: '语音练习' })).toBeVisible()
  await expect(page.locator('.script-text')).toHaveText(TEXT)
}

const practice = (page: Page) => page.getByRole('region', { name: '这段稿子的录音' })
const recordButton = (page: Page) => practice(page).getByRole('button', { name: /开始录音|停止录音/ })

/** Presses the record button: Enter on desktop (focus stays on it), a tap on the phone. */
async function press(page: Page, isMobile: boolean): Promise<void> {
  if (isMobile) await recordButton(page).tap()
  else await page.keyboard.press('Enter')
}

/** Records until the page's own clock has passed `seconds`, then stops. */
async function record(page: Page, isMobile: boolean, seconds: number): Promise<void> {
  if (!isMobile) await tabTo(page, recordButton(page))
  await press(page, isMobile)
  await expect(recordButton(page)).toHaveText('停止录音')
  // Read from the script's start: 停止录音 is still in sight, clear of a phone's tab bar.
  await page.evaluate(() => window.scrollTo(0, 0))
  await expect(page.locator('.script-text')).toBeInViewport()
  await expect(recordButton(page)).toBeInViewport({ ratio: 1 })
  const tabBar = await page.getByRole('navigation', { name: '主导航' }).boundingBox()
  if (isMobile) expect((await recordButton(page).boundingBox())!.y + 44).toBeLessThanOrEqual(tabBar!.y)
  const status = practice(page).getByRole('status').first()
  await expect
    .poll(async () => Number((await status.textContent())?.match(/已录 (\d+) 秒/)?.[1] ?? 0), { timeout: 40_000 })
    .toBeGreaterThanOrEqual(Math.ceil(seconds))
  await press(page, isMobile)
}

test('在课文中查看 opens the lesson at the section that teaches the line', async ({ page }) => {
  await openScript(page)
  await page.getByRole('link', { name: '在课文中查看' }).click()
  await expect(page).toHaveURL(new RegExp(`#/modules/standard-phrases/lessons/phrases-faults-and-more#sec-${SECTION}$`))
  await expect(page.locator(`#sec-${SECTION}`)).toBeInViewport()
})

test('the interview practice sheet leads to the voice lab with the first answer ready to record, and back', async ({
  page,
  isMobile,
}) => {
  await page.goto('./#/modules/interview/lessons/interview-practice-sheet')
  await activate(page.getByRole('link', { name: '到语音练习里说一遍四道题的回答，录下来回听' }))
  await expect(page).toHaveURL(/#\/voice\?script=interview-1&from=interview(\/|%2F)interview-practice-sheet$/)
  await expect(page.getByLabel('练习稿', { exact: true })).toHaveValue('interview-1')
  await expect(page.locator('.script-text')).toContainText('首先我会表明自己就是负责处理这个问题的人')
  // Still under 学习, and 返回 leads back to the lesson, not to the quiz list.
  await expect(
    page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '学习', exact: true }),
  ).toHaveAttribute('aria-current', /.+/)
  if (isMobile) {
    await activate(page.locator('.top-bar-back'))
    await expect(page).toHaveURL(/#\/modules\/interview\/lessons\/interview-practice-sheet$/)
  }
})

test.describe('what the page downloads', () => {
  // The page's own requests, not the offline copy's (a service worker downloads every file anyway).
  test.use({ serviceWorkers: 'block' })

  test("lists the phrase lessons' and role-plays' lines without downloading a lesson or a role-play", async ({
    page,
  }) => {
    // A lesson's file holds its sections, a role-play's its steps: each is refused, and named here if asked for.
    const refused: string[] = []
    await page.route('**/assets/*.js', async (route) => {
      const response = await route.fetch()
      const body = await response.text()
      if (/\b(sections|steps):\[/.test(body)) {
        refused.push(new URL(route.request().url()).pathname)
        await route.abort()
      } else await route.fulfill({ response })
    })
    await openScript(page)
    const picker = page.getByLabel('练习稿', { exact: true })
    const rolePlayLine = picker.locator('optgroup[label="情景演练的参考回答"] option').first()
    await picker.selectOption((await rolePlayLine.getAttribute('value')) ?? '')
    await expect(page).toHaveURL(/script=roleplay(:|%3A)/)
    await expect(page.locator('.script-text')).not.toHaveText(TEXT)
    expect(refused).toEqual([])
    // A download still on its way when the test ends would be read after the page has gone.
    await page.unrouteAll({ behavior: 'ignoreErrors' })
  })
})

for (const speed of [110, 160, 220]) {
  test(`measures the rate of a phrase spoken at espeak speed ${speed} within 10% of the file's true rate`, async ({
    microphone,
    isMobile,
  }) => {
    test.setTimeout(150_000)
    const recording = spoken(speed)
    const page = await microphone(recording.file)
    await openScript(page)
    await record(page, isMobile, recording.seconds)
    const take = practice(page).getByRole('article', { name: /第 1 遍/ })
    await expect(take).toBeVisible({ timeout: 15_000 })
    const rateText = await take.locator('[data-measure="rate"] .measure-value').textContent()
    const measured = Number(rateText?.match(/(\d+) 字\/分/)?.[1])
    const truth = `${measured} 字/分 against a true ${recording.trueRate.toFixed(0)}`
    test.info().annotations.push({ type: 'rate', description: truth })
    expect(measured / recording.trueRate, truth).toBeGreaterThan(0.9)
    expect(measured / recording.trueRate, truth).toBeLessThan(1.1)
    // Played back beside its measures (and stopped), and listed with its size under 我的录音.
    const play = take.getByRole('button', { name: /^播放：第 1 遍/ })
    if (isMobile) await play.tap()
    else {
      await tabTo(page, play)
      await page.keyboard.press('Enter')
    }
    const stop = take.getByRole('button', { name: /^停止播放：第 1 遍/ })
    await expect(stop).toBeVisible()
    if (isMobile) await stop.tap()
    else await page.keyboard.press('Enter')
    await expect(play).toBeVisible()
    await expect(page.getByRole('region', { name: '我的录音' }).getByText(/共 1 段，\d+ KB/)).toBeVisible()
    await expectNoViolations(page, `after a take at ${speed}`)
  })
}

test('a take that stops long before the script ends is not given a rate: it says to read the whole script', async ({
  microphone,
  isMobile,
}) => {
  test.setTimeout(90_000)
  expect(CHARACTERS, 'the script is long enough for three characters to be a small part').toBeGreaterThan(15)
  const page = await microphone(spokenStart())
  await openScript(page)
  await record(page, isMobile, 3)
  const take = practice(page).getByRole('article', { name: /第 1 遍/ })
  await expect(take).toBeVisible({ timeout: 15_000 })
  await expect(take).toContainText(/没有读完整段。这一遍不评语速，请从头到尾读完整段再录一次。/)
  await expect(take.locator('[data-measure="rate"]')).toHaveCount(0)
  await expect(take.locator('[data-measure="articulation"]')).toHaveCount(0)
  // The rest of the take is still measured.
  await expect(take.locator('[data-measure="level"]')).toBeVisible()

  // A take to throw away: deleting it asks on the page, by taps or by the keyboard (Escape is a no).
  const remove = take.getByRole('button', { name: '删除第 1 遍' })
  const asked = take.getByRole('group', { name: '删除第 1 遍' })
  if (isMobile) await remove.tap()
  else {
    await tabTo(page, remove)
    await page.keyboard.press('Enter')
    await expect(asked.getByText(/^删除第 1 遍录音/)).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(remove).toBeFocused()
    await page.keyboard.press('Enter')
  }
  await expect(asked).toContainText('删除第 1 遍录音和它的测量结果吗？删除后无法恢复。')
  await expectNoViolations(page, 'asked whether to delete a take')
  if (isMobile) await asked.getByRole('button', { name: '删除', exact: true }).tap()
  else {
    await tabTo(page, asked.getByRole('button', { name: '删除', exact: true }))
    await page.keyboard.press('Enter')
  }
  await expect(take).toHaveCount(0)
  await expect(page.getByRole('region', { name: '我的录音' })).toContainText('还没有录音')
})

test('a silent microphone: says no audio was heard and keeps nothing', async ({ microphone, isMobile }) => {
  test.setTimeout(60_000)
  const page = await microphone(silent())
  await openScript(page)
  await record(page, isMobile, 2)
  await expect(practice(page).getByRole('alert')).toHaveText(/没有听到声音/)
  await expect(practice(page).getByRole('article')).toHaveCount(0)
  await expectNoViolations(page, 'with the no-audio message')
})

test('a steady noise and no voice: says it heard only noise, not that the microphone is muted, and keeps nothing', async ({
  microphone,
  isMobile,
}) => {
  test.setTimeout(60_000)
  const page = await microphone(steadyNoise())
  await openScript(page)
  await record(page, isMobile, 2)
  await expect(practice(page).getByRole('alert')).toHaveText(/只听到一片持续的杂音.*请换个安静些的地方/)
  await expect(practice(page).getByRole('article')).toHaveCount(0)
})

test('a microphone the learner did not allow: says how to allow it', async ({ microphone, isMobile }) => {
  const page = await microphone(null)
  await openScript(page)
  if (!isMobile) await tabTo(page, recordButton(page))
  await press(page, isMobile)
  await expect(practice(page).getByRole('alert')).toHaveText(/浏览器没有允许使用麦克风/)
  await expect(recordButton(page)).toHaveText('开始录音')
  await expectNoViolations(page, 'with the permission message')
})

test('a role-play reply can be spoken: 「说出来」 is folded away, records, and says there is no speech recognition', async ({
  microphone,
  isMobile,
}) => {
  test.setTimeout(60_000)
  const page = await microphone(spoken(160).file)
  await page.goto('#/scenarios/routine-call')
  await expect(page.getByRole('heading', { name: '你会怎么做？' })).toBeVisible()
  const summary = page.getByText('说出来（可选）')
  const record = page.getByRole('button', { name: '录下我的回应' })
  await expect(record).toBeHidden()
  if (isMobile) await summary.tap()
  else {
    await tabTo(page, summary)
    await page.keyboard.press('Enter')
  }
  await expect(page.getByText(/这里没有语音识别/)).toBeVisible()
  if (isMobile) await record.tap()
  else {
    await tabTo(page, record)
    await page.keyboard.press('Enter')
  }
  const stop = page.getByRole('button', { name: '停止录音' })
  await expect(stop).toBeVisible()
  await expect(page.getByText(/已录 2 秒/)).toBeVisible({ timeout: 10_000 })
  if (isMobile) await stop.tap()
  else await page.keyboard.press('Enter')
  await expect(page.getByText('已录下这一步的回应。')).toBeVisible({ timeout: 15_000 })
  await expectNoViolations(page, 'a role-play step with a spoken reply')
})
