/**
 * Schemas for everything under content/. One schema per content kind, built
 * from small shared parts, so a trainer's mistake is reported with the file,
 * the field and the rule that failed.
 *
 * Used at build time (the Vite content plugin) and in tests; never shipped to
 * the browser.
 */
import { z } from 'zod'

import { SOURCE_FILES } from '../sources.ts'

export { SOURCE_FILES, type SourceFile } from '../sources.ts'

const text = z.string().trim().min(1, '不能为空')

/** A verbatim quotation from one source document. */
export const QuoteCitation = z.strictObject({
  source: z.enum(SOURCE_FILES, { error: `source 必须是以下文件之一：${SOURCE_FILES.join('、')}` }),
  quote: z.string().min(4, '引文至少 4 个字，太短无法核对'),
})

/** Material the documents do not contain: marked, never presented as a quotation. */
export const SupplementaryCitation = z.strictObject({
  supplementary: z.literal(true),
  note: text,
})

export const Citation = z.union([QuoteCitation, SupplementaryCitation])

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id 只能用小写字母、数字和连字符')

/** A remark for trainers only (typos in a document, how a passage was read); learners never see it. */
const trainerNote = text.optional()

/** A short question at the end of a lesson, answered on the page. */
export const SelfCheckItem = z
  .strictObject({
    question: text,
    options: z.array(text).min(2, '至少两个选项').max(5, '最多五个选项'),
    answer: z.number().int().min(0),
    explanation: text,
    citation: Citation,
    trainerNote,
  })
  .refine((item) => item.answer < item.options.length, {
    message: 'answer 是从 0 开始的选项序号，超出了选项数量',
    path: ['answer'],
  })

/**
 * A worked example: the situation, what the caller says, what to say, what never
 * to say and why; every example names its source.
 */
export const PhraseExample = z
  .strictObject({
    label: text,
    /** What the caller or visitor says (客户说). */
    customer: text.optional(),
    say: text.optional(),
    avoid: text.optional(),
    /** Why the reply works (为什么). */
    why: text.optional(),
    citation: Citation,
  })
  .refine((example) => example.say !== undefined || example.avoid !== undefined, {
    message: '示例至少要有 say（应该说）或 avoid（不可以说）之一',
  })

export const LessonSection = z.strictObject({
  id,
  heading: text,
  /** Paragraphs, shown in order, as plain text. */
  body: z.array(text).min(1, '至少一段正文'),
  /** Optional bullet list shown after the paragraphs. */
  points: z.array(text).optional(),
  /** Optional phrases: the situation, what to say, what never to say, and where it comes from. */
  examples: z.array(PhraseExample).optional(),
  /**
   * The practice this course recommends where the documents are silent or
   * disagree, with the reason; shown as 「注意」 and marked as the course's own guidance.
   */
  advice: text.optional(),
  citations: z.array(Citation).min(1, '每一节至少一条出处'),
  trainerNote,
})

export const Lesson = z
  .strictObject({
    id,
    title: text,
    summary: text,
    /** What the learner will be able to do after the lesson (本课目标: 能……). */
    goals: z.array(text).min(2, '至少两条学习目标').max(3, '学习目标最多三条'),
    /** Further reading (延伸阅读): useful background no agent is examined on. */
    optional: z.boolean().optional(),
    sections: z.array(LessonSection).min(1, '至少一节'),
    keyPoints: z.array(text).min(1, '至少一条要点'),
    selfCheck: z.array(SelfCheckItem).max(5, '自测题最多五道'),
    trainerNote,
  })
  .superRefine((lesson, ctx) => {
    if (!lesson.optional && lesson.selfCheck.length === 0) {
      ctx.addIssue({ code: 'custom', message: '必修课至少一道自测题', path: ['selfCheck'] })
    }
    const seen = new Set<string>()
    lesson.sections.forEach((section, index) => {
      if (seen.has(section.id)) {
        ctx.addIssue({ code: 'custom', message: `节 id 重复：${section.id}`, path: ['sections', index, 'id'] })
      }
      seen.add(section.id)
    })
  })

export const ModuleMeta = z.strictObject({
  id,
  title: text,
  description: text,
  /** Who the module is mainly for; shown as tags on the home page. */
  audience: z.array(z.enum(['新员工', '培训师', '面试求职者'])).min(1),
})

/** Where a question is taught: `lessonId#sectionId`, a link the learner can follow. */
const lessonRef = z.string().regex(/^[a-z0-9][a-z0-9-]*#[a-z0-9][a-z0-9-]*$/, 'lesson 要写成「课程id#节id」')

const questionBase = {
  id,
  // The page says which kind a question is (单选题, 多选题, 判断题): a stem that says it too says it twice.
  stem: text.refine((stem) => !/[（(](单选|多选|判断)(题)?[）)]\s*$/.test(stem), {
    message: '题干末尾不用写（多选）之类：页面会标出题型',
  }),
  explanation: text,
  citation: Citation,
  lesson: lessonRef,
  difficulty: z.enum(['easy', 'medium', 'hard'], { error: 'difficulty 只能是 easy、medium 或 hard' }),
  tags: z.array(text).min(1, '至少一个标签'),
  /**
   * situational: a caller, visitor or colleague situation, the learner chooses what to say or do;
   * recall: a fact an agent must know by heart (a number, a time limit, a standard phrase).
   */
  kind: z.enum(['situational', 'recall'], { error: 'kind 只能是 situational（情景题）或 recall（记忆题）' }),
  /** Set on the questions printed in a source document, e.g. "000 多选第 1 题". */
  origin: text.optional(),
  trainerNote,
}

const options = z.array(text).min(2, '至少两个选项').max(6, '最多六个选项')

export const SingleChoiceQuestion = z
  .strictObject({ ...questionBase, type: z.literal('single'), options, answer: z.number().int().min(0) })
  .refine((q) => q.answer < q.options.length, { message: '答案序号超出了选项数量（从 0 开始）', path: ['answer'] })

export const MultipleChoiceQuestion = z
  .strictObject({
    ...questionBase,
    type: z.literal('multiple'),
    options,
    answer: z.array(z.number().int().min(0)).min(2, '多选题至少要有两个正确选项'),
  })
  .refine((q) => q.answer.every((a) => a < q.options.length), {
    message: '答案序号超出了选项数量（从 0 开始）',
    path: ['answer'],
  })
  .refine((q) => new Set(q.answer).size === q.answer.length, { message: '答案序号重复', path: ['answer'] })

export const TrueFalseQuestion = z.strictObject({
  ...questionBase,
  type: z.literal('truefalse'),
  answer: z.boolean({ error: '判断题的答案必须是 true 或 false' }),
})

export const Question = z.discriminatedUnion(
  'type',
  [SingleChoiceQuestion, MultipleChoiceQuestion, TrueFalseQuestion],
  {
    error: 'type 只能是 single（单选）、multiple（多选）或 truefalse（判断）',
  },
)

export const QuestionBank = z.strictObject({
  module: id,
  questions: z.array(Question).min(1, '题库至少一道题'),
})

/** The four dimensions every scenario is scored on. */
export const SCENARIO_DIMENSIONS = ['courtesy', 'empathy', 'solving', 'rules'] as const

const stateName = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, '状态名只能用字母和数字,以小写字母开头')

/** A condition on the state built up so far, e.g. the customer's mood. */
const Condition = z.strictObject({
  state: stateName,
  min: z.number().optional(),
  max: z.number().optional(),
})

/** Where a reply leads: a step or ending id, or the first branch whose conditions hold. */
const Next = z.union([
  id,
  z
    .array(z.strictObject({ when: z.array(Condition).optional(), to: id }))
    .min(1, '分支至少一条')
    .refine((branches) => !branches[branches.length - 1]!.when, { message: '最后一条分支不能带条件(它是默认去向)' }),
])

const dimensionScores = z.strictObject({
  courtesy: z.number().int().min(-2).max(3).optional(),
  empathy: z.number().int().min(-2).max(3).optional(),
  solving: z.number().int().min(-2).max(3).optional(),
  rules: z.number().int().min(-2).max(3).optional(),
})

const speaker = z.enum(['customer', 'guest', 'colleague', 'interviewer', 'narrator', 'visitor'], {
  error: 'speaker 只能是 customer、guest、colleague、interviewer、narrator 或 visitor',
})

export const ScenarioReply = z.strictObject({
  text: text,
  /** The reply is something done (press mute, mark the map), not words said: 语音练习 does not offer it to read aloud. */
  action: z.literal(true, { error: 'action 只能写 true(回应是一个做法,不是说出口的话),或者不写' }).optional(),
  scores: dimensionScores,
  /** What the other person says or does in response. */
  reaction: text,
  /** Who says the reaction, when not the step's speaker: the customer answering a narrator's step. */
  reactionSpeaker: speaker.optional(),
  /** Why this reply is good or poor, naming the rule. */
  feedback: text,
  citation: Citation,
  /** Changes to the state, e.g. { mood: -1 }. */
  effects: z.record(stateName, z.number().int()).optional(),
  next: Next,
  trainerNote,
})

const ChoiceStep = z.strictObject({
  id,
  kind: z.literal('choice'),
  speaker,
  text: text,
  citations: z.array(Citation).min(1, '每一步至少一条出处'),
  replies: z.array(ScenarioReply).min(2, '至少两个回应').max(4, '最多四个回应'),
  trainerNote,
})

/** Elements a rule checker can look for in a typed reply. */
export const REPLY_ELEMENTS = [
  'greeting',
  'apology',
  'respect',
  'reason',
  'nextStep',
  'thanks',
  'reassure',
  'question',
] as const

const FreeReplyStep = z.strictObject({
  id,
  kind: z.literal('free'),
  speaker,
  text: text,
  /** What the learner is asked to do, e.g. 请写出你的回应。 */
  prompt: text,
  /** What a good reply here should contain. */
  expects: z.array(z.enum(REPLY_ELEMENTS)).min(1, '至少列出一个要素'),
  modelReply: text,
  citations: z.array(Citation).min(1, '每一步至少一条出处'),
  next: Next,
  trainerNote,
})

export const ScenarioStep = z.discriminatedUnion('kind', [ChoiceStep, FreeReplyStep], {
  error: 'kind 只能是 choice(选择回应)或 free(自由作答)',
})

export const ScenarioEnding = z.strictObject({
  id,
  title: text,
  text: text,
  /** An ending can cap the rating, e.g. a caller who hung up angry is never 优秀. */
  maxRating: z.enum(['excellent', 'pass', 'improve']).optional(),
  /**
   * The least rating the replies must earn for the story to end here (a good ending needs 合格);
   * below it the play ends at the ending `otherwise` names.
   */
  needs: z.enum(['excellent', 'pass'], { error: 'needs 只能是 pass(合格)或 excellent(优秀)' }).optional(),
  otherwise: id.optional(),
})

export const Scenario = z.strictObject({
  id,
  title: text,
  summary: text,
  /** Who the learner plays. */
  role: text,
  audience: z.array(z.enum(['新员工', '培训师', '面试求职者'])).min(1),
  /** Modules whose lessons this scenario practises. */
  modules: z.array(id).min(1),
  /** The situations of 004's standard phrases practised here, by their numbers (2a/2b for the doubled 2). */
  phrases: z.array(z.string().regex(/^([1-9]|[12][0-9]|3[0-4]|2[ab])$/, '编号应为 1–34,或 2a、2b')).optional(),
  initialState: z.record(stateName, z.number().int()).optional(),
  start: id,
  steps: z.array(ScenarioStep).min(1),
  endings: z.array(ScenarioEnding).min(1),
  /** The role-play that carries the story on (the 初试's 复试), offered at the end of a run. */
  sequel: id.optional(),
  /**
   * What the four scored areas are called here, where a call's names do not fit (an interview is not
   * a call): the result shows these instead. Only the areas renamed are given.
   */
  areaNames: z.strictObject({ courtesy: text, empathy: text, solving: text, rules: text }).partial().optional(),
  trainerNote,
})

export const ExamConfig = z.strictObject({
  title: text,
  weights: z.record(id, z.number().int().min(0).max(100)),
  timeLimitMinutes: z.number().int().min(1).max(600),
  passMark: z.number().min(0).max(100),
  maxAttempts: z.number().int().min(1).max(20),
  counting: z.enum(['highest', 'latest'], { error: 'counting 只能是 highest 或 latest' }),
  validityMonths: z.number().int().min(1).max(120),
})

export type ExamConfig = z.infer<typeof ExamConfig>
export type Scenario = z.infer<typeof Scenario>
export type Question = z.infer<typeof Question>
export type QuestionBank = z.infer<typeof QuestionBank>
export type QuoteCitation = z.infer<typeof QuoteCitation>
export type SupplementaryCitation = z.infer<typeof SupplementaryCitation>
export type Citation = z.infer<typeof Citation>
export type SelfCheckItem = z.infer<typeof SelfCheckItem>
export type PhraseExample = z.infer<typeof PhraseExample>
export type LessonSection = z.infer<typeof LessonSection>
export type Lesson = z.infer<typeof Lesson>
export type ModuleMeta = z.infer<typeof ModuleMeta>
