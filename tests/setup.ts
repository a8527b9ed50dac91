import { enableAutoUnmount } from '@vue/test-utils'
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, beforeEach, vi } from 'vitest'

// jsdom has no layout engine: scrolling does nothing in a browser without one, so do nothing here too.
Element.prototype.scrollIntoView = vi.fn()
window.scrollTo = vi.fn() as unknown as typeof window.scrollTo
// Nor media queries: the device asks for nothing (no reduced motion).
window.matchMedia = (query: string) => ({ matches: false, media: query }) as MediaQueryList

// Every app a test mounts is unmounted after it, so the next test starts with an empty document.
enableAutoUnmount(afterEach)

// A component test waits up to 5 s for each thing it expects (tests/components/mountApp.ts): give the
// whole test room for a few such waits on a loaded machine, so a slow wait fails with its own message.
vi.setConfig({ testTimeout: 20_000 })

// Each test starts on a device with nothing saved: a fresh IndexedDB (and localStorage, by the tests themselves).
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})

// The stores tell other tabs what they saved over a BroadcastChannel they never close (a page lives until
// it is closed). Every channel a test opened is closed after it, so a page left over from one test can
// neither hear nor tell the next test's pages anything.
const channels: BroadcastChannel[] = []
const NativeBroadcastChannel = globalThis.BroadcastChannel
globalThis.BroadcastChannel = class extends NativeBroadcastChannel {
  constructor(name: string) {
    super(name)
    channels.push(this)
  }
}
afterEach(() => {
  for (const channel of channels.splice(0)) channel.close()
})
