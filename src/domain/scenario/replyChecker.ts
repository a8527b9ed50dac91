/**
 * A rule-based checker for replies a learner types in a role-play. It looks for
 * wording the documents forbid and for the parts a good reply contains. It
 * reads words, not intent: it cannot hear tone, judge whether the problem was
 * solved, or understand a phrasing it has no rule for, and says so.
 */

export type ReplyElement =
  'greeting' | 'apology' | 'respect' | 'reason' | 'nextStep' | 'thanks' | 'reassure' | 'question'

export interface ForbiddenMatch {
  /** The words found in the reply. */
  found: string
  /** Why they are forbidden, in plain words for the learner (the rule's document is noted beside it). */
  why: string
}

export interface ReplyCheck {
  forbidden: ForbiddenMatch[]
  /** Expected elements the reply contains. */
  present: ReplyElement[]
  /** Expected elements the reply lacks. */
  missing: ReplyElement[]
  /** Points for the role-play: 1 for no forbidden wording, up to 2 for the expected elements (1 beside forbidden wording). */
  scores: { courtesy: number; solving: number }
}

interface ForbiddenRule {
  pattern: RegExp
  why: string
  /** The wording is allowed when this also appears earlier in the reply (004 models a polite refusal). */
  unlessAfter?: RegExp
}

const APOLOGY = /对不起|抱歉|不好意思|请原谅|请您原谅/

const FORBIDDEN: ForbiddenRule[] = [
  { pattern: /^[\s“"「]*喂/, why: '不能用“喂”开头：接起电话先问候“您好”' }, // 002
  {
    pattern: /我不能/,
    why: '“我不能”是负面语言，会让客户把注意力放在“为什么不能”上', // 004
    unlessAfter: APOLOGY,
  },
  { pattern: /我不会做/, why: '“我不会做”会让客户觉得你在抵抗' }, // 004
  { pattern: /这不是我应该做的/, why: '“这不是我应该做的”会让客户觉得他不配提出要求' }, // 004
  { pattern: /我想我做不了|我做不了/, why: '不要说“我做不了”，要告诉客户你能做什么' }, // 004
  { pattern: /但是/, why: '“但是”会否定前面对客户说的话' }, // 004
  {
    pattern: /不关我的事|不是我的错|又不是我的错/,
    why: '不能推卸责任：出了问题先承担下来，再想办法解决', // 000; 004 items 16, 19
  },
  { pattern: /我是新手/, why: '不能拿“我是新手”当理由' }, // 004 item 17
  { pattern: /不是我接的/, why: '不能说“刚才的电话不是我接的”' }, // 004 item 18
  { pattern: /我也没办法/, why: '不能说“我也没办法”' }, // 004 item 15
  // Even said honestly, it sounds like a brush-off: say what will be found out instead.
  {
    pattern: /我不清楚/,
    why: '“我不清楚”听起来像在打发客户：可以说“这个我需要核实一下”，再告诉客户什么时候回复他',
  }, // 004 items 19, 20
  // “可不可以” asks politely: not a refusal.
  { pattern: /不可能|(?<!可)不可以/, why: '生硬的拒绝是负面语言' }, // 004 item 29
  { pattern: /嘴巴干净/, why: '不能指责客户' }, // 004 item 16
  { pattern: /你说什么|说话呀|说吧/, why: '催促或呵斥客户是不礼貌的' }, // 004
  { pattern: /打错电话了|看清楚后再拨/, why: '客户打错电话时要耐心说明，不能责怪' }, // 004 item 13
  { pattern: /听懂了吧|没事了吧|挂电话吧|我就挂了/, why: '不能催客户挂机或质问客户' }, // 004 items 32, 33
  // “是你的问题” blames, and a polite 您 does not make it less of a blame; “解决您的问题” does not.
  {
    pattern: /[你您]自己|是[你您]的问题|怪[你您]|[你您]没说清楚|[你您]搞错了|[你您]催得太急/,
    why: '不能责怪客户，也不能和客户争辩',
  }, // 000
]

const ELEMENTS: Record<ReplyElement, RegExp> = {
  greeting: /您好|你好|早上好|下午好|晚上好|欢迎/,
  apology: APOLOGY,
  respect: /您/,
  reason: /因为|由于/,
  // What will be done: a promise, or the action itself (checking, calling back, passing it on). 帮您 and
  // 为您 only with what is done for the caller: 「有什么可以帮您」「很高兴为您服务」 promise nothing.
  nextStep:
    /我会|我们会|我将|我们将|马上|尽快|稍后|立即|(?:为|给|帮)您(?:查|核|办|处理|转|联系|问|申请|安排|登记|记|反映|寄|送|补|改|退|换|预约|跟进|确认|催|解决|重新|打|发)|请您稍等|请稍等|联系|核实|查一下|回电|回复您|告诉您|通知您|转告|转达/,
  thanks: /谢谢|感谢|多谢/,
  reassure: /别着急|不要着急|别急|放心|别担心|不要担心|理解|想办法|一定/,
  // Asking the customer to tell more: a question, or a request to say it.
  question: /[？?]|吗|请问|说说|讲讲|说一下|讲一下|告诉我|怎么|什么|哪/,
}

/**
 * Checks a typed reply against the documents' rules.
 *
 * @example
 * checkReply('喂，说话呀！', ['greeting']).forbidden.length // 2
 * checkReply('您好，请问有什么可以帮助您？', ['greeting', 'respect']).missing // []
 */
export function checkReply(reply: string, expects: readonly ReplyElement[]): ReplyCheck {
  const text = reply.trim()
  const forbidden: ForbiddenMatch[] = []
  for (const rule of FORBIDDEN) {
    const match = rule.pattern.exec(text)
    if (!match) continue
    if (rule.unlessAfter && rule.unlessAfter.test(text.slice(0, match.index))) continue
    forbidden.push({ found: match[0].replace(/^[\s“"「]+/, ''), why: rule.why })
  }
  const present = expects.filter((element) => ELEMENTS[element].test(text))
  const missing = expects.filter((element) => !present.includes(element))
  const share = expects.length === 0 ? 1 : present.length / expects.length
  const elements = text.length === 0 ? 0 : share === 1 ? 2 : share >= 0.5 ? 1 : 0
  return {
    forbidden,
    present,
    missing,
    scores: {
      courtesy: text.length > 0 && forbidden.length === 0 ? 1 : 0,
      // Blaming the customer undoes an apology and a promise said around it: such a reply is 不妥, never 还可以.
      solving: forbidden.length > 0 ? Math.min(elements, 1) : elements,
    },
  }
}
