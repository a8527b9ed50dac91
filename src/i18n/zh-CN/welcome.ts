/** The first visit's welcome: who is learning. Apart from the 学员 page's strings, as it shows on the first page. */
import { addMessages } from '../catalogue'

const messages = {
  welcome: {
    heading: '欢迎！先认识一下你',
    intro: '填写后，姓名会显示在成绩代码和结业证书上。信息只保存在这台设备的浏览器中。',
    nameLabel: '姓名（必填）',
    staffIdLabel: '工号（选填）',
    teamLabel: '班组（选填）',
    purposeLegend: '你来这里是为了',
    purposes: {
      newHire: '新员工入职学习',
      interview: '准备客服岗位面试',
      trainer: '我是培训师',
    },
    start: '保存并继续',
    sameName: '是你自己？到「学员」页面切换过去',
  },
}

addMessages(messages)
export default messages
