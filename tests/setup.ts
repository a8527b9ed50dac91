// jsdom has no layout engine: scrolling does nothing in a browser without one, so do nothing here too.
import { vi } from 'vitest'

Element.prototype.scrollIntoView = vi.fn()
window.scrollTo = vi.fn() as unknown as typeof window.scrollTo
