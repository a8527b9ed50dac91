/** The roster of named learners: same-name warnings, merging rows. */
import { addMessages } from '../catalogue'

const messages = {
  learnerRoster: {
    added: '新加入 {added} 条，重复 {duplicates} 条，拒收 {refused} 条。',
    refusedLines:
      '拒收 {refused} 条（新加入 {added} 条，重复 {duplicates} 条）。框里只留下了拒收的行，请改正后再加入：{list}',
    updated: '其中 {updated} 条是交过的成绩再次发来，已换上其中更好的情景演练评级。',
    newAssignments: '名册里多了作业{titles}，总览多了一列；如果是学员发错了作业的成绩，请核对。',
    refusedFiles: '拒收 {refused} 个文件（新加入 {added} 条，重复 {duplicates} 条）：{list}',
    refusedItem: '{source}：{problem}',
    refusedSources: '{sources} 等 {count} 条',
    refusedMore: '另有 {count} 条未列出',
    staffId: '工号 {id}',
    teamLabel: '只看一个班组',
    allTeams: '全部班组',
    noTeam: '未填班组',
    teamShown: '正在显示「{team}」的 {count} 条成绩；导出的表格也只有这些。',
    shortId: '编号尾号 {id}',
    oldCode: '旧版成绩代码，{time} 交卷',
    sameName: '同名',
    mergedCount: '已合并 {count} 位：{names}',
    split: '撤销合并',
    splitLabel: '撤销合并：{name}',
    splitDone: '已撤销合并，「{name}」的成绩重新分开显示。',
    sameNameTitle: '名册里有同名的学员',
    sameNameItem:
      '有 {count} 位学员都叫「{name}」：他们可能是不同的人，总览中分开显示。请按工号或编号尾号核对；如果确实是同一个人（例如换了手机或电脑作答），可以在下面「合并学员」中合并。',
    oldCodesNote: '旧版成绩代码不带学员编号，每条各算一位学员，不会和别人合在一起；确认是同一人后可以合并。',
    overviewCaption: '每位学员在每个作业中的最好成绩',
    cellNone: '未提交',
    passed: '通过',
    failed: '未通过',
    late: '（迟交）',
    tries: '（共交 {count} 次）',
    triesFirstCounts: '（只能交一次，却交了 {count} 次；算第一次）',
    unplayed: '（布置的情景演练还没做）',
    tryNumber: '（第 {n} 次交卷）',
    totals: '合计',
    totalsCell: '{handedIn} 人已交，{passed} 人通过',
    mergeHeading: '合并学员',
    mergeIntro:
      '只有确认两行是同一个人时才合并（例如同一位学员换了设备作答）。合并后可以随时在总览中点「撤销合并」恢复。',
    mergeFrom: '把这位学员的成绩',
    mergeInto: '并入这位学员',
    choose: '请选择',
    mergeButton: '合并',
    mergeConfirm: '确定「{from}」和「{into}」是同一个人吗？合并后两人的成绩在总览中显示为一行（可以撤销）。',
    mergeYes: '确定合并',
    mergeNo: '先不',
    mergeDone: '已把「{from}」并入「{into}」。如果合并错了，在总览中「{into}」一行点「撤销合并」即可恢复。',
    mergeFromMissing: '请选择要并入的学员',
    mergeIntoMissing: '请选择并入哪位学员',
    mergeSame: '请选择两位不同的学员',
    analysisLabel: '题目分析：选择作业',
    analysisNone: '选择一个作业，查看每道题的答对率和区分度。',
    tableHint: '表格较宽时可以左右滑动，姓名一列固定不动。',
  },
}

addMessages(messages)
export default messages
