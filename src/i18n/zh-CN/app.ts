/** The frame of every page: header, navigation, notices, input problems. */
import { addMessages } from '../catalogue'

const messages = {
  app: {
    name: '客服人员培训课程',
    skipToContent: '跳到正文',
    readingHistory: '正在读取你的学习记录……',
    textSize: '字号',
    textSizes: { normal: '标准', large: '大', xlarge: '特大' },
    mainNav: '主导航',
    footer: '每条规则都可以展开「出处」查看依据。学习进度只保存在本浏览器中。',
  },
  common: {
    loadFailed: '加载失败，请检查网络后重试。',
  },
  nav: {
    home: '首页',
    trainer: '培训师',
    exam: '结业考试',
    progress: '我的进度',
    learner: '学员：{name}',
    scenarios: '情景演练',
    quizzes: '测验',
    sources: '原文',
    learn: '学习',
    practice: '练习',
    roleplay: '演练',
    progressTab: '进度',
    me: '我的',
    back: '返回',
    backTo: '返回上一级',
  },
  notFound: {
    title: '页面不存在',
    body: '这个链接没有对应的页面，可能已经变更。',
    home: '回到首页',
  },
  update: {
    available: '有新版本',
    availableBody: '课程已经更新。重新加载后即可使用新版本，学习记录不受影响。',
    reload: '重新加载',
    pageFailed: '这个页面没有打开：可能是网络断开了，或者课程刚刚更新过。请检查网络后点“重试”。',
    retry: '重试',
  },
}

addMessages(messages)
export default messages
