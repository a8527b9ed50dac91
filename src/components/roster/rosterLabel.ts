// How the roster names a learner in words: the name and what tells them apart from others.
import { useMessages } from '../../i18n'
import type { RosterLearner } from '../../domain/trainer/rosterLearners'
import { localDateTime } from '../../domain/time/clockTime'
import '../../i18n/zh-CN/learnerRoster'

/**
 * The detail shown beside a learner's name: their 班组 when given; then 工号 when given, for an old
 * result when it was handed in, and for a learner sharing a name with another the last characters of their id.
 */
export function useLearnerLabel(): {
  detail: (learner: RosterLearner) => string
  label: (learner: RosterLearner) => string
} {
  const { t } = useMessages()
  function apart(learner: RosterLearner): string {
    if (learner.staffId) return t('learnerRoster.staffId', { id: learner.staffId })
    if (learner.old) return t('learnerRoster.oldCode', { time: localDateTime(learner.finishedAt) })
    return learner.sharedName && learner.shortId ? t('learnerRoster.shortId', { id: learner.shortId }) : ''
  }
  const detail = (learner: RosterLearner) => [learner.team ?? '', apart(learner)].filter(Boolean).join(' · ')
  const label = (learner: RosterLearner) => (detail(learner) ? `${learner.name}（${detail(learner)}）` : learner.name)
  return { detail, label }
}
