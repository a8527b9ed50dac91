/** A module's page: its lessons, its quiz and the role-plays that practise it. */
import { addMessages } from '../catalogue'

const messages = {
  module: {
    lessonsHeading: '本模块课程',
    loading: '正在加载本模块……',
    minutes: '约 {minutes} 分钟',
    learned: '已学完',
    notLearned: '未学',
    backHome: '返回首页',
    notFound: '没有找到这个模块。',
    quizHeading: '本模块测验',
    quizIntro: '题库 {count} 道题，答对 {passMark}% 及格。通过测验并学完课程，就能获得本模块徽章。',
    quizBest: '最好成绩：{percent}%',
    quizPassed: '已通过',
    quizNotYet: '还没有做过。',
    quizStart: '开始本模块测验',
    quizAgain: '再做一次本模块测验',
    quizUnderWay: '有一次测验还没做完：做到第 {current} / {total} 题。',
    quizResume: '继续答题',
    scenariosHeading: '本模块的情景演练',
    scenariosLoading: '正在载入情景……',
    scenariosNone: '这一模块没有专门的情景演练。',
    scenariosAll: '去「演练」看看所有情景',
    scenariosFailed: '情景演练没有加载出来，请检查网络后重试。',
    scenarioBest: '最好评级：{rating}',
    scenarioNotYet: '还没有演练过',
    lessonsDoneQuizLeft: '本模块的课程都学完了！做一次本模块测验，通过后获得徽章。',
    lessonsDoneQuizRetry: '本模块的课程都学完了，测验还没通过：复习一下没把握的课，再做一次，通过后获得徽章。',
    badgeEarned: '已获得本模块徽章：课程学完，测验通过。',
  },
}

addMessages(messages)
export default messages
