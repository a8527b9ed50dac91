/** The lock over the trainer's pages when the device has a trainer's PIN. */
import { addMessages } from '../catalogue'

const messages = {
  trainerLock: {
    loading: '正在读取……',
    lockedIntro: '这台电脑设了培训师 PIN：输入后才能使用培训师工具。学员不需要这一页。',
    pinLabel: '培训师 PIN（4 位数字）',
    unlock: '解锁',
    toggleLocked: '培训师视图要先解锁培训师工具（在学员成绩等页面输入培训师 PIN）才能打开或关闭。',
  },
}

addMessages(messages)
export default messages
