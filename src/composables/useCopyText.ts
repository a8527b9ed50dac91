import { ref, type Ref } from 'vue'
import { useMessages } from '../i18n'
import { copyText } from '../platform/clipboard'
import '../i18n/zh-CN/trainer'

export interface UseCopyTextReturn {
  /** What the last copy did, for a polite status line; empty before any. */
  status: Ref<string>
  /** Copies text to the clipboard, or says to copy it by hand where the browser refuses. */
  copy: (text: string) => Promise<void>
}

/** Copying a link or a code to the clipboard, with the outcome in words. */
export function useCopyText(): UseCopyTextReturn {
  const { t } = useMessages()
  const status = ref('')
  async function copy(text: string): Promise<void> {
    status.value = t((await copyText(text)) ? 'trainer.copied' : 'trainer.copyFailed')
  }
  return { status, copy }
}
