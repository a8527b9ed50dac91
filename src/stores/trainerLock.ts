import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { parseTrainerPin, TRAINER_PIN_KEY, type TrainerPin } from '../domain/trainer/trainerPin'
import { deviceList } from './deviceList'
import { useSavedDataStore } from './savedData'
import { nothingSaved } from '../platform/savedDataProbe'
import { openChangeChannel } from '../platform/broadcast'

/** The PIN's checks and hashing, loaded when a PIN is set or asked (a device without one never needs them). */
const pinCode = () => import('../platform/pinLoader')

/**
 * The trainer's PIN on this device, and whether this tab has been given it. Unlocked in memory only:
 * a reload, a new tab or 锁定 asks again, so a trainer who walks away leaves nothing open for long.
 */
export const useTrainerLockStore = defineStore('trainerLock', () => {
  const list = deviceList<TrainerPin>(useSavedDataStore(), {
    kind: 'trainerPin',
    keyOf: () => TRAINER_PIN_KEY,
    check: parseTrainerPin,
    legacyKey: '',
    name: '培训师 PIN',
  })
  const unlocked = ref(false)
  // 锁定 locks every tab of this browser, not the one it was pressed in only.
  const channel = openChangeChannel<{ type: 'trainer-locked' }>((message) => {
    if (message.type === 'trainer-locked') unlocked.value = false
  })
  let reading: Promise<void> | null = null
  /** Loads once. A device that has saved nothing holds no trainer's PIN: nothing is opened to find that out. */
  function ready(): Promise<void> {
    reading ??= nothingSaved().then((none) => (none ? list.startEmpty() : list.ready()))
    return reading
  }
  const pinSet = computed(() => list.items.value.length > 0)
  /** True while a PIN is set and this tab has not been given it. */
  const locked = computed(() => pinSet.value && !unlocked.value)

  /** Whether `pin` is the trainer's: null when it is (or none is set), else why not. */
  async function check(pin: string): Promise<string | null> {
    const saved = list.items.value[0]
    return saved ? (await pinCode()).pinMismatch(saved.pin, pin, '请输入培训师 PIN。') : null
  }

  /** Opens the trainer's tools in this tab; the reason when the PIN is not the trainer's. */
  async function unlock(pin: string): Promise<string | null> {
    await ready()
    const problem = await check(pin)
    if (!problem) unlocked.value = true
    return problem
  }

  /** Sets the trainer's PIN where none is set; this tab stays open. A PIN set already is taken away first. */
  async function setPin(pin: string): Promise<string | null> {
    await ready()
    if (pinSet.value) return '这台电脑已经设了培训师 PIN。'
    const record = await (await pinCode()).newPinRecord(pin)
    if (typeof record === 'string') return record
    const saved = await list.save([{ pin: record }])
    if (!saved) unlocked.value = true
    return saved
  }

  /** Takes the PIN away, once it is given. */
  async function removePin(pin: string): Promise<string | null> {
    await ready()
    const problem = await check(pin)
    return problem ?? list.save([])
  }

  function lock(): void {
    unlocked.value = false
    channel.post({ type: 'trainer-locked' })
  }

  return {
    ready,
    loaded: list.loaded,
    saveError: list.saveError,
    pinSet,
    locked,
    unlock,
    setPin,
    removePin,
    lock,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useTrainerLockStore, import.meta.hot))
