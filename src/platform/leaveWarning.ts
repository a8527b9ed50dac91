/**
 * The browser's own question before a reload or a closed tab, while `active()` holds: what the page
 * asks on its own way out cannot cover them. The browser words it; a page may not.
 * Returns the way to stop asking.
 */
export function askBeforeUnload(active: () => boolean): () => void {
  const ask = (event: BeforeUnloadEvent) => {
    if (!active()) return
    event.preventDefault()
    // Older Chromium and Safari ask only when this is set as well.
    event.returnValue = ''
  }
  window.addEventListener('beforeunload', ask)
  return () => window.removeEventListener('beforeunload', ask)
}
