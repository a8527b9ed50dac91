import { useRoute } from 'vue-router'
import { courseIndex } from '../content/courseData'
import type { PageOpener } from '../router/pageOpener'
import { useHeldPageOpener } from './useHeldPageOpener'

/**
 * Where a skill lab (语音练习, 打字测试) was opened from, by its link's `?from=`: home, 我的进度, or a
 * lesson (`lesson/<module>/<lesson>`, one of the course's). 返回 leads back there, under its tab;
 * anything else, and no `from`, leaves the lab under 练习 with 返回 to the quiz list.
 *
 * @example skillLabOpener('lesson/interview/classic-questions') // { tab: 'learn', back: the lesson }
 */
export function skillLabOpener(from: unknown): PageOpener | null {
  if (from === 'home') return { tab: 'learn', back: { name: 'home' } }
  if (from === 'progress') return { tab: 'progress', back: { name: 'progress' } }
  if (typeof from !== 'string' || !from.startsWith('lesson/')) return null
  const [moduleId, lessonId, ...rest] = from.slice('lesson/'.length).split('/')
  const module = courseIndex.modules.find(({ id }) => id === moduleId)
  if (rest.length > 0 || !module?.lessons.some(({ id }) => id === lessonId)) return null
  return { tab: 'learn', back: { name: 'lesson', params: { moduleId, lessonId } } }
}

/** Holds the skill lab's opener (above) while the lab is on screen. */
export function useSkillLabOpener(): void {
  const route = useRoute()
  useHeldPageOpener(() => skillLabOpener(route.query.from))
}
