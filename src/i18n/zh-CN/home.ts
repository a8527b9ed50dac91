/** The home page and module pages: the way through the course. */
import { addMessages } from '../catalogue'

const messages = {
  home: {
    title: '客服人员培训课程',
    intro: '面向新入职客服、培训师和准备呼叫中心面试的求职者。按模块学习，边学边练。',
    progressHeading: '我的学习',
    progressSummary: '已学完 {done} / {total} 课',
    continue: '继续学习：{title}',
    start: '从第一课开始',
    allDone: '全部课程都已学完，做得好！',
    todayHeading: '今日',
    nextLessonLabel: '下一课',
    trainerHint: '培训师工具（布置测验、学员名单、原文）在「我的」→ 培训师。',
    trainerLink: '前往培训师工具',
    reviewHeading: '今日复习',
    reviewOffer: '做今日复习（{count} 道题）',
    reviewCapNote: '每天最多 {cap} 道，已到期 {due} 道。',
    reviewCapChange: '调整每日上限',
    reviewDoneToday: '今天的复习做完了（每天最多 {cap} 道），其余的明天再复习。',
    reviewNone: '今天没有要复习的题。',
    scenarioHeading: '演练一下',
    scenarioOffer: '情景演练：{title}',
    scenarioWhy: '练习「{module}」的内容，还没有评为优秀。',
    scenarioAny: '还没有评为优秀的情景。',
    modulesHeading: '课程模块',
    practiceHeading: '练习与考核',
    scenariosCard: '情景演练',
    scenariosCardDetail: '{count} 个情景：北京地图、破口大骂的客户、线路不好的来电、面试……',
    quizzesCard: '测验与练习',
    quizzesCardDetail: '题库 {count} 道题：单选、多选、判断，另有错题本。',
    moduleLessons: '{count} 课',
    moduleProgress: '{title}学习进度',
    audience: '适合：{list}',
    examHeading: '结业考试',
    examRules: '{count} 道题，限时 {minutes} 分钟，{passMark} 分及格。',
    examAttempts: '还可以考 {left} 次（共 {max} 次）。',
    examReady: '各模块都已完成，可以参加考试了。',
    examNotReady: '还有 {count} 个模块没有完成（学完课程并通过模块测验）。建议完成后再考。',
    examPassed: '已通过结业考试（{percent} 分）。',
    examStart: '前往结业考试',
    examCertificate: '查看证书',
    examNoneLeft: '考试次数已用完，请联系培训师。',
  },
}

addMessages(messages)
export default messages
