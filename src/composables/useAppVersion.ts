import { onBeforeUnmount, ref } from 'vue'
import { watchAppVersion, type AppVersionState } from '../platform/appVersion'

/** The course's own version as the page knows it (a new one waiting, a page that failed to load), kept current. */
export function useAppVersion() {
  const version = ref<AppVersionState>({ updateReady: false, failedPage: null })
  const stop = watchAppVersion((state) => {
    version.value = state
  })
  onBeforeUnmount(stop)
  return version
}
