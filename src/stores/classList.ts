import { acceptHMRUpdate, defineStore } from 'pinia'
import { memberKey, parseClassList, type ClassMember } from '../domain/trainer/classList'
import { deviceList } from './deviceList'
import { useSavedDataStore } from './savedData'

/** The trainer's class list, one row per learner, held against the roster to say who has not handed in. */
export const useClassListStore = defineStore('classList', () => {
  const list = deviceList<ClassMember>(useSavedDataStore(), {
    kind: 'classList',
    keyOf: memberKey,
    check: parseClassList,
    legacyKey: '',
    name: '班级名单',
  })
  return { members: list.items, saveError: list.saveError, ready: list.ready, loaded: list.loaded, save: list.save }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useClassListStore, import.meta.hot))
