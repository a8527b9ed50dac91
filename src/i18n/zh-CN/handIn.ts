/** Asked before a test is handed in (the exam and a one-try assignment always, another test with questions left). */
import { addMessages } from '../catalogue'

const messages = {
  handIn: {
    title: '确认交卷',
    answered: '已作答 {answered} / {total} 题',
    allAnswered: '全部题目都已作答。',
    unanswered: '还有 {count} 道题未作答。未作答的题不得分，会放进错题本。',
    jumpIntro: '想先补答？点题号直接去那一题：',
    goTo: '第 {number} 题',
    timeLeft: '剩余时间 {time}',
    confirm: '确认交卷',
    cancel: '继续作答',
    attemptsLeft: '交卷后还可以再考 {count} 次。',
    lastAttempt: '这是最后一次考试机会，交卷后不能再考。',
    oneTry: '这份作业只能交一次，交卷后不能重做。',
  },
}

addMessages(messages)
export default messages
