/**
 * Two kinds of code are not on a new learner's first page (home with the welcome), and left to the
 * entry each would be asked for only once the entry has run: one more round trip, wherever the
 * service worker has not cached it yet.
 * - A returning learner's first page waits for their saved data, and the code that reads it (the
 *   IndexedDB side and the checks of what is read).
 * - Every page but home is found through src/router/pages.ts.
 *
 * So index.html gets a few lines, run before the entry, that preload them beside it: the pages'
 * table where the address names a page other than home, and both where this browser holds anything
 * of the course (the test of src/platform/savedDataProbe.ts: a value under the course's prefix in
 * localStorage, or its database), since a returning learner goes on from home. A new learner on home
 * downloads nothing more. The Content-Security-Policy allows the lines by their hash, which the
 * build writes into it.
 */
import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'
import { isOneOf } from './modulePaths.ts'

/**
 * What src/stores/loadSavedData.ts imports once it finds something saved: the database's side
 * (through the saved-data store), the reading of learners and progress, and the checks of what is
 * read. tests/unit/architecture.test.ts keeps the two lists together.
 */
export const SAVED_DATA_CODE = [
  'src/platform/indexedDatabase.ts',
  'src/stores/profilesReading.ts',
  'src/stores/legacyMigration.ts',
  'src/platform/pendingWrites.ts',
  // The progress store's row code, which reading the progress loads (stores/progress.ts, loadRowCode).
  'src/domain/progress/rows.ts',
  'src/domain/progress/summary.ts',
  'src/domain/progress/rowChecks.ts',
  'src/domain/progress/summaryCheck.ts',
] as const

/** The table of every page but home, which the router imports for any other page. */
export const PAGES_CODE = 'src/router/pages.ts'

export interface SavedDataPreload {
  /** The modules the entry imports once it finds saved data, as paths from the project's root. */
  modules: readonly string[]
  /** The module the router imports for every page but home. */
  pages: string
  /** The course's IndexedDB database. */
  databaseName: string
  /** What every localStorage key of the course begins with. */
  storagePrefix: string
}

/** What this plugin reads of a built chunk. */
export interface ChunkFacts {
  fileName: string
  isEntry: boolean
  imports: readonly string[]
  moduleIds: readonly string[]
  /** The stylesheets Vite loads with the chunk when it is imported (`viteMetadata.importedCss`). */
  importedCss?: readonly string[]
}

/**
 * The files to preload: the chunks holding the modules and every chunk they import, with their
 * stylesheets, less the ones the first page loads anyway (the entry and what it imports). A chunk's
 * import waits for its stylesheets, so one left out would be a round trip of its own after the
 * chunk. Throws when a module is in no chunk (renamed or moved), so the lines never quietly preload nothing.
 */
export function filesToPreload(chunks: readonly ChunkFacts[], modules: readonly string[]): string[] {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const onFirstPage = new Set<string>()
  for (const entry of chunks.filter((chunk) => chunk.isEntry)) {
    onFirstPage.add(entry.fileName)
    for (const file of entry.imports) onFirstPage.add(file)
  }
  const wanted: string[] = []
  const visit = (file: string) => {
    if (onFirstPage.has(file) || wanted.includes(file)) return
    wanted.push(file)
    const chunk = byFile.get(file)
    for (const css of chunk?.importedCss ?? []) if (!wanted.includes(css)) wanted.push(css)
    for (const imported of chunk?.imports ?? []) visit(imported)
  }
  for (const module of modules) {
    const isModule = isOneOf([module])
    const holder = chunks.find((chunk) => chunk.moduleIds.some(isModule))
    if (!holder) throw new Error(`${module} 不在任何构建文件中，无法为回访学员预加载`)
    visit(holder.fileName)
  }
  return wanted
}

/** The files each case preloads, as filesToPreload gives them. */
export interface PreloadFiles {
  savedData: readonly string[]
  pages: readonly string[]
}

/**
 * The lines index.html runs: written in the build's target (es2020), as nothing compiles them.
 * Home's address is `#/` (or none); anything longer names another page. A stylesheet is preloaded,
 * not applied: Vite's import applies it when the page's code is imported, then from the cache.
 */
export function bootScript(files: PreloadFiles, { databaseName, storagePrefix }: SavedDataPreload): string {
  const hrefs = (list: readonly string[]) => JSON.stringify(list.map((file) => `./${file}`))
  return (
    `(()=>{const seen=new Set,add=hrefs=>{for(const href of hrefs)if(!seen.has(href)){seen.add(href);` +
    `const link=document.createElement("link");link.crossOrigin="";link.href=href;` +
    `if(href.endsWith(".css")){link.rel="preload";link.as="style"}else link.rel="modulepreload";document.head.appendChild(link)}},` +
    `pages=${hrefs(files.pages)},returning=()=>{add(${hrefs(files.savedData)});add(pages)};` +
    `if(location.hash.length>2)add(pages);` +
    `try{for(let i=0;i<localStorage.length;i++)if((localStorage.key(i)||"").startsWith(${JSON.stringify(storagePrefix)})){returning();return}}catch(e){}` +
    `try{self.indexedDB.databases().then(list=>{if(list.some(db=>db.name===${JSON.stringify(databaseName)}))returning()},()=>{})}catch(e){}})();`
  )
}

const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i

/** The page with the lines at the end of its head, and their hash added to its CSP's script-src. */
export function withBootScript(html: string, script: string): string {
  if (/<\/script/i.test(script)) throw new Error('预加载脚本含有 </script，不能放进 index.html')
  const match = CSP_META.exec(html)
  const directives = match?.[2]!.split(';').map((part) => part.trim()) ?? []
  const index = directives.findIndex((part) => part.startsWith('script-src '))
  if (!match || index === -1)
    throw new Error('index.html 的 Content-Security-Policy 没有 script-src，无法允许预加载脚本')
  if (!html.includes('</head>')) throw new Error('index.html 没有 </head>，无法放入预加载脚本')
  directives[index] += ` 'sha256-${createHash('sha256').update(script).digest('base64')}'`
  return html
    .replace(CSP_META, `$1${directives.filter((part) => part !== '').join('; ')}$3`)
    .replace('</head>', `<script>${script}</script></head>`)
}

export function preloadSavedData(options: SavedDataPreload): Plugin {
  return {
    name: 'preload-saved-data',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html']
        if (!html || html.type !== 'asset') return
        const chunks = Object.values(bundle).flatMap((file) =>
          file.type === 'chunk' ? [{ ...file, importedCss: [...(file.viteMetadata?.importedCss ?? [])] }] : [],
        )
        const files = {
          savedData: filesToPreload(chunks, options.modules),
          pages: filesToPreload(chunks, [options.pages]),
        }
        html.source = withBootScript(String(html.source), bootScript(files, options))
      },
    },
  }
}
