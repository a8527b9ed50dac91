/**
 * Every piece of text a learner reads, with where it lives, so content:check
 * can hold it to the learner-text rules. Citations and trainer notes are left
 * out: they are where documents are named on purpose.
 */
import type { Lesson, Question, Scenario } from './schema.ts'

export interface LearnerText {
  field: string
  text: string
}

function entries(field: string, values: readonly (string | undefined)[]): LearnerText[] {
  return values.flatMap((text, index) => (text === undefined ? [] : [{ field: `${field}.${index}`, text }]))
}

export function lessonTexts(lesson: Lesson): LearnerText[] {
  return [
    { field: 'title', text: lesson.title },
    { field: 'summary', text: lesson.summary },
    ...entries('goals', lesson.goals),
    ...lesson.sections.flatMap((section, s) => [
      { field: `sections.${s}.heading`, text: section.heading },
      ...entries(`sections.${s}.body`, section.body),
      ...entries(`sections.${s}.points`, section.points ?? []),
      ...(section.advice === undefined ? [] : [{ field: `sections.${s}.advice`, text: section.advice }]),
      ...(section.examples ?? []).flatMap((example, e) =>
        entries(`sections.${s}.examples.${e}`, [
          example.label,
          example.customer,
          example.say,
          example.avoid,
          example.why,
        ]),
      ),
    ]),
    ...entries('keyPoints', lesson.keyPoints),
    ...lesson.selfCheck.flatMap((item, q) => [
      { field: `selfCheck.${q}.question`, text: item.question },
      ...entries(`selfCheck.${q}.options`, item.options),
      { field: `selfCheck.${q}.explanation`, text: item.explanation },
    ]),
  ]
}

export function questionTexts(question: Question): LearnerText[] {
  return [
    { field: 'stem', text: question.stem },
    ...(question.type === 'truefalse' ? [] : entries('options', question.options)),
    { field: 'explanation', text: question.explanation },
  ]
}

export function scenarioTexts(scenario: Scenario): LearnerText[] {
  return [
    { field: 'title', text: scenario.title },
    { field: 'summary', text: scenario.summary },
    { field: 'role', text: scenario.role },
    ...scenario.steps.flatMap((step, s) => [
      { field: `steps.${s}.text`, text: step.text },
      ...(step.kind === 'free'
        ? [
            { field: `steps.${s}.prompt`, text: step.prompt },
            { field: `steps.${s}.modelReply`, text: step.modelReply },
          ]
        : step.replies.flatMap((reply, r) =>
            entries(`steps.${s}.replies.${r}`, [reply.text, reply.reaction, reply.feedback]),
          )),
    ]),
    ...scenario.endings.flatMap((ending, e) => entries(`endings.${e}`, [ending.title, ending.text])),
  ]
}
