import { afterEach, describe, expect, it, vi } from 'vitest'
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer, type ServerOptions, type ViteDevServer } from 'vite'
import { coursePlugin } from '../../../src/content/build/vitePlugin'

const fixture = join(__dirname, '../../fixtures/course')
const sources = join(__dirname, '../../../content/sources')
let server: ViteDevServer | undefined
let dir: string | undefined

afterEach(async () => {
  await server?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
  server = undefined
  dir = undefined
})

/** A dev server over `contentDir` with the course plugin; `watch: null` runs it without a file watcher. */
function serveCourse(contentDir: string, watch: ServerOptions['watch']): Promise<ViteDevServer> {
  return createServer({
    configFile: false,
    logLevel: 'silent',
    server: { middlewareMode: true, watch },
    plugins: [coursePlugin({ contentDir, sourcesDir: sources })],
  })
}

async function lessonTitles(): Promise<string[]> {
  // Each read goes through the plugin again, as a page reload in the browser would.
  const loaded = (await server!.ssrLoadModule('virtual:course-index')) as {
    courseIndex: { modules: { lessons: { title: string }[] }[] }
  }
  return loaded.courseIndex.modules.flatMap((module) => module.lessons.map((lesson) => lesson.title))
}

function addedLesson(firstLesson: string): string {
  return firstLesson
    .replace('id: basics-first', 'id: basics-added')
    .replace('title: 第一课:处变不惊', 'title: 第三课:新加的一课')
}

describe('coursePlugin in the dev server', () => {
  it('recompiles the course when the watcher reports a content file added, deleted or changed', async () => {
    dir = mkdtempSync(join(tmpdir(), 'course-'))
    cpSync(fixture, dir, { recursive: true })
    // No file watcher: the test reports each file event itself, so nothing depends on a watcher's timing.
    server = await serveCourse(dir, null)
    expect(await lessonTitles()).toContain('第一课：处变不惊')

    const moduleDir = join(dir, 'modules/01-basics')
    const added = join(moduleDir, '03-added.yaml')
    writeFileSync(added, addedLesson(readFileSync(join(moduleDir, '01-first.yaml'), 'utf8')))
    // The course is compiled once and kept: a file the watcher has not reported changes nothing yet.
    expect(await lessonTitles()).not.toContain('第三课：新加的一课')
    server.watcher.emit('add', added)
    expect(await lessonTitles()).toContain('第三课：新加的一课')

    unlinkSync(added)
    expect(await lessonTitles()).toContain('第三课：新加的一课')
    server.watcher.emit('unlink', added)
    expect(await lessonTitles()).not.toContain('第三课：新加的一课')

    const first = join(moduleDir, '01-first.yaml')
    writeFileSync(first, readFileSync(first, 'utf8').replace('title: 第一课:处变不惊', 'title: 第一课:处变不惊再版'))
    server.watcher.emit('change', join(tmpdir(), 'elsewhere.yaml'))
    expect(await lessonTitles()).toContain('第一课：处变不惊')
    server.watcher.emit('change', first)
    expect(await lessonTitles()).toContain('第一课：处变不惊再版')
  })

  it('watches the content folder, so a lesson file added or deleted on disk shows in the course', async () => {
    dir = mkdtempSync(join(tmpdir(), 'course-'))
    cpSync(fixture, dir, { recursive: true })
    server = await serveCourse(dir, { usePolling: true, interval: 50 })
    const reported: string[] = []
    server.watcher.on('all', (event, file) => reported.push(`${event} ${file}`))
    expect(await lessonTitles()).not.toContain('第三课：新加的一课')

    const moduleDir = join(dir, 'modules/01-basics')
    // The watcher first scans the copied folder, and a file written during that scan raises no event
    // (on a loaded machine the scan is slow). A lesson written again until the watcher reports it
    // says the watcher is live before the file is added.
    const first = join(moduleDir, '01-first.yaml')
    const firstText = readFileSync(first, 'utf8')
    await vi.waitFor(
      () => {
        writeFileSync(first, firstText)
        expect(reported).toContain(`change ${first}`)
      },
      { timeout: 25_000, interval: 500 },
    )

    // Each step waits for the watcher to report the file before the next: a file deleted before
    // a polling watcher has seen it was never there for the watcher, and raises no event at all.
    const added = join(moduleDir, '03-added.yaml')
    writeFileSync(added, addedLesson(firstText))
    await vi.waitFor(() => expect(reported).toContain(`add ${added}`), { timeout: 10_000 })
    expect(await lessonTitles()).toContain('第三课：新加的一课')

    unlinkSync(added)
    await vi.waitFor(() => expect(reported).toContain(`unlink ${added}`), { timeout: 10_000 })
    expect(await lessonTitles()).not.toContain('第三课：新加的一课')
  }, 60_000)

  it('serves 找茬 as a list with every rule, and each call as its own module', async () => {
    server = await serveCourse(fixture, null)
    const index = (await server.ssrLoadModule('virtual:course-spotting')) as {
      spottingList: { id: string; lineCount: number }[]
      spottingRules: { id: string; lesson: { moduleId: string } }[]
      spottingLoaders: Record<string, unknown>
    }
    expect(index.spottingList).toEqual([
      { id: 'quiet-line', title: '一通听不清的电话', summary: expect.any(String), lineCount: 9 },
    ])
    expect(index.spottingRules.map((rule) => rule.id)).toContain('silent-call-wait')
    expect(Object.keys(index.spottingLoaders)).toEqual(['quiet-line'])
    const call = (await server.ssrLoadModule('virtual:course-spotting-transcript/quiet-line')) as {
      default: { id: string; lines: { breaks: string[] }[] }
    }
    expect(call.default.id).toBe('quiet-line')
    expect(call.default.lines.filter((line) => line.breaks.length > 0)).toHaveLength(3)
  })
})
