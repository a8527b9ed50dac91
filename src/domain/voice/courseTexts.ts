/**
 * Texts the course wrote for the voice lab itself (课程自编), not quoted from the documents:
 * the four classic interview questions answered aloud, in the order and with the points the
 * lesson 《四道经典面试问题怎么答》 teaches, and a reading passage like the one read in an
 * interview's voice test. Shown with a note that they are the course's own.
 */

/** The module whose lessons hold the standard phrases (their 应该说 lines are scripts). */
export const PHRASES_MODULE = 'standard-phrases'

/** Where the interview answers are taught. */
export const INTERVIEW_LESSON = { moduleId: 'interview', lessonId: 'interview-classic-questions' }

/** The four answers, spoken in the first person. */
export const INTERVIEW_ANSWERS: readonly { id: string; title: string; text: string }[] = [
  {
    id: 'interview-1',
    title: '问题一：遇到难缠客户您将如何处理？',
    text: '首先我会表明自己就是负责处理这个问题的人，和客户建立信任；客户等了很久或者被转来转去，我会先道歉。然后我站在客户一边，认真倾听，认同他的感受。接着我会问客户希望怎么解决，再提出我的方案，迅速解决，给出明确答复。最后感谢客户的支持，再次致歉，并表示今后会改进工作。',
  },
  {
    id: 'interview-2',
    title: '问题二：您怎样排解压力？',
    text: '我会分三个时段来排解压力。通话中，我保持微笑，放缓呼吸，语调平稳，把注意力放在解决问题上；被说得气急的时候，先静音几秒，深呼吸，再主动接着谈。通话后，我会走到窗边看看绿色，伸个懒腰，喝点水，学会选择性忘记。下班后，我会读书、运动、好好睡觉。',
  },
  {
    id: 'interview-3',
    title: '问题三：这些提问用了哪几种提问方法？',
    text: '第一句是针对性问题，问清故障出在哪个环节；第二句是封闭式提问中的选择性问题；第三句是征询性问题，请客户稍后再试；第四句是开放式问题，请客户把情况讲完整；最后一句是封闭式问题，用来确认我理解得对不对。',
  },
  {
    id: 'interview-4',
    title: '问题四：客户服务在企业中是什么位置？',
    text: '呼叫中心是企业和客户沟通的主要渠道，是公司的核心。客户数据收集、潜在客户挖掘、服务、产品监查和客户关系的维系，都是客户服务的工作。要做好优质服务，需要切实可行的工作流程、严格的服务质量标准、完善的培训制度和专业的业务水平，以及全面有效的服务管理体系。',
  },
]

/** A passage to read aloud, like an interview's voice test: figures, a name and a polite close. */
export const READING_PASSAGE = {
  id: 'reading',
  title: '面试语音测试：朗读短文',
  text: '您好，欢迎致电启程快递客服中心！我们的服务时间是每天早上八点到晚上十点。查询包裹时，请准备好十二位运单号，按一号键进入自助查询，按零号键转人工服务。如果包裹在运输途中出现破损，请在签收后四十八小时之内联系我们，我们会尽快为您处理。感谢您的来电，祝您生活愉快！',
}
