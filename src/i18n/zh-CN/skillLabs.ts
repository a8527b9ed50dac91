/** What the skill labs are called wherever the course links to them: a file of its own, as 我的进度 needs no more of the quiz's words. */
import { addMessages } from '../catalogue'

const messages = {
  skillLabs: {
    voiceLab: '语音练习',
    typing: '打字测试',
    spotting: '找茬：这通电话哪里不规范',
  },
}

addMessages(messages)
export default messages
