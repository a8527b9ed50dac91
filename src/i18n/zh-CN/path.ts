/** The way through the course: module rings and badges, the daily goal and streak, module and course completion. */
import { addMessages } from '../catalogue'

const messages = {
  path: {
    ringLabel: '{title}：已学完 {done} / {total} 课',
    goalLessons: '每天学 {count} 课',
    goalQuestions: '每天答 {count} 道题',
    goalTodayLessons: '今日目标：学 {count} 课，已学 {done} 课',
    goalTodayQuestions: '今日目标：答 {count} 道题，已答 {done} 道',
    goalMet: '今日目标已完成',
    streak: '连续学习 {days} 天',
    streakNone: '今天学一点，连续学习从今天算起。',
    badgeEarned: '已获得徽章',
    badgeNotYet: '未获得',
    badgeLessons: '课程 {done}/{total}',
    badgeQuizPassed: '测验已通过',
    badgeQuizNotTaken: '测验还没做',
    badgeQuizNotPassed: '测验未通过（最好 {best}%）',
    moduleCompleteHeading: '「{title}」的课程全部学完了！',
    moduleCompleteBody: '做得好。接下来做本模块测验，通过后获得本模块徽章。',
    moduleCompleteBadge: '做得好，你已获得本模块徽章。',
  },
}

addMessages(messages)
export default messages
