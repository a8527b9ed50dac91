import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { translate, useMessages } from '../../src/i18n'
import '../../src/i18n/zh-CN/home'

describe('translate', () => {
  const messages = { lesson: { time: '约 {minutes} 分钟', plain: '目录' } }
  it.each([
    ['lesson.plain', {}, '目录'],
    ['lesson.time', { minutes: 3 }, '约 3 分钟'],
    ['lesson.time', {}, '约 {minutes} 分钟'],
    ['lesson.missing', {}, 'lesson.missing'],
    ['lesson', {}, 'lesson'],
  ])('%s %j', (key, params, expected) => {
    expect(translate(messages, key, params)).toBe(expected)
  })
})

describe('useMessages', () => {
  it('reads the strings of the areas imported so far', () => {
    expect(useMessages().t('home.progressSummary', { done: 2, total: 46 })).toBe('已学完 2 / 46 课')
  })
})

// Each area's strings load with the code that uses them: a file that uses a key must import its area,
// or a page whose other files happen not to import it would show the bare key.
describe('every file imports the strings it uses', () => {
  const src = join(__dirname, '../../src')
  const areasDir = join(src, 'i18n/zh-CN')
  const areaOf = new Map<string, string>()
  for (const file of readdirSync(areasDir)) {
    const area = file.replace(/\.ts$/, '')
    for (const match of readFileSync(join(areasDir, file), 'utf8').matchAll(/^ {2}([a-zA-Z]+): \{/gm)) {
      areaOf.set(match[1]!, area)
    }
  }
  const files = (function walk(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name)
      // content/build runs at build time in Node and shows no interface strings ('module.yaml' is a file name).
      if (statSync(path).isDirectory())
        return path.includes('/i18n') || path.endsWith('/content/build') ? [] : walk(path)
      return /\.(ts|vue)$/.test(name) ? [path] : []
    })
  })(src)

  it.each(files.map((file) => [relative(src, file), file]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8')
    const used = new Set<string>()
    for (const match of text.matchAll(/(?<![\w.$])t\(\s*['`]([a-zA-Z]+)\.|['`]([a-zA-Z]+)\.[a-zA-Z.]+['`]/g)) {
      const area = areaOf.get(match[1] ?? match[2]!)
      if (area) used.add(area)
    }
    const missing = [...used].filter((area) => !new RegExp(`import '[./]+/i18n/zh-CN/${area}'`).test(text))
    expect(missing, 'areas used but not imported').toEqual([])
  })
})
