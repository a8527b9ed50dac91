/**
 * Every interface string of the course, gathered from one file per area. Course text lives in
 * content/; this file holds only the words of the app around it. A
 * traditional-Chinese display is a second file of the same shape.
 */
import app from './zh-CN/app'
import trainer from './zh-CN/trainer'
import exam from './zh-CN/exam'
import progress from './zh-CN/progress'
import scenario from './zh-CN/scenario'
import quiz from './zh-CN/quiz'
import learn from './zh-CN/learn'
import profiles from './zh-CN/profiles'
import home from './zh-CN/home'
import certificate from './zh-CN/certificate'

// One file per area of the app, so each area's words can be found and changed on their own.
const zhCN = {
  ...app,
  ...trainer,
  ...exam,
  ...progress,
  ...scenario,
  ...quiz,
  ...learn,
  ...profiles,
  ...home,
  ...certificate,
}

export default zhCN
export type Messages = typeof zhCN
