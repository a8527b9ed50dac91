/**
 * Saved learners as read back: each checked on its own, so one damaged detail never loses the
 * learner. Apart from profiles.ts because only a device that holds learners reads them: a first
 * visit does not download these checks (or valibot).
 */
import * as v from 'valibot'
import { isoTime } from './savedData'
import { cleanText } from '../text/sanitize'
import { MAX_TEAM_LENGTH, PURPOSES, STAFF_ID, type PinRecord, type Profile } from './profiles'
import { isPinRecord } from './pinRecord'

const savedName = v.pipe(v.string(), v.transform(cleanText), v.minLength(1, '姓名为空'), v.maxLength(40, '姓名太长'))

/** The optional fields, each checked on its own: a damaged one is dropped, the learner kept. */
const OPTIONAL_FIELDS = {
  named: { label: '是否已填写姓名', schema: v.boolean() },
  staffId: { label: '工号', schema: v.pipe(v.string(), v.regex(STAFF_ID, '工号格式不对')) },
  team: {
    label: '班组',
    schema: v.pipe(v.string(), v.transform(cleanText), v.minLength(1), v.maxLength(MAX_TEAM_LENGTH)),
  },
  purpose: { label: '学习目的', schema: v.picklist(PURPOSES) },
  pin: {
    label: 'PIN',
    // Kept as its three fields alone, as it was saved.
    schema: v.pipe(
      v.custom<PinRecord>(isPinRecord),
      v.transform(({ salt, hash, iterations }) => ({ salt, hash, iterations })),
    ),
  },
  certifiedName: { label: '证书上的姓名', schema: savedName },
  lmsLearner: { label: '学习平台的学员编号', schema: v.pipe(v.string(), v.minLength(1), v.maxLength(255)) },
  // Never dropped (see readProfile): a learner deleted stays deleted.
  deletedAt: { label: '删除时间', schema: isoTime },
} as const

const required = {
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/, '学员编号格式不对')),
  // Cleaned as read: invisible and right-to-left controls cannot spoof a name shown to a trainer.
  name: savedName,
  createdAt: isoTime,
}

/** One learner as saved, every field valid; a name that cannot be shown (empty, very long) makes the record unreadable. */
export const ProfileSchema = v.object({
  ...required,
  named: v.optional(OPTIONAL_FIELDS.named.schema),
  staffId: v.optional(OPTIONAL_FIELDS.staffId.schema),
  team: v.optional(OPTIONAL_FIELDS.team.schema),
  purpose: v.optional(OPTIONAL_FIELDS.purpose.schema),
  pin: v.optional(OPTIONAL_FIELDS.pin.schema),
  certifiedName: v.optional(OPTIONAL_FIELDS.certifiedName.schema),
  lmsLearner: v.optional(OPTIONAL_FIELDS.lmsLearner.schema),
  deletedAt: v.optional(OPTIONAL_FIELDS.deletedAt.schema),
})
const RequiredSchema = v.object(required)

/**
 * A saved learner as read: the learner and the damaged details left out (with `redated` when their
 * time of deletion was damaged and taken as now), or why it is unreadable.
 */
export type ReadProfile = { ok: true; profile: Profile; dropped: string[]; redated?: true } | { ok: false }

/**
 * Reads one saved learner. Without an id, a name or a creation time it is unreadable;
 * a damaged detail (工号, 班组, purpose, PIN, certificate name) is left out and named,
 * so one bad value never loses the learner.
 *
 * @example
 * readProfile({ id: 'p-1', name: '小李', createdAt, team: 42 }, now) // { ok: true, profile: { id, name, createdAt }, dropped: ['班组'] }
 */
export function readProfile(item: unknown, now: Date): ReadProfile {
  const base = v.safeParse(RequiredSchema, item)
  if (!base.success) return { ok: false }
  const profile: Record<string, unknown> = { ...base.output }
  const dropped: string[] = []
  let redated = false
  for (const [key, field] of Object.entries(OPTIONAL_FIELDS)) {
    const value = (item as Record<string, unknown>)[key]
    if (value === undefined) continue
    const parsed = v.safeParse(field.schema as v.GenericSchema, value)
    if (parsed.success) profile[key] = parsed.output
    // Dropped, a deleted learner would come back to the list (beside one who took their name since):
    // still deleted, counted from now, they stay restorable.
    else if (key === 'deletedAt') {
      profile[key] = now.toISOString()
      redated = true
    } else dropped.push(field.label)
  }
  return { ok: true, profile: profile as unknown as Profile, dropped, ...(redated ? { redated: true as const } : {}) }
}
