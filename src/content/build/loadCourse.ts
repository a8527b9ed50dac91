/**
 * The build-time loader: reads content/, validates every file against its
 * schema, checks every quotation against its source document, and turns the
 * course into the typed shapes the app imports. Runs in Node only (the Vite
 * content plugin, the content:check script and the tests).
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse as parseYaml } from 'yaml'
import * as OpenCC from 'opencc-js'
import type { z } from 'zod'
import {
  ExamConfig,
  Lesson,
  ModuleMeta,
  QuestionBank,
  Scenario,
  SOURCE_FILES,
  type Citation,
  type SourceFile,
} from './schema.ts'
import { checkScenarioGraph } from '../../domain/scenario/graph.ts'
import { locateQuote, readingMinutes } from '../../domain/course/citations.ts'
import { chinesePunctuation } from '../../domain/text/typography.ts'
import { documentMentions, missingLessonTitles, titleKey } from '../../domain/course/learnerText.ts'
import { lessonTexts, questionTexts, scenarioTexts, type LearnerText } from './learnerText.ts'
import { loadSpotting, type LoadedSpotting } from './loadSpotting.ts'
import { loadLmsSettings } from './lmsSettings.ts'
import type { LmsSettings } from '../../domain/lms/settings.ts'
import type {
  CitationView,
  CourseIndex,
  LessonContent,
  ModuleContent,
  ModuleSummary,
  QuestionContent,
  ScenarioContent,
  SourceSummary,
} from '../types.ts'

/** One thing wrong with one file, in words a trainer can act on. */
export interface ContentProblem {
  file: string
  field: string
  message: string
}

export interface LoadedCourse {
  index: CourseIndex
  /** The documents' titles, for the lesson's 出处 and the source pages (their own small module). */
  sourceTitles: SourceSummary[]
  modules: ModuleContent[]
  /** Every question of the bank, in file order. */
  questions: QuestionContent[]
  /** Every role-play scenario, in file order. */
  scenarios: ScenarioContent[]
  /** 找茬: the rules a learner can name and the call transcripts (content/spotting/). */
  spotting: LoadedSpotting
  /** The raw text of each source document, by file name. */
  sources: Record<SourceFile, string>
  /** Places where learner-facing text still talks about a document (each is also a problem). */
  documentMentions: number
  /** content/lms.yaml: how the course reports to an LMS (defaults when the file is absent). */
  lms: LmsSettings
  problems: ContentProblem[]
}

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' })

// Identifiers and verbatim quotations keep every character; all other text is typeset.
const VERBATIM_KEYS = new Set([
  'weights',
  'counting',
  'quote',
  'source',
  'id',
  'moduleId',
  'module',
  'modules',
  'lessonId',
  'sectionId',
  'lesson',
  'type',
  'difficulty',
  'kind',
  'next',
  'to',
  'start',
  'state',
  'speaker',
  'reactionSpeaker',
  'expects',
  'effects',
  'initialState',
  'maxRating',
  'needs',
  'otherwise',
  'phrases',
  'scores',
  'optional',
])

/** Gives every displayed string full-width Chinese punctuation. */
function typeset<T>(value: T): T {
  if (typeof value === 'string') return chinesePunctuation(value) as T
  if (Array.isArray(value)) return value.map((item) => typeset(item)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, VERBATIM_KEYS.has(key) ? inner : typeset(inner)]),
    ) as T
  }
  return value
}

/** Formats a problem as one line: file, field, rule. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file} › ${problem.field || '（文件）'}：${problem.message}`
}

function issuesToProblems(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }))
}

function readYaml(path: string, file: string, problems: ContentProblem[]): unknown {
  try {
    return parseYaml(readFileSync(path, 'utf8'))
  } catch (error) {
    problems.push({ file, field: '', message: `YAML 格式错误：${(error as Error).message.split('\n')[0]}` })
    return undefined
  }
}

/**
 * Reads one content file, validates it against its schema and checks its text
 * is in simplified characters. Null (with the problems recorded) when it cannot be used.
 */
function readValidated<T>(
  path: string,
  file: string,
  schema: z.ZodType<T>,
  problems: ContentProblem[],
  nameProblem: (problem: ContentProblem, raw: unknown) => ContentProblem = (problem) => problem,
): T | null {
  const raw = readYaml(path, file, problems)
  if (raw === undefined) return null
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    problems.push(...issuesToProblems(file, parsed.error).map((problem) => nameProblem(problem, raw)))
    return null
  }
  checkSimplified(raw, file, '', problems)
  return parsed.data
}

/** Reads the five documents from content/sources, reporting any that are missing. */
function readSources(sourcesDir: string, problems: ContentProblem[]): Record<SourceFile, string> {
  const sources = {} as Record<SourceFile, string>
  for (const file of SOURCE_FILES) {
    const path = join(sourcesDir, file)
    if (existsSync(path)) sources[file] = readFileSync(path, 'utf8')
    else {
      sources[file] = ''
      problems.push({ file: `content/sources/${file}`, field: '', message: '原文文件缺失' })
    }
  }
  return sources
}

/** Characters that differ between traditional and simplified: the course text must be simplified. */
function traditionalCharacters(value: string): string[] {
  const converted = toSimplified(value)
  const found = new Set<string>()
  for (let i = 0; i < value.length; i++) if (value[i] !== converted[i]) found.add(value[i]!)
  return [...found]
}

interface CitationContext {
  file: string
  field: string
  sources: Record<SourceFile, string>
  problems: ContentProblem[]
}

/** Checks one citation against its document and returns what learners see. */
export function resolveCitation(citation: Citation, context: CitationContext): CitationView {
  if ('supplementary' in citation) return { kind: 'supplementary', note: citation.note }
  const document = context.sources[citation.source]
  if (document && !locateQuote(document, citation.quote)) {
    context.problems.push({
      file: context.file,
      field: context.field,
      message: `引文在 ${citation.source} 中找不到（必须与原文逐字一致）：「${citation.quote}」`,
    })
  }
  const simplified = toSimplified(citation.quote)
  // Decided before typesetting: a simplified quote whose commas become full-width is not "traditional".
  return {
    kind: 'quote',
    source: citation.source,
    quote: citation.quote,
    display: withoutBulletMarks(simplified),
    traditional: simplified !== citation.quote,
  }
}

/**
 * A slide's bullets, which its text copy keeps as a lone letter l (a symbol font's bullet), read as
 * the items they separate: no Chinese text has a lone l, and the quote itself stays verbatim.
 *
 * @example
 * withoutBulletMarks('l 10-20人 l 嫌货才是买货人') // '10-20人 · 嫌货才是买货人'
 */
export function withoutBulletMarks(text: string): string {
  const items = text.split(/(?:^|\s+)l(?:\s+|$)/)
  return items.length === 1 ? text : items.filter((item) => item.trim() !== '').join(' · ')
}

/** Reports any traditional characters in text written for the course (quotations are exempt). */
function checkSimplified(value: unknown, file: string, field: string, problems: ContentProblem[]): void {
  if (typeof value === 'string') {
    const found = traditionalCharacters(value)
    if (found.length > 0) {
      problems.push({ file, field, message: `课程正文须用简体字，发现繁体字：${found.join(' ')}` })
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => checkSimplified(item, file, `${field}.${index}`, problems))
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'quote' || key === 'source') continue
      checkSimplified(inner, file, field ? `${field}.${key}` : key, problems)
    }
  }
}

/** Every learner-facing text read so far, for the checks that need the whole course (lesson titles). */
type SeenTexts = { file: string; field: string; text: string }[]

/** Reports learner-facing text that talks about the documents; returns how many places do. */
function checkLearnerText(
  texts: LearnerText[],
  file: string,
  prefix: string,
  problems: ContentProblem[],
  seen?: SeenTexts,
): number {
  let count = 0
  for (const { field, text } of texts) {
    seen?.push({ file, field: prefix + field, text })
    const found = documentMentions(text)
    if (found.length === 0) continue
    count++
    problems.push({
      file,
      field: prefix + field,
      message: `学员看到的文字不要谈论原文（出处放在 citation 里）：发现「${found.join('」「')}」`,
    })
  }
  return count
}

function lessonText(lesson: Lesson): string {
  return lesson.sections
    .flatMap((section) => [
      section.heading,
      ...section.body,
      ...(section.points ?? []),
      ...(section.examples ?? []).flatMap((example) => [example.label, example.say ?? '', example.avoid ?? '']),
    ])
    .join('')
}

function loadLesson(
  path: string,
  file: string,
  moduleId: string,
  sources: Record<SourceFile, string>,
  problems: ContentProblem[],
  mentions: { count: number; seen: SeenTexts },
): LessonContent | null {
  const lesson = readValidated(path, file, Lesson, problems)
  if (!lesson) return null
  mentions.count += checkLearnerText(lessonTexts(lesson), file, '', problems, mentions.seen)
  const context = (field: string): CitationContext => ({ file, field, sources, problems })
  return typeset({
    ...lesson,
    moduleId,
    readingMinutes: readingMinutes(lessonText(lesson)),
    sections: lesson.sections.map((section, s) => ({
      id: section.id,
      heading: section.heading,
      body: section.body,
      points: section.points ?? [],
      advice: section.advice,
      trainerNote: section.trainerNote,
      examples: (section.examples ?? []).map((example, e) => ({
        ...example,
        citation: resolveCitation(example.citation, context(`sections.${s}.examples.${e}.citation`)),
      })),
      citations: section.citations.map((citation, c) =>
        resolveCitation(citation, context(`sections.${s}.citations.${c}`)),
      ),
    })),
    selfCheck: lesson.selfCheck.map((item, q) => ({
      ...item,
      citation: resolveCitation(item.citation, context(`selfCheck.${q}.citation`)),
    })),
  })
}

function yamlFiles(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
}

function loadSourceTitles(sourcesDir: string, problems: ContentProblem[]): SourceSummary[] {
  const file = 'content/sources/titles.yaml'
  const raw = readYaml(join(sourcesDir, 'titles.yaml'), file, problems) as Record<string, unknown> | undefined
  return SOURCE_FILES.map((source) => {
    const title = raw?.[source]
    if (typeof title !== 'string' || title.trim() === '') {
      problems.push({ file, field: source, message: '缺少这份原文的标题' })
      return { file: source, title: source }
    }
    return { file: source, title }
  })
}

/**
 * Loads and checks the whole course under `root` (the content/ folder); the
 * source documents are read from `sourcesDir` (a fixture course reuses the real ones).
 * Never throws for bad content: every problem is collected so one run lists them all.
 *
 * @example
 * const course = loadCourse('content')
 * if (course.problems.length) console.error(course.problems.map(formatProblem).join('\n'))
 */
export function loadCourse(root: string, sourcesDir = join(root, 'sources')): LoadedCourse {
  const problems: ContentProblem[] = []
  const sources = readSources(sourcesDir, problems)
  const modulesDir = join(root, 'modules')
  const folders = existsSync(modulesDir)
    ? readdirSync(modulesDir)
        .filter((name) => statSync(join(modulesDir, name)).isDirectory())
        .sort()
    : []
  const summaries: ModuleSummary[] = []
  const modules: ModuleContent[] = []
  const lessonIds = new Map<string, string>()
  const moduleIds = new Map<string, string>()
  const mentions = { count: 0, seen: [] as SeenTexts }

  folders.forEach((folder, order) => {
    const folderPath = join(modulesDir, folder)
    const metaFile = relative(join(root, '..'), join(folderPath, 'module.yaml'))
    const meta = readValidated(join(folderPath, 'module.yaml'), metaFile, ModuleMeta, problems)
    if (!meta) return
    const previousModule = moduleIds.get(meta.id)
    if (previousModule) {
      problems.push({ file: metaFile, field: 'id', message: `模块 id「${meta.id}」与 ${previousModule} 重复` })
    }
    moduleIds.set(meta.id, metaFile)
    mentions.count += checkLearnerText(
      [
        { field: 'title', text: meta.title },
        { field: 'description', text: meta.description },
      ],
      metaFile,
      '',
      problems,
    )

    const lessons: LessonContent[] = []
    for (const name of yamlFiles(folderPath).filter((name) => name !== 'module.yaml')) {
      const file = relative(join(root, '..'), join(folderPath, name))
      const lesson = loadLesson(join(folderPath, name), file, meta.id, sources, problems, mentions)
      if (!lesson) continue
      const previous = lessonIds.get(lesson.id)
      if (previous) problems.push({ file, field: 'id', message: `课程 id「${lesson.id}」与 ${previous} 重复` })
      lessonIds.set(lesson.id, file)
      lessons.push(lesson)
    }
    if (lessons.length === 0) problems.push({ file: metaFile, field: '', message: '这个模块还没有任何课程文件' })

    const { description, ...summaryMeta } = typeset(meta)
    summaries.push({
      ...summaryMeta,
      order: order + 1,
      questionCount: 0,
      lessons: lessons.map((lesson) => ({
        id: lesson.id,
        title: lesson.title,
        readingMinutes: lesson.readingMinutes,
        // Said only of further reading: the first page carries every lesson's summary.
        ...(lesson.optional === true ? { optional: true as const } : {}),
      })),
    })
    modules.push({ id: meta.id, description, lessons })
  })

  const questions = loadQuestions(root, modules, sources, problems, mentions)
  for (const summary of summaries) {
    summary.questionCount = questions.filter((question) => question.module === summary.id).length
  }

  const scenarios = loadScenarios(root, modules, sources, problems, mentions)
  const exam = loadExam(root, summaries, problems)
  const spotting = loadSpotting(
    join(root, 'spotting'),
    new Map(
      modules.flatMap((module) =>
        module.lessons.map((lesson) => [lesson.id, { moduleId: module.id, title: lesson.title }] as const),
      ),
    ),
    {
      problems,
      read: (path, file, schema) => readValidated(path, file, schema, problems),
      citation: (citation, file, field) => resolveCitation(citation, { file, field, sources, problems }),
      learnerText: (texts, file) => void (mentions.count += checkLearnerText(texts, file, '', problems, mentions.seen)),
      typeset: (text) => typeset(text),
      fileName: (path) => relative(join(root, '..'), path),
    },
  )
  const lms = loadLmsSettings(root, problems)

  // 《…》一课 in learner text points at another lesson; a renamed lesson must not leave it dangling.
  const titles = new Set(modules.flatMap((module) => module.lessons.map((lesson) => titleKey(lesson.title))))
  for (const { file, field, text } of mentions.seen) {
    for (const title of missingLessonTitles(text, titles)) {
      problems.push({ file, field, message: `提到的课程《${title}》不存在（课名改过？）` })
    }
  }

  return {
    index: {
      modules: summaries,
      scenarios: scenarios.map((scenario) => ({ id: scenario.id, title: scenario.title, modules: scenario.modules })),
      exam,
    },
    modules,
    questions,
    scenarios,
    spotting,
    sources,
    sourceTitles: loadSourceTitles(sourcesDir, problems),
    documentMentions: mentions.count,
    lms,
    problems,
  }
}

/** Stems compared without spaces and punctuation, so a reworded copy with other commas still counts as a duplicate. */
function normalisedStem(stem: string): string {
  return stem.replace(/[\s\p{P}]/gu, '')
}

/** Adds the question's id to a field path such as `questions.3.answer`, so a trainer can find it. */
function nameQuestion(problem: ContentProblem, raw: unknown): ContentProblem {
  const match = /^questions\.(\d+)(.*)$/.exec(problem.field)
  if (!match) return problem
  const questions = (raw as { questions?: unknown[] } | null)?.questions
  const id = (questions?.[Number(match[1])] as { id?: unknown } | undefined)?.id
  return typeof id === 'string' ? { ...problem, field: `questions.${match[1]}(${id})${match[2]}` } : problem
}

/**
 * Loads content/questions/*.yaml: each question validated, its citation
 * checked, its lesson link resolved, and duplicates across the bank refused.
 */
function loadQuestions(
  root: string,
  modules: ModuleContent[],
  sources: Record<SourceFile, string>,
  problems: ContentProblem[],
  mentions: { count: number; seen: SeenTexts },
): QuestionContent[] {
  const dir = join(root, 'questions')
  if (!existsSync(dir)) return []
  const sections = new Map<string, string>()
  const optionalLessons = new Set<string>()
  for (const module of modules) {
    for (const lesson of module.lessons) {
      if (lesson.optional) optionalLessons.add(lesson.id)
      for (const section of lesson.sections) sections.set(`${lesson.id}#${section.id}`, module.id)
    }
  }
  const moduleIds = new Set(modules.map((module) => module.id))
  const ids = new Map<string, string>()
  const stems = new Map<string, string>()
  const questions: QuestionContent[] = []

  for (const name of yamlFiles(dir)) {
    const file = relative(join(root, '..'), join(dir, name))
    const bank = readValidated(join(dir, name), file, QuestionBank, problems, nameQuestion)
    if (!bank) continue
    if (!moduleIds.has(bank.module))
      problems.push({ file, field: 'module', message: `没有 id 为「${bank.module}」的模块` })
    bank.questions.forEach((question, index) => {
      const field = `questions.${index}`
      const where = `${field}(${question.id})`
      const previousId = ids.get(question.id)
      if (previousId) problems.push({ file, field: `${where}.id`, message: `题目 id 与 ${previousId} 重复` })
      ids.set(question.id, file)
      const stem = normalisedStem(question.stem)
      const previousStem = stems.get(stem)
      if (previousStem) problems.push({ file, field: `${where}.stem`, message: `题干与 ${previousStem} 重复` })
      stems.set(stem, `${file} 的 ${question.id}`)
      if (question.type !== 'truefalse' && new Set(question.options).size !== question.options.length) {
        problems.push({ file, field: `${where}.options`, message: '选项有重复' })
      }
      const moduleId = sections.get(question.lesson)
      if (!moduleId) problems.push({ file, field: `${where}.lesson`, message: `找不到课程小节「${question.lesson}」` })
      const [lessonId = '', sectionId = ''] = question.lesson.split('#')
      if (optionalLessons.has(lessonId)) {
        problems.push({ file, field: `${where}.lesson`, message: '延伸阅读（optional）的内容不考，题目不能链接到它' })
      }
      mentions.count += checkLearnerText(questionTexts(question), file, `${where}.`, problems, mentions.seen)
      // The course's own suggestions are taught, never examined as rules; printed exercises keep their keys.
      if ('supplementary' in question.citation && !question.origin) {
        problems.push({
          file,
          field: `${where}.citation`,
          message: '题目考的必须是原文中的规定（引文出处）；课程自己的建议不出题',
        })
      }
      questions.push(
        typeset({
          ...question,
          module: bank.module,
          lessonRef: { moduleId: moduleId ?? bank.module, lessonId, sectionId },
          citation: resolveCitation(question.citation, { file, field: `${where}.citation`, sources, problems }),
        }),
      )
    })
  }
  return questions
}

/** The one company every role-play works for; real brands would read as endorsement or complaint. */
export const FICTIONAL_COMPANY = '启程'
const REAL_COMPANIES = /顺丰|圆通|中通|申通|韵达|京东|中国邮政|EMS|百世|德邦|极兔|缤纷尚城/u

/** The fewest decisions a scenario's best path must ask of the learner. */
export const MIN_SCENARIO_DECISIONS = 5

/**
 * Loads content/scenarios/*.yaml: each validated, its citations checked, and
 * its graph checked (targets exist, everything reachable, no loops, the best
 * path rated 优秀).
 */
function loadScenarios(
  root: string,
  modules: ModuleContent[],
  sources: Record<SourceFile, string>,
  problems: ContentProblem[],
  mentions: { count: number; seen: SeenTexts },
): ScenarioContent[] {
  const dir = join(root, 'scenarios')
  if (!existsSync(dir)) return []
  const moduleIds = new Set(modules.map((module) => module.id))
  const ids = new Map<string, string>()
  const scenarios: ScenarioContent[] = []
  const sequels: { file: string; scenario: ScenarioContent; id: string }[] = []
  for (const name of yamlFiles(dir)) {
    const file = relative(join(root, '..'), join(dir, name))
    const scenario = readValidated(join(dir, name), file, Scenario, problems)
    if (!scenario) continue
    const previous = ids.get(scenario.id)
    if (previous) problems.push({ file, field: 'id', message: `情景 id「${scenario.id}」与 ${previous} 重复` })
    ids.set(scenario.id, file)
    mentions.count += checkLearnerText(scenarioTexts(scenario), file, '', problems, mentions.seen)
    for (const { field, text } of scenarioTexts(scenario)) {
      const brand = REAL_COMPANIES.exec(text)
      if (brand) {
        problems.push({
          file,
          field,
          message: `情景里不用真实企业的名字「${brand[0]}」，请用课程统一的虚构公司「${FICTIONAL_COMPANY}」`,
        })
      }
    }
    scenario.modules.forEach((moduleId, index) => {
      if (!moduleIds.has(moduleId))
        problems.push({ file, field: `modules.${index}`, message: `没有 id 为「${moduleId}」的模块` })
    })
    for (const message of checkScenarioGraph(scenario, { minDecisions: MIN_SCENARIO_DECISIONS })) {
      problems.push({ file, field: message.startsWith('结局') ? 'endings' : 'steps', message })
    }
    scenario.steps.forEach((step, s) => {
      if (step.kind !== 'choice') return
      step.replies.forEach((reply, r) => {
        if (reply.reactionSpeaker === step.speaker)
          problems.push({
            file,
            field: `steps.${s}.replies.${r}.reactionSpeaker`,
            message: `reactionSpeaker 与本步的 speaker 相同（${step.speaker}），不用写`,
          })
      })
    })
    const context = (field: string): CitationContext => ({ file, field, sources, problems })
    const { sequel, ...rest } = scenario
    const content: ScenarioContent = typeset({
      ...rest,
      initialState: scenario.initialState ?? {},
      phrases: scenario.phrases ?? [],
      steps: scenario.steps.map((step, s) =>
        step.kind === 'choice'
          ? {
              ...step,
              citations: step.citations.map((citation, c) =>
                resolveCitation(citation, context(`steps.${s}.citations.${c}`)),
              ),
              replies: step.replies.map((reply, r) => ({
                ...reply,
                citation: resolveCitation(reply.citation, context(`steps.${s}.replies.${r}.citation`)),
              })),
            }
          : {
              ...step,
              citations: step.citations.map((citation, c) =>
                resolveCitation(citation, context(`steps.${s}.citations.${c}`)),
              ),
            },
      ),
    })
    scenarios.push(content)
    if (sequel) sequels.push({ file, scenario: content, id: sequel })
  }
  for (const { file, scenario, id } of sequels) {
    const next = scenarios.find((candidate) => candidate.id === id)
    if (!next || next === scenario) problems.push({ file, field: 'sequel', message: `没有 id 为「${id}」的另一个情景` })
    else scenario.sequel = { id, title: next.title }
  }
  return scenarios
}

/**
 * Loads content/exam.yaml: the weights must name real modules and not ask a
 * module for more questions than its bank holds.
 */
function loadExam(root: string, modules: ModuleSummary[], problems: ContentProblem[]): ExamConfig | null {
  const path = join(root, 'exam.yaml')
  if (!existsSync(path)) return null
  const file = relative(join(root, '..'), path)
  const exam = readValidated(path, file, ExamConfig, problems)
  if (!exam) return null
  for (const [moduleId, count] of Object.entries(exam.weights)) {
    const module = modules.find((candidate) => candidate.id === moduleId)
    if (!module) problems.push({ file, field: `weights.${moduleId}`, message: `没有 id 为「${moduleId}」的模块` })
    else if (count > module.questionCount) {
      problems.push({
        file,
        field: `weights.${moduleId}`,
        message: `要抽 ${count} 题，但这个模块的题库只有 ${module.questionCount} 题`,
      })
    }
  }
  if (Object.values(exam.weights).reduce((sum, count) => sum + count, 0) === 0) {
    problems.push({ file, field: 'weights', message: '考试至少要有一道题' })
  }
  return typeset(exam)
}
