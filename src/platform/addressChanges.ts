/**
 * Calls `callback` with the new address (the part after `#`) each time something other than the
 * router's own pushes and replaces changes it: a link, back or forward, a launcher's script. Returns
 * the function that stops listening.
 */
export function onAddressChange(callback: (hash: string) => void): () => void {
  // Chromium fires popstate at once and hashchange a task later; either may come first elsewhere.
  const changed = () => callback(window.location.hash)
  addEventListener('popstate', changed)
  addEventListener('hashchange', changed)
  return () => {
    removeEventListener('popstate', changed)
    removeEventListener('hashchange', changed)
  }
}
