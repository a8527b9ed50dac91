/**
 * Puts the first page's stylesheet inside index.html. Linked, it is a second request the first paint
 * waits for: on a slow link a connection and a round trip before the shell shows. Inside the page it
 * arrives with it (the CSP allows inline styles). Only the entry's stylesheet moves: each lazy page's
 * styles still come with its code.
 *
 * Two steps. Before Vite writes the page and the lazy chunks' preload lists, the entry's stylesheet is
 * taken off the entry chunk, so no page links it and no lazy chunk asks to preload it (a file that is
 * no longer there). Once the page is written, the stylesheet goes into it and leaves the build.
 */
import type { Plugin } from 'vite'

export function inlineEntryStyles(): Plugin[] {
  /** The entry's stylesheets, by file name, in the order the entry imports them. */
  const taken: string[] = []
  return [
    {
      name: 'inline-entry-styles:take',
      apply: 'build',
      enforce: 'pre',
      generateBundle(_options, bundle) {
        taken.length = 0
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isEntry) continue
          const css = chunk.viteMetadata?.importedCss
          if (!css) continue
          taken.push(...css)
          css.clear()
        }
      },
    },
    {
      name: 'inline-entry-styles:put',
      apply: 'build',
      enforce: 'post',
      generateBundle(_options, bundle) {
        const html = bundle['index.html']
        if (!html || html.type !== 'asset' || taken.length === 0) return
        const styles = taken.map((fileName) => {
          const sheet = bundle[fileName]
          if (!sheet || sheet.type !== 'asset') throw new Error(`入口样式 ${fileName} 不在构建结果中`)
          delete bundle[fileName]
          const css = String(sheet.source)
          // Only `</style` could end the element early; no stylesheet of ours holds it.
          if (/<\/style/i.test(css)) throw new Error(`${fileName} 含有 </style，不能放进 index.html`)
          return css
        })
        const page = String(html.source)
        if (!page.includes('</head>')) throw new Error('index.html 没有 </head>，无法放入样式')
        html.source = page.replace('</head>', `<style>${styles.join('')}</style></head>`)
      },
    },
  ]
}
