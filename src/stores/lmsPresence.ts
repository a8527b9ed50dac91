import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'

/**
 * Whether an LMS launched the course, and what went wrong talking to it. Tiny on purpose: pages that
 * defer to the LMS (the exam's attempts, the certificate) read it without loading the LMS code,
 * which only the LMS store (src/stores/lms.ts) loads, and only inside an LMS.
 */
export const useLmsPresenceStore = defineStore('lmsPresence', () => {
  /** True once an LMS has accepted the launch: it then records attempts and issues certificates. */
  const active = ref(false)
  /** What the learner should know about the LMS connection, in plain Chinese; null when all is well. */
  const problem = ref<string | null>(null)

  function dismiss(): void {
    problem.value = null
  }

  return { active, problem, dismiss }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLmsPresenceStore, import.meta.hot))
