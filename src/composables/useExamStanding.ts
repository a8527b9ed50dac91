import { computed, type ComputedRef } from 'vue'
import { storeToRefs } from 'pinia'
import { useCourseStore } from '../stores/course'
import { useProgressStore } from '../stores/progress'
import { useLmsPresenceStore } from '../stores/lmsPresence'
import { examStanding, type ExamStanding } from '../domain/exam/standing'
import type { ExamConfig } from '../content/build/schema'
import type { AttemptHead } from '../domain/progress/summary'
import { examReadiness, moduleStanding, type ExamReadiness } from '../domain/progress/path'
import { moduleQuizId } from '../domain/quiz/catalog'

export interface UseExamStandingReturn {
  /** The exam's settings from content/exam.yaml, or null when the course has none. */
  config: ComputedRef<ExamConfig | null>
  /** Attempts used and left, and the result that counts. */
  standing: ComputedRef<ExamStanding<AttemptHead>>
  /** True inside an LMS: it records the attempts and issues the certificate, so the course limits neither. */
  inLms: ComputedRef<boolean>
  /** Whether every module is done (lessons learned, quiz passed), and how many are not. */
  readiness: ComputedRef<ExamReadiness>
  /** Every required lesson learned: what a certificate's 完成了课程的学习 claims. */
  lessonsAllLearned: ComputedRef<boolean>
}

/** The active learner's standing in the certification exam. */
export function useExamStanding(): UseExamStandingReturn {
  const { index } = storeToRefs(useCourseStore())
  // The glance keeps every exam attempt (summary.ts), so the standing is whole before the history is read.
  const { glance } = storeToRefs(useProgressStore())
  const config = computed(() => index.value.exam)
  const presence = useLmsPresenceStore()
  const inLms = computed(() => presence.active)
  const standing = computed(() => {
    const found = examStanding(glance.value.attempts, config.value ?? { maxAttempts: 0, counting: 'highest' })
    // Inside an LMS the course never runs out of attempts: the LMS keeps its own rule.
    return inLms.value ? { ...found, left: Math.max(found.left, 1) } : found
  })
  const modules = computed(() =>
    index.value.modules.map((module) => moduleStanding(module, glance.value, moduleQuizId(module.id))),
  )
  const readiness = computed(() => examReadiness(modules.value))
  const lessonsAllLearned = computed(() => modules.value.every((module) => module.lessonsDone === module.lessonsTotal))
  return { config, standing, inLms, readiness, lessonsAllLearned }
}
