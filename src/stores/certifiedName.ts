import { withCertifiedName } from '../domain/progress/profiles'
import type { useProfileStore } from './profiles'

/**
 * Fixes the name on a learner's certificate once they have passed; a later rename leaves it. Apart
 * from the learners' store, which the first page loads: only the exam's result, the certificate and
 * the 学员 page use it.
 */
export async function certifyLearner(profileStore: ReturnType<typeof useProfileStore>, id: string): Promise<void> {
  const profile = profileStore.list.profiles.find((candidate) => candidate.id === id)
  if (!profile) return
  const certified = withCertifiedName(profile)
  if (certified !== profile) await profileStore.put(certified)
}
