import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCourse } from '../../../../src/content/build/loadCourse'
import {
  firstPassageFor,
  PASSAGE_MIN_CHARS,
  TYPING_PASSAGES,
  buildPassage,
  isTypeable,
  isTypingPassageId,
  passageFrom,
  pointsElsewhere,
  sentencesOf,
  testStart,
} from '../../../../src/domain/typing/passages'

describe('firstPassageFor', () => {
  it('starts a candidate on the interview’s passage and anyone else on the standard phrases', () => {
    expect(firstPassageFor('interview')).toBe('interview')
    for (const purpose of ['newHire', 'trainer', undefined]) expect(firstPassageFor(purpose)).toBe('phrases')
  })
})

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

  it('leaves out what reads only on the lesson’s page, and words of another script that a space kept apart', () => {
    const lessons = [
      lesson(['客服的主要工作一般有四项。回答时按这四项说。先问好。详见《接听电话》一课。'], []),
      lesson(['WEB指网页邮箱，OE指Outlook Express。再报工号。'], []),
    ]
    expect(buildPassage({ id: 'voice', moduleId: 'm', from: 'body' }, lessons)).toBe('先问好。再报工号。')
  })

  it('takes the paragraphs without whitespace, each sentence once', () => {
    const lessons = [lesson(['先问好。 再报工号。'], []), lesson(['先问好。然后—不对。最后道谢。'], [])]
    expect(buildPassage({ id: 'voice', moduleId: 'm', from: 'body' }, lessons)).toBe('先问好。再报工号。最后道谢。')
  })
})

describe('pointsElsewhere', () => {
  it.each([
    ['做法见《电话沟通中的五种提问方法》一课。', true],
    ['这和上一节并不矛盾。', true],
    ['练习时先遮住箭头右边。', true],
    ['服务类岗位比较看重五个方面。', true],
    ['回答时按这四项说，再举一两个例子。', true],
    ['这道题分两问。', true],
    ['通话以短为佳，宁短勿长。', false],
    ['第一步，表明身份、建立信任。', false],
    ['答四个方面：工作流程、质量标准、培训和专业水平、服务管理体系。', false],
  ])('%s → %s', (sentence, elsewhere) => expect(pointsElsewhere(sentence)).toBe(elsewhere))
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
      // Begun at any of its sentences, it is the same text: every character once, none lost.
      const count = sentencesOf(passage).length
      for (const start of [1, Math.floor(count / 2), count - 1]) {
        const begun = passageFrom(passage, start)
        expect(begun.length).toBe(passage.length)
        expect(passageFrom(begun, count - start)).toBe(passage)
      }
    },
  )
})

describe('testStart and passageFrom', () => {
  it('starts a test at a sentence the seed picks, never where the last test of the passage started', () => {
    expect(testStart(30, 7, null)).toBe(7)
    expect(testStart(30, 37, null)).toBe(7)
    for (let seed = 0; seed < 200; seed += 1) {
      const start = testStart(30, seed, 4)
      expect(start).not.toBe(4)
      expect(start).toBeGreaterThanOrEqual(0)
      expect(start).toBeLessThan(30)
    }
    // Every other sentence can be drawn.
    expect(new Set(Array.from({ length: 29 }, (_, seed) => testStart(30, seed, 4))).size).toBe(29)
    expect(testStart(1, 5, 0)).toBe(0)
    expect(testStart(0, 5, null)).toBe(0)
  })

  it('goes round to the opening after the end, with every sentence once', () => {
    const passage = '您好。请稍等！“好的。”谢谢。'
    expect(passageFrom(passage, 0)).toBe(passage)
    expect(passageFrom(passage, 2)).toBe('“好的。”谢谢。您好。请稍等！')
    expect(Array.from(passageFrom(passage, 3)).sort()).toEqual(Array.from(passage).sort())
  })
})
