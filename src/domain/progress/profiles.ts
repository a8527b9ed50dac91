/**
 * Learner profiles on one device, so a shared training-room PC keeps each
 * person's results apart. Each profile's progress is saved under its own key.
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

const ProfileListSchema = v.object({
  version: v.literal(PROFILES_VERSION),
  activeId: v.string(),
  profiles: v.pipe(v.array(ProfileSchema), v.minLength(1), v.maxLength(100)),
})

export const MAX_NAME_LENGTH = 20

/** The first profile on a new device. */
export function firstProfileList(now: Date, id = 'default'): ProfileList {
  return { version: PROFILES_VERSION, activeId: id, profiles: [{ id, name: '学员 1', createdAt: now.toISOString() }] }
}

/**
 * Reads the saved list; anything unreadable gives null (the caller starts a new list and keeps the old text aside).
 *
 * @example
 * parseProfileList('{"version":1,"activeId":"a","profiles":[{"id":"a","name":"小王","createdAt":"…"}]}')?.activeId // 'a'
 */
export function parseProfileList(raw: string | null): ProfileList | null {
  if (!raw) return null
  try {
    const parsed = v.safeParse(ProfileListSchema, JSON.parse(raw))
    if (!parsed.success) return null
    const list = parsed.output as ProfileList
    // An active id that names no profile falls back to the first one.
    return list.profiles.some((profile) => profile.id === list.activeId)
      ? list
      : { ...list, activeId: list.profiles[0]!.id }
  } catch {
    return null
  }
}

/** Why a name cannot be used, or null when it can. */
export function nameProblem(list: ProfileList, name: string, exceptId?: string): string | null {
  const trimmed = cleanText(name)
  if (trimmed === '') return '请输入姓名'
  if (trimmed.length > MAX_NAME_LENGTH) return `姓名最多 ${MAX_NAME_LENGTH} 个字`
  if (list.profiles.some((profile) => profile.id !== exceptId && profile.name === trimmed)) return '已经有同名的学员'
  return null
}

/** Adds a profile and makes it active. */
export function addProfile(list: ProfileList, name: string, id: string, now: Date): ProfileList {
  return {
    ...list,
    activeId: id,
    profiles: [...list.profiles, { id, name: cleanText(name), createdAt: now.toISOString() }],
  }
}

export function renameProfile(list: ProfileList, id: string, name: string): ProfileList {
  return {
    ...list,
    profiles: list.profiles.map((profile) => (profile.id === id ? { ...profile, name: cleanText(name) } : profile)),
  }
}

/** Removes a profile; the last one cannot be removed. The active one moves to the first that remains. */
export function removeProfile(list: ProfileList, id: string): ProfileList {
  const profiles = list.profiles.filter((profile) => profile.id !== id)
  if (profiles.length === 0) return list
  return { ...list, profiles, activeId: list.activeId === id ? profiles[0]!.id : list.activeId }
}

export function switchProfile(list: ProfileList, id: string): ProfileList {
  return list.profiles.some((profile) => profile.id === id) ? { ...list, activeId: id } : list
}
