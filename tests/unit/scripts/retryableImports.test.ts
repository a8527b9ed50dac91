import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LOADER_NAME, withRetryableImports } from '../../../scripts/build/retryableImports'

/**
 * Runs `script` as a native ES module in its own Node process, after the entry chunk's loader: Node,
 * like most browsers, keeps a module that failed under its address, so `import()` of that address
 * fails again without looking (Vitest's own module runner would not show it).
 */
function runNative(script: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'retryable-imports-'))
  try {
    writeFileSync(join(folder, 'package.json'), '{"type":"module"}')
    writeFileSync(join(folder, 'entry.js'), withRetryableImports(script, true))
    return execFileSync(process.execPath, [join(folder, 'entry.js')], { encoding: 'utf8' }).trim()
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

describe('dynamic imports that can be tried again', () => {
  it('load a chunk again after it failed, where the runtime keeps the failure under its address', () => {
    const output = runNative(`
      import { writeFileSync } from 'node:fs'
      const file = new URL('./QuizFeedback-abc.js', import.meta.url)
      const load = globalThis.${LOADER_NAME}
      // A chunk that fails (as a download cut off half-way does).
      writeFileSync(file, 'throw new Error("cut off")')
      const first = await load(file.href).then(() => 'loaded', () => 'failed')
      // Whole now: the same address still fails, but through the loader it loads.
      writeFileSync(file, 'export const n = "feedback"')
      const plain = await import(file.href).then(() => 'loaded', () => 'failed')
      const again = await load(file.href).then((module) => module.n, () => 'failed')
      console.log(JSON.stringify({ first, plain, again }))
    `)
    expect(JSON.parse(output)).toEqual({ first: 'failed', plain: 'failed', again: 'feedback' })
  })

  it("send every sibling chunk's import through the loader and keep what follows the call", () => {
    const code = 'a(()=>import(`./QuizFeedback-x.js`).then(e=>e.n));b(()=>import("./ExamClock-y.js"))'
    const rewritten = withRetryableImports(code, false)
    expect(rewritten).toBe(
      `a(()=>globalThis.${LOADER_NAME}(new URL(\`./QuizFeedback-x.js\`,import.meta.url).href).then(e=>e.n));` +
        `b(()=>globalThis.${LOADER_NAME}(new URL("./ExamClock-y.js",import.meta.url).href))`,
    )
    expect(rewritten).not.toMatch(/\bimport\(["'`]/)
  })

  it('install the loader in the entry chunk only, before its own code', () => {
    expect(withRetryableImports('console.log(1)', false)).toBe('console.log(1)')
    const entry = withRetryableImports('console.log(1)', true)
    expect(entry.startsWith(`globalThis.${LOADER_NAME}=`)).toBe(true)
    expect(entry.endsWith('console.log(1)')).toBe(true)
    // Nothing compiles it down to the build's target (es2020): no logical assignment (es2021).
    expect(entry).not.toMatch(/\?\?=|\|\|=|&&=/)
  })
})
