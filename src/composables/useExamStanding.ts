import { computed, type ComputedRef } from 'vue'
import { storeToRefs } from 'pinia'
import { useCourseStore } from '../stores/course'
import { useProgressStore } from '../stores/progress'
import { examStanding, type ExamStanding } from '../domain/exam/standing'
import type { ExamConfig } from '../content/build/schema'

export interface UseExamStandingReturn {
  /** The exam's settings from content/exam.yaml, or null when the course has none. */
  config: ComputedRef<ExamConfig | null>
  /** Attempts used and left, and the result that counts. */
  standing: ComputedRef<ExamStanding>
}

/** The active learner's standing in the certification exam. */
export function useExamStanding(): UseExamStandingReturn {
  const { index } = storeToRefs(useCourseStore())
  const { progress } = storeToRefs(useProgressStore())
  const config = computed(() => index.value.exam)
  const standing = computed(() =>
    examStanding(progress.value.attempts, config.value ?? { maxAttempts: 0, counting: 'highest' }),
  )
  return { config, standing }
}
