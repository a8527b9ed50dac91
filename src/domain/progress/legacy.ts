/**
 * Saved data from before the move to the database: one stored value listing
 * the learners and one JSON value per learner. Turned into rows once, keeping
 * every record that can be read and setting aside the text of anything that cannot.
 */
import * as v from 'valibot'
import { parseProgress } from './progressParse'
import { progressRows, type ProgressRow } from './rows'
import { firstProfile, type Profile } from './profiles'
import { recoveredProfiles } from './profileRecovery'
import { ProfileSchema } from './profileCheck'

const PREFIX = 'kefu-course.'
export const LEGACY_PROFILES_KEY = `${PREFIX}profiles`
export const LEGACY_PROGRESS_KEY = `${PREFIX}progress`

/** The key an earlier version kept a learner's progress under ('default' kept the original key). */
export function legacyProgressKey(profileId: string): string {
  return profileId === 'default' ? LEGACY_PROGRESS_KEY : `${LEGACY_PROGRESS_KEY}.${profileId}`
}

/** The learner a legacy progress key belongs to, or null for any other key (backups, settings). */
export function ownerOfLegacyKey(key: string): string | null {
  if (key === LEGACY_PROGRESS_KEY) return 'default'
  const match = /^kefu-course\.progress\.([a-z0-9-]{1,40})$/.exec(key)
  return match && match[1] !== 'backup' ? match[1]! : null
}

export interface LegacySetAside {
  owner: string
  reason: string
  text: string
}

export interface MigrationPlan {
  profiles: Profile[]
  activeId: string
  rows: ProgressRow[]
  /** Rows per learner, to check what was written by reading it back. */
  rowCounts: Record<string, number>
  /** Original text of anything that could not be read in full. */
  setAside: LegacySetAside[]
  /** The legacy keys to remove once the rows are written and checked. */
  keys: string[]
  /** What went wrong, in plain words, for the learner; empty when all was read. */
  problems: string[]
}

/**
 * Plans the move of every learner's data from an earlier version to rows. A damaged learner
 * list is rebuilt from the progress values that exist; a duplicate learner id is
 * refused (the first keeps it); a learner's unreadable records are set aside, the rest kept.
 *
 * @example
 * planMigration({ 'kefu-course.progress': '{"version":1,"learned":{}}' }, now).profiles[0].id // 'default'
 */
export function planMigration(values: Readonly<Record<string, string>>, now: Date): MigrationPlan {
  const setAside: LegacySetAside[] = []
  const problems: string[] = []
  const profiles: Profile[] = []
  let activeId = ''

  const listText = values[LEGACY_PROFILES_KEY]
  if (listText !== undefined) {
    const listed = readProfileList(listText)
    if (listed.problem) {
      problems.push(listed.problem)
      setAside.push({ owner: '', reason: listed.problem, text: listText })
    }
    profiles.push(...listed.profiles)
    activeId = listed.activeId
  }

  // Learners whose progress exists but who are missing from the list (a damaged list) are found again.
  const owners = Object.keys(values)
    .map(ownerOfLegacyKey)
    .filter((owner): owner is string => owner !== null)
  const found = recoveredProfiles(owners, profiles, now)
  profiles.push(...found)
  if (found.length > 0 && listText !== undefined) problems.push(`从保存的学习记录中找回了 ${found.length} 位学员`)
  if (profiles.length === 0) profiles.push(firstProfile(now))
  if (!profiles.some((profile) => profile.id === activeId)) activeId = profiles[0]!.id

  const rows: ProgressRow[] = []
  const rowCounts: Record<string, number> = {}
  for (const profile of profiles) {
    const text = values[legacyProgressKey(profile.id)]
    const read = parseProgress(text ?? null)
    if (!read.ok && text !== undefined) {
      problems.push(`${profile.name}：${read.problem}`)
      setAside.push({ owner: profile.id, reason: read.problem, text })
    }
    const learnerRows = progressRows(read.progress, profile.id)
    rows.push(...learnerRows)
    rowCounts[profile.id] = learnerRows.length
  }
  const keys = Object.keys(values).filter(
    (key) =>
      key === LEGACY_PROFILES_KEY ||
      ownerOfLegacyKey(key) !== null ||
      /^kefu-course\.progress(\..*)?\.backup$/.test(key),
  )
  // Backups the old version set aside are kept as backups again.
  for (const key of keys.filter((candidate) => candidate.endsWith('.backup'))) {
    const owner =
      key === 'kefu-course.progress.backup' ? 'default' : key.slice(`${LEGACY_PROGRESS_KEY}.`.length, -'.backup'.length)
    setAside.push({ owner, reason: '旧版本另存的备份', text: values[key]! })
  }
  return { profiles, activeId, rows, rowCounts, setAside, keys, problems }
}

function readProfileList(text: string): { profiles: Profile[]; activeId: string; problem: string | null } {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { profiles: [], activeId: '', problem: '学员名单已损坏，读不出内容' }
  }
  const list = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>
  const items = Array.isArray(list.profiles) ? list.profiles : []
  const profiles: Profile[] = []
  let refused = 0
  for (const item of items) {
    const parsed = v.safeParse(ProfileSchema, item)
    if (!parsed.success || profiles.some((profile) => profile.id === parsed.output.id)) refused += 1
    else profiles.push(parsed.output)
  }
  const activeId = typeof list.activeId === 'string' ? list.activeId : ''
  const whole = Array.isArray(list.profiles) && list.version === 1
  const problem = !whole ? '学员名单已损坏' : refused > 0 ? `学员名单中有 ${refused} 项无法读取或编号重复` : null
  return { profiles, activeId, problem }
}
