/** Certificates and checking one. */
import { addMessages } from '../catalogue'

const messages = {
  certificate: {
    title: '结业证书',
    heading: '结业证书',
    course: '客服人员培训课程',
    body: '{name} 完成了客服人员培训课程的学习，并通过结业考试，成绩 {score} 分，特发此证。',
    number: '证书编号：{number}',
    passedOn: '颁发日期：{date}',
    validUntil: '有效期至：{date}（到期需重新认证）',
    nameLabel: '你的姓名',
    needName: '证书上要印你的姓名，请先填写。姓名会保存到你的学员资料中。',
    saveName: '保存姓名',
    nameFixed: '证书上的姓名在通过考试时确定。如需更正，请联系培训师重新颁发。',
    print: '打印证书',
    notPassed: '通过结业考试后才能获得证书。',
    toExam: '去结业考试',
    verifyLink: '如何核对证书',
  },
  verify: {
    title: '核对证书',
    intro: '输入证书上的编号、姓名、颁发日期和成绩，检查它们是否彼此一致。',
    number: '证书编号',
    name: '姓名',
    date: '颁发日期',
    score: '成绩',
    check: '核对',
    consistent: '一致：编号与姓名、日期、成绩相符。',
    inconsistent: '不一致：编号与填写的信息不符，可能抄错了，或证书内容被改动过。',
    malformed: '编号格式不对，应为 KF-年月日-六位字母数字，例如 KF-20261123-8K2QZP。',
    limits:
      '说明：本课程没有服务器，证书编号是用公开的方法由姓名、日期和成绩算出的。核对能发现抄写错误或被改动的姓名、日期、成绩，但不能证明证书确实由本课程颁发——懂方法的人也能算出一致的编号。需要正式认证时，请以培训师保存的成绩记录为准。',
  },
}

addMessages(messages)
export default messages
