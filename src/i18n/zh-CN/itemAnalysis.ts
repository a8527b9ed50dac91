/** The roster's 题目分析 view: facility and discrimination per question. */
import { addMessages } from '../catalogue'

const messages = {
  itemAnalysis: {
    heading: '题目分析',
    intro:
      '根据 {count} 位学员各自第一次交的答卷（重做时已见过题目，不算在内），看每道题答得怎么样：哪些题太容易、太难，哪些题分不出学得好和学得差的学员。',
    order:
      '这里的题号和选项字母按题库的顺序排列；学员作答时题目和选项的顺序是打乱的，各人看到的不一样。和学员讨论某道题时，请按题目内容对照，不要按题号或字母。',
    helpHeading: '这些数字是什么意思',
    facilityTerm: '答对率',
    facilityText: '答对这道题的人占作答人数的比例。90% 以上是几乎人人都会，20% 以下是几乎人人都错。',
    discriminationTerm: '区分度',
    discriminationText:
      '这道题能不能把学得好和学得差的学员分开，在 −1 到 1 之间：其余各题得分高的学员多答对、得分低的多答错，数值就高。0.3 以上算好，0.2 以下偏弱，小于 0 表示学得好的学员反而更容易答错。',
    actionTerm: '标出的题怎么办',
    actionText:
      '点题号打开这道题，对照正确答案看一看，还能看到每个选项各有多少人选。很多人选了同一个错误选项，多半是这一点没讲清楚，或者这个选项也说得通。几乎人人答错：先查答案有没有标错、题干是否说清楚、课上有没有讲到；几乎人人答对：可以换一道更贴近实际工作的题；区分度为负：多半是题干有歧义或答案有争议，应当修改，改好之前先不要用。',
    few: '作答不足 {min} 人的题不计算答对率和区分度：人数太少时，一个人答对或答错就会让数字变化很大，看不出真实情况。',
    noneComputed: '还没有一道题能计算：每道题要有 {min} 人作答才计算，现在作答人数最多的一道题只有 {most} 人。',
    drawnHint:
      '这份作业是随机抽题，每人抽到的题不同，每道题的作答人数会少得多；想分析一套固定的题，布置作业时选「手动选题」，所有学员答同一套题。',
    showFew: '仍然查看这 {count} 道题各有多少人作答',
    someComputed: '已计算 {computed} 道题；另有 {few} 道题作答不足 {min} 人，没有计算。',
    none: '这份作业还没有带每题对错的答卷（旧版成绩代码不带），暂时无法分析。',
    caption: '每道题的答对率、区分度和提示',
    tableHint: '表格较宽时可以左右滑动，题号一列固定不动，题目在最右一列。',
    number: '题号',
    facility: '答对率',
    discrimination: '区分度',
    answered: '作答人数',
    flags: '提示',
    stem: '题目',
    open: '第 {number} 题',
    notComputed: '未计算',
    flagEasy: '几乎人人答对',
    flagHard: '几乎人人答错',
    flagNegative: '区分度为负',
    flagFew: '人数不足，不计算',
    flagNone: '无',
    stemMissing: '（已不在题库中）',
    loading: '正在加载题目……',
    detailRight: '答对 {right} 人，共 {answered} 人作答',
    key: '正确答案：{key}',
    keyMark: '（正确答案）',
    picked: '{count} 人选了这一项（{percent}%）',
    ticked: '{count} 人勾选了这一项（{percent}%）',
    unanswered: '未作答：{count} 人。',
    picksUnknown: '这些成绩代码没有记录学员选了哪一项（旧版课程的成绩代码不带），只能看到对错人数。',
    picksPartial:
      '各选项的人数只算成绩代码记录了所选答案的 {reported} 人；另有 {rest} 人的成绩代码没有这项记录（旧版课程的成绩代码不带）。',
    explanation: '解析：',
    howToFix:
      '这道题的编号是 {id}。要修改它，请在课程文件夹的 content/questions 里按编号找到这道题（写法见 content/AUTHORING.md），改好后重新生成课程；改好之前，布置作业时用「手动选题」避开它。',
    missing: '这道题已不在本课程的题库里（可能在作业布置后修改了题库），只能看到统计数字。',
    close: '返回表格',
    exportCsv: '导出 CSV',
    exported: '已导出 {file}。',
  },
}

addMessages(messages)
export default messages
