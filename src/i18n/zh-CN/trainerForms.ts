/** Trainer forms: the messages beside each field (assignment, roster import, GIFT import, certificate issue). */
import { addMessages } from '../catalogue'

const messages = {
  trainerForm: {
    titleMissing: '请填写作业标题',
    titleTooLong: '作业标题最多 {max} 个字',
    trainerMissing: '请填写培训师姓名',
    trainerTooLong: '培训师姓名最多 {max} 个字',
    modulesMissing: '请至少选择一个模块',
    modulesUnknown: '所选模块在本课程中找不到，请刷新页面后重新选择',
    pickedMissing: '请至少选择一道题',
    pickedTooMany: '最多只能选 {max} 道题',
    countMissing: '请填写题目数量',
    countRange: '题目数量应在 1–{max} 之间（整数）',
    passMarkMissing: '请填写及格分数',
    passMarkRange: '及格线应在 0–100% 之间',
    timeLimitRange: '时间限制应在 1–{max} 分钟之间（整数），不限时请留空',
    dueInvalid: '截止日期不是有效的日期',
    duePast: '截止日期不能早于今天（{today}）',
    stillWrong: '还不能生成：{problem}',
    giftNoneTaken: '文件里没有可以导入的题目，原因见下面的列表',
    giftRefusedAt: '第 {number} 题（第 {line} 行）{title}：{reason}',
    giftRefused: '第 {number} 题{title}：{reason}',
  },
}

addMessages(messages)
export default messages
