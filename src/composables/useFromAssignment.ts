import { computed, shallowRef, watch, type ComputedRef } from 'vue'
import { useRoute, type RouteLocationNormalizedLoaded, type RouteLocationRaw } from 'vue-router'
import { storeToRefs } from 'pinia'
import { useCourseStore } from '../stores/course'
import { quizOfAttempt } from '../router'
import { useHeldPageOpener } from './useHeldPageOpener'
import { assignmentIdOf } from '../domain/quiz/catalog'

export interface FromAssignment {
  /** The assignment's title, as its trainer wrote it. */
  title: string
  /** The assignment's page, where its result code is copied. */
  page: RouteLocationRaw
  /** One hand-in only (只能交一次): its quiz asks before handing in, whatever is answered. */
  oneTry: boolean
}

type OpenedAssignmentsStore = ReturnType<typeof import('../stores/openedAssignments').useOpenedAssignmentsStore>

/** The id of the assignment a page belongs to: its quiz and result, or a role-play opened from it (?assignment=). */
function assignmentOfPage({ params, query }: RouteLocationNormalizedLoaded): string | undefined {
  const id = params.scenarioId
    ? query.assignment
    : assignmentIdOf(String(params.quizId ?? quizOfAttempt(params.attemptId)))
  return typeof id === 'string' ? id : undefined
}

/**
 * A page of a trainer's assignment opened on this device (its quiz, its result, a role-play opened from it):
 * the trail and the way on lead to the assignment's page rather than to a list it is not on.
 */
export function useFromAssignment(): ComputedRef<FromAssignment | undefined> {
  const route = useRoute()
  const { index } = storeToRefs(useCourseStore())
  const id = computed(() => assignmentOfPage(route))
  // The saved assignments (and the checks of their codes) come only with a page of one: most quizzes are not.
  const opened = shallowRef<OpenedAssignmentsStore>()
  watch(
    id,
    async (assignmentId) => {
      if (!assignmentId || opened.value) return
      const { useOpenedAssignmentsStore } = await import('../stores/openedAssignments')
      const store = useOpenedAssignmentsStore()
      await store.ready()
      opened.value = store
    },
    { immediate: true },
  )
  const fromAssignment = computed(() => {
    const assignment =
      id.value &&
      opened.value?.find(
        id.value,
        index.value.modules.map((module) => module.id),
      )
    return assignment
      ? {
          title: assignment.title,
          page: { name: 'assignment', query: { id: assignment.id } },
          oneTry: assignment.oneTry === true,
        }
      : undefined
  })
  return fromAssignment
}

/**
 * The same, for the page itself (not a part of it): the top bar's 返回 leads to the assignment's
 * page too, and a role-play done for it stays under 练习 with the assignment.
 */
export function useFromAssignmentPage(): ComputedRef<FromAssignment | undefined> {
  const fromAssignment = useFromAssignment()
  const opener = computed(() =>
    fromAssignment.value ? { tab: 'practice' as const, back: fromAssignment.value.page } : null,
  )
  useHeldPageOpener(() => opener.value)
  return fromAssignment
}
