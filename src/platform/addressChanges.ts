/**
 * Calls `callback` with the new address's hash (`#/…`) each time something other than the
 * router's own pushes and replaces changes it: a link, back or forward, a launcher's script (the
 * event the router's hash history listens to). Returns the function that stops listening.
 */
export function onAddressChange(callback: (hash: string) => void): () => void {
  const changed = () => callback(window.location.hash)
  addEventListener('popstate', changed)
  return () => removeEventListener('popstate', changed)
}
