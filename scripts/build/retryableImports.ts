/**
 * Lets a lazy chunk whose download failed load when the learner presses 重试. Most browsers remember
 * a failed module download for the life of the page (only the newest follow whatwg/html#10327):
 * `import()` of the same address fails again at once, even with the network back. So every dynamic
 * import of a chunk in the built code goes through one small loader, which asks for the same file
 * under a new address (`?retry=1`, then `?retry=2`…) once it has failed. The service worker ignores
 * that parameter (vite.config.ts), so a retried chunk still comes from its cache when it has one.
 *
 * What is not covered: a chunk that a retried one imports statically and that failed too (a
 * network cut while both downloaded) fails again until the page is reloaded.
 */
import type { Plugin } from 'vite'

/** The global the entry chunk installs and every chunk's dynamic imports call. */
export const LOADER_NAME = '__courseImport'
export const RETRY_PARAM = 'retry'

/**
 * The loader, as the entry chunk's first statement: a chunk's full address to its module; after a
 * failure of that address, the same file under a new one. Written in the build's target (es2020: no
 * `??=`), as nothing compiles it after this plugin.
 */
export const LOADER_SOURCE =
  `globalThis.${LOADER_NAME}=globalThis.${LOADER_NAME}||(()=>{const failed=new Map;` +
  `return url=>{const tries=failed.get(url)??0;` +
  `return import(tries?url+(url.includes("?")?"&":"?")+"${RETRY_PARAM}="+tries:url)` +
  `.catch(error=>{failed.set(url,tries+1);throw error})}})();\n`

/** `import("./chunk.js")` as the bundler writes it, with any of the three quotes. */
const CHUNK_IMPORT = /\bimport\((["'`])(\.\/[^"'`]+?\.js)\1\)/g

/** A chunk's code with its dynamic imports of sibling chunks going through the loader. */
export function withRetryableImports(code: string, isEntry: boolean): string {
  const rewritten = code.replace(
    CHUNK_IMPORT,
    (_match, quote: string, path: string) =>
      `globalThis.${LOADER_NAME}(new URL(${quote}${path}${quote},import.meta.url).href)`,
  )
  return isEntry ? LOADER_SOURCE + rewritten : rewritten
}

/**
 * Rewrites the finished chunks: minified (the pattern is the bundler's final one), and only once Vite
 * has read each dynamic import to write the list of files to preload with it (its own generateBundle;
 * before it, every list would be lost and deep links would download their files one after another).
 */
export function retryableImports(): Plugin {
  return {
    name: 'retryable-imports',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue
          // Vite's placeholder for a preload list still there: this ran too early, and would lose the lists.
          if (chunk.code.includes('__VITE_PRELOAD__')) this.error(`${chunk.fileName} 的预加载列表尚未写入`)
          chunk.code = withRetryableImports(chunk.code, chunk.isEntry)
        }
      },
    },
  }
}
