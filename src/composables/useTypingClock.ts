/**
 * The clock of one typing test: it starts at the learner's first key, cannot be paused, and is read
 * from this page's monotonic clock, so changing the device's time gives no extra time.
 */
import { computed, onScopeDispose, ref, type ComputedRef } from 'vue'
import { elapsedOf, type TypingMinutes } from '../domain/typing/scoring'
import { monotonicNow } from '../platform/monotonic'

export interface UseTypingClockOptions {
  /** The test's length. */
  minutes: TypingMinutes
  /** Called on every tick (five a second) once started, with the milliseconds left before and after it. */
  onTick: (before: number, after: number) => void
}

export interface UseTypingClockReturn {
  /** Whether the clock has started. */
  started: ComputedRef<boolean>
  /** Milliseconds of the test used, never more than its length. */
  elapsedMs: ComputedRef<number>
  /** Milliseconds left. */
  msLeft: ComputedRef<number>
  /** Starts the clock; later calls do nothing. */
  start: () => void
  /** Reads the clock now (between ticks); true once the time is up. */
  check: () => boolean
  /** Stops ticking: the test is over. */
  stop: () => void
}

/** A typing test's countdown. */
export function useTypingClock(options: UseTypingClockOptions): UseTypingClockReturn {
  const startedAt = ref<number | null>(null)
  const nowMs = ref(monotonicNow())
  let ticker: ReturnType<typeof setInterval> | undefined
  const elapsedMs = computed(() => elapsedOf(startedAt.value, nowMs.value, options.minutes))
  const msLeft = computed(() => options.minutes * 60_000 - elapsedMs.value)

  function check(): boolean {
    nowMs.value = monotonicNow()
    return msLeft.value <= 0
  }
  function tick(): void {
    const before = msLeft.value
    check()
    options.onTick(before, msLeft.value)
  }
  function start(): void {
    if (startedAt.value !== null) return
    startedAt.value = monotonicNow()
    nowMs.value = startedAt.value
    ticker = setInterval(tick, 200)
  }
  const stop = () => clearInterval(ticker)
  onScopeDispose(stop)

  return { started: computed(() => startedAt.value !== null), elapsedMs, msLeft, start, check, stop }
}
