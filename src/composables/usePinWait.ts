import { computed, onScopeDispose, ref, type ComputedRef } from 'vue'
import { useSavedDataStore } from '../stores/savedData'
import { META } from '../platform/storageKeys'
import { now } from '../platform/clock'
import {
  afterWrongPin,
  forgetPinTries,
  parsePinTries,
  pinWaitLeft,
  type PinTriesByLearner,
} from '../domain/progress/pinTries'

export interface PinWait {
  /** Milliseconds before `learner`'s PIN may be tried again; 0 when it may be now. Counts down each second. */
  waitLeft: ComputedRef<number>
  /** Wrong PINs in a row for `learner`, as saved. */
  failures: ComputedRef<number>
  /** Resolves once the saved counts are read: a try before that could slip past a wait. */
  ready: Promise<void>
  /** Counts a wrong PIN. */
  wrong: () => Promise<void>
  /** Forgets the count after the right PIN. */
  right: () => Promise<void>
}

/**
 * The wait before a learner's PIN may be tried again after wrong ones in a row. The counts are
 * kept in the database, so a reload or another tab does not start them again.
 */
export function usePinWait(learner: () => string): PinWait {
  const savedData = useSavedDataStore()
  const tries = ref<PinTriesByLearner>({})
  const clock = ref(now().getTime())
  const waitLeft = computed(() => pinWaitLeft(tries.value[learner()], clock.value))
  let timer: ReturnType<typeof setInterval> | undefined
  function stop(): void {
    clearInterval(timer)
    timer = undefined
  }
  function countDown(): void {
    clock.value = now().getTime()
    if (waitLeft.value === 0) stop()
    else timer ??= setInterval(countDown, 1000)
  }
  async function read(): Promise<PinTriesByLearner> {
    return parsePinTries(await savedData.database.meta(META.pinTries).catch(() => null))
  }
  const ready = read().then((saved) => {
    tries.value = saved
    countDown()
  })
  // Read again before each change: another tab may have counted tries since.
  async function save(change: (saved: PinTriesByLearner) => PinTriesByLearner): Promise<void> {
    const next = change(await read())
    tries.value = next
    countDown()
    // The plain object, not the page's reactive copy (which the database cannot store). Not saved
    // (a full or refused database): the count still holds on this page.
    await savedData.database.write({ meta: { [META.pinTries]: next } }).catch(() => {})
  }
  onScopeDispose(stop)
  return {
    waitLeft,
    failures: computed(() => tries.value[learner()]?.failures ?? 0),
    ready,
    wrong: () => save((saved) => afterWrongPin(saved, learner(), now().getTime())),
    right: async () => {
      if (tries.value[learner()]) await save((saved) => forgetPinTries(saved, learner()))
    },
  }
}
