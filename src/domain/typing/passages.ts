/**
 * The passages of the typing test, drawn from the course so practice also teaches: the standard
 * phrases' 应该说 lines, or the text of a module's lessons. A passage is built from the lessons as
 * they are loaded; it keeps only sentences a Chinese input method types without hunting for symbols,
 * and no whitespace, so each of its characters is one character to type.
 */

/** The part of a lesson a passage is made from (a structural slice of the course's lesson content). */
export interface PassageLesson {
  sections: readonly { body: readonly string[]; examples: readonly { say?: string }[] }[]
}

/** The passages' ids, saved with each result. */
export const TYPING_PASSAGE_IDS = ['phrases', 'voice', 'phone', 'complaints', 'interview'] as const
export type TypingPassageId = (typeof TYPING_PASSAGE_IDS)[number]

/** @example isTypingPassageId('phrases') // true */
export function isTypingPassageId(value: unknown): value is TypingPassageId {
  return typeof value === 'string' && (TYPING_PASSAGE_IDS as readonly string[]).includes(value)
}

/** One passage the learner can choose. */
export interface TypingPassageChoice {
  id: TypingPassageId
  /** The module whose lessons give the text. */
  moduleId: string
  /** 'say': the standard phrases' 应该说 lines; 'body': the lessons' paragraphs. */
  from: 'say' | 'body'
}

/** The passages offered, each long enough for 5 minutes at 100 字/分 (a unit test checks the course). */
export const TYPING_PASSAGES: readonly TypingPassageChoice[] = [
  { id: 'phrases', moduleId: 'standard-phrases', from: 'say' },
  { id: 'voice', moduleId: 'voice-language', from: 'body' },
  { id: 'phone', moduleId: 'phone-etiquette', from: 'body' },
  { id: 'complaints', moduleId: 'complaints', from: 'body' },
  { id: 'interview', moduleId: 'interview', from: 'body' },
]

/**
 * The passage a learner starts on when the link names none: the interview's for someone preparing
 * for one, the standard phrases for everyone else.
 *
 * @example firstPassageFor('interview') // 'interview'
 */
export function firstPassageFor(purpose?: string): TypingPassageId {
  return purpose === 'interview' ? 'interview' : 'phrases'
}

/** The shortest a passage may be: 5 minutes at 100 字/分. */
export const PASSAGE_MIN_CHARS = 500

/** Characters an input method types directly: Chinese, ASCII, and the common full-width punctuation. */
const TYPEABLE = /^[\p{Script=Han}\x21-\x7e，。、；：？！“”‘’（）《》％]$/u

/**
 * Whether every character of `sentence` can be typed without a symbol picker (no ×, —, … or 「」).
 *
 * @example
 * isTypeable('您好，请问有什么可以帮助您？') // true
 * isTypeable('启程客服×××号') // false
 */
export function isTypeable(sentence: string): boolean {
  return Array.from(sentence).every((char) => TYPEABLE.test(char))
}

/**
 * Cuts text into sentences, each keeping its closing 。！？ (and a closing quote after it).
 *
 * @example
 * sentencesOf('您好。请稍等！“好的。”') // ['您好。', '请稍等！', '“好的。”']
 */
export function sentencesOf(text: string): string[] {
  return text.match(/[^。！？]+(?:[。！？]+[”’）]?|$)/gu)?.filter((sentence) => sentence.length > 0) ?? []
}

/**
 * Whether a lesson's sentence only makes sense on the lesson's page, so a passage leaves it out: it
 * points to another lesson or part of the page (见《…》一课, 上一节, 这道题, 箭头右边), or it
 * announces or names a list the passage does not carry (看重五个方面。, 按这四项说).
 *
 * @example
 * pointsElsewhere('做法见《电话沟通中的五种提问方法》一课。') // true
 * pointsElsewhere('服务类岗位比较看重五个方面。') // true
 * pointsElsewhere('通话以短为佳，宁短勿长。') // false
 */
export function pointsElsewhere(sentence: string): boolean {
  return (
    /《[^》]*》一课|[上下这本前后]一?[节课]|这道题|本模块后面|下面|上面|如下|箭头|见上|见下/u.test(sentence) ||
    /这[一二两三四五六七八九十几]+(?:个方面|项|点|条|种|步)|[一二两三四五六七八九十几]+(?:个方面|个要点|个步骤|项|点|条|种|步)[。：]$/u.test(
      sentence,
    )
  )
}

/**
 * The passage for `choice` from its module's lessons, in course order: every typeable sentence that
 * reads on its own, without whitespace, each used once.
 *
 * @example
 * buildPassage({ id: 'phrases', moduleId: 'm', from: 'say' }, [{ sections: [{ body: [], examples: [{ say: '您好。' }] }] }])
 * // '您好。'
 */
export function buildPassage(choice: TypingPassageChoice, lessons: readonly PassageLesson[]): string {
  const texts = lessons.flatMap((lesson) =>
    lesson.sections.flatMap((section) =>
      choice.from === 'say'
        ? // A phrase's stage directions, such as （稍停5秒）, are not said; 或： starts another way
          // of saying it, typed as a line of its own.
          section.examples.flatMap((example) => example.say?.replace(/（[^）]*）/gu, '').split('或：') ?? [])
        : section.body,
    ),
  )
  const seen = new Set<string>()
  const kept: string[] = []
  for (const text of texts) {
    // Words of another script kept apart by a space (Outlook Express) would run together without it.
    const compact = text.replace(/([A-Za-z])\s+(?=[A-Za-z])/gu, '$1\u0000').replace(/\s+/gu, '')
    if (compact === '') continue
    // A line that ends without a full stop (a phrase) gets one, so lines do not run together.
    const closed = /[。！？”’）]$/u.test(compact) ? compact : `${compact}。`
    for (const raw of sentencesOf(closed)) {
      // A choice of words (先生/女士) is for the speaker to make, not a text to copy.
      if (!isTypeable(raw) || raw.includes('/') || pointsElsewhere(raw) || seen.has(raw)) continue
      seen.add(raw)
      kept.push(raw)
    }
  }
  return kept.join('')
}

/**
 * The sentence a new test starts at: chosen by `seed` (a fresh random number), and never the one the
 * last test of the same passage started at, so a learner who tries again copies text they have not
 * just typed, and cannot learn a passage's opening by heart.
 *
 * @example
 * testStart(30, 7, null) // 7
 * testStart(30, 0, 4) // 5
 */
export function testStart(sentenceCount: number, seed: number, previous: number | null): number {
  if (sentenceCount < 2) return 0
  if (previous === null) return seed % sentenceCount
  return (previous + 1 + (seed % (sentenceCount - 1))) % sentenceCount
}

/**
 * The passage begun at its `start`th sentence, going round to its opening after its end: every
 * sentence still once, so a test is as long as before.
 *
 * @example passageFrom('您好。请稍等。谢谢。', 1) // '请稍等。谢谢。您好。'
 */
export function passageFrom(passage: string, start: number): string {
  const sentences = sentencesOf(passage)
  return [...sentences.slice(start), ...sentences.slice(0, start)].join('')
}
