import { watchEffect, type MaybeRefOrGetter, toValue } from 'vue'

const SITE = '客服人员培训课程'

/** Keeps the browser tab's title in step with the page, e.g. "心理素质 · 客服人员培训课程". */
export function useDocumentTitle(title: MaybeRefOrGetter<string | undefined>): void {
  watchEffect(() => {
    const page = toValue(title)
    document.title = page ? `${page} · ${SITE}` : SITE
  })
}
