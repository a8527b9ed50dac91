import { firstProfile, type Profile } from '../domain/progress/profiles'
import { readProfile } from '../domain/progress/profileCheck'
import { recoveredProfiles } from '../domain/progress/profileRecovery'
import { dueForErasure } from '../domain/progress/deletedLearners'
import type { SavedDatabase, WriteBatch } from '../platform/database'
import { META } from '../platform/storageKeys'
import { now } from '../platform/clock'
import { newId } from '../platform/random'

/** The learners as read, the one to make active, and what the learner is told about repairs. */
export interface ProfilesRead {
  profiles: Profile[]
  /** Learners deleted less than KEEP_DELETED_DAYS ago, the latest first: restorable. */
  deleted: Profile[]
  activeId: string
  notice: string | null
}

/** What reading may have to do on the way: keep an unreadable original, save a repaired list. */
export interface ProfilesReadingSteps {
  setAside(owner: string, reason: string, items: unknown[]): Promise<void>
  write(batch: WriteBatch): Promise<boolean>
}

/**
 * Reads the learners of src/stores/profiles.ts, each checked on its own. A learner with a damaged
 * detail is kept without it (the original goes to a backup), an unreadable record is set aside, and
 * a learner whose record was lost is found again from their rows. A learner deleted long enough ago
 * is erased with their records (src/domain/progress/deletedLearners.ts). Only a device that has saved
 * something reads them, so this code (and the checks) stays off a first visit's first page.
 */
export async function readProfiles(
  db: SavedDatabase,
  { setAside, write }: ProfilesReadingSteps,
): Promise<ProfilesRead> {
  const stored = await db.profiles()
  const read: Profile[] = []
  const unreadable: unknown[] = []
  /** Learners kept with a damaged detail left out: the saved record as it was, and in words. */
  const repaired: { item: unknown; profile: Profile; text: string }[] = []
  /** Deleted learners whose time of deletion was damaged: deleted as of now, saved so. */
  const redated: Profile[] = []
  for (const item of stored) {
    const parsed = readProfile(item, now())
    if (!parsed.ok) unreadable.push(item)
    else {
      read.push(parsed.profile)
      if (parsed.dropped.length > 0)
        repaired.push({
          item,
          profile: parsed.profile,
          text: `${parsed.profile.name}（${parsed.dropped.join('、')}）`,
        })
      else if (parsed.redated) redated.push(parsed.profile)
    }
  }
  if (redated.length > 0) await write({ profiles: { put: redated } })
  // Erased first, records and all: their rows would otherwise be taken for a lost learner's below. An
  // erasure not saved leaves them deleted, never found again as a learner without their PIN.
  const due = read.filter((profile) => dueForErasure(profile, now())).map((profile) => profile.id)
  const erased = due.length > 0 && (await write({ profiles: { remove: due }, removeOwners: due })) ? due : []
  const kept = read.filter((profile) => !erased.includes(profile.id))
  const found = recoveredProfiles(await db.owners(), kept, now())
  const live = kept.filter((profile) => !profile.deletedAt)
  const notices: string[] = []
  if (repaired.length > 0) {
    // The learner stays; the record as it was goes to a backup, and is saved again without the damaged details.
    await setAside(
      '',
      '学员资料部分无法读取',
      repaired.map((entry) => entry.item),
    )
    await write({ profiles: { put: repaired.map((entry) => entry.profile) } })
    notices.push(
      `部分学员资料无法读取，已清除，可在“学员”页面重新填写：${repaired.map((entry) => entry.text).join('；')}。`,
    )
  }
  if (unreadable.length > 0) {
    // Set aside once: the unreadable record leaves the list as it goes into the backup.
    await setAside('', '学员记录无法读取', unreadable)
    await write({ profiles: { remove: unreadable.flatMap(idOf) } })
  }
  if (found.length > 0 || live.length === 0) {
    const added = live.length === 0 && found.length === 0 ? [newFirstProfile(kept)] : found
    await write({ profiles: { put: added } })
    live.push(...added)
    if (found.length > 0)
      notices.unshift(`有 ${found.length} 位学员的名单记录丢失，已根据其学习记录找回，可在“学员”页面改名。`)
  }
  const savedActive = await db.meta(META.activeProfile)
  return {
    profiles: live.sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    deleted: kept.filter((profile) => profile.deletedAt).sort((a, b) => b.deletedAt!.localeCompare(a.deletedAt!)),
    activeId:
      typeof savedActive === 'string' && live.some((profile) => profile.id === savedActive) ? savedActive : live[0]!.id,
    notice: notices.length > 0 ? notices.join('') : null,
  }
}

/** A first learner for a list left empty; never under the id of a deleted learner, whose records it would take. */
function newFirstProfile(kept: readonly Profile[]): Profile {
  const first = firstProfile(now())
  return kept.some((profile) => profile.id === first.id) ? { ...first, id: newId('p-') } : first
}

function idOf(item: unknown): string[] {
  const id = (item as { id?: unknown } | null)?.id
  return typeof id === 'string' ? [id] : []
}
