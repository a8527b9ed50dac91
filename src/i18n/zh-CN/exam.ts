/** The exam. */
import { addMessages } from '../catalogue'

const messages = {
  exam: {
    title: '结业考试',
    standingHeading: '我的考试情况',
    rules:
      '共 {count} 题，限时 {minutes} 分钟，{passMark} 分及格，最多考 {maxAttempts} 次，以{counting}为准。题目按模块固定比例随机抽取，重考时优先抽没考过的题；交卷前不显示对错。开始后中途离开（换页面、关掉浏览器、换学员）计时也不停，回来可以接着答。',
    rulesInLms:
      '共 {count} 题，限时 {minutes} 分钟，{passMark} 分及格。能考几次、以哪次为准，按你的学习平台的规定。题目按模块固定比例随机抽取，重考时优先抽没考过的题；交卷前不显示对错。开始后中途离开（换页面、关掉浏览器）计时也不停，在这台设备上回来可以接着答；换了设备接不上，请在同一台设备上考完。',
    countingHighest: '最高分',
    countingLatest: '最近一次',
    weightsHeading: '各模块题量',
    attempts: '已考 {used} 次，还可以考 {left} 次。',
    counted: '当前成绩：{percent}%（{verdict}）',
    start: '开始考试',
    startConfirm: '开始后计时 {minutes} 分钟，时间到会自动交卷。确定开始吗？',
    startAs: '你将以学员「{name}」的身份考试。',
    startConfirmAttempts:
      '开始后计时 {minutes} 分钟，时间到会自动交卷。这会用掉剩下 {left} 次考试机会中的 1 次。确定开始吗？',
    notReady: '还有 {count} 个模块没有完成（学完课程并通过模块测验）。建议完成后再考：每考一次都会用掉一次机会。',
    notReadyInLms: '还有 {count} 个模块没有完成（学完课程并通过模块测验）。建议完成后再考。',
    backToExam: '返回结业考试',
    startYes: '确定开始',
    startNo: '先不考',
    resume: '继续考试',
    underWay: '结业考试正在进行，计时没有停',
    handingIn: '考试时间已到，正在自动交卷……',
    noAttemptsLeft: '考试次数已用完。',
    loading: '正在准备试题……',
    certificateLink: '查看并打印结业证书',
    timeLeft: '剩余时间 {time}',
    timeUp: '考试时间到，已自动交卷。',
    autoHandedIn: '考试时间已到，已自动交卷。',
    autoHandedInQuiz: '「{title}」时间已到，已自动交卷。',
    seeResult: '查看成绩',
    dismiss: '知道了',
    byModule: '各模块得分',
    notConfigured: '本课程没有设置结业考试。',
    passedTitle: '恭喜你通过结业考试！',
    passedMessage: '你已掌握本课程的要点，结业证书已经为你准备好。',
    passedInLms: '你已掌握本课程的要点。成绩已经交给你的学习平台，结业和证书由平台记录。',
    passedLessonsLeft: '还有课程没有学完：把全部课程学完，学习平台才会把这门课记为完成。',
    failedTitle: '这次没有通过，再接再厉',
    failedAttemptsLeft: '你还可以再考 {count} 次，随时都能再考。建议先复习下面的模块，再来挑战。',
    failedNoAttempts: '考试次数已用完，请联系培训师安排补考。',
    weakestHeading: '最需要加强的模块',
    weakestScore: '答对 {correct} / {total}（{percent}%）',
    studyModule: '学习本模块',
    practiseModule: '做本模块测验',
  },
}

addMessages(messages)
export default messages
