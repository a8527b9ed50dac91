/**
 * Every interface string of the course, in one place. Course text lives in
 * content/; this file holds only the words of the app around it. A
 * traditional-Chinese display is a second file of the same shape.
 */
const zhCN = {
  app: {
    name: '客服人员培训课程',
    skipToContent: '跳到正文',
    mainNav: '主导航',
    footer: '本课程依据五份原文编写，每一节都注明出处，可点“查看原文”核对。学习进度只保存在本浏览器中。',
  },
  nav: {
    home: '首页',
    sources: '原文',
  },
  home: {
    title: '客服人员培训课程',
    intro: '面向新入职客服、培训师和准备呼叫中心面试的求职者。按模块学习课程，每节都可以查看原文出处。',
    progressHeading: '我的学习',
    progressSummary: '已学完 {done} / {total} 课',
    continue: '继续学习：{title}',
    start: '从第一课开始',
    allDone: '全部课程都已学完，做得好！',
    modulesHeading: '课程模块',
    moduleLessons: '{count} 课',
    moduleProgress: '{title}学习进度',
    audience: '适合：{list}',
  },
  module: {
    lessonsHeading: '本模块课程',
    minutes: '约 {minutes} 分钟',
    learned: '已学完',
    notLearned: '未学',
    backHome: '返回首页',
    notFound: '没有找到这个模块。',
  },
  lesson: {
    breadcrumb: '当前位置',
    readingTime: '阅读约 {minutes} 分钟 · {sections} 节',
    toc: '本课目录',
    keyPoints: '本课要点',
    selfCheck: '课后自测',
    selfCheckHint: '选出答案后点“检查答案”。自测不计分。',
    check: '检查答案',
    chooseFirst: '请先选择一个答案。',
    correct: '回答正确。',
    incorrect: '回答错误，正确答案是：{answer}',
    markLearned: '标记为已学完',
    learned: '已学完 ✓（点击取消）',
    learnedStatus: '本课已标记为已学完。',
    notLearnedStatus: '本课已取消“已学完”。',
    previous: '上一课：{title}',
    next: '下一课：{title}',
    pager: '上一课和下一课',
    notFound: '没有找到这一课。',
    loading: '正在加载课程内容……',
    retry: '重试',
    say: '应该说',
    avoid: '不可以说',
  },
  citation: {
    heading: '出处',
    viewSource: '查看原文',
    supplementary: '补充练习（原文未涉及）',
    traditionalNote: '（原文为繁体）',
    ofSource: '：{title}',
  },
  source: {
    title: '原文',
    intro: '课程依据的五份原文，原样保存，未作改动。',
    highlighted: '已在原文中标出被引用的段落。',
    jumpToQuote: '跳到引文',
    quoteMissing: '在这份原文中找不到所引用的文字，可能是链接被改动过。下面显示原文全文。',
    unknown: '没有这份原文：{file}',
    loading: '正在加载原文……',
    loadFailed: '原文加载失败，请检查网络后重试。',
    backToList: '全部原文',
  },
  notFound: {
    title: '页面不存在',
    body: '这个链接没有对应的页面，可能已经变更。',
    home: '回到首页',
  },
  storage: {
    recoveredTitle: '学习进度已恢复为初始状态',
    downloadBackup: '下载备份',
    dismiss: '知道了',
    saveFailed: '保存失败：{message}',
  },
}

export default zhCN
export type Messages = typeof zhCN
