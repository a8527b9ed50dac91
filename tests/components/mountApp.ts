import { fireEvent, screen } from '@testing-library/dom'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import App from '../../src/App.vue'
import { createAppRouter } from '../../src/router'
import type { StoredRow } from '../../src/platform/database'
import { loadSavedData } from '../../src/stores/loadSavedData'
import { useProgressStore } from '../../src/stores/progress'
import { useSavedDataStore } from '../../src/stores/savedData'
import { whenPageShown } from '../../src/composables/useRenderAfterPaint'

/** How long a wait may take: long enough for a machine under load, short of the test's own timeout (tests/setup.ts). */
export const WAIT_TIMEOUT_MS = 5000

/**
 * Mounts the whole app at `path` with a memory-history router, a fresh Pinia
 * over the fixture course (see vite.config.ts), attached to document.body. Tests then
 * query it as a user would, by role, label and text, with @testing-library/dom's `screen`.
 * tests/setup.ts unmounts it after each test (`enableAutoUnmount`).
 *
 * The app reads what this test saved so far: tests/setup.ts gives each test a fresh IndexedDB,
 * so unmounting and mounting again within a test stands for a reload of the page.
 */
export async function mountApp(path: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  // As in main.ts: the saved data is read before the app shows.
  await loadSavedData(pinia)
  const router = createAppRouter(createMemoryHistory())
  await router.push(path)
  await router.isReady()
  const host = document.body.appendChild(document.createElement('div'))
  const wrapper = mount(App, { global: { plugins: [pinia, router] }, attachTo: host })
  // Unmounting leaves an empty document for the next app. A test that unmounts to stand for a
  // reload is unmounted again after it (enableAutoUnmount): the second time does nothing.
  const unmount = wrapper.unmount.bind(wrapper)
  let mounted = true
  wrapper.unmount = () => {
    if (!mounted) return
    mounted = false
    unmount()
    host.remove()
  }
  // As the course's start shows its first page: once the parts rendered after the first (the header among them) are in.
  await whenPageShown()
  await flushPromises()
  return { wrapper, router, pinia }
}

/**
 * What the learner 学员 1 has saved of one kind ('lesson', 'attempt', 'session', 'card', 'run'),
 * by key, read back from the database of the app mounted last, once every save made so far is written.
 *
 * @example
 * (await savedRecords('session'))['m-basics'] // the quiz under way
 */
export async function savedRecords(kind: string): Promise<Record<string, unknown>> {
  await useProgressStore().settled()
  const rows = await useSavedDataStore().database.rowsOf('default')
  return Object.fromEntries(rows.filter((row) => row.kind === kind).map((row) => [row.key, row.value]))
}

/** An earlier visit saved these rows (and 学员 1 with them); the app mounted next reads them. */
export async function savedBefore(rows: StoredRow[]): Promise<void> {
  const pinia = createPinia()
  await loadSavedData(pinia)
  await useSavedDataStore(pinia).database.write({ put: rows })
}

/**
 * Waits until `find` returns without throwing (a testing-library query or an
 * `expect`), and returns what it returned. Lazy views, module chunks and
 * question banks load over an unknown number of ticks, so this polls rather
 * than counting ticks; on timeout it fails saying what was awaited.
 *
 * @example
 * const button = await waitFor('the start button', () => screen.getByRole('button', { name: '开始答题' }))
 */
export async function waitFor<T>(what: string, find: () => T, timeout = WAIT_TIMEOUT_MS): Promise<T> {
  try {
    return await vi.waitFor(find, { timeout, interval: 20 })
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new Error(`Waited ${timeout} ms for ${what}, in vain. Last failure: ${reason}`, { cause: error })
  }
}

/** Clicks as a user would (a click on a submit button submits its form) and lets Vue re-render. */
export async function click(element: Element): Promise<void> {
  fireEvent.click(element)
  await flushPromises()
}

/** Types `value` into a text field (replacing what was there) and lets Vue re-render. */
export async function typeInto(element: Element, value: string): Promise<void> {
  fireEvent.input(element, { target: { value } })
  await flushPromises()
}

/**
 * What the page's live regions of `role` say: the text of each that says something. Every page
 * keeps some regions ready and empty (so what appears in them is announced), so a test looks for
 * what is said rather than for the only region.
 *
 * @example
 * expect(liveTexts('alert')).toEqual(['请先作答。'])
 */
export function liveTexts(role: 'alert' | 'status'): string[] {
  return screen
    .queryAllByRole(role)
    .map(textOf)
    .filter((text) => text !== '')
}

/** An element's text as it reads on screen: runs of white space as one space, trimmed. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/** The problem a field is described by, as a screen reader reads it after the field; null when it has none. */
export function problemOf(field: HTMLElement): string | null {
  if (field.getAttribute('aria-invalid') !== 'true') return null
  const ids = (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    // Problems only, not the hints some fields are also described by.
    .filter((id) => id.endsWith('-problem') || id.endsWith('-error'))
  return ids.map((id) => textOf(document.getElementById(id))).join(' ')
}
