import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import App from '../../src/App.vue'
import { createAppRouter } from '../../src/router'

/**
 * Mounts the whole app at `path` with a memory-history router, a fresh Pinia
 * over the fixture course (see vite.config.ts). Tests then
 * query it as a user would: by role, label and text.
 */
export async function mountApp(path: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter(createMemoryHistory())
  await router.push(path)
  await router.isReady()
  const wrapper = mount(App, { global: { plugins: [pinia, router] }, attachTo: document.body })
  await flushPromises()
  // Lazy views and module chunks resolve over several ticks.
  await new Promise((resolve) => setTimeout(resolve, 0))
  await flushPromises()
  return { wrapper, router }
}

/** Waits until `predicate` holds, for views that load data after mounting. */
export async function until(predicate: () => boolean, tries = 50): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (predicate()) return
    await new Promise((resolve) => setTimeout(resolve, 10))
    await flushPromises()
  }
  throw new Error('condition not met')
}
