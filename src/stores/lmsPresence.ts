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
  /** Where 退出课程 will send the learner (cmi5's returnURL); null when the LMS gives none. */
  const returnUrl = ref<string | null>(null)
  /** Set once the learner has left the course with 退出课程: nothing more is reported. */
  const ended = ref(false)
  /** Why the LMS did not take all of the last progress at 退出课程, when it did not. */
  const exitRefused = ref<string | null>(null)

  function dismiss(): void {
    problem.value = null
  }

  return { active, problem, returnUrl, ended, exitRefused, dismiss }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLmsPresenceStore, import.meta.hot))
