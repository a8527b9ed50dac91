import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCourse } from '../../../../src/content/build/loadCourse'
import {
  PASSAGE_MIN_CHARS,
  TYPING_PASSAGES,
  buildPassage,
  isTypeable,
  isTypingPassageId,
  sentencesOf,
} from '../../../../src/domain/typing/passages'

describe('isTypeable', () => {
  it.each([
    ['您好，请问有什么可以帮助您？', true],
    ['请拨打400-123（工作日）。', true],
    ['启程客服×××号', false],
    ['问候—稍停', false],
    ['请稍等……', false],
    ['「好的」', false],
  ])('%s → %s', (sentence, typeable) => expect(isTypeable(sentence)).toBe(typeable))
})

describe('isTypingPassageId', () => {
  it('knows the offered passages and no other', () => {
    expect(TYPING_PASSAGES.every((choice) => isTypingPassageId(choice.id))).toBe(true)
    expect(isTypingPassageId('other')).toBe(false)
    expect(isTypingPassageId(3)).toBe(false)
  })
})

describe('sentencesOf', () => {
  it.each([
    ['您好。请稍等！“好的。”', ['您好。', '请稍等！', '“好的。”']],
    ['没有句号', ['没有句号']],
    ['', []],
  ])('%s', (text, sentences) => expect(sentencesOf(text)).toEqual(sentences))
})

describe('buildPassage', () => {
  const lesson = (body: string[], says: string[]) => ({
    sections: [{ body, examples: says.map((say) => ({ say })) }],
  })

  it('takes the 应该说 lines, closing each, and drops what needs a symbol picker', () => {
    const lessons = [lesson(['不用这段。'], ['您好，请讲', '启程客服×××号为您服务。', '（稍停5秒）请稍等！'])]
    expect(buildPassage({ id: 'phrases', moduleId: 'm', from: 'say' }, lessons)).toBe('您好，请讲。请稍等！')
  })

  it('types each way of saying a phrase (或：) as its own line, and leaves out a choice of words (先生/女士)', () => {
    const lessons = [lesson([], ['对不起，请您原谅。或：对不起，很抱歉。', '对不起，先生/女士，请讲。'])]
    expect(buildPassage({ id: 'phrases', moduleId: 'm', from: 'say' }, lessons)).toBe(
      '对不起，请您原谅。对不起，很抱歉。',
    )
  })

  it('takes the paragraphs without whitespace, each sentence once', () => {
    const lessons = [lesson(['先问好。 再报工号。'], []), lesson(['先问好。然后—不对。最后道谢。'], [])]
    expect(buildPassage({ id: 'voice', moduleId: 'm', from: 'body' }, lessons)).toBe('先问好。再报工号。最后道谢。')
  })
})

describe('the course’s passages', () => {
  const course = loadCourse(join(__dirname, '../../../../content'))

  it.each(TYPING_PASSAGES.map((choice) => [choice.id, choice] as const))(
    '%s is long enough for 5 minutes at 100 字/分',
    (_id, choice) => {
      const module = course.modules.find((candidate) => candidate.id === choice.moduleId)
      expect(module, choice.moduleId).toBeDefined()
      const passage = buildPassage(choice, module!.lessons)
      expect(Array.from(passage).length).toBeGreaterThanOrEqual(PASSAGE_MIN_CHARS)
      expect(passage).not.toMatch(/\s/)
      // Nothing a learner would not say: no 或： between alternatives, no 先生/女士 to choose from.
      expect(passage).not.toMatch(/或：|\//)
    },
  )
})
