import { createHash } from 'node:crypto'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import {
  bootScript,
  filesToPreload,
  withBootScript,
  type ChunkFacts,
  type SavedDataPreload,
} from '../../../scripts/build/preloadSavedData'

const OPTIONS: SavedDataPreload = {
  modules: ['src/platform/indexedDatabase.ts', 'src/domain/progress/rowChecks.ts'],
  pages: 'src/router/pages.ts',
  databaseName: 'kefu-course',
  storagePrefix: 'kefu-course.',
}

/** A built course in miniature: the entry and the framework, the database's code with its library, the checks, a page. */
const CHUNKS: ChunkFacts[] = [
  { fileName: 'assets/index-a.js', isEntry: true, imports: ['assets/framework-b.js'], moduleIds: ['/p/src/main.ts'] },
  { fileName: 'assets/framework-b.js', isEntry: false, imports: [], moduleIds: ['/p/node_modules/vue/index.js'] },
  {
    fileName: 'assets/indexedDatabase-c.js',
    isEntry: false,
    imports: ['assets/dist-d.js', 'assets/framework-b.js'],
    moduleIds: ['/p/src/platform/indexedDatabase.ts'],
  },
  { fileName: 'assets/dist-d.js', isEntry: false, imports: [], moduleIds: ['/p/node_modules/idb/build/index.js'] },
  {
    fileName: 'assets/rowChecks-e.js',
    isEntry: false,
    imports: ['assets/dist-d.js', 'assets/index-a.js'],
    moduleIds: ['/p/src/domain/progress/rowChecks.ts'],
  },
  { fileName: 'assets/LessonView-f.js', isEntry: false, imports: [], moduleIds: ['/p/src/views/LessonView.vue'] },
  {
    fileName: 'assets/pages-g.js',
    isEntry: false,
    imports: ['assets/index-a.js'],
    moduleIds: ['/p/src/router/pages.ts'],
    importedCss: ['assets/pages-h.css'],
  },
]

const FILES = {
  savedData: ['assets/indexedDatabase-c.js', 'assets/dist-d.js'],
  pages: ['assets/pages-g.js', 'assets/pages-h.css'],
}

const PAGE =
  "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'; object-src 'none'\" /><title>课程</title></head><body></body></html>"

/** Runs the lines as a page would, with what this browser holds; the addresses it preloaded. */
async function runBoot(held: {
  keys?: string[]
  databases?: string[] | 'refused' | 'missing'
  /** The address's hash: home's (`#/`) unless given. */
  hash?: string
}): Promise<string[]> {
  const script = bootScript(FILES, OPTIONS)
  const links: { rel: string; as?: string; href: string; crossOrigin: string | null }[] = []
  const keys = held.keys ?? []
  const databases = held.databases ?? []
  const indexedDB =
    databases === 'missing'
      ? {}
      : {
          databases: () =>
            databases === 'refused'
              ? Promise.reject(new Error('SecurityError'))
              : Promise.resolve(databases.map((name) => ({ name, version: 1 }))),
        }
  runInNewContext(script, {
    document: {
      createElement: () => ({ rel: '', href: '', crossOrigin: null }),
      head: { appendChild: (link: (typeof links)[number]) => links.push(link) },
    },
    localStorage: { length: keys.length, key: (index: number) => keys[index] ?? null },
    self: { indexedDB },
    location: { hash: held.hash ?? '#/' },
  })
  // The database's list arrives a moment later, as in a browser.
  await new Promise((resolve) => setTimeout(resolve, 0))
  for (const link of links) {
    // A stylesheet is fetched as Vite's import asks for it (crossorigin), and not applied before it.
    if (link.href.endsWith('.css')) expect([link.rel, link.as]).toEqual(['preload', 'style'])
    else expect(link.rel).toBe('modulepreload')
    expect(link.crossOrigin).toBe('')
  }
  return links.map((link) => link.href)
}

describe('filesToPreload', () => {
  it('preloads the chunks holding the modules and what they import, not what the first page loads anyway', () => {
    expect(filesToPreload(CHUNKS, OPTIONS.modules)).toEqual([
      'assets/indexedDatabase-c.js',
      'assets/dist-d.js',
      'assets/rowChecks-e.js',
    ])
  })

  it('finds the pages’ table with its stylesheet, without the entry it imports', () => {
    expect(filesToPreload(CHUNKS, [OPTIONS.pages])).toEqual(['assets/pages-g.js', 'assets/pages-h.css'])
  })

  it('refuses a module no chunk holds, rather than preloading nothing', () => {
    expect(() => filesToPreload(CHUNKS, ['src/platform/renamed.ts'])).toThrow('src/platform/renamed.ts')
  })
})

describe('bootScript', () => {
  const returning = [
    './assets/indexedDatabase-c.js',
    './assets/dist-d.js',
    './assets/pages-g.js',
    './assets/pages-h.css',
  ]

  it('preloads the saved data’s code and the pages where localStorage holds a value of the course', async () => {
    expect(await runBoot({ keys: ['other-app', 'kefu-course.databaseOpened'] })).toEqual(returning)
  })

  it('preloads the same where the browser lists the course’s database', async () => {
    expect(await runBoot({ databases: ['other', 'kefu-course'] })).toEqual(returning)
  })

  it('preloads the pages for a first visit by a link to another page than home', async () => {
    expect(await runBoot({ hash: '#/modules/qualities/lessons/beijing-map-case' })).toEqual([
      './assets/pages-g.js',
      './assets/pages-h.css',
    ])
    // Saved data as well: each file once.
    expect(await runBoot({ hash: '#/progress', databases: ['kefu-course'] })).toEqual([
      './assets/pages-g.js',
      './assets/pages-h.css',
      './assets/indexedDatabase-c.js',
      './assets/dist-d.js',
    ])
  })

  it('preloads nothing on a first visit to home, nor where the browser cannot tell', async () => {
    expect(await runBoot({ keys: ['other-app', 'kefu-courseware'], databases: ['kefu-course-recordings'] })).toEqual([])
    expect(await runBoot({ hash: '', databases: 'refused' })).toEqual([])
    expect(await runBoot({ databases: 'missing' })).toEqual([])
  })
})

describe('withBootScript', () => {
  it('puts the lines at the end of the head and allows exactly them in the CSP', () => {
    const script = bootScript(FILES, OPTIONS)
    const page = withBootScript(PAGE, script)
    const hash = createHash('sha256').update(script).digest('base64')
    expect(page).toContain(`script-src 'self' 'sha256-${hash}'; object-src 'none'`)
    expect(page).toContain(`<title>课程</title><script>${script}</script></head>`)
  })

  it('refuses a page without a CSP that names script-src, and lines that would end the element', () => {
    expect(() => withBootScript('<html><head></head></html>', 'void 0')).toThrow('script-src')
    expect(() => withBootScript(PAGE, '"</script>"')).toThrow('</script')
  })
})
