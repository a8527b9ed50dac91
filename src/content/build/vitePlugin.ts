/**
 * Compiles content/ into virtual modules at build time, so the browser gets
 * plain data: `virtual:course-index` (module and lesson titles, loaded with the
 * first page), `virtual:course-loaders` (where each module outline, lesson, bank and role-play
 * is fetched from, with the pages that fetch them), one small `virtual:course-module/<id>` outline per module and one
 * `virtual:course-lesson/<module>/<lesson>` chunk per lesson, loaded when a
 * learner opens it, and `virtual:course-voice-scripts` (语音练习's scripts, drawn from the
 * phrase lessons and role-plays at build time). Any content problem fails the build with the file,
 * the field and the rule.
 */
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { formatProblem, loadCourse, type LoadedCourse } from './loadCourse.ts'
import { ownScripts, phraseScripts, scenarioScripts } from '../../domain/voice/scripts.ts'
import { PHRASES_MODULE } from '../../domain/voice/courseTexts.ts'

const INDEX_ID = 'virtual:course-index'
const LOADERS_ID = 'virtual:course-loaders'
const MODULE_PREFIX = 'virtual:course-module/'
const LESSON_PREFIX = 'virtual:course-lesson/'
const QUESTIONS_PREFIX = 'virtual:course-questions/'
const SCENARIO_PREFIX = 'virtual:course-scenario/'
const SCENARIO_LIST_ID = 'virtual:course-scenario-list'
const SOURCES_ID = 'virtual:course-sources'
const QUESTION_META_ID = 'virtual:course-question-meta'
const SPOTTING_ID = 'virtual:course-spotting'
const SPOTTING_PREFIX = 'virtual:course-spotting-transcript/'
const LMS_SETTINGS_ID = 'virtual:lms-settings'
const VOICE_SCRIPTS_ID = 'virtual:course-voice-scripts'

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
        id === LOADERS_ID ||
        id === SCENARIO_LIST_ID ||
        id === SOURCES_ID ||
        id === QUESTION_META_ID ||
        id === SPOTTING_ID ||
        id.startsWith(SPOTTING_PREFIX) ||
        id === LMS_SETTINGS_ID ||
        id === VOICE_SCRIPTS_ID ||
        id.startsWith(MODULE_PREFIX) ||
        id.startsWith(LESSON_PREFIX) ||
        id.startsWith(QUESTIONS_PREFIX) ||
        id.startsWith(SCENARIO_PREFIX)
      ) {
        return `\0${id}`
      }
      return undefined
    },
    load(id) {
      if (id === `\0${INDEX_ID}`) return `export const courseIndex = ${JSON.stringify(currentCourse().index)}\n`
      if (id === `\0${LOADERS_ID}`) {
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
        // Every lesson by `module/lesson`: a lesson's text downloads beside its page's code, not after its module's outline.
        const lessonLoaders = loaded.modules
          .flatMap((module) =>
            module.lessons.map(
              (lesson) =>
                `  ${JSON.stringify(`${module.id}/${lesson.id}`)}: () => import(${JSON.stringify(`${LESSON_PREFIX}${module.id}/${lesson.id}`)}),`,
            ),
          )
          .join('\n')
        const scenarioLoaders = loaded.scenarios
          .map(
            (scenario) =>
              `  ${JSON.stringify(scenario.id)}: () => import(${JSON.stringify(SCENARIO_PREFIX + scenario.id)}),`,
          )
          .join('\n')
        return (
          `export const moduleLoaders = {\n${loaders}\n}\n` +
          `export const lessonLoaders = {\n${lessonLoaders}\n}\n` +
          `export const questionLoaders = {\n${questionLoaders}\n}\n` +
          `export const scenarioLoaders = {\n${scenarioLoaders}\n}\n`
        )
      }
      if (id.startsWith(`\0${MODULE_PREFIX}`)) {
        const moduleId = id.slice(MODULE_PREFIX.length + 1)
        const module = currentCourse().modules.find((candidate) => candidate.id === moduleId)
        if (!module) throw new Error(`没有 id 为「${moduleId}」的模块`)
        const summaries = Object.fromEntries(module.lessons.map((lesson) => [lesson.id, lesson.summary]))
        return `export default ${JSON.stringify({ id: module.id, description: module.description, summaries })}\n`
      }
      if (id.startsWith(`\0${LESSON_PREFIX}`)) {
        const [moduleId, lessonId] = id.slice(LESSON_PREFIX.length + 1).split('/')
        const lesson = currentCourse()
          .modules.find((candidate) => candidate.id === moduleId)
          ?.lessons.find((candidate) => candidate.id === lessonId)
        if (!lesson) throw new Error(`没有「${moduleId}/${lessonId}」这一课`)
        return `export default ${JSON.stringify(lesson)}\n`
      }
      if (id.startsWith(`\0${QUESTIONS_PREFIX}`)) {
        const moduleId = id.slice(QUESTIONS_PREFIX.length + 1)
        const questions = currentCourse().questions.filter((question) => question.module === moduleId)
        return `export default ${JSON.stringify(questions)}\n`
      }
      if (id === `\0${LMS_SETTINGS_ID}`) {
        // content/lms.yaml, imported only by the LMS store (never on the first page).
        return `export default ${JSON.stringify(currentCourse().lms)}\n`
      }
      if (id === `\0${QUESTION_META_ID}`) {
        // Each question's module, difficulty, lesson and tags, as small numbers into four short lists:
        // enough for 我的进度 and the exam's breakdown without fetching a single bank.
        const { modules, questions } = currentCourse()
        const moduleIds = modules.map((module) => module.id)
        const difficulties = ['easy', 'medium', 'hard']
        const tags = [...new Set(questions.flatMap((question) => question.tags))]
        const lessonIds = [...new Set(questions.map((question) => question.lessonRef.lessonId))]
        const table = Object.fromEntries(
          questions.map((question) => [
            question.id,
            [
              moduleIds.indexOf(question.module),
              difficulties.indexOf(question.difficulty),
              lessonIds.indexOf(question.lessonRef.lessonId),
              ...question.tags.map((tag) => tags.indexOf(tag)),
            ],
          ]),
        )
        return (
          `export const metaModules = ${JSON.stringify(moduleIds)}\n` +
          `export const metaDifficulties = ${JSON.stringify(difficulties)}\n` +
          `export const metaLessons = ${JSON.stringify(lessonIds)}\n` +
          `export const metaTags = ${JSON.stringify(tags)}\n` +
          `export const metaTable = ${JSON.stringify(table)}\n`
        )
      }
      if (id === `\0${SPOTTING_ID}`) {
        // 找茬: the list, every rule (a transcript offers some as distractors), a loader per transcript.
        const { rules, transcripts } = currentCourse().spotting
        const list = transcripts.map((transcript) => ({
          id: transcript.id,
          title: transcript.title,
          summary: transcript.summary,
          lineCount: transcript.lines.length,
        }))
        const loaders = transcripts
          .map(
            (transcript) =>
              `  ${JSON.stringify(transcript.id)}: () => import(${JSON.stringify(SPOTTING_PREFIX + transcript.id)}),`,
          )
          .join('\n')
        return (
          `export const spottingList = ${JSON.stringify(list)}\n` +
          `export const spottingRules = ${JSON.stringify(rules)}\n` +
          `export const spottingLoaders = {\n${loaders}\n}\n`
        )
      }
      if (id.startsWith(`\0${SPOTTING_PREFIX}`)) {
        const transcriptId = id.slice(SPOTTING_PREFIX.length + 1)
        const transcript = currentCourse().spotting.transcripts.find((candidate) => candidate.id === transcriptId)
        if (!transcript) throw new Error(`没有 id 为「${transcriptId}」的找茬电话`)
        return `export default ${JSON.stringify(transcript)}\n`
      }
      if (id === `\0${VOICE_SCRIPTS_ID}`) {
        // 语音练习's scripts, gathered here: the page then fetches one small file, not every
        // phrase lesson and role-play (some twenty requests, slow on a poor link).
        const { modules, scenarios } = currentCourse()
        const phraseLessons = modules.find((module) => module.id === PHRASES_MODULE)?.lessons ?? []
        const scripts = [...phraseScripts(phraseLessons), ...scenarios.flatMap(scenarioScripts), ...ownScripts()]
        return `export const voiceScripts = ${JSON.stringify(scripts)}\n`
      }
      if (id === `\0${SOURCES_ID}`) {
        // The documents' titles: for the lesson's 出处 and the source pages, never the first page.
        return `export const sourceTitles = ${JSON.stringify(currentCourse().sourceTitles)}\n`
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
