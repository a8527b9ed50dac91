/**
 * Learner profiles on one device, so a shared training-room PC keeps each
 * person's results apart. Each learner is one saved row; their records carry their id.
 */
import * as v from 'valibot'
import { isoTime } from './savedData'
import { cleanText } from '../text/sanitize'

export const PROFILES_VERSION = 1

export interface Profile {
  id: string
  name: string
  createdAt: string
}

export interface ProfileList {
  version: typeof PROFILES_VERSION
  activeId: string
  profiles: Profile[]
}

/** One learner as saved; a name that cannot be shown (empty, very long) makes the record unreadable. */
export const ProfileSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/, '学员编号格式不对')),
  // Cleaned as read: invisible and right-to-left controls cannot spoof a name shown to a trainer.
  name: v.pipe(v.string(), v.transform(cleanText), v.minLength(1, '姓名为空'), v.maxLength(40, '姓名太长')),
  createdAt: isoTime,
})

export const MAX_NAME_LENGTH = 20

/** Why a name cannot be used, or null when it can. */
export function nameProblem(list: ProfileList, name: string, exceptId?: string): string | null {
  const trimmed = cleanText(name)
  if (trimmed === '') return '请输入姓名'
  if (trimmed.length > MAX_NAME_LENGTH) return `姓名最多 ${MAX_NAME_LENGTH} 个字`
  if (list.profiles.some((profile) => profile.id !== exceptId && profile.name === trimmed)) return '已经有同名的学员'
  return null
}

/** The first learner on a new device. */
export function firstProfile(now: Date): Profile {
  return { id: 'default', name: '学员 1', createdAt: now.toISOString() }
}

/**
 * Learners whose records exist but whose own record was lost (a damaged list):
 * found again, the first learner under their first name, others numbered.
 *
 * @example
 * recoveredProfiles(['default', 'p-x1'], [], now).map((p) => p.name) // ['学员 1', '找回的学员 1']
 */
export function recoveredProfiles(owners: readonly string[], known: readonly Profile[], now: Date): Profile[] {
  const missing = owners
    .filter((owner) => /^[a-z0-9-]{1,40}$/.test(owner) && !known.some((profile) => profile.id === owner))
    .sort((a, b) => (a === 'default' ? -1 : b === 'default' ? 1 : a.localeCompare(b)))
  let named = 0
  return missing.map((id) =>
    id === 'default' ? firstProfile(now) : { id, name: `找回的学员 ${++named}`, createdAt: now.toISOString() },
  )
}
