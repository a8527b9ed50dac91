import { computed, onScopeDispose, ref, watch, type ComputedRef, type Ref } from 'vue'
import { useMessages } from '../i18n'
import { useSavedDataStore } from '../stores/savedData'
import { META } from '../platform/storageKeys'
import { now } from '../platform/clock'
import {
  afterWrongPin,
  forgetPinTries,
  parsePinTries,
  pinWaitLeft,
  waitInWords,
  type PinTriesByLearner,
} from '../domain/progress/pinTries'
import '../i18n/zh-CN/profiles'

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

/**
 * A PIN field's wait said as its problem (`problem`): at once when a wait from an earlier visit or
 * another tab still runs, after the wrong PIN that starts one, and taken away when it is over.
 */
export function usePinWaitProblem(
  learner: () => string,
  problem: Ref<string | null>,
): { waitLeft: ComputedRef<number>; mustWait: () => Promise<boolean>; afterTry: (wrongPin: boolean) => Promise<void> } {
  const { t } = useMessages()
  const { waitLeft, failures, ready, wrong, right } = usePinWait(learner)
  /** The problem shown is the wait, which goes once it is over. */
  const waiting = ref(false)
  /** The last wrong PIN being counted: the next try waits for it, the button does not. */
  let counting: Promise<void> = Promise.resolve()
  function sayWait(): void {
    waiting.value = true
    problem.value = t('profiles.tooManyTries', { count: failures.value, wait: waitInWords(waitLeft.value) })
  }
  void ready.then(() => {
    if (waitLeft.value > 0) sayWait()
  })
  watch(waitLeft, (left) => {
    if (left > 0 || !waiting.value) return
    waiting.value = false
    problem.value = null
  })
  return {
    waitLeft,
    /** Before a try: true (and the wait said) while the next try must wait. */
    async mustWait() {
      await ready
      await counting
      if (waitLeft.value === 0) return false
      sayWait()
      return true
    },
    /** After a try: a wrong PIN is counted (and a wait it starts said); the right one forgets the count. */
    async afterTry(wrongPin) {
      if (!wrongPin) return right()
      counting = wrong().then(() => {
        if (waitLeft.value > 0) sayWait()
      })
    },
  }
}
