/** A new version of the course, installed and waiting for the learner's 重新加载. */
import { addMessages } from '../catalogue'

const messages = {
  newVersion: {
    title: '有新版本',
    body: '课程已经更新。重新加载后即可使用新版本，学习记录不受影响。',
    reload: '重新加载',
  },
}

addMessages(messages)
export default messages
