/** 我的: the learner's own page and the way into the trainer's tools. */
import { addMessages } from '../catalogue'

const messages = {
  me: {
    title: '我的',
    textSize: '字号',
    textSizes: { normal: '标准', large: '大', xlarge: '特大' },
    learnerHeading: '学员',
    learnerHint: '切换学员、添加学员、导入或导出学习记录',
    unnamed: '还没有填写姓名',
    giveName: '到首页填写姓名（成绩代码和证书上会用到）',
    courseHeading: '结业',
    examHint: '学完各模块后参加，通过即可获得证书',
    certificate: '结业证书',
    certificateHint: '通过结业考试后在这里查看和打印',
    assignmentsHeading: '培训作业',
    assignmentsIntro: '在这台设备上打开过的作业。打开一项，可以再复制一次发给培训师的成绩代码。',
    assignmentHandedIn: '{trainer} 布置 · 最近一次 {percent}%，{verdict}',
    assignmentOpen: '{trainer} 布置 · 还没有交卷',
    passed: '通过',
    notPassed: '未通过',
    trainerSelf: '培训师：',
    displayHeading: '显示',
    offlineHeading: '离线使用',
    offlineSaved: '整个课程已经保存在这台设备上，断网也能打开和学习。',
    offlineSaving: '课程还在保存到这台设备上：网络慢时要几分钟，请保持联网。保存好之前断网，没打开过的页面会打不开。',
    offlineProgress: '已保存 {percent}%',
    offlineInterrupted:
      '保存时网络中断了，课程还没有完整保存到这台设备上。网络恢复后会自动接着保存，已经存好的文件不会重新下载。保存好之前断网，没打开过的页面会打不开。',
    offlineNoNetwork:
      '现在没有网络，课程还没有完整保存到这台设备上。联网后会自动接着保存，已经存好的文件不会重新下载；在那之前，没打开过的页面会打不开。',
    offlineUnavailable: '在这个浏览器或这个网址上，课程不能保存到设备上离线使用，学习时需要联网。',
    trainerHeading: '培训师',
    trainerIntro: '布置作业、汇总成绩、核对证书和查阅原文的工具。',
    trainerTools: '培训师工具',
    assign: '布置作业',
    assignHint: '选题目，生成作业链接和二维码',
    roster: '学员成绩',
    rosterHint: '汇总学员发来的成绩代码',
    verify: '核对证书',
    verifyHint: '扫描或粘贴证书代码，查看是否由培训师签名、是否被改动、是否过期',
    issue: '签发证书',
    issueHint: '为通过考试的学员签发带签名的证书，管理签名密钥',
    sources: '原文',
    sourcesHint: '课程依据的五份原文',
  },
}

addMessages(messages)
export default messages
