/**
 * How the build puts modules into files. Left to itself, Rolldown gives every set of modules shared
 * by a different set of pages a file of its own: a quiz opened by its link asked for 36 files, most
 * under 1 KB, and on a slow phone link every few of them cost a round trip before the question
 * shows. These groups keep what always loads together in one file. (Vite's preload lists in the
 * entry shrink with the count, so the first page gets a little smaller too.)
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Rolldown } from 'vite'
import { isOneOf } from './modulePaths.ts'
import { PAGES_CODE, SAVED_DATA_CODE } from './preloadSavedData.ts'

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Small parts most pages import: with the pages' table, which a deep link or a returning learner preloads, not after it. */
export const PAGE_PARTS = [
  'src/components/common/LoadState.vue',
  'src/components/common/NotFoundBlock.vue',
  'src/components/common/ModuleTrail.vue',
  'src/i18n/zh-CN/learn.ts',
  'src/composables/useLazyComponent.ts',
  'src/composables/useShortcutKeys.ts',
  'src/composables/useReturnToLeftPage.ts',
  'src/composables/useFromModule.ts',
  'src/composables/useFromAssignment.ts',
  'src/composables/useHeldPageOpener.ts',
  'src/components/common/AskFirstButton.vue',
  'src/domain/quiz/random.ts',
  'src/domain/quiz/keys.ts',
  // 练习's list and home's 「上次没做完」 share it; a file of its own was one more request for a quiz's link.
  'src/domain/quiz/unfinished.ts',
  'src/domain/quiz/answered.ts',
] as const

/**
 * What a quiz under way and the exam both run, and nothing more: the small modules they import that
 * notices and the LMS use too (the clock, whether an LMS launched the course) keep files of their own.
 */
export const QUIZ_RUN = [
  'src/domain/quiz/session.ts',
  'src/domain/quiz/deadline.ts',
  'src/domain/quiz/scoring.ts',
  'src/domain/quiz/start.ts',
  'src/domain/quiz/pool.ts',
  'src/composables/useQuizLauncher.ts',
  'src/domain/exam/exam.ts',
  'src/composables/useQuizTime.ts',
  'src/composables/useExamStanding.ts',
] as const

/** What the chunking pass tells of a module: Rolldown's `ModuleInfo`, the fields read here. */
interface ModuleLinks {
  importedIds: readonly string[]
  importers: readonly string[]
  dynamicImporters: readonly string[]
}

/**
 * `roots` and the modules only they need: reached from them by static imports, and imported by none
 * but those. A module something else imports too (valibot, a function a page also uses) is left
 * out, so a page that needs it never downloads the rest with it, and no file imports another that
 * imports it back.
 */
export function modulesOnlyFor(roots: readonly string[], moduleInfo: (id: string) => ModuleLinks | null): Set<string> {
  const reached = new Set<string>()
  const waiting = [...roots]
  while (waiting.length > 0) {
    const id = waiting.pop()!
    if (reached.has(id)) continue
    const info = moduleInfo(id)
    if (!info) continue
    reached.add(id)
    waiting.push(...info.importedIds)
  }
  const rootSet = new Set(roots)
  for (let changed = true; changed;) {
    changed = false
    for (const id of reached) {
      if (rootSet.has(id)) continue
      const info = moduleInfo(id)!
      if ([...info.importers, ...info.dynamicImporters].some((importer) => !reached.has(importer))) {
        reached.delete(id)
        changed = true
      }
    }
  }
  return reached
}

/** A group's name function taking `modules` (paths from the project's root) and what only they need. */
function withWhatOnlyTheyNeed(name: string, modules: readonly string[]): Rolldown.CodeSplittingNameFunction {
  let captured: Set<string> | null = null
  return (id, context) => {
    captured ??= modulesOnlyFor(
      modules.map((module) => resolve(PROJECT_ROOT, module)),
      (moduleId) => context.getModuleInfo(moduleId),
    )
    return captured.has(id) ? name : null
  }
}

/**
 * Higher priority captures first, so the first page's modules stay in the entry's file; each group
 * also takes the modules its modules import that no group took before it (Rolldown's default,
 * unless the group says otherwise).
 */
export const CHUNK_GROUPS: Rolldown.CodeSplittingGroup[] = [
  // The framework changes only when it is upgraded: one chunk, named for what it is, cached across releases.
  { name: 'framework', test: /node_modules[\\/](@vue|vue|vue-router|pinia)[\\/]/, priority: 2 },
  // Everything the first page imports, in one file: small shared pieces would otherwise each be a request.
  { name: 'shell', tags: ['$initial'], priority: 1 },
  // A returning learner's saved-data code, preloaded beside the entry (preloadSavedData.ts), in one file
  // with what only it needs. Its dependencies are chosen here, not taken whole: valibot and the
  // functions pages share stay in files of their own, so a new learner's page never brings the rest.
  {
    name: withWhatOnlyTheyNeed('savedDataReading', SAVED_DATA_CODE),
    includeDependenciesRecursively: false,
  },
  { name: 'pages', test: isOneOf([PAGES_CODE, ...PAGE_PARTS]) },
  { name: 'quizRun', test: isOneOf(QUIZ_RUN), includeDependenciesRecursively: false },
]
