/** 我的 › 培训师工具: setting the trainer's PIN, and locking the tools again. */
import { addMessages } from '../catalogue'

const messages = {
  trainerPin: {
    heading: '培训师 PIN',
    intro:
      '学员共用这台电脑时，设一个培训师 PIN：学员成绩、布置作业、签发证书和培训师视图都要先输入它；别人设了 PIN 的学员，也只有培训师能删除。输入一次后，关闭或刷新页面、或点「锁定培训师工具」后要重新输入。',
    isSet: '已设培训师 PIN。',
    setLabel: '新的培训师 PIN（4 位数字）',
    againLabel: '再输一次新的培训师 PIN',
    set: '设置培训师 PIN',
    removeLabel: '输入培训师 PIN 以取消',
    remove: '取消培训师 PIN',
    saved: '培训师 PIN 已设置。离开这台电脑前请点「锁定培训师工具」。',
    removed: '培训师 PIN 已取消。',
    lock: '锁定培训师工具',
    locked: '培训师工具已锁定，再用时要输入培训师 PIN。',
  },
}

addMessages(messages)
export default messages
