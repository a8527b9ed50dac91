/**
 * Learner profiles on one device, so a shared training-room PC keeps each
 * person's results apart. Each learner is one saved row; their records carry their id.
 * A learner names themselves on their first visit (with 工号, 班组 and why they are here),
 * may lock their profile with a 4-digit PIN, and keeps the name their certificate was issued with.
 */
import { cleanText } from '../text/sanitize'

export const PROFILES_VERSION = 1

/** Why a learner is here; the home page tailors its path to it. */
export const PURPOSES = ['newHire', 'interview', 'trainer'] as const
export type Purpose = (typeof PURPOSES)[number]

/** A PIN as kept: never the digits, only a salted PBKDF2-SHA-256 hash, in hex. */
export interface PinRecord {
  /** 16 random bytes. */
  salt: string
  /** 32 bytes. */
  hash: string
  iterations: number
}

export interface Profile {
  id: string
  name: string
  createdAt: string
  /** True once the learner chose their name; absent on profiles saved before names were asked. */
  named?: boolean
  /** 工号, if given. */
  staffId?: string
  /** 班组, if given. */
  team?: string
  purpose?: Purpose
  pin?: PinRecord
  /** The name the certificate was issued with, fixed when the exam was passed. */
  certifiedName?: string
  /**
   * The learner id of the LMS that launched the course for this learner: another LMS user of the same
   * name on this browser is another learner here, never given these records.
   */
  lmsLearner?: string
  /**
   * When the learner was deleted. Their records stay, listed under 「最近删除」 and restorable,
   * until `KEEP_DELETED_DAYS` later (src/domain/progress/deletedLearners.ts).
   */
  deletedAt?: string
}

export interface ProfileList {
  version: typeof PROFILES_VERSION
  activeId: string
  profiles: Profile[]
}

export const MAX_NAME_LENGTH = 20
export const MAX_TEAM_LENGTH = 20
export const MAX_STAFF_ID_LENGTH = 20
/** PBKDF2 rounds for a new PIN; older records keep the count they were made with. */
export const PIN_ITERATIONS = 150_000
export const MIN_PIN_ITERATIONS = 100_000
/** A 工号: letters, digits and '-'. */
export const STAFF_ID = /^[A-Za-z0-9-]{1,20}$/

/** A name another learner here has: the welcome then shows the way to 学员, where one switches to oneself. */
export const SAME_NAME = '已经有同名的学员'

/** Why a name cannot be used, or null when it can. */
export function nameProblem(list: ProfileList, name: string, exceptId?: string): string | null {
  const trimmed = cleanText(name)
  if (trimmed === '') return '请输入姓名'
  if (trimmed.length > MAX_NAME_LENGTH) return `姓名最多 ${MAX_NAME_LENGTH} 个字`
  if (list.profiles.some((profile) => profile.id !== exceptId && profile.name === trimmed)) return SAME_NAME
  return null
}

/** 「无」「还没有工号」…: a new hire without one says so in words, and means the field left empty. */
const NO_STAFF_ID = /^(暂?无|还?没有)(工号)?$/

/** The 工号 given, cleaned; '' for none, in words or not. */
function givenStaffId(staffId: string): string {
  const trimmed = cleanText(staffId)
  return NO_STAFF_ID.test(trimmed) ? '' : trimmed
}

/** Why a 工号 cannot be used (empty is fine: it is optional), or null. */
export function staffIdProblem(staffId: string): string | null {
  const trimmed = givenStaffId(staffId)
  if (trimmed === '' || STAFF_ID.test(trimmed)) return null
  return `工号只能包含字母、数字和“-”，最多 ${MAX_STAFF_ID_LENGTH} 位`
}

/** Why a 班组 cannot be used (empty is fine: it is optional), or null. */
export function teamProblem(team: string): string | null {
  return cleanText(team).length > MAX_TEAM_LENGTH ? `班组最多 ${MAX_TEAM_LENGTH} 个字` : null
}

/** The names given automatically (the first learner, learners found again): not chosen by anyone. */
const AUTO_NAME = /^(学员 1|找回的学员 \d+)$/

/**
 * Whether the learner chose their name. Profiles saved before names were asked have no `named`:
 * an automatic name (学员 1, 找回的学员 2) means not yet.
 *
 * @example
 * isNamed({ id: 'default', name: '学员 1', createdAt }) // false
 * isNamed({ id: 'default', name: '王芳', createdAt }) // true
 */
export function isNamed(profile: Profile): boolean {
  return profile.named ?? !AUTO_NAME.test(profile.name)
}

/** What a learner says of themselves: asked by the first-visit welcome, corrected on the 学员 page. */
export interface LearnerDetails {
  name: string
  staffId: string
  team: string
}

/** What the first-visit welcome asks. */
export interface WelcomeAnswers extends LearnerDetails {
  purpose: Purpose
}

export type WelcomeField = keyof LearnerDetails

export type DetailsResult =
  { ok: true; profile: Profile } | { ok: false; problems: Partial<Record<WelcomeField, string>> }

/**
 * The learner with their details (the welcome's answers, or corrections on the 学员 page) changed,
 * those not given kept, named if a name is given; or what is wrong with each.
 *
 * @example
 * withDetails(list, 'default', { team: '三组' })
 * // { ok: true, profile: { id: 'default', name: '王芳', named: true, team: '三组', createdAt } }
 * withDetails(list, 'default', { name: '王芳', staffId: '', team: '二组', purpose: 'newHire' })
 * // { ok: true, profile: { id: 'default', name: '王芳', named: true, team: '二组', purpose: 'newHire', createdAt } }
 */
export function withDetails(list: ProfileList, id: string, details: Partial<WelcomeAnswers>): DetailsResult {
  const profile = list.profiles.find((candidate) => candidate.id === id)
  if (!profile) return { ok: false, problems: {} }
  const { purpose, ...given } = details
  const wanted = { name: profile.name, staffId: profile.staffId ?? '', team: profile.team ?? '', ...given }
  const problems: Partial<Record<WelcomeField, string>> = {}
  const name = nameProblem(list, wanted.name, id)
  const staffId = staffIdProblem(wanted.staffId)
  const team = teamProblem(wanted.team)
  if (name) problems.name = name
  if (staffId) problems.staffId = staffId
  if (team) problems.team = team
  if (name || staffId || team) return { ok: false, problems }
  const next: Profile = { ...profile, name: cleanText(wanted.name) }
  // A name given is the learner's own, even the automatic one kept as it was.
  if (details.name !== undefined) next.named = true
  // Optional answers left empty clear what was there.
  delete next.staffId
  delete next.team
  const staffIdGiven = givenStaffId(wanted.staffId)
  const teamGiven = cleanText(wanted.team)
  if (staffIdGiven) next.staffId = staffIdGiven
  if (teamGiven) next.team = teamGiven
  if (purpose) next.purpose = purpose
  return { ok: true, profile: next }
}

/**
 * The name a passed learner's certificate bears: the one fixed at the pass, else their chosen name
 * (to be fixed now), else null while they have not named themselves.
 */
export function certificateName(profile: Profile): string | null {
  return profile.certifiedName ?? (isNamed(profile) ? profile.name : null)
}

/**
 * The learner after passing: their certificate name fixed, so a later rename does not change an
 * issued certificate. Unchanged when already fixed or not yet named.
 */
export function withCertifiedName(profile: Profile): Profile {
  const name = certificateName(profile)
  return name === null || profile.certifiedName !== undefined ? profile : { ...profile, certifiedName: name }
}

/** Why a PIN cannot be used, or null: exactly four digits (ASCII or full-width, as a Chinese keyboard may give). */
export function pinProblem(pin: string): string | null {
  return /^\d{4}$/.test(normalPin(pin)) ? null : 'PIN 必须是 4 位数字'
}

/** The PIN as digits 0–9: full-width digits and spaces around it forgiven. */
export function normalPin(pin: string): string {
  return pin.trim().replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10))
}

/**
 * Whether two hashes (hex) are equal, taking as long whatever the first difference,
 * so the time a check takes does not hint at how much of a guess was right.
 */
export function sameHash(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let difference = 0
  for (let index = 0; index < a.length; index++) difference |= a.charCodeAt(index) ^ b.charCodeAt(index)
  return difference === 0
}

/**
 * A learner not yet named, whom the welcome asks their name, under an automatic name no learner here has.
 *
 * @example newUnnamedLearner([{ ...one, name: '学员 1' }], 'p-x', now).name // '学员 2'
 */
export function newUnnamedLearner(profiles: readonly Profile[], id: string, now: Date): Profile {
  let number = 1
  while (profiles.some((profile) => profile.name === `学员 ${number}`)) number += 1
  return { id, name: `学员 ${number}`, named: false, createdAt: now.toISOString() }
}

/** The first learner on a new device; they choose their name on the first visit. */
export function firstProfile(now: Date): Profile {
  return { id: 'default', name: '学员 1', createdAt: now.toISOString() }
}
