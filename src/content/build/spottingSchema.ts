/**
 * Schemas for 找茬 (spot the violations), under content/spotting/: `rules.yaml`, the rules a
 * learner can name, and one call transcript per `NN-<id>.yaml`. Zod, like the rest of the
 * content (build time only); the checks that need more than one file (rule ids exist, lessons
 * exist, quotes are verbatim) are in loadSpotting.ts.
 */
import { z } from 'zod'
import { Citation } from './schema.ts'

const text = z.string().trim().min(1, '不能为空')
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id 只能用小写字母、数字和连字符')

/** The fewest and most lines a transcript has, and how many of them break a rule. */
export const SPOTTING_LIMITS = { minLines: 8, maxLines: 16, minBreaking: 2, maxBreaking: 5, minRightAgent: 2 } as const

/** One rule a learner can name when marking a line. */
export const SpottingRule = z.strictObject({
  id,
  /** Short: shown as a choice in the rule list. */
  name: text.max(40, '规则名称要短（最多 40 字），它会作为选项显示'),
  /** The lesson that teaches it, linked from the explanation. */
  lesson: id,
  citation: Citation,
})

export const SpottingRules = z
  .array(SpottingRule)
  .min(1, '至少一条规则')
  .superRefine((rules, ctx) => {
    const seen = new Set<string>()
    rules.forEach((rule, index) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', message: `规则 id 重复：${rule.id}`, path: [index, 'id'] })
      seen.add(rule.id)
    })
  })

const speaker = z.enum(['agent', 'customer', 'narrator'], { error: 'speaker 只能是 agent、customer 或 narrator' })

/** One line of a call; a line that breaks a rule says why and what to say instead. */
export const SpottingLine = z
  .strictObject({
    speaker,
    text,
    breaks: z.array(id).min(1, 'breaks 不能是空列表：没有违反规则的句子就不写 breaks').optional(),
    why: text.optional(),
    better: text.optional(),
    citation: Citation.optional(),
  })
  .superRefine((line, ctx) => {
    if (line.breaks) {
      if (line.speaker !== 'agent')
        ctx.addIssue({ code: 'custom', message: '只有客服（agent）说的句子才写 breaks', path: ['breaks'] })
      if (!line.why)
        ctx.addIssue({ code: 'custom', message: '有 breaks 的句子必须写 why（为什么不规范）', path: ['why'] })
      if (!line.better)
        ctx.addIssue({ code: 'custom', message: '有 breaks 的句子必须写 better（应该怎么说）', path: ['better'] })
    } else {
      for (const key of ['why', 'better'] as const) {
        if (line[key] !== undefined)
          ctx.addIssue({ code: 'custom', message: `${key} 只写在有 breaks 的句子上`, path: [key] })
      }
    }
    if ((line.breaks || line.speaker === 'agent') && !line.citation) {
      ctx.addIssue({
        code: 'custom',
        message: '客服说的每一句和每个违规的句子都要有 citation（出处）',
        path: ['citation'],
      })
    }
  })

export const SpottingTranscript = z
  .strictObject({
    id,
    title: text,
    summary: text,
    /** The setting, one sentence. */
    context: text.optional(),
    trainerNote: text.optional(),
    lines: z
      .array(SpottingLine)
      .min(SPOTTING_LIMITS.minLines, `至少 ${SPOTTING_LIMITS.minLines} 句`)
      .max(SPOTTING_LIMITS.maxLines, `最多 ${SPOTTING_LIMITS.maxLines} 句`),
  })
  .superRefine((transcript, ctx) => {
    const breaking = transcript.lines.filter((line) => line.breaks).length
    if (breaking < SPOTTING_LIMITS.minBreaking || breaking > SPOTTING_LIMITS.maxBreaking) {
      ctx.addIssue({
        code: 'custom',
        message: `要有 ${SPOTTING_LIMITS.minBreaking}–${SPOTTING_LIMITS.maxBreaking} 句违反规则（现在 ${breaking} 句）`,
        path: ['lines'],
      })
    }
    const rightAgent = transcript.lines.filter((line) => line.speaker === 'agent' && !line.breaks).length
    if (rightAgent < SPOTTING_LIMITS.minRightAgent) {
      ctx.addIssue({
        code: 'custom',
        message: `至少 ${SPOTTING_LIMITS.minRightAgent} 句客服说得对的话（现在 ${rightAgent} 句），否则全部标出就能得分`,
        path: ['lines'],
      })
    }
  })

export type SpottingRule = z.infer<typeof SpottingRule>
export type SpottingLine = z.infer<typeof SpottingLine>
export type SpottingTranscript = z.infer<typeof SpottingTranscript>
