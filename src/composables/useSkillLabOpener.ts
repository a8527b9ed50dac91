import { useRoute } from 'vue-router'
import { courseIndex } from '../content/courseData'
import { parseReturnPlace } from '../domain/course/returnPlace'
import type { PageOpener } from '../router/pageOpener'
import { useHeldPageOpener } from './useHeldPageOpener'

/**
 * Where a skill lab (语音练习, 打字测试) was opened from, by its link's `?from=`: home, 我的进度, or a
 * lesson's place as a 查看原文 link carries it (returnPlace.ts, read as strictly). 返回 leads back there,
 * under its tab; anything else, and no `from`, leaves the lab under 练习 with 返回 to the quiz list.
 *
 * @example skillLabOpener('interview/classic-questions') // { tab: 'learn', back: the lesson }
 */
export function skillLabOpener(from: unknown): PageOpener | null {
  if (from === 'home') return { tab: 'learn', back: { name: 'home' } }
  if (from === 'progress') return { tab: 'progress', back: { name: 'progress' } }
  const place = parseReturnPlace(from, courseIndex.modules)
  if (!place) return null
  const { moduleId, lessonId, anchor } = place
  return { tab: 'learn', back: { name: 'lesson', params: { moduleId, lessonId }, hash: anchor ? `#${anchor}` : '' } }
}

/** Holds the skill lab's opener (above) while the lab is on screen. */
export function useSkillLabOpener(): void {
  const route = useRoute()
  useHeldPageOpener(() => skillLabOpener(route.query.from))
}
