/** The frame of every page: header, navigation, notices, input problems. */
import { addMessages } from '../catalogue'

const messages = {
  app: {
    name: '客服人员培训课程',
    skipToContent: '跳到正文',
    readingHistory: '正在读取你的学习记录……',
    openingPage: '正在打开页面……',
    mainNav: '主导航',
    footer: '每条规则都可以展开「出处」查看依据。学习进度只保存在本浏览器中。',
  },
  common: {
    loadFailed: '加载失败，请检查网络后重试。',
  },
  nav: {
    home: '首页',
    exam: '结业考试',
    learner: '学员：{name}',
    learn: '学习',
    practice: '练习',
    roleplay: '演练',
    progressTab: '进度',
    me: '我的',
    back: '返回',
  },
  update: {
    pageFailed: '这个页面没有打开：可能是网络断开了（没打开过的页面要联网下载）。请联网后点“重试”。',
    retry: '重试',
  },
}

addMessages(messages)
export default messages
