import { nextTick, ref, useTemplateRef, type Ref } from 'vue'

export interface UseAskFirstReturn {
  /** True while the question is on screen. */
  asking: Ref<boolean>
  /** Shows the question and moves the focus to it (the element with `ref="question"`). */
  ask: () => Promise<void>
  /** Hides it and gives the focus back to the button that asked (`ref="ask-button"`). */
  cancel: () => Promise<void>
  /** Hides it and does what was asked. */
  confirm: () => void
}

/**
 * A button whose action is asked about first, on the page rather than in a browser pop-up (which an
 * LMS's frame may forbid, answering "no" at once): restarting a role-play, starting the exam.
 * `asking` may be the component's own model, for a page that pauses its keys meanwhile.
 */
export function useAskFirst(onConfirm: () => void, asking: Ref<boolean> = ref(false)): UseAskFirstReturn {
  const question = useTemplateRef<HTMLElement>('question')
  const button = useTemplateRef<HTMLButtonElement>('ask-button')

  async function ask(): Promise<void> {
    asking.value = true
    await nextTick()
    question.value?.focus()
  }
  async function cancel(): Promise<void> {
    asking.value = false
    await nextTick()
    button.value?.focus()
  }
  function confirm(): void {
    asking.value = false
    onConfirm()
  }
  return { asking, ask, cancel, confirm }
}
