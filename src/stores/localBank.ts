import { acceptHMRUpdate, defineStore } from 'pinia'
import { parseLocalBank, type ExchangeQuestion } from '../domain/trainer/exchange'
import { LOCAL_BANK_KEY, LOCAL_BANK_ROWS } from '../platform/storageKeys'
import { deviceList } from './deviceList'
import { useSavedDataStore } from './savedData'

/** Questions a trainer imported from a GIFT file, one row per question. */
export const useLocalBankStore = defineStore('localBank', () => {
  const list = deviceList<ExchangeQuestion>(useSavedDataStore(), {
    kind: LOCAL_BANK_ROWS,
    keyOf: (question) => question.id,
    check: parseLocalBank,
    legacyKey: LOCAL_BANK_KEY,
    name: '本地题库',
  })
  return {
    questions: list.items,
    saveError: list.saveError,
    loaded: list.loaded,
    load: list.load,
    ready: list.ready,
    save: list.save,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLocalBankStore, import.meta.hot))
