/**
 * The trainer's LMS settings (content/lms.yaml): what completes the course, the mastery score,
 * which exam score is reported, the cmi5 `moveOn`, the package's title and description, and the
 * learning record stores the cmi5 package may talk to. Read at build time (content check, the
 * packages) and by the LMS store at run time; every problem names the field in Chinese.
 */
import * as v from 'valibot'

/** What completes the course: every lesson learned, the exam passed, or both. */
export const COMPLETION_RULES = ['lessons', 'exam', 'lessons-and-exam'] as const
export type CompletionRule = (typeof COMPLETION_RULES)[number]

/** Which exam score goes to the LMS: the best of all attempts or the latest. */
export const REPORTED_SCORES = ['best', 'latest'] as const
export type ReportedScore = (typeof REPORTED_SCORES)[number]

/** cmi5 `moveOn` values (cmi5 spec, section 9.6.2.1). */
export const MOVE_ON_VALUES = [
  'Passed',
  'Completed',
  'CompletedAndPassed',
  'CompletedOrPassed',
  'NotApplicable',
] as const
export type MoveOn = (typeof MOVE_ON_VALUES)[number]

export interface LmsSettings {
  completion: CompletionRule
  /** 0–1: the share of the exam's points that passes, reported to the LMS. */
  masteryScore: number
  reportedScore: ReportedScore
  moveOn: MoveOn
  /** The package's title as the LMS lists it. */
  title: string
  description: string
  /** `https://host[:port]` origins of learning record stores the cmi5 package may connect to. */
  lrsOrigins: string[]
}

/** One problem with the settings: the field (as in the YAML) and what is wrong, in Chinese. */
export interface LmsSettingsProblem {
  field: string
  message: string
}

const HTTPS_ORIGIN = /^https:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i

const FIELDS = {
  completion: v.picklist(COMPLETION_RULES, 'completion（课程完成条件）只能是 lessons、exam 或 lessons-and-exam'),
  masteryScore: v.pipe(
    v.number('masteryScore（及格分数）须是 0 到 1 之间的数字，例如 0.8'),
    v.minValue(0, 'masteryScore（及格分数）不能小于 0'),
    v.maxValue(1, 'masteryScore（及格分数）不能大于 1，例如 80 分及格写 0.8'),
  ),
  reportedScore: v.picklist(REPORTED_SCORES, 'reportedScore（上报哪次成绩）只能是 best 或 latest'),
  moveOn: v.picklist(
    MOVE_ON_VALUES,
    'moveOn（cmi5 完成规则）只能是 Passed、Completed、CompletedAndPassed、CompletedOrPassed 或 NotApplicable',
  ),
  title: v.pipe(
    v.string('title（课程包标题）须是文字'),
    v.transform((text) => text.trim()),
    v.minLength(1, 'title（课程包标题）不能为空'),
    v.maxLength(200, 'title（课程包标题）最多 200 个字'),
  ),
  description: v.pipe(
    v.string('description（课程包简介）须是文字'),
    v.transform((text) => text.trim()),
    v.maxLength(1000, 'description（课程包简介）最多 1000 个字'),
  ),
  lrsOrigins: v.pipe(
    v.array(
      v.pipe(
        v.string('lrsOrigins（学习记录库地址）的每一项须是文字'),
        v.regex(
          HTTPS_ORIGIN,
          'lrsOrigins（学习记录库地址）的每一项须是 https:// 开头、不带路径的地址，例如 https://lrs.example.com',
        ),
      ),
      'lrsOrigins（学习记录库地址）须是一个列表（可以为空：[]）',
    ),
    v.maxLength(20, 'lrsOrigins（学习记录库地址）最多 20 个'),
  ),
}

const FIELD_NAMES = Object.keys(FIELDS) as (keyof typeof FIELDS)[]

/** The schema of content/lms.yaml; every field is required so the trainer sees every choice. */
export const LmsSettingsSchema = v.strictObject(FIELDS, (issue) =>
  issue.expected === 'never' ? `不认识的设置「${String(issue.input).slice(0, 40)}」` : 'lms.yaml 的内容须是一组设置',
)

/**
 * Every problem with raw (parsed YAML) settings, each naming its field; empty when they are fine.
 *
 * @example
 * lmsSettingsProblems({ ...good, masteryScore: 80 })
 * // [{ field: 'masteryScore', message: 'masteryScore（及格分数）不能大于 1，例如 80 分及格写 0.8' }]
 */
export function lmsSettingsProblems(raw: unknown): LmsSettingsProblem[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return [{ field: '', message: 'lms.yaml 的内容须是一组设置（例如 completion: lessons-and-exam）' }]
  }
  const record = raw as Record<string, unknown>
  const problems: LmsSettingsProblem[] = []
  for (const name of FIELD_NAMES) {
    if (!(name in record) || record[name] === undefined || record[name] === null) {
      problems.push({ field: name, message: `缺少 ${name} 这项设置` })
      continue
    }
    const result = v.safeParse(FIELDS[name], record[name])
    if (!result.success) {
      const issue = result.issues[0]
      const index = issue.path?.find((item) => typeof item.key === 'number')?.key
      problems.push({ field: index === undefined ? name : `${name}.${String(index)}`, message: issue.message })
    }
  }
  for (const key of Object.keys(record)) {
    if (!FIELD_NAMES.includes(key as keyof typeof FIELDS)) {
      problems.push({ field: key, message: `不认识的设置「${key.slice(0, 40)}」` })
    }
  }
  return problems
}

/**
 * Reads raw (parsed YAML) settings, or throws an Error whose message lists every problem in Chinese.
 *
 * @example
 * const settings = readLmsSettings(parseYaml(readFileSync('content/lms.yaml', 'utf8')))
 */
export function readLmsSettings(raw: unknown): LmsSettings {
  const problems = lmsSettingsProblems(raw)
  if (problems.length > 0) {
    throw new Error(
      `content/lms.yaml 有 ${problems.length} 个问题：\n` +
        problems.map((problem) => `${problem.field || '（文件）'}：${problem.message}`).join('\n'),
    )
  }
  const parsed = v.safeParse(LmsSettingsSchema, raw)
  if (!parsed.success) throw new Error('content/lms.yaml 无法读取')
  const settings = parsed.output
  return { ...settings, lrsOrigins: [...new Set(settings.lrsOrigins.map((origin) => origin.toLowerCase()))] }
}

/** The settings a course without content/lms.yaml gets (lessons and exam, 80 %, best score). */
export const DEFAULT_LMS_SETTINGS: LmsSettings = {
  completion: 'lessons-and-exam',
  masteryScore: 0.8,
  reportedScore: 'best',
  moveOn: 'CompletedAndPassed',
  title: '客服人员培训与认证课程',
  description: '',
  lrsOrigins: [],
}
