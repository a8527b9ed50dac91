/** Running inside an LMS: what the learner sees when a launch fails or the LMS cannot be reached. */
import { addMessages } from '../catalogue'

const messages = {
  lms: {
    launchFailed: '{reason}课程仍可照常学习，但这次的学习进度不会记入学习平台。',
    resumeFailed: '没能恢复学习平台保存的进度：{reason}本机已有的记录不受影响。',
    reportFailed: '学习进度没能记入学习平台：{reason}请不要关闭页面，稍后会再试。',
    scormMissing:
      '课程没有连上学习平台，这次的学习不会记入学习平台（这台设备上照常保存）。请关闭课程，从学习平台重新打开；还是这样的话，请告诉培训师。',
    dismiss: '知道了',
    noticeHeading: '学习平台',
    examDeferred: '考试次数和证书由你的学习平台记录。',
    learnerLocked:
      '这台设备上的学员「{reason}」设了 PIN。请在「学员」页输入 PIN 切换到这位学员，学习平台才会记下你的进度；在那之前，这里的学习不会记入学习平台。',
    learnerNotMade:
      '没能在这台设备上为你建立学员（{reason}），这里的学习不会记入学习平台。请关闭课程，从学习平台重新打开。',
    exitHeading: '学习平台',
    exitLeadReturn: '这次学完了，点「退出课程」：进度交给学习平台后，回到学习平台。',
    exitLeadClose: '这次学完了，点「退出课程」：进度交给学习平台后，就可以关闭这个窗口。',
    exit: '退出课程',
    backToLms: '回到学习平台',
    exiting: '正在把进度交给学习平台……',
    returning: '已退出课程，正在回到学习平台……',
    exitFailed:
      '进度没有全部交给学习平台。{reason}请从学习平台重新打开这门课程，课程会把进度再交一次；这台设备上的记录还在。',
    ended: '已退出课程，这次的学习进度已交给学习平台。现在可以关闭这个窗口；之后在这里的学习不会再记入学习平台。',
  },
}

addMessages(messages)
export default messages
