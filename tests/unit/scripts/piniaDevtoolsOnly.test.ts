import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { build, type Rolldown } from 'vite'
import { markSaveAsPure, piniaDevtoolsOnly } from '../../../scripts/build/piniaDevtoolsOnly'

const PINIA_FILE = 'node_modules/pinia/dist/pinia.js'

/** A one-line app that makes a store, bundled for the browser as the course's build does. */
async function bundledApp(withPlugin: boolean): Promise<string> {
  // Inside the project, so 'pinia' resolves from its node_modules.
  const folder = mkdtempSync(join('node_modules', '.pinia-devtools-test-'))
  try {
    const entry = join(folder, 'app.js')
    writeFileSync(entry, "import { createPinia } from 'pinia'; console.log(createPinia())")
    const output = (await build({
      configFile: false,
      logLevel: 'silent',
      mode: 'production',
      // As an app's build has them (library mode leaves them to the app).
      define: { 'process.env.NODE_ENV': '"production"', __VUE_PROD_DEVTOOLS__: 'false' },
      plugins: withPlugin ? [piniaDevtoolsOnly()] : [],
      build: {
        write: false,
        minify: true,
        lib: { entry: resolve(entry), formats: ['es'], fileName: 'app' },
        rolldownOptions: { external: ['vue'] },
      },
    })) as Rolldown.RolldownOutput[]
    return output[0]!.output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n')
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

describe('Pinia without its devtools-only FileSaver', () => {
  it('marks the installed Pinia’s saveAs pure, on the same line', () => {
    const code = readFileSync(PINIA_FILE, 'utf8')
    const marked = markSaveAsPure(code)
    expect(marked).toContain('const saveAs = /*#__PURE__*/ (() => ')
    expect(marked!.split('\n')).toHaveLength(code.split('\n').length)
  })

  it('says when the statement is no longer there to mark', () => {
    expect(markSaveAsPure('let saveAs = () => {}\n')).toBeNull()
  })

  it('leaves FileSaver out of a bundled app that uses Pinia, where it stayed before', async () => {
    const before = await bundledApp(false)
    expect(before).toContain('msSaveOrOpenBlob')
    const bundled = await bundledApp(true)
    expect(bundled).not.toContain('msSaveOrOpenBlob')
    // The store itself is still there (its imports from Vue), some 2 KB lighter.
    expect(bundled).toContain('effectScope')
    expect(before.length - bundled.length).toBeGreaterThan(2000)
  }, 60_000)
})
