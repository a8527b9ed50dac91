/**
 * Deleted learners are kept for a while before their records go: on a shared PC, a tap on the wrong
 * row, or a classmate who set the trainer's PIN first, must never take someone's records for good.
 */
import { localDate, type CalendarDate } from '../time/calendar'
import type { Profile } from './profiles'

/** How long a deleted learner stays under 「最近删除」, restorable, before their records are erased. */
export const KEEP_DELETED_DAYS = 30

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The day a deleted learner's records are erased (in the device's time zone); null for a learner
 * not deleted.
 *
 * @example erasedOn({ ...profile, deletedAt: '2026-12-07T02:00:00Z' }) // '2027-01-06' in China
 */
export function erasedOn(profile: Profile): CalendarDate | null {
  if (!profile.deletedAt) return null
  return localDate(new Date(Date.parse(profile.deletedAt) + KEEP_DELETED_DAYS * DAY_MS))
}

/** Whether a deleted learner's time is up: `KEEP_DELETED_DAYS` have passed since the deletion. */
export function dueForErasure(profile: Profile, now: Date): boolean {
  return !!profile.deletedAt && now.getTime() - Date.parse(profile.deletedAt) >= KEEP_DELETED_DAYS * DAY_MS
}

/**
 * A deleted learner as they come back to the list: under a name no learner there has (「小李（2）」
 * beside a new 小李), and without an LMS learner id another learner holds now, so no launch finds two.
 *
 * @example restoredProfile([{ ...other, name: '小李' }], { ...li, name: '小李', deletedAt }).name // '小李（2）'
 */
export function restoredProfile(live: readonly Profile[], deleted: Profile): Profile {
  const taken = new Set(live.map((profile) => profile.name))
  let name = deleted.name
  for (let number = 2; taken.has(name); number += 1) name = `${deleted.name}（${number}）`
  const restored: Profile = { ...deleted, name }
  delete restored.deletedAt
  if (live.some((profile) => profile.lmsLearner !== undefined && profile.lmsLearner === deleted.lmsLearner))
    delete restored.lmsLearner
  return restored
}
