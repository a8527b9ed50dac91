import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { PAGE_PARTS, QUIZ_RUN, modulesOnlyFor } from '../../../scripts/build/chunkGroups'
import { isOneOf } from '../../../scripts/build/modulePaths'
import { PAGES_CODE, SAVED_DATA_CODE } from '../../../scripts/build/preloadSavedData'

const root = fileURLToPath(new URL('../../..', import.meta.url))

describe('chunk groups', () => {
  it('name modules that exist, so a rename cannot quietly split them into small files again', () => {
    const missing = [...SAVED_DATA_CODE, PAGES_CODE, ...PAGE_PARTS, ...QUIZ_RUN].filter(
      (module) => !existsSync(join(root, module)),
    )
    expect(missing).toEqual([])
  })

  it('put each listed module in one group only', () => {
    const listed = [...SAVED_DATA_CODE, PAGES_CODE, ...PAGE_PARTS, ...QUIZ_RUN]
    expect(new Set(listed).size).toBe(listed.length)
  })

  it('match a module by its whole path, with the queries Vue adds and Windows separators', () => {
    const isPart = isOneOf(PAGE_PARTS)
    expect(isPart('/home/a/course/src/components/common/LoadState.vue')).toBe(true)
    expect(isPart('/home/a/course/src/components/common/LoadState.vue?vue&type=script&setup=true&lang.ts')).toBe(true)
    expect(isPart('C:\\course\\src\\domain\\quiz\\keys.ts')).toBe(true)
    // Only whole names: a module whose name ends like a listed one is not taken.
    expect(isPart('/home/a/course/src/domain/quiz/hotkeys.ts')).toBe(false)
    expect(isPart('/home/a/course/src/domain/quiz/keys.ts.map')).toBe(false)
  })

  it('take the saved-data code and what only it needs, never what a page imports too', () => {
    // reading → checks → schema → valibot; a quiz page imports the schema too; reading is loaded by the entry.
    const graph: Record<string, { importedIds: string[]; importers: string[]; dynamicImporters: string[] }> = {
      entry: { importedIds: [], importers: [], dynamicImporters: [] },
      reading: { importedIds: ['checks', 'idb'], importers: [], dynamicImporters: ['entry'] },
      checks: { importedIds: ['schema'], importers: ['reading'], dynamicImporters: [] },
      idb: { importedIds: [], importers: ['reading'], dynamicImporters: [] },
      schema: { importedIds: ['valibot'], importers: ['checks', 'quiz'], dynamicImporters: [] },
      valibot: { importedIds: [], importers: ['schema'], dynamicImporters: [] },
      quiz: { importedIds: ['schema'], importers: [], dynamicImporters: ['entry'] },
    }
    const taken = modulesOnlyFor(['reading'], (id) => graph[id] ?? null)
    expect([...taken].sort()).toEqual(['checks', 'idb', 'reading'])
  })

  it('keep a root even where other code imports it, and leave out modules the build does not know', () => {
    const graph: Record<string, { importedIds: string[]; importers: string[]; dynamicImporters: string[] }> = {
      reading: { importedIds: ['virtual'], importers: ['profilesPage'], dynamicImporters: ['entry'] },
    }
    expect([...modulesOnlyFor(['reading'], (id) => graph[id] ?? null)]).toEqual(['reading'])
  })
})
