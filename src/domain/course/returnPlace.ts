/**
 * The place in a lesson a 查看原文 link came from, carried in the source page's
 * address (`?from=moduleId/lessonId/anchor`) so 返回本课 leads back to it. The
 * address can be edited by anyone, so it is read strictly.
 */
import { findModule } from './order'

/** A lesson and, optionally, the element to return to (a section's heading id such as `sec-calm`). */
export interface ReturnPlace {
  moduleId: string
  lessonId: string
  anchor: string | null
}

const PART = /^[a-z0-9][a-z0-9-]{0,80}$/

/**
 * Writes a place for the `from` query parameter.
 *
 * @example
 * returnPlaceParam({ moduleId: 'basics', lessonId: 'first', anchor: 'sec-calm' }) // 'basics/first/sec-calm'
 */
export function returnPlaceParam(place: ReturnPlace): string {
  return [place.moduleId, place.lessonId, ...(place.anchor ? [place.anchor] : [])].join('/')
}

/**
 * Reads a `from` query value: null unless it names a lesson of `modules`, with an
 * anchor (if any) made of an id's characters.
 *
 * @example
 * const modules = [{ id: 'basics', lessons: [{ id: 'first' }] }]
 * parseReturnPlace('basics/first/sec-calm', modules) // { moduleId: 'basics', lessonId: 'first', anchor: 'sec-calm' }
 * parseReturnPlace('basics/nope', modules) // null
 * parseReturnPlace(['basics/first'], modules) // null
 */
export function parseReturnPlace(
  value: unknown,
  modules: readonly { id: string; lessons: readonly { id: string }[] }[],
): ReturnPlace | null {
  if (typeof value !== 'string' || value.length > 250) return null
  const parts = value.split('/')
  if (parts.length < 2 || parts.length > 3 || !parts.every((part) => PART.test(part))) return null
  const [moduleId, lessonId, anchor] = parts as [string, string, string | undefined]
  const module = findModule(modules, moduleId)
  if (!module?.lessons.some((lesson) => lesson.id === lessonId)) return null
  return { moduleId, lessonId, anchor: anchor ?? null }
}
