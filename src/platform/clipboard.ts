/**
 * Copying text for the learner or trainer to paste elsewhere. The Clipboard API exists only on
 * https and localhost; the training room's plain-http address (`npm run serve:lan`) has the older
 * copy command only, so that is tried too.
 *
 * @returns whether the text was copied
 */
export async function copyText(text: string): Promise<boolean> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text)
      return true
    } catch {
      // Refused (no permission, page not focused): the copy command may still be allowed.
    }
  }
  return copyBySelection(text)
}

/** Selects the text in a field of its own, off screen, and asks the browser to copy the selection. */
function copyBySelection(text: string): boolean {
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null
  const field = document.createElement('textarea')
  field.value = text
  field.readOnly = true
  // Off screen rather than hidden: a hidden field cannot be selected.
  field.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0'
  document.body.append(field)
  field.select()
  field.setSelectionRange(0, text.length)
  let copied = false
  try {
    copied = document.execCommand('copy')
  } catch {
    copied = false
  }
  field.remove()
  focused?.focus({ preventScroll: true })
  return copied
}
