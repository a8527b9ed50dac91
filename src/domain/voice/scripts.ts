/**
 * The scripts of the voice lab, gathered from the course: every standard phrase's 应该说 line,
 * the best-scored reply of each role-play choice step (and each free step's model reply), the
 * four interview answers and the reading passage. The shapes below are the few fields read from
 * the course content, so this stays free of the content pipeline's types.
 */
import { countableCharacters, spokenText } from './text.ts'
import { INTERVIEW_ANSWERS, INTERVIEW_LESSON, READING_PASSAGE } from './courseTexts.ts'

export type ScriptGroup = 'phrase' | 'roleplay' | 'interview' | 'reading'

/**
 * The groups in the order a learner meets them: someone preparing for an interview finds the
 * interview's voice test and answers first, everyone else the job's phrases.
 *
 * @example
 * scriptGroupsFor('interview') // ['reading', 'interview', 'phrase', 'roleplay']
 */
export function scriptGroupsFor(purpose?: string): ScriptGroup[] {
  return purpose === 'interview'
    ? ['reading', 'interview', 'phrase', 'roleplay']
    : ['phrase', 'roleplay', 'interview', 'reading']
}

/**
 * The script the voice lab opens on: the one the address names; else the one the learner last
 * recorded a take of, so coming back finds it again; else the first of their first group.
 *
 * @example
 * scriptToOpen(scripts, '', [{ scriptId: 'greeting', createdAt: '2026-12-01T09:00:00.000Z' }]) // greeting
 */
export function scriptToOpen<T extends Pick<VoiceScript, 'id' | 'group'>>(
  scripts: readonly T[],
  asked: string,
  takes: readonly { scriptId: string; createdAt: string }[],
  purpose?: string,
): T | undefined {
  const named = scripts.find((script) => script.id === asked)
  if (named) return named
  const last = takes.reduce<(typeof takes)[number] | undefined>(
    (newest, take) => (newest === undefined || take.createdAt > newest.createdAt ? take : newest),
    undefined,
  )
  return scripts.find((script) => script.id === last?.scriptId) ?? firstScriptFor(scripts, purpose)
}

/** The script a learner starts on when the address names none: the first of their first group. */
export function firstScriptFor<T extends Pick<VoiceScript, 'group'>>(
  scripts: readonly T[],
  purpose?: string,
): T | undefined {
  for (const group of scriptGroupsFor(purpose)) {
    const first = scripts.find((script) => script.group === group)
    if (first) return first
  }
  return undefined
}

/** One script to read aloud. */
export interface VoiceScript {
  /** Stable across builds: made from content ids. */
  id: string
  group: ScriptGroup
  /** What the list shows: the situation, the role-play's title or the question. */
  title: string
  text: string
  /** Countable characters (see countableCharacters). */
  characters: number
  /** True for the course's own texts (课程自编) rather than lines of the course's lessons. */
  own: boolean
  /** What the customer says first, where the lesson gives it (for 匹配语速). */
  caller?: string
  /** Where the line is taught or used: a lesson (at its section, where there is one) or a role-play. */
  link:
    | { kind: 'lesson'; moduleId: string; lessonId: string; sectionId?: string }
    | { kind: 'scenario'; scenarioId: string }
}

/** The fields read from a lesson. */
export interface PhraseLesson {
  id: string
  moduleId: string
  title: string
  sections: { id: string; examples: { label: string; customer?: string; say?: string }[] }[]
}

/** The fields read from a role-play. */
export interface ScenarioScript {
  id: string
  title: string
  steps: (
    | {
        kind: 'choice'
        id: string
        replies: { text: string; action?: true; scores: Record<string, number | undefined> }[]
      }
    | { kind: 'free'; id: string; modelReply: string }
  )[]
}

const script = (fields: Omit<VoiceScript, 'characters'>): VoiceScript => ({
  ...fields,
  characters: countableCharacters(fields.text),
})

/**
 * A customer's line shorter than this gives 匹配语速 no pace to hear (“你好，你好。”, “嗯……”):
 * such a script has no caller, and the drill takes the next that has one.
 */
export const MIN_CALLER_CHARACTERS = 8

/** Every 应该说 line of the phrase lessons, in lesson order. */
export function phraseScripts(lessons: readonly PhraseLesson[]): VoiceScript[] {
  return lessons.flatMap((lesson) =>
    lesson.sections.flatMap((section) =>
      section.examples.flatMap((example, index) => {
        const text = example.say ? spokenText(example.say) : ''
        if (countableCharacters(text) === 0) return []
        const caller = example.customer ? spokenText(example.customer) : ''
        return [
          script({
            id: `phrase:${lesson.id}:${section.id}:${index}`,
            group: 'phrase',
            title: example.label,
            text,
            own: false,
            link: { kind: 'lesson', moduleId: lesson.moduleId, lessonId: lesson.id, sectionId: section.id },
            ...(countableCharacters(caller) >= MIN_CALLER_CHARACTERS ? { caller } : {}),
          }),
        ]
      }),
    ),
  )
}

const total = (scores: Record<string, number | undefined>) =>
  Object.values(scores).reduce<number>((sum, value) => sum + (value ?? 0), 0)

/**
 * The model replies of a role-play: the best-scored reply of each choice step (the first, on a
 * tie) and the model reply of each free step, in step order; numbered 第 n 步 in the title. A step
 * whose best reply is something done rather than said (`action`) has none.
 */
export function scenarioScripts(scenario: ScenarioScript): VoiceScript[] {
  return scenario.steps.flatMap((step, index) => {
    const best =
      step.kind === 'free'
        ? { text: step.modelReply }
        : step.replies.reduce((a, b) => (total(b.scores) > total(a.scores) ? b : a))
    if ('action' in best && best.action) return []
    const text = spokenText(best.text)
    if (countableCharacters(text) === 0) return []
    return [
      script({
        id: `roleplay:${scenario.id}:${step.id}`,
        group: 'roleplay',
        title: `${scenario.title}（第 ${index + 1} 步）`,
        text,
        own: false,
        link: { kind: 'scenario', scenarioId: scenario.id },
      }),
    ]
  })
}

/** The course's own scripts: the four interview answers and the reading passage. */
export function ownScripts(): VoiceScript[] {
  const lesson = { kind: 'lesson' as const, ...INTERVIEW_LESSON }
  return [
    ...INTERVIEW_ANSWERS.map((answer) => script({ ...answer, group: 'interview', own: true, link: lesson })),
    script({ ...READING_PASSAGE, group: 'reading', own: true, link: lesson }),
  ]
}
