/**
 * Loads content/spotting/ (找茬): `rules.yaml` and one transcript per `NN-<id>.yaml`. Each file is
 * validated against its schema (spottingSchema.ts); then the checks that need the whole course:
 * every `breaks` id is a rule, every rule's lesson exists, every quotation is verbatim, ids and
 * file names agree. Called by loadCourse with its own helpers, so the same rules (simplified
 * characters, verbatim quotes, no talk of "the document") hold here as everywhere else.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { z } from 'zod'
import type { Citation } from './schema.ts'
import { SpottingRules, SpottingTranscript } from './spottingSchema.ts'
import type { LearnerText } from './learnerText.ts'
import type { ContentProblem } from './loadCourse.ts'
import type { CitationView } from '../types.ts'
import type { SpottingRuleView, SpottingTranscriptContent } from '../spottingTypes.ts'

/** The helpers of loadCourse that every content kind goes through. */
export interface SpottingTools {
  problems: ContentProblem[]
  /** Reads, validates and checks the characters of one file; null when it cannot be used. */
  read: <T>(path: string, file: string, schema: z.ZodType<T>) => T | null
  /** Checks a citation against its document and returns what learners see. */
  citation: (citation: Citation, file: string, field: string) => CitationView
  /** Holds learner-facing text to the learner-text rules. */
  learnerText: (texts: LearnerText[], file: string) => void
  /** Full-width Chinese punctuation for a displayed string. */
  typeset: (text: string) => string
  /** The path of a file as problems name it (content/spotting/…). */
  fileName: (path: string) => string
}

export interface LoadedSpotting {
  rules: SpottingRuleView[]
  /** In file order. */
  transcripts: SpottingTranscriptContent[]
}

/** Every text a learner reads in a transcript, with its field. */
export function spottingTexts(transcript: SpottingTranscript): LearnerText[] {
  const optional = (field: string, text: string | undefined) => (text === undefined ? [] : [{ field, text }])
  return [
    { field: 'title', text: transcript.title },
    { field: 'summary', text: transcript.summary },
    ...optional('context', transcript.context),
    ...transcript.lines.flatMap((line, index) => [
      { field: `lines.${index}.text`, text: line.text },
      ...optional(`lines.${index}.why`, line.why),
      ...optional(`lines.${index}.better`, line.better),
    ]),
  ]
}

/**
 * Loads the 找茬 folder `dir`; `lessons` maps each lesson id of the course to its module and title.
 * A course without the folder (or with an empty one) has no 找茬, and no problem.
 *
 * @example
 * loadSpotting('content/spotting', lessons, tools).transcripts.length // 20
 */
export function loadSpotting(
  dir: string,
  lessons: ReadonlyMap<string, { moduleId: string; title: string }>,
  tools: SpottingTools,
): LoadedSpotting {
  if (!existsSync(dir)) return { rules: [], transcripts: [] }
  const { problems } = tools
  const rulesPath = join(dir, 'rules.yaml')
  const rulesFile = tools.fileName(rulesPath)
  const names = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name) && name !== 'rules.yaml')
    .sort()
  if (!existsSync(rulesPath)) {
    if (names.length === 0) return { rules: [], transcripts: [] }
    problems.push({ file: rulesFile, field: '', message: '缺少规则文件 rules.yaml（找茬的每条规则都写在这里）' })
    return { rules: [], transcripts: [] }
  }
  const rawRules = tools.read(rulesPath, rulesFile, SpottingRules) ?? []
  tools.learnerText(
    rawRules.map((rule, index) => ({ field: `${index}.name`, text: rule.name })),
    rulesFile,
  )
  const rules: SpottingRuleView[] = rawRules.map((rule, index) => {
    const lesson = lessons.get(rule.lesson)
    if (!lesson)
      problems.push({ file: rulesFile, field: `${index}.lesson`, message: `找不到 id 为「${rule.lesson}」的课程` })
    return {
      id: rule.id,
      name: tools.typeset(rule.name),
      lesson: { moduleId: lesson?.moduleId ?? '', lessonId: rule.lesson, title: lesson?.title ?? '' },
      citation: tools.citation(rule.citation, rulesFile, `${index}.citation`),
    }
  })
  const ruleIds = new Set(rules.map((rule) => rule.id))

  const ids = new Map<string, string>()
  const transcripts: SpottingTranscriptContent[] = []
  for (const name of names) {
    const path = join(dir, name)
    const file = tools.fileName(path)
    const transcript = tools.read(path, file, SpottingTranscript)
    if (!transcript) continue
    const previous = ids.get(transcript.id)
    if (previous) problems.push({ file, field: 'id', message: `找茬 id「${transcript.id}」与 ${previous} 重复` })
    ids.set(transcript.id, file)
    if (!new RegExp(`^\\d{2}-${transcript.id}\\.ya?ml$`).test(name)) {
      problems.push({ file, field: 'id', message: `文件名应为「两位序号-${transcript.id}.yaml」，与 id 一致` })
    }
    tools.learnerText(spottingTexts(transcript), file)
    transcript.lines.forEach((line, index) => {
      ;(line.breaks ?? []).forEach((ruleId, b) => {
        if (!ruleIds.has(ruleId)) {
          problems.push({
            file,
            field: `lines.${index}.breaks.${b}`,
            message: `rules.yaml 里没有 id 为「${ruleId}」的规则`,
          })
        }
      })
    })
    transcripts.push({
      id: transcript.id,
      title: tools.typeset(transcript.title),
      summary: tools.typeset(transcript.summary),
      ...(transcript.context === undefined ? {} : { context: tools.typeset(transcript.context) }),
      ...(transcript.trainerNote === undefined ? {} : { trainerNote: tools.typeset(transcript.trainerNote) }),
      lines: transcript.lines.map((line, index) => ({
        speaker: line.speaker,
        text: tools.typeset(line.text),
        breaks: line.breaks ?? [],
        ...(line.why === undefined ? {} : { why: tools.typeset(line.why) }),
        ...(line.better === undefined ? {} : { better: tools.typeset(line.better) }),
        ...(line.citation ? { citation: tools.citation(line.citation, file, `lines.${index}.citation`) } : {}),
      })),
    })
  }
  return { rules, transcripts }
}
