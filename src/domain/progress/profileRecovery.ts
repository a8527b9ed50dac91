import { firstProfile, type Profile } from './profiles'

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
