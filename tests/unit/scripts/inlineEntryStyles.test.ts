import { describe, expect, it } from 'vitest'
import type { Plugin } from 'vite'
import { inlineEntryStyles } from '../../../scripts/build/inlineEntryStyles'

type Bundle = Record<string, Record<string, unknown>>

/** A built course in miniature: the entry with its stylesheet, a lazy page with its own, and the page. */
function builtCourse(css = '.lead{color:gray}'): Bundle {
  return {
    'assets/index-a.js': {
      type: 'chunk',
      isEntry: true,
      viteMetadata: { importedCss: new Set(['assets/index-a.css']) },
    },
    'assets/LessonView-b.js': {
      type: 'chunk',
      isEntry: false,
      viteMetadata: { importedCss: new Set(['assets/LessonView-b.css']) },
    },
    'assets/index-a.css': { type: 'asset', source: css },
    'assets/LessonView-b.css': { type: 'asset', source: '.lesson{margin:0}' },
    'index.html': { type: 'asset', source: '<html><head><title>课程</title></head><body></body></html>' },
  }
}

/** Runs the two steps as Vite would: the first before it writes the page and the preload lists, the second after. */
function build(bundle: Bundle): Bundle {
  const [take, put] = inlineEntryStyles() as [Plugin, Plugin]
  const run = (plugin: Plugin) =>
    (plugin.generateBundle as unknown as (options: unknown, bundle: Bundle) => void).call({}, {}, bundle)
  run(take)
  run(put)
  return bundle
}

describe('inlineEntryStyles', () => {
  it('puts the entry’s stylesheet inside the page, and leaves a lazy page’s stylesheet where it was', () => {
    const bundle = build(builtCourse())
    expect(bundle['index.html']!.source).toBe(
      '<html><head><title>课程</title><style>.lead{color:gray}</style></head><body></body></html>',
    )
    expect(bundle['assets/index-a.css']).toBeUndefined()
    expect(bundle['assets/LessonView-b.css']).toBeDefined()
  })

  it('takes the stylesheet off the entry, so no lazy page asks to preload a file that is gone', () => {
    const bundle = build(builtCourse())
    expect([...(bundle['assets/index-a.js']!.viteMetadata as { importedCss: Set<string> }).importedCss]).toEqual([])
    expect([...(bundle['assets/LessonView-b.js']!.viteMetadata as { importedCss: Set<string> }).importedCss]).toEqual([
      'assets/LessonView-b.css',
    ])
  })

  it('refuses a stylesheet that would end the style element early', () => {
    expect(() => build(builtCourse('a::after{content:"</style>"}'))).toThrow('</style')
  })
})
