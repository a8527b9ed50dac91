/**
 * The import rules of ARCHITECTURE.md, checked on the source itself so a break
 * shows up in a test rather than in review.
 */
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { SAVED_DATA_CODE } from '../../scripts/build/preloadSavedData'

const root = resolve(__dirname, '../..')
const src = join(root, 'src')

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return filesUnder(path)
    return /\.(ts|vue)$/.test(name) && !name.endsWith('.d.ts') ? [path] : []
  })
}

interface Import {
  specifier: string
  /** The file imported, relative to the project, for relative specifiers. */
  target: string | null
  typeOnly: boolean
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8')
  const found: Import[] = []
  for (const match of text.matchAll(
    /^\s*import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|^\s*export\s+[^'"]*?from\s+['"]([^'"]+)['"]/gm,
  )) {
    const specifier = match[2] ?? match[3]!
    const target = specifier.startsWith('.')
      ? relative(root, resolve(dirname(file), specifier)).replace(/\.ts$/, '')
      : null
    found.push({ specifier, target, typeOnly: !!match[1] })
  }
  for (const match of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const specifier = match[1]!
    const target = specifier.startsWith('.')
      ? relative(root, resolve(dirname(file), specifier)).replace(/\.(ts|vue)$/, '')
      : null
    found.push({ specifier, target, typeOnly: false })
  }
  return found
}

const all = filesUnder(src).map((file) => ({ file: relative(root, file), imports: importsOf(file) }))
const inFolder = (folder: string) => all.filter(({ file }) => file.startsWith(folder))

describe('architecture', () => {
  it('src/domain imports nothing but src/domain and plain libraries (no Vue, Pinia, browser or build code)', () => {
    const offending = inFolder('src/domain/').flatMap(({ file, imports }) =>
      imports
        .filter(({ specifier, target }) =>
          target ? !target.startsWith('src/domain/') : /^(vue|pinia|vue-router|node:|zod|yaml)/.test(specifier),
        )
        .map(({ specifier }) => `${file} → ${specifier}`),
    )
    expect(offending).toEqual([])
  })

  it('src/platform imports no Vue, store, view or component', () => {
    const offending = inFolder('src/platform/').flatMap(({ file, imports }) =>
      imports
        .filter(({ specifier, target }) => /^(vue|pinia)/.test(specifier) || (target && !target.startsWith('src/')))
        .filter(({ target }) => !target || /^src\/(stores|views|components|composables)\//.test(target))
        .map(({ specifier }) => `${file} → ${specifier}`),
    )
    expect(offending).toEqual([])
  })

  it('the service worker runs apart: it imports only Workbox, itself, the retry parameter and its progress messages, and nothing imports it', () => {
    const outward = inFolder('src/serviceWorker/').flatMap(({ file, imports }) =>
      imports
        .filter(({ specifier, target }) =>
          target
            ? !target.startsWith('src/serviceWorker/') &&
              target !== 'scripts/build/retryableImports' &&
              target !== 'src/domain/offline/copyProgress'
            : !specifier.startsWith('workbox-'),
        )
        .map(({ specifier }) => `${file} → ${specifier}`),
    )
    const inward = all
      .filter(({ file }) => !file.startsWith('src/serviceWorker/'))
      .flatMap(({ file, imports }) =>
        imports
          .filter(({ target }) => target?.startsWith('src/serviceWorker/'))
          .map(({ specifier }) => `${file} → ${specifier}`),
      )
    expect([...outward, ...inward]).toEqual([])
  })

  it('browser code takes only types from the build-time content pipeline', () => {
    const offending = all
      .filter(({ file }) => !file.startsWith('src/content/build/'))
      .flatMap(({ file, imports }) =>
        imports
          .filter(({ target, typeOnly }) => target?.startsWith('src/content/build/') && !typeOnly)
          .map(({ specifier }) => `${file} → ${specifier}`),
      )
    expect(offending).toEqual([])
  })

  it('stores and src/domain never import views or components', () => {
    const offending = [...inFolder('src/stores/'), ...inFolder('src/domain/')].flatMap(({ file, imports }) =>
      imports
        .filter(({ target }) => target && /^src\/(views|components)\//.test(target))
        .map(({ specifier }) => `${file} → ${specifier}`),
    )
    expect(offending).toEqual([])
  })

  it('src/domain has no import cycles', () => {
    const graph = new Map(
      inFolder('src/domain/').map(({ file, imports }) => [
        file.replace(/\.ts$/, ''),
        imports.flatMap(({ target }) => (target?.startsWith('src/domain/') ? [target] : [])),
      ]),
    )
    const cycles: string[] = []
    const state = new Map<string, 'visiting' | 'done'>()
    function visit(node: string, path: string[]): void {
      if (state.get(node) === 'done') return
      if (state.get(node) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(node)), node].join(' → '))
        return
      }
      state.set(node, 'visiting')
      for (const next of graph.get(node) ?? []) visit(next, [...path, node])
      state.set(node, 'done')
    }
    for (const node of graph.keys()) visit(node, [])
    expect(cycles).toEqual([])
  })

  it("index.html preloads the database's code and every module loadSavedData.ts downloads on a returning visit", () => {
    const loader = join(src, 'stores/loadSavedData.ts')
    const warmedUp = [...readFileSync(loader, 'utf8').matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g)].map((match) =>
      relative(root, resolve(dirname(loader), match[1]!)),
    )
    expect(warmedUp.length).toBeGreaterThan(0)
    expect(SAVED_DATA_CODE.map((path) => path.replace(/\.ts$/, ''))).toEqual(
      expect.arrayContaining(['src/platform/indexedDatabase', ...warmedUp]),
    )
  })
})
