import { onBeforeUnmount, onMounted } from 'vue'

export interface UseShortcutKeysOptions {
  /**
   * Elements (tag names) that keep their own keys: a key pressed in one of them
   * is not a shortcut. Text fields always keep theirs.
   */
  keepKeysIn?: readonly string[]
}

const TEXT_FIELDS = ['INPUT', 'TEXTAREA', 'SELECT']

/**
 * A page's own keyboard shortcuts (digits and letters to pick, Enter to go on),
 * listened for while the page is shown. Key presses with Ctrl, Alt, Meta or Shift
 * are left to the browser and assistive technology.
 */
export function useShortcutKeys(
  handle: (event: KeyboardEvent, targetTag: string) => void,
  options: UseShortcutKeysOptions = {},
): void {
  const keepKeysIn = options.keepKeysIn ?? TEXT_FIELDS
  function onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.isComposing) return
    const tag = (event.target as HTMLElement | null)?.tagName ?? ''
    if (keepKeysIn.includes(tag)) return
    handle(event, tag)
  }
  onMounted(() => window.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown))
}
