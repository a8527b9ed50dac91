/**
 * Every interface string of the course, gathered from one file per area. Course text lives in
 * content/; this file holds only the words of the app around it. A
 * traditional-Chinese display is a second file of the same shape.
 */
import type app from './zh-CN/app'
import type notFound from './zh-CN/notFound'
import type newVersion from './zh-CN/newVersion'
import type certificate from './zh-CN/certificate'
import type exam from './zh-CN/exam'
import type handIn from './zh-CN/handIn'
import type home from './zh-CN/home'
import type homeToday from './zh-CN/homeToday'
import type input from './zh-CN/input'
import type learn from './zh-CN/learn'
import type me from './zh-CN/me'
import type module from './zh-CN/module'
import type path from './zh-CN/path'
import type profiles from './zh-CN/profiles'
import type welcome from './zh-CN/welcome'
import type progress from './zh-CN/progress'
import type readiness from './zh-CN/readiness'
import type quiz from './zh-CN/quiz'
import type scenario from './zh-CN/scenario'
import type storage from './zh-CN/storage'
import type trainer from './zh-CN/trainer'
import type trainerLock from './zh-CN/trainerLock'
import type trainerPin from './zh-CN/trainerPin'
import type learnerRoster from './zh-CN/learnerRoster'
import type signing from './zh-CN/signing'
import type lan from './zh-CN/lan'
import type itemAnalysis from './zh-CN/itemAnalysis'
import type trainerForms from './zh-CN/trainerForms'
import type lms from './zh-CN/lms'
import type voice from './zh-CN/voice'
import type typing from './zh-CN/typing'
import type spotting from './zh-CN/spotting'
import type skillLabs from './zh-CN/skillLabs'

/** Every string of every area: the type the keys are checked against. Each area's strings load with the code that uses them. */
export type Messages = typeof app &
  typeof notFound &
  typeof newVersion &
  typeof certificate &
  typeof exam &
  typeof handIn &
  typeof home &
  typeof homeToday &
  typeof input &
  typeof learn &
  typeof me &
  typeof module &
  typeof path &
  typeof profiles &
  typeof welcome &
  typeof progress &
  typeof readiness &
  typeof quiz &
  typeof scenario &
  typeof storage &
  typeof trainer &
  typeof trainerLock &
  typeof trainerPin &
  typeof trainerForms &
  typeof itemAnalysis &
  typeof lan &
  typeof signing &
  typeof learnerRoster &
  typeof lms &
  typeof voice &
  typeof typing &
  typeof spotting &
  typeof skillLabs
