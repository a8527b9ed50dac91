/**
 * Reads content/lms.yaml (the LMS packages' settings) at build time. A course without the file gets
 * the defaults; a file with problems records each (file, field, rule) and the defaults stand in.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse as parseYaml } from 'yaml'
import {
  DEFAULT_LMS_SETTINGS,
  lmsSettingsProblems,
  readLmsSettings,
  type LmsSettings,
} from '../../domain/lms/settings.ts'

interface Problem {
  file: string
  field: string
  message: string
}

/** The settings in `<root>/lms.yaml`, pushing every problem into `problems`. */
export function loadLmsSettings(root: string, problems: Problem[]): LmsSettings {
  const path = join(root, 'lms.yaml')
  if (!existsSync(path)) return DEFAULT_LMS_SETTINGS
  const file = relative(join(root, '..'), path)
  let raw: unknown
  try {
    raw = parseYaml(readFileSync(path, 'utf8'))
  } catch (error) {
    problems.push({ file, field: '', message: `YAML 格式错误：${(error as Error).message.split('\n')[0]}` })
    return DEFAULT_LMS_SETTINGS
  }
  const found = lmsSettingsProblems(raw)
  if (found.length > 0) {
    problems.push(...found.map((problem) => ({ file, ...problem })))
    return DEFAULT_LMS_SETTINGS
  }
  return readLmsSettings(raw)
}
