/**
 * Saying in plain Chinese what is wrong with data from outside the course:
 * the first problem valibot found, named by the field a person knows.
 */
import type * as v from 'valibot'

const HAN = /[\u3400-\u9fff]/

/**
 * One sentence for the first issue. Rules written for this course carry their own
 * Chinese message, which is used as it is; valibot's own (English) messages for a
 * missing field, an extra field or a wrong type become 「缺少…」「多了…」「…格式不对」,
 * with the field named through `labels` (keyed by the field's name in the data).
 *
 * @example
 * describeProblem(issues, { learner: '姓名' }) // '缺少姓名'
 */
export function describeProblem(
  issues: readonly v.BaseIssue<unknown>[],
  labels: Readonly<Record<string, string>>,
): string {
  const first = issues[0]
  if (!first) return '内容格式不对'
  if (HAN.test(first.message)) return first.message
  const keys = (first.path ?? []).map((item) => item.key).filter((key): key is string => typeof key === 'string')
  const key = keys.at(-1)
  const label = (key && labels[key]) ?? (keys[0] && labels[keys[0]]) ?? key ?? '内容'
  if (first.expected === 'never') return `多了不认识的内容「${String(key).slice(0, 20)}」`
  if (first.received === 'undefined') return `缺少${label}`
  return `${label}格式不对`
}
