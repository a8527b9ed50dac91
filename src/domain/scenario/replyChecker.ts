/**
 * A rule-based checker for replies a learner types in a role-play. It looks for
 * wording the documents forbid and for the parts a good reply contains. It
 * reads words, not intent: it cannot hear tone, judge whether the problem was
 * solved, or understand a phrasing it has no rule for, and says so.
 */

export type ReplyElement = 'greeting' | 'apology' | 'respect' | 'reason' | 'nextStep' | 'thanks'

export interface ForbiddenMatch {
  /** The words found in the reply. */
  found: string
  /** Why they are forbidden, in the documents' terms. */
  why: string
}

export interface ReplyCheck {
  forbidden: ForbiddenMatch[]
  /** Expected elements the reply contains. */
  present: ReplyElement[]
  /** Expected elements the reply lacks. */
  missing: ReplyElement[]
  /** Points for the role-play: 1 for no forbidden wording, up to 2 for the expected elements. */
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
  { pattern: /^[\s“"「]*喂/, why: '不能用“喂”开头（002 号原文：严禁“喂”字开头）' },
  {
    pattern: /我不能/,
    why: '“我不能”是负面语言，会让客户把注意力放在“为什么不能”上（004 号原文）',
    unlessAfter: APOLOGY,
  },
  { pattern: /我不会做/, why: '“我不会做”会让客户觉得你在抵抗（004 号原文）' },
  { pattern: /这不是我应该做的/, why: '“这不是我应该做的”会让客户觉得他不配提出要求（004 号原文）' },
  { pattern: /我想我做不了|我做不了/, why: '不要说“我做不了”，要告诉客户你能做什么（004 号原文）' },
  { pattern: /但是/, why: '“但是”会否定前面对客户说的话（004 号原文）' },
  {
    pattern: /不关我的事|不是我的错|又不是我的错/,
    why: '不能推卸责任（000 号原文：勇于承担责任；004 号原文第 16、19 条）',
  },
  { pattern: /我是新手/, why: '不能拿“我是新手”当理由（004 号原文第 17 条）' },
  { pattern: /不是我接的/, why: '不能说“刚才的电话不是我接的”（004 号原文第 18 条）' },
  { pattern: /我也没办法/, why: '不能说“我也没办法”（004 号原文第 15 条）' },
  { pattern: /我不清楚/, why: '不能用“我不清楚”打发客户（004 号原文第 19、20 条）' },
  { pattern: /不可能|完全不可以|不可以/, why: '生硬的拒绝是负面语言（004 号原文第 29 条）' },
  { pattern: /嘴巴干净/, why: '不能指责客户（004 号原文第 16 条）' },
  { pattern: /你说什么|说话呀|说吧/, why: '催促或呵斥客户是不礼貌的（004 号原文）' },
  { pattern: /打错电话了|看清楚后再拨/, why: '客户打错电话时要耐心说明，不能责怪（004 号原文第 13 条）' },
  { pattern: /听懂了吧|没事了吧|挂电话吧|我就挂了/, why: '不能催客户挂机或质问客户（004 号原文第 32、33 条）' },
  { pattern: /你自己|你的问题|怪你|你没说清楚|你搞错了/, why: '不能责怪客户（000 号原文：不得与客户争辩）' },
]

const ELEMENTS: Record<ReplyElement, RegExp> = {
  greeting: /您好|你好|早上好|下午好|晚上好|欢迎/,
  apology: APOLOGY,
  respect: /您/,
  reason: /因为|由于/,
  nextStep: /我会|我们会|我将|我们将|马上|尽快|稍后|立即|为您|给您|帮您|请您|联系/,
  thanks: /谢谢|感谢|多谢/,
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
  return {
    forbidden,
    present,
    missing,
    scores: {
      courtesy: text.length > 0 && forbidden.length === 0 ? 1 : 0,
      solving: text.length === 0 ? 0 : share === 1 ? 2 : share >= 0.5 ? 1 : 0,
    },
  }
}
