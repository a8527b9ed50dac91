/**
 * The course on the training room's network: `npm run serve:lan` prints an address of this machine
 * that another device can open and a QR code of it; the trainer page warns when it was opened from
 * this computer's own name, and not from the room's address; the assignment's QR code opens full
 * screen and prints on one A4 sheet with its title and due date.
 */
import { expect, test, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { cp, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { networkInterfaces } from 'node:os'
import { renderUnicodeCompact } from 'uqr'
import { builtCourse, tempFolder } from './helpers/site'
import { expectNoViolations } from './helpers/a11y'
import { activate } from './helpers/shell'

const BASE = '/training/kefu/'
const WARNING = '注意：学员打不开现在这个地址'

interface LanServer {
  /** Everything the command printed so far. */
  output: () => string
  /** The first address it printed for learners, or null when it found no network. */
  lanUrl: string | null
  port: number
  /** The folder it serves (a copy of the build). */
  dir: string
  /** Presses Ctrl+C on the whole command and waits for npm to exit. */
  stop: () => Promise<void>
}

/** This machine's own external IPv4 addresses, asked of the system apart from the script. */
function ownAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address)
}

/** A port nothing listens on right now, as the system hands them out. */
async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((done) => probe.listen(0, '0.0.0.0', done))
  const { port } = probe.address() as AddressInfo
  await new Promise((done) => probe.close(done))
  return port
}

/** Runs `npm run serve:lan -- <args>`, collecting what it prints. */
function serveLan(args: string[]): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn('npm', ['run', 'serve:lan', '--', ...args], {
    // Its own process group, so the test can press "Ctrl+C" on the whole command as a terminal would.
    detached: true,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let printed = ''
  child.stdout!.on('data', (chunk: Buffer) => (printed += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (printed += chunk.toString()))
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  return { child, output: () => printed, exited }
}

/**
 * Starts `npm run serve:lan` on a copy of the built course (copied now, so it is newer than every
 * source and the command serves it as it is rather than building) and waits for its last line.
 */
async function startServer(port: number): Promise<LanServer> {
  const dir = await tempFolder('serve-lan')
  await cp(builtCourse, dir, { recursive: true })
  const { child, output, exited } = serveLan(['--port', String(port), '--dir', dir, '--base', BASE])
  await expect.poll(output, { timeout: 60_000 }).toContain('按 Ctrl+C 停止')
  const listed = [...output().matchAll(/^ {2}http:\/\/(\d+\.\d+\.\d+\.\d+):(\d+)(\/\S*)$/gm)]
  return {
    output,
    lanUrl: listed[0] ? listed[0][0].trim() : null,
    port,
    dir,
    stop: async () => {
      process.kill(-child.pid!, 'SIGINT')
      await exited
      await rm(dir, { recursive: true, force: true })
    },
  }
}

// axe on the trainer page and a PDF take longer than a plain journey on a loaded 2-core machine.
test.describe.configure({ timeout: 60_000 })

let server: LanServer

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(90_000)
  server = await startServer(await freePort())
})

test.afterAll(async () => {
  await server.stop()
  // Ctrl+C stops it cleanly: it says so, and nothing answers on its port any more.
  await expect.poll(() => server.output()).toContain('已停止，学员现在打不开课程了。')
  await expect
    .poll(() =>
      fetch(`http://127.0.0.1:${server.port}/`).then(
        () => 'answered',
        () => 'refused',
      ),
    )
    .toBe('refused')
})

/** The course through the room's address, or through this machine's own when it is on no network. */
const reachableUrl = (): string => server.lanUrl ?? `http://127.0.0.1:${server.port}${BASE}`

test('serve:lan prints an address of this machine with its QR code, and another device opens the course there', async ({
  browser,
}) => {
  const output = server.output()
  expect(output).toContain('课程已是最新的构建')
  const own = ownAddresses()
  if (own.length > 0) {
    expect(server.lanUrl).not.toBeNull()
    const host = new URL(server.lanUrl!).hostname
    // Only an address of this very machine is ever opened: the request never leaves it.
    expect(own).toContain(host)
    expect(host).not.toMatch(/^127\./)
    expect(server.lanUrl).toBe(`http://${host}:${server.port}${BASE}`)
    expect(output).toContain(renderUnicodeCompact(server.lanUrl!, { ecc: 'M', border: 2 }))
    expect(output).toContain('相同的 Wi-Fi')
  } else {
    // No network here: the command must say so rather than print an address nobody can open.
    expect(server.lanUrl).toBeNull()
    expect(output).toContain('没有连上任何局域网')
    expect(output).toContain(`http://localhost:${server.port}${BASE}`)
  }

  // A second copy on the same port is refused, not moved elsewhere: learners' progress belongs to the address.
  const second = serveLan(['--port', String(server.port), '--dir', server.dir])
  expect(await second.exited).toBe(1)
  expect(second.output()).toContain(`端口 ${server.port} 已被占用`)

  // Another device: a fresh browser with nothing shared, on the printed address.
  const device = await browser.newContext()
  const page = await device.newPage()
  await page.goto(reachableUrl())
  await expect(page.getByRole('heading', { level: 1, name: '客服人员培训课程' })).toBeVisible()
  // The same build is also served at the root.
  await page.goto(`http://127.0.0.1:${server.port}/`)
  await expect(page.getByRole('heading', { level: 1, name: '客服人员培训课程' })).toBeVisible()
  await device.close()
})

test('the trainer page warns when opened from this computer’s own address, and not from the room’s', async ({
  page,
}) => {
  for (const address of [`http://127.0.0.1:${server.port}${BASE}`, `http://localhost:${server.port}/`]) {
    await page.goto(`${address}#/trainer`)
    await expect(page.getByRole('heading', { level: 1, name: '培训师：布置作业' })).toBeVisible()
    const warning = page.getByRole('note', { name: WARNING })
    await expect(warning).toBeVisible()
    await expect(warning).toContainText(new URL(address).host)
    // What the trainer can do, in plain words; how to serve the course is folded away for whoever installed it.
    await expect(warning).toContainText('请用学员也能打开的网址（例如单位内网上的课程网址）重新打开本页，再生成作业。')
    await expect(warning.getByText('npm run serve:lan')).toBeHidden()
    await activate(warning.getByText('给负责安装课程的同事'))
    await expect(warning.getByText('npm run serve:lan')).toBeVisible()
    await expect(warning).toContainText('dist')
  }
  // The form has a heading of its own, not left under the warning's.
  await expect(page.getByRole('form', { name: '新建作业' }).getByLabel('作业标题')).toBeVisible()
  await expectNoViolations(page, 'the trainer page with the warning')
  // The QR code put up full screen for the room says so too: that is what the learners look at.
  await page.getByLabel('作业标题').fill('第三周：接待')
  await page.getByLabel('培训师姓名').fill('张老师')
  await page.getByRole('checkbox', { name: /电话礼仪/ }).check()
  await page.getByRole('button', { name: '生成作业链接' }).click()
  await page.getByRole('button', { name: '全屏显示二维码 / 打印' }).click()
  const dialog = page.getByRole('dialog', { name: '第三周：接待' })
  await expect(dialog.getByRole('note', { name: WARNING })).toBeVisible()
  await expect(dialog.getByRole('note', { name: WARNING })).toContainText('localhost')
  // Said briefly over the code (what to do is on the page under it); on a projector's landscape screen
  // the code below it is whole on screen (an upright phone scrolls the sheet).
  await expect(dialog.getByRole('note', { name: WARNING })).not.toContainText('npm')
  if (test.info().project.name !== 'phone')
    await expect(dialog.getByRole('img', { name: /的二维码（放大显示）$/ })).toBeInViewport({ ratio: 1 })
  await expectNoViolations(page, 'the full-screen QR code with the warning')
  await dialog.getByRole('button', { name: '关闭' }).click()
  // On a machine with no network there is no room address; the warning above is then all there is to see.
  if (server.lanUrl !== null) {
    await page.goto(`${server.lanUrl}#/trainer`)
    await expect(page.getByRole('heading', { level: 1, name: '培训师：布置作业' })).toBeVisible()
    await expect(page.getByText(WARNING)).toHaveCount(0)
  }
})

/** Creates an assignment on the trainer page and returns its link. */
async function createAssignment(page: Page, title: string, due: string): Promise<string> {
  await page.goto(`${reachableUrl()}#/trainer`)
  await page.getByLabel('作业标题').fill(title)
  await page.getByLabel('培训师姓名').fill('张老师')
  await page.getByRole('checkbox', { name: /电话礼仪/ }).check()
  await page.getByLabel('题目数量').fill('5')
  await page.getByLabel(/截止日期/).fill(due)
  await page.getByRole('button', { name: '生成作业链接' }).click()
  return page.getByRole('textbox', { name: '作业链接', exact: true }).inputValue()
}

test('the assignment QR opens full screen, closes back to its button, and prints on one A4 sheet with title and due date', async ({
  page,
  isMobile,
}) => {
  const title = '第二周：投诉处理'
  const due = '2099-12-20'
  const link = await createAssignment(page, title, due)
  expect(link.startsWith(reachableUrl())).toBe(true)

  const opener = page.getByRole('button', { name: '全屏显示二维码 / 打印' })
  const dialog = page.getByRole('dialog', { name: title })
  if (isMobile) {
    await opener.tap()
  } else {
    await opener.focus()
    await page.keyboard.press('Enter')
  }
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('img', { name: `作业“${title}”的二维码（放大显示）` })).toBeVisible()
  await expect(dialog.getByText(`截止日期：${due}`)).toBeVisible()
  await expect(dialog.getByText('布置人：张老师')).toBeVisible()
  // What a learner should know before scanning: how many questions, the pass mark, the time.
  for (const fact of ['5 道题', '及格线 60%', '不限时'])
    await expect(dialog.getByText(fact, { exact: true })).toBeVisible()
  await expect(dialog.getByText(link, { exact: false })).toBeVisible()
  // Large: most of the narrower side of the screen.
  const viewport = page.viewportSize()!
  const qrBox = (await dialog.getByRole('img').boundingBox())!
  expect(qrBox.width).toBeGreaterThan(Math.min(viewport.width, viewport.height) * 0.6)
  await expect(dialog.getByRole('button', { name: '关闭' })).toBeFocused()
  if (!isMobile) {
    // A projector's landscape screen: the words stand beside the code, the typed link among them, in sight.
    await expect(dialog.getByText(link, { exact: false })).toBeInViewport()
    await expect(dialog.getByText('及格线 60%', { exact: true })).toBeInViewport()
    expect((await dialog.getByText('5 道题', { exact: true }).boundingBox())!.x).toBeGreaterThan(qrBox.x + qrBox.width)
    await page.keyboard.press('Shift+Tab')
    await expect(dialog.getByRole('button', { name: '打印（A4）' })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(dialog.getByRole('button', { name: '关闭' })).toBeFocused()
    // An upright screen with a keyboard: the sheet is taller than the screen, so it is a tab stop of
    // its own (before 打印) to scroll it, its ring drawn inside, in sight.
    await page.setViewportSize({ width: 800, height: 1000 })
    await expect.poll(() => dialog.evaluate((sheet) => sheet.scrollHeight > sheet.clientHeight)).toBe(true)
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Shift+Tab')
    await expect(dialog).toBeFocused()
    expect(
      await dialog.evaluate((sheet) => [getComputedStyle(sheet).outlineStyle, getComputedStyle(sheet).outlineOffset]),
    ).toEqual(['solid', '-3px'])
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(dialog.getByRole('button', { name: '关闭' })).toBeFocused()
    await page.setViewportSize(viewport)
  }
  await expectNoViolations(page, 'the full-screen QR code')
  if (isMobile) {
    await dialog.getByRole('button', { name: '关闭' }).tap()
  } else {
    await page.keyboard.press('Escape')
  }
  await expect(dialog).toBeHidden()
  await expect(opener).toBeFocused()

  // Printed: only the sheet, with its title, due date and QR code, on one page.
  if (isMobile) await opener.tap()
  else await page.keyboard.press('Enter')
  await expect(dialog).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  // On paper the dialog gives way to its printable copy, and nothing of the page under it is left.
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible()
  const dueShown = page.getByText(`截止日期：${due}`).filter({ visible: true })
  await expect(dueShown).toHaveCount(1)
  await expect(dueShown).toBeVisible()
  await expect(page.getByRole('img', { name: `作业“${title}”的二维码（放大显示）` })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: '培训师：布置作业' })).toBeHidden()
  await expect(page.getByRole('textbox', { name: '作业链接', exact: true })).toBeHidden()
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })).toString('latin1')
  expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1)
  // A4 portrait: 210 × 297 mm is 595 × 842 points.
  expect(pdf).toMatch(/\/MediaBox\s*\[\s*0 0 59[45](\.\d+)? 84[12](\.\d+)?\s*\]/)
})
