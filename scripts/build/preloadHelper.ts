/**
 * The function every lazy import goes through, which fetches the files the imported chunk needs
 * beside it (its shared chunks as module preloads, its styles as stylesheets, waited for so the page
 * never shows unstyled). Vite's own also serves what this course never meets (base URLs that are
 * not relative, CSP nonces, browsers without module preloads, links written into index.html as
 * stylesheets, an event for a failed preload that nothing here listens to) and rides on the first
 * page; this one does the course's part in about half the bytes.
 *
 * It differs in one way a learner notices: a stylesheet that failed to download is asked for again
 * when the page is (重试), where Vite's is never asked for again in the page's life.
 */
import type { Plugin } from 'vite'

/** The module Vite's import analysis imports `__vitePreload` from (vite/src/node/plugins/importAnalysisBuild.ts). */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js'

/**
 * `__vitePreload(load, deps, importerUrl)`: `deps` are paths relative to the importing chunk. A
 * script is preloaded once, and not at all where index.html's lines already preload it; a
 * stylesheet is added once and waited for, and removed again (so the next try adds it anew) when
 * it fails. Written in the build's target (es2020), as plain as the bundler's output, since it is
 * loaded as is.
 */
export const PRELOAD_HELPER_SOURCE = `const seen = {};
export const __vitePreload = (load, deps, importerUrl) => {
  for (const link of document.querySelectorAll("link[rel=modulepreload]")) seen[link.href] = false;
  return Promise.all((deps || []).map((dep) => {
    const href = new URL(dep, importerUrl).href;
    if (href in seen) return seen[href];
    const css = href.endsWith(".css");
    const link = document.createElement("link");
    link.rel = css ? "stylesheet" : "modulepreload";
    link.crossOrigin = "";
    link.href = href;
    document.head.appendChild(link);
    return (seen[href] = css && new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = () => {
        delete seen[href];
        link.remove();
        reject(new Error("Unable to preload CSS for " + href));
      };
    }));
  })).then(() => load());
};
`

export function smallPreloadHelper(): Plugin {
  return {
    name: 'small-preload-helper',
    apply: 'build',
    enforce: 'pre',
    load: {
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler(id) {
        return id === PRELOAD_HELPER_ID ? PRELOAD_HELPER_SOURCE : null
      },
    },
  }
}
