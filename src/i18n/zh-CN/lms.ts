/** Running inside an LMS: what the learner sees when a launch fails or the LMS cannot be reached. */
import { addMessages } from '../catalogue'

const messages = {
  lms: {
    launchFailed: '{reason}课程仍可照常学习，但这次的学习进度不会记入学习平台。',
    resumeFailed: '没能恢复学习平台保存的进度：{reason}本机已有的记录不受影响。',
    reportFailed: '学习进度没能记入学习平台：{reason}请不要关闭页面，稍后会再试。',
    dismiss: '知道了',
    noticeHeading: '学习平台',
    examDeferred: '考试次数和证书由你的学习平台记录。',
  },
}

addMessages(messages)
export default messages
