import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, vi } from 'vitest'

// jsdom has no layout engine: scrolling does nothing in a browser without one, so do nothing here too.
Element.prototype.scrollIntoView = vi.fn()
window.scrollTo = vi.fn() as unknown as typeof window.scrollTo

// Every app a test mounts is unmounted after it, so the next test starts with an empty document.
enableAutoUnmount(afterEach)

// A component test waits up to 5 s for each thing it expects (tests/components/mountApp.ts): give the
// whole test room for a few such waits on a loaded machine, so a slow wait fails with its own message.
vi.setConfig({ testTimeout: 20_000 })
