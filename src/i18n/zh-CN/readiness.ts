/** 我的进度's 面试准备情况, shown to a candidate only: it loads with its panel. */
import { addMessages } from '../catalogue'

const messages = {
  readiness: {
    heading: '面试准备情况',
    loading: '正在读取打字和朗读的成绩……',
    failed: '打字和朗读的成绩没有读出来，请刷新页面再试。',
    allDone: '都准备好了：课学完了，演练合格，打字和朗读也达标。祝你面试顺利！',
    left: '还差 {left} 项。先把下面“还没做到”的练一练：',
    done: '✓ 已做到',
    notDone: '还没做到',
    lessons: '学完「{title}」',
    lessonsFigure: '已学 {learned} / {total} 课',
    scenario: '演练「{title}」达到合格',
    scenarioFigure: '最好评级：{rating}',
    scenarioNone: '还没有演练',
    typing: '打字测试达到约 {target} 字/分',
    typingFigure: '最好净速度 {speed} 字/分',
    typingNone: '还没有测过',
    voice: '朗读语速在 {min}–{max} 字/分之间（课程补充建议）',
    voiceFigure: '最接近的一次 {rate} 字/分',
    voiceNone: '还没有测出语速（把一段稿子从头读到尾才能测）',
  },
}

addMessages(messages)
export default messages
