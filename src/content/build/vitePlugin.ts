/**
 * Compiles content/ into virtual modules at build time, so the browser gets
 * plain data: `virtual:course-index` (module and lesson titles, loaded with the
 * first page) and one `virtual:course-module/<id>` chunk per module, loaded
 * when a learner opens it. Any content problem fails the build with the file,
 * the field and the rule.
 */
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { formatProblem, loadCourse, type LoadedCourse } from './loadCourse.ts'

const INDEX_ID = 'virtual:course-index'
const MODULE_PREFIX = 'virtual:course-module/'
const QUESTIONS_PREFIX = 'virtual:course-questions/'
const SCENARIO_PREFIX = 'virtual:course-scenario/'
const SCENARIO_LIST_ID = 'virtual:course-scenario-list'

export interface CoursePluginOptions {
  /** The content folder to compile. */
  contentDir: string
  /** Where the source documents are; defaults to `<contentDir>/sources`. */
  sourcesDir?: string
}

export function coursePlugin(options: CoursePluginOptions): Plugin {
  const contentDir = resolve(options.contentDir)
  const sourcesDir = resolve(options.sourcesDir ?? resolve(contentDir, 'sources'))
  let course: LoadedCourse | undefined
  const isContentFile = (file: string) => {
    const path = resolve(file)
    return path.startsWith(contentDir) || path.startsWith(sourcesDir)
  }

  function currentCourse(): LoadedCourse {
    if (!course) {
      const loaded = loadCourse(contentDir, sourcesDir)
      if (loaded.problems.length > 0) {
        throw new Error(
          `课程内容有 ${loaded.problems.length} 个问题：\n` + loaded.problems.map(formatProblem).join('\n'),
        )
      }
      course = loaded
    }
    return course
  }

  return {
    name: 'course-content',
    resolveId(id) {
      if (
        id === INDEX_ID ||
        id === SCENARIO_LIST_ID ||
        id.startsWith(MODULE_PREFIX) ||
        id.startsWith(QUESTIONS_PREFIX) ||
        id.startsWith(SCENARIO_PREFIX)
      ) {
        return `\0${id}`
      }
      return undefined
    },
    load(id) {
      if (id === `\0${INDEX_ID}`) {
        const loaded = currentCourse()
        const loaders = loaded.modules
          .map(
            (module) => `  ${JSON.stringify(module.id)}: () => import(${JSON.stringify(MODULE_PREFIX + module.id)}),`,
          )
          .join('\n')
        const questionLoaders = loaded.modules
          .map(
            (module) =>
              `  ${JSON.stringify(module.id)}: () => import(${JSON.stringify(QUESTIONS_PREFIX + module.id)}),`,
          )
          .join('\n')
        const scenarioLoaders = loaded.scenarios
          .map(
            (scenario) =>
              `  ${JSON.stringify(scenario.id)}: () => import(${JSON.stringify(SCENARIO_PREFIX + scenario.id)}),`,
          )
          .join('\n')
        return (
          `export const courseIndex = ${JSON.stringify(loaded.index)}\n` +
          `export const moduleLoaders = {\n${loaders}\n}\n` +
          `export const questionLoaders = {\n${questionLoaders}\n}\n` +
          `export const scenarioLoaders = {\n${scenarioLoaders}\n}\n`
        )
      }
      if (id.startsWith(`\0${MODULE_PREFIX}`)) {
        const moduleId = id.slice(MODULE_PREFIX.length + 1)
        const module = currentCourse().modules.find((candidate) => candidate.id === moduleId)
        if (!module) throw new Error(`没有 id 为「${moduleId}」的模块`)
        return `export default ${JSON.stringify(module)}\n`
      }
      if (id.startsWith(`\0${QUESTIONS_PREFIX}`)) {
        const moduleId = id.slice(QUESTIONS_PREFIX.length + 1)
        const questions = currentCourse().questions.filter((question) => question.module === moduleId)
        return `export default ${JSON.stringify(questions)}\n`
      }
      if (id === `\0${SCENARIO_LIST_ID}`) {
        const list = currentCourse().scenarios.map((scenario) => ({
          id: scenario.id,
          title: scenario.title,
          summary: scenario.summary,
          role: scenario.role,
          audience: scenario.audience,
          modules: scenario.modules,
        }))
        return `export const scenarioList = ${JSON.stringify(list)}\n`
      }
      if (id.startsWith(`\0${SCENARIO_PREFIX}`)) {
        const scenarioId = id.slice(SCENARIO_PREFIX.length + 1)
        const scenario = currentCourse().scenarios.find((candidate) => candidate.id === scenarioId)
        if (!scenario) throw new Error(`没有 id 为「${scenarioId}」的情景`)
        return `export default ${JSON.stringify(scenario)}\n`
      }
      return undefined
    },
    configureServer(server) {
      // Edits to content/ during `npm run dev` recompile the course and reload the page:
      // a file changed, added (a new lesson) or deleted alike.
      server.watcher.add(contentDir)
      const recompile = (file: string) => {
        if (!isContentFile(file)) return
        course = undefined
        for (const module of server.moduleGraph.idToModuleMap.values()) {
          if (module.id?.startsWith('\0virtual:course')) server.moduleGraph.invalidateModule(module)
        }
        server.ws.send({ type: 'full-reload' })
      }
      for (const event of ['change', 'add', 'unlink', 'addDir', 'unlinkDir'] as const)
        server.watcher.on(event, recompile)
    },
  }
}
