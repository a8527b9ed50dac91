/** The learner's certificate page and their own printout (学习证明); checking codes is in signing.ts. */
import { addMessages } from '../catalogue'

const messages = {
  certificate: {
    title: '结业证书',
    heading: '学习证明',
    course: '客服人员培训课程',
    body: '{name} 完成了客服人员培训课程的学习，并通过结业考试，成绩 {score} 分。',
    bodyExamOnly: '{name} 通过了客服人员培训课程的结业考试，成绩 {score} 分。',
    notSigned: '本学习证明由学员自行打印，不是培训师签名的证书；正式证书由培训师签发，带签名二维码。',
    number: '证书编号：{number}',
    passedOn: '颁发日期：{date}',
    validUntil: '有效期至：{date}（到期需重新认证）',
    nameLabel: '你的姓名',
    needName: '证书上要印你的姓名，请先填写。姓名会保存到你的学员资料中。',
    saveName: '保存姓名',
    nameFixed: '证书上的姓名在通过考试时确定。如需更正，请联系培训师重新颁发。',
    print: '打印学习证明',
    notPassed: '通过结业考试后才能获得证书。',
    toExam: '去结业考试',
    verifyLink: '如何核对证书',
  },
}

addMessages(messages)
export default messages
