/**
 * Inside an LMS (and only there, see main.ts): the notice of what goes wrong with it is put on the
 * page, then the LMS store takes the learner and their progress and reports from then on. One module,
 * so the first page names one download for all of it.
 */
import { createApp } from 'vue'
import type { Pinia } from 'pinia'
import type { Router } from 'vue-router'
import type { DetectedLms } from '../../platform/lms/detect'
import { useLmsStore } from '../../stores/lms'
import LmsNotice from './LmsNotice.vue'

export async function startInLms(found: DetectedLms, router: Router, pinia: Pinia): Promise<void> {
  const region = document.createElement('div')
  // After the course, as it shows over the foot of the screen: the keys reach it where it is seen.
  document.body.append(region)
  createApp(LmsNotice).use(pinia).mount(region)
  await useLmsStore(pinia).start(found, router)
}
