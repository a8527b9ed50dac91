import { isNamed, type Profile } from '../progress/profiles'

/**
 * The name a trainer's forms start with: the learner's own, where they said at welcome that they
 * are a trainer and gave it; else none (a learner's name is not a trainer's).
 *
 * @example knownTrainerName({ id: 'default', name: '王老师', named: true, purpose: 'trainer', createdAt }) // '王老师'
 * @example knownTrainerName({ id: 'default', name: '王芳', named: true, purpose: 'newHire', createdAt }) // ''
 */
export function knownTrainerName(profile: Profile): string {
  return profile.purpose === 'trainer' && isNamed(profile) ? profile.name : ''
}
