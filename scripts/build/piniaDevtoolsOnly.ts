/**
 * Pinia's devtools keep a copy of FileSaver (`saveAs`, to download the state as a file). Only the
 * devtools call it, and they are off in a build, but its initialiser reads
 * `HTMLAnchorElement.prototype`, which the bundler must assume may throw: so the whole copy
 * (some 2.5 KB, 1 KB gzip) stayed in the framework's file. Marked pure here, unused, it is dropped.
 */
import type { Plugin } from 'vite'

const PINIA = /[\\/]node_modules[\\/]pinia[\\/]dist[\\/]pinia\.js$/
/** The one statement, on one line; kept on that line so the source map stays right. */
const SAVE_AS = /^const saveAs = (.+);$/m

/**
 * Pinia's code with `saveAs` marked pure, or null when the statement is no longer written as expected.
 *
 * @example markSaveAsPure('const saveAs = a ? b : c;') // 'const saveAs = /*#__PURE__*\/ (() => a ? b : c)();'
 */
export function markSaveAsPure(code: string): string | null {
  return SAVE_AS.test(code) ? code.replace(SAVE_AS, 'const saveAs = /*#__PURE__*/ (() => $1)();') : null
}

export function piniaDevtoolsOnly(): Plugin {
  return {
    name: 'pinia-devtools-only',
    apply: 'build',
    transform: {
      filter: { id: PINIA },
      handler(code, id) {
        const marked = markSaveAsPure(code)
        // An upgrade that rewrote the line fails the build here, rather than quietly bringing the bytes back.
        if (marked === null) this.error(`${id}: pinia 的 saveAs 写法变了，请更新 scripts/build/piniaDevtoolsOnly.ts`)
        return { code: marked, map: null }
      },
    },
  }
}
