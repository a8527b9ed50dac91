/** Home's 今日 card, the parts only some learners see (an unfinished quiz, a candidate's skill tests): they load with those parts. */
import { addMessages } from '../catalogue'

const messages = {
  homeToday: {
    quizHeading: '上次没做完',
    quizDetail: '「{title}」的{mode}，停在第 {current} / {total} 题。',
    practice: '练习',
    test: '测验',
    quizResume: '继续答题',
    quizOthers: '还有 {count} 个没做完的，在「练习」里',
    interviewHeading: '面试前练一练',
    interviewIntro: '面试常考朗读和打字，先各试一次，心里就有底了：',
    interviewReadiness: '准备得怎么样？看看面试准备情况',
  },
}

addMessages(messages)
export default messages
