import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import { formatProblem, loadCourse } from '../../../src/content/build/loadCourse'
import { bankProblems, courseCounts } from '../../../src/content/build/counts'
import { locateQuote } from '../../../src/domain/course/citations'
import type { CitationView } from '../../../src/content/types'
import { bestPath, checkScenarioGraph, walkAllPaths } from '../../../src/domain/scenario/graph'
import {
  DIMENSIONS,
  bestReplyIndex,
  chooseReply,
  ratePlay,
  startPlay,
  submitFreeReply,
  type Next,
} from '../../../src/domain/scenario/engine'
import { lessonTexts, questionTexts, scenarioTexts } from '../../../src/content/build/learnerText'
import type { Lesson, Question, Scenario } from '../../../src/content/build/schema'
import { replyOrder } from '../../../src/domain/scenario/replyOrder'
import { checkReply } from '../../../src/domain/scenario/replyChecker'
import { lengthStrategyRating } from '../../../src/content/build/giveaways'
import { drawExam } from '../../../src/domain/exam/exam'
import { INTERVIEW_LESSON } from '../../../src/domain/voice/courseTexts'
import { FIRST_INTERVIEW_ANSWER_ID, INTERVIEW_ANSWER_LESSONS } from '../../../src/domain/course/practice'
import { ownScripts } from '../../../src/domain/voice/scripts'
import scenarioMessages from '../../../src/i18n/zh-CN/scenario'

// The real course: every file valid, every quotation found in its document.
const course = loadCourse(join(__dirname, '../../../content'))
const lessons = course.modules.flatMap((module) => module.lessons)

function allCitations(): CitationView[] {
  return lessons
    .flatMap((lesson) => [
      ...lesson.sections.flatMap((section) => [...section.citations, ...section.examples.map((e) => e.citation)]),
      ...lesson.selfCheck.map((item) => item.citation),
    ])
    .concat(course.questions.map((question) => question.citation))
}

describe('the course content', () => {
  it('has no problems in any file', () => {
    expect(course.problems.map(formatProblem)).toEqual([])
  })

  it('is big enough to cover the documents', () => {
    const counts = courseCounts(course)
    expect(counts.modules).toBeGreaterThanOrEqual(8)
    expect(counts.lessons).toBeGreaterThanOrEqual(30)
    expect(counts.citations).toBeGreaterThanOrEqual(150)
  })

  it('quotes every citation verbatim from its document', () => {
    const quotes = allCitations().filter((citation) => citation.kind === 'quote')
    expect(quotes.length).toBeGreaterThan(0)
    for (const citation of quotes) {
      expect(
        locateQuote(course.sources[citation.source], citation.quote),
        `${citation.source}: ${citation.quote}`,
      ).not.toBeNull()
    }
  })

  it('cites every one of the five documents', () => {
    const cited = new Set(allCitations().flatMap((citation) => (citation.kind === 'quote' ? [citation.source] : [])))
    expect([...cited].sort()).toEqual(Object.keys(course.sources).sort())
  })

  it('writes trainer notes a trainer can act on: boxes by their Chinese names, no editing history', () => {
    const notes: string[] = []
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect)
      else if (value && typeof value === 'object')
        for (const [key, inner] of Object.entries(value)) {
          if (key === 'trainerNote' && typeof inner === 'string') notes.push(inner)
          else collect(inner)
        }
    }
    collect([course.modules, course.questions, course.scenarios])
    expect(notes.length).toBeGreaterThan(50)
    expect(notes.filter((note) => /\badvice\b|旧版|已删去|已删除/.test(note))).toEqual([])
  })

  it('gives every lesson key points, a self-check and a reading time', () => {
    for (const lesson of lessons) {
      expect(lesson.keyPoints.length, lesson.id).toBeGreaterThan(0)
      expect(lesson.selfCheck.length, lesson.id).toBeGreaterThan(0)
      expect(lesson.readingMinutes, lesson.id).toBeGreaterThanOrEqual(1)
    }
  })
})

describe('the question bank', () => {
  it('tests the job: 400+ questions, most of them situations, keys that do not give themselves away', () => {
    const counts = courseCounts(course)
    expect(counts.questions).toBeGreaterThanOrEqual(400)
    expect(counts.situationalShare).toBeGreaterThanOrEqual(0.6)
    expect(counts.longestKeyShare).toBeLessThanOrEqual(0.3)
    expect(bankProblems(counts)).toEqual([])
  })

  it('never talks about the documents in what learners read', () => {
    expect(course.documentMentions).toBe(0)
  })

  it('holds questions of all three types', () => {
    const counts = courseCounts(course)
    expect(counts.questionsByType.single).toBeGreaterThan(0)
    expect(counts.questionsByType.multiple).toBeGreaterThan(0)
    expect(counts.questionsByType.truefalse).toBeGreaterThan(0)
  })

  it('covers every module', () => {
    for (const module of course.index.modules) expect(module.questionCount, module.id).toBeGreaterThanOrEqual(15)
  })

  it('includes the 4 multiple-choice and 5 true/false questions printed in document 000, with keys', () => {
    const printed = course.questions.filter((question) =>
      /^《北京地图案例与客服人员的职业素质.教材章节.》印出的/.test(question.origin ?? ''),
    )
    expect(printed.filter((question) => question.type === 'multiple')).toHaveLength(4)
    expect(printed.filter((question) => question.type === 'truefalse')).toHaveLength(5)
    for (const question of printed) expect(question.explanation.length, question.id).toBeGreaterThan(20)
    // Multi-select 4 is settled by 000 itself: every listed item is a 技能素质 requirement.
    const skills = printed.find((question) => question.stem.includes('技能素质要求有'))
    expect(skills && skills.type === 'multiple' && skills.answer).toEqual([0, 1, 2, 3, 4])
    // True/false 5: 处变不惊 is a 心理素质, so the statement is false.
    const calm = printed.find((question) => question.stem.includes('处变不惊的应变能力是品格素质要求'))
    expect(calm && calm.type === 'truefalse' && calm.answer).toBe(false)
    // The three keys no document supports say so to the trainer, who is asked to confirm them,
    // and claim no quotation in support.
    const toConfirm = printed.filter((question) => /确认/.test(question.trainerNote ?? ''))
    expect(toConfirm.map((question) => question.origin?.replace(/^.*印出的/, '')).sort()).toEqual([
      '判断题第 4 题',
      '多选题第 1 题',
      '多选题第 3 题',
    ])
    for (const question of toConfirm) expect(question.citation.kind, question.id).toBe('supplementary')
    // Practised, never examined: the certification exam asks only what a document rules.
    const banks: Record<string, (typeof course.questions)[number][]> = {}
    for (const question of course.questions) (banks[question.module] ??= []).push(question)
    const examined = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) =>
        drawExam(banks, course.index.exam!.weights, new Set(), seed).map((question) => question.id),
      ),
    )
    expect(examined.size).toBeGreaterThan(course.index.exam!.weights.overview!)
    for (const question of toConfirm) expect(examined.has(question.id), question.id).toBe(false)
    // Where they come from is their origin, not a topic: 我的进度's weakest topics list topics only.
    for (const question of printed) expect(question.tags, question.id).not.toContain('练习题')
  })

  it('links every question to a lesson section that exists', () => {
    const sections = new Set(
      lessons.flatMap((lesson) => lesson.sections.map((section) => `${lesson.id}#${section.id}`)),
    )
    for (const question of course.questions) {
      expect(sections.has(`${question.lessonRef.lessonId}#${question.lessonRef.sectionId}`), question.id).toBe(true)
    }
  })

  it('has the lessons whose practice records the interview answers in the voice lab, in its module', () => {
    const interview = course.modules.find((module) => module.id === INTERVIEW_LESSON.moduleId)
    const ids = interview?.lessons.map((lesson) => lesson.id) ?? []
    for (const lessonId of INTERVIEW_ANSWER_LESSONS) expect(ids, lessonId).toContain(lessonId)
    expect(INTERVIEW_ANSWER_LESSONS).toContain(INTERVIEW_LESSON.lessonId)
    expect(ownScripts().map((script) => script.id)).toContain(FIRST_INTERVIEW_ANSWER_ID)
  })
})

describe('the role-play scenarios', () => {
  const scenarios = course.scenarios

  it('number at least 14', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(14)
  })

  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))(
    '%s passes the graph check',
    (_id, scenario) => {
      expect(checkScenarioGraph(scenario, { minDecisions: 5 })).toEqual([])
    },
  )

  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))(
    '%s: every path reaches an ending, rated from 优秀 down to 需改进',
    (_id, scenario) => {
      const { plays, truncated } = walkAllPaths(scenario)
      expect(truncated).toBe(false)
      for (const play of plays) expect(play.endingId).not.toBeNull()
      const ratings = new Set(plays.map((play) => ratePlay(scenario, play).rating))
      expect(ratings.has('excellent')).toBe(true)
      expect(ratings.has('improve')).toBe(true)
      expect(bestPath(scenario).history.length).toBeGreaterThanOrEqual(5)
    },
  )

  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))(
    '%s: on every path each area scores at most its maximum, and the areas add up to the points',
    (_id, scenario) => {
      for (const play of walkAllPaths(scenario).plays) {
        const rated = ratePlay(scenario, play)
        for (const dimension of DIMENSIONS) expect(rated.totals[dimension]).toBeLessThanOrEqual(rated.maxima[dimension])
        expect(DIMENSIONS.reduce((sum, dimension) => sum + rated.totals[dimension], 0)).toBe(rated.points)
      }
    },
  )

  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))(
    '%s cannot be won by pressing the first reply shown',
    (_id, scenario) => {
      // Replies are shown shuffled per run; 200 runs of always pressing 1 should almost never reach 优秀.
      let wins = 0
      for (let seed = 0; seed < 200; seed++) {
        let play = startPlay(scenario)
        for (let guard = 0; play.stepId && guard <= scenario.steps.length; guard++) {
          const step = scenario.steps.find((candidate) => candidate.id === play.stepId)!
          play =
            step.kind === 'free'
              ? submitFreeReply(scenario, play, '', { courtesy: 1, solving: 2 })
              : chooseReply(scenario, play, replyOrder(seed, step.id, step.replies.length)[0]!)
        }
        if (ratePlay(scenario, play).rating === 'excellent') wins++
      }
      expect(wins / 200).toBeLessThanOrEqual(0.1)
    },
  )

  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))(
    '%s: choosing the best reply every time shows full marks in every area, adding up to the total',
    (_id, scenario) => {
      const rated = ratePlay(scenario, bestPath(scenario))
      expect(rated.totals).toEqual(rated.maxima)
      expect(DIMENSIONS.reduce((sum, dimension) => sum + rated.maxima[dimension], 0)).toBe(rated.max)
    },
  )

  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))(
    '%s cannot be passed by always choosing the longest reply, or the shortest',
    (_id, scenario) => {
      // Shuffling hides where the best reply was written, not how long it is.
      expect(lengthStrategyRating(scenario, 'longest')).toBe('improve')
      expect(lengthStrategyRating(scenario, 'shortest')).toBe('improve')
    },
  )

  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))(
    '%s has one typed-reply step and cites every step',
    (_id, scenario) => {
      expect(scenario.steps.filter((step) => step.kind === 'free')).toHaveLength(1)
      for (const step of scenario.steps) expect(step.citations.length, step.id).toBeGreaterThan(0)
    },
  )

  const interviews = scenarios.filter((scenario) => scenario.steps.some((step) => step.speaker === 'interviewer'))
  it.each(interviews.map((scenario) => [scenario.id, scenario] as const))(
    '%s: the interviewer reacts with remarks, never a question the next turn leaves unanswered',
    (_id, scenario) => {
      for (const step of scenario.steps) {
        if (step.kind !== 'choice') continue
        step.replies.forEach((reply, index) => {
          // In the mock call the interviewer plays a customer, whose angry questions are the call itself.
          if (!reply.reaction || reply.reaction.startsWith('（扮客户）')) return
          expect(reply.reaction, `${step.id}.replies.${index}`).not.toMatch(/？”?$/)
        })
      }
    },
  )

  it('the role-play list names every area a role-play is rated in, by the names its ending shows', () => {
    const intro = scenarioMessages.scenario.listIntro
    for (const scenario of scenarios) {
      for (const dimension of DIMENSIONS) {
        const name = scenario.areaNames?.[dimension] ?? scenarioMessages.dimensions[dimension]
        expect(intro, `${scenario.id}: ${name}`).toContain(name)
      }
    }
  })

  it('the 初试 ends at once for a candidate who would hang up on a swearing customer, before any 点评 of their answers', () => {
    const interview = scenarios.find((scenario) => scenario.id === 'interview-service')!
    let play = startPlay(interview)
    // The best reply everywhere up to the stress question; there, the one that hangs up.
    while (play.stepId !== 'q2-stress') {
      const step = interview.steps.find((candidate) => candidate.id === play.stepId)!
      play =
        step.kind === 'free'
          ? submitFreeReply(interview, play, '', { courtesy: 1, solving: 2 })
          : chooseReply(interview, play, bestReplyIndex(step))
    }
    const stress = interview.steps.find((step) => step.id === 'q2-stress')!
    if (stress.kind !== 'choice') throw new Error('q2-stress is a choice')
    play = chooseReply(
      interview,
      play,
      stress.replies.findIndex((reply) => reply.text.includes('挂断')),
    )
    expect(play.endingId).toBe('rejected')
    expect(play.history.map((entry) => entry.stepId)).not.toContain('comment')
  })

  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))(
    '%s: its model reply earns full marks from the checker, and a bare 您好 does not',
    (_id, scenario) => {
      for (const step of scenario.steps) {
        if (step.kind !== 'free') continue
        const expects = step.expects ?? []
        const model = checkReply(step.modelReply, expects)
        expect(model.forbidden, step.id).toEqual([])
        expect(model.missing, step.id).toEqual([])
        // The step asks for more than a polite word: a greeting alone never scores as the best reply.
        expect(checkReply('您好', expects).scores.solving, step.id).toBeLessThan(2)
      }
    },
  )

  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))(
    '%s: no line of a speaker begins with the name its bubble already shows (面试官 / 面试官：…)',
    (_id, scenario) => {
      const names: Record<string, string> = scenarioMessages.speakers
      for (const step of scenario.steps) {
        const lines = [
          { speaker: step.speaker, text: step.text },
          ...(step.kind === 'choice'
            ? step.replies.map((reply) => ({ speaker: reply.reactionSpeaker ?? step.speaker, text: reply.reaction }))
            : []),
        ].filter(({ speaker }) => speaker !== 'narrator')
        expect(
          lines.filter(({ speaker, text }) => text.startsWith(names[speaker]!)).map(({ text }) => text),
          step.id,
        ).toEqual([])
      }
    },
  )

  it("labels each speaker by a name the learner's role would use: the hotel's traveller is 客人, not 客户", () => {
    const names: Record<string, string> = scenarioMessages.speakers
    const labels = (id: string) =>
      new Set(scenarios.find((scenario) => scenario.id === id)!.steps.map((step) => names[step.speaker]))
    for (const scenario of scenarios) {
      for (const step of scenario.steps) expect(names[step.speaker], `${scenario.id} ${step.id}`).toBeTruthy()
    }
    expect(labels('beijing-map')).toEqual(new Set(['客人', '旁白']))
    // A narrator's step answered in one person's own words shows the words as theirs (旅客连连点头：“那太好了……”);
    // a scene with two people in it stays the narrator's.
    const spokenAsNarrator = scenarios.flatMap((scenario) =>
      scenario.steps.flatMap((step) =>
        step.kind === 'choice' && step.speaker === 'narrator'
          ? step.replies.filter(
              (reply) => !reply.reactionSpeaker && /^（[^）]*）“|^“|^[^，。“]{1,8}：“.*”$/u.test(reply.reaction),
            )
          : [],
      ),
    )
    expect(spokenAsNarrator.map((reply) => reply.reaction)).toEqual([])
    expect(labels('bad-line')).toContain('客户')
  })

  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))(
    '%s: no one says the same words twice in a row (a reaction and the step it leads to)',
    (_id, scenario) => {
      const textOf = new Map(scenario.steps.map((step) => [step.id, step.text]))
      const targets = (next: Next) => (typeof next === 'string' ? [next] : next.map((branch) => branch.to))
      const repeated: string[] = []
      for (const step of scenario.steps) {
        if (step.kind !== 'choice') continue
        for (const reply of step.replies) {
          // What the other person says in the reaction, clause by clause.
          const spoken = [...reply.reaction.matchAll(/“([^”]+)”/g)].flatMap((match) =>
            match[1]!.split(/[，。！？…；]+/u),
          )
          for (const target of targets(reply.next)) {
            const next = textOf.get(target)
            for (const words of spoken)
              if (words.length >= 4 && next?.includes(words)) repeated.push(`${step.id} → ${target}: ${words}`)
          }
        }
      }
      expect(repeated).toEqual([])
    },
  )

  // Which scenario practises which of document 004's standard phrases (2a/2b: the document numbers two items "2").
  const PHRASES = ['1', '2a', '2b', ...Array.from({ length: 32 }, (_, i) => String(i + 3))]
  it.each(PHRASES)('practises standard phrase %s somewhere', (phrase) => {
    const covering = scenarios.filter((scenario) => scenario.phrases.includes(phrase)).map((scenario) => scenario.id)
    expect(covering.length, `phrase ${phrase}`).toBeGreaterThan(0)
  })

  it("covers the Beijing map case, the angry callers, the line problems, the service desk, the colleague's phone and the interview", () => {
    const ids = scenarios.map((scenario) => scenario.id)
    for (const id of [
      'beijing-map',
      'swearing-caller',
      'agent-complaint',
      'cannot-answer-now',
      'hard-to-reach',
      'bad-line',
      'dialect-caller',
      'misdirected-calls',
      'boundaries',
      'service-desk-rush',
      'answer-for-colleague',
      'interview-service',
      'interview-skills',
    ]) {
      expect(ids).toContain(id)
    }
  })
})

describe('找茬 (spot the violations)', () => {
  const { rules, transcripts } = course.spotting

  it('has at least 20 calls, each with 2–5 violations and at least 2 agent lines that are right', () => {
    expect(transcripts.length).toBeGreaterThanOrEqual(20)
    for (const transcript of transcripts) {
      const breaking = transcript.lines.filter((line) => line.breaks.length > 0)
      expect(breaking.length, transcript.id).toBeGreaterThanOrEqual(2)
      expect(breaking.length, transcript.id).toBeLessThanOrEqual(5)
      const right = transcript.lines.filter((line) => line.speaker === 'agent' && line.breaks.length === 0)
      expect(right.length, transcript.id).toBeGreaterThanOrEqual(2)
    }
  })

  it('names only rules that exist, each linked to a lesson of the course', () => {
    const ruleIds = new Set(rules.map((rule) => rule.id))
    for (const line of transcripts.flatMap((transcript) => transcript.lines))
      for (const id of line.breaks) expect(ruleIds.has(id), id).toBe(true)
    for (const rule of rules)
      expect(
        lessons.some((lesson) => lesson.id === rule.lesson.lessonId && lesson.moduleId === rule.lesson.moduleId),
        rule.id,
      ).toBe(true)
  })

  it('cites every agent line and every violation verbatim', () => {
    for (const transcript of transcripts) {
      transcript.lines.forEach((line, index) => {
        if (line.speaker !== 'agent' && line.breaks.length === 0) return
        const citation = line.citation
        expect(citation, `${transcript.id} line ${index + 1}`).toBeDefined()
        if (citation?.kind === 'quote')
          expect(
            locateQuote(course.sources[citation.source], citation.quote),
            `${transcript.id} line ${index + 1}`,
          ).not.toBeNull()
      })
    }
  })
})

describe('coverage of the documents', () => {
  // content/coverage.yaml lists, with a reason, the lines of each document that no citation quotes.
  const listed = parseYaml(readFileSync(join(__dirname, '../../../content/coverage.yaml'), 'utf8')) as Record<
    string,
    { line: string; reason: string }[]
  >
  const quotesBySource = new Map<string, string[]>()
  const scenarioCitations = course.scenarios.flatMap((scenario) =>
    scenario.steps.flatMap((step) => [
      ...step.citations,
      ...(step.kind === 'choice' ? step.replies.map((reply) => reply.citation) : []),
    ]),
  )
  const spottingCitations = [
    ...course.spotting.rules.map((rule) => rule.citation),
    ...course.spotting.transcripts.flatMap((transcript) => transcript.lines.flatMap((line) => line.citation ?? [])),
  ]
  for (const citation of [...allCitations(), ...scenarioCitations, ...spottingCitations]) {
    if (citation.kind === 'quote')
      quotesBySource.set(citation.source, [...(quotesBySource.get(citation.source) ?? []), citation.quote])
  }

  it.each(Object.keys(course.sources))('every line of %s is quoted somewhere or listed with a reason', (file) => {
    const text = course.sources[file as keyof typeof course.sources]
    const lines = [
      ...new Set(
        text
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line.length >= 6),
      ),
    ]
    const quotes = quotesBySource.get(file) ?? []
    const quoted = (line: string) => quotes.some((quote) => line.includes(quote) || quote.includes(line))
    const exempt = new Map((listed[file] ?? []).map((entry) => [entry.line, entry.reason]))
    const missing = lines.filter((line) => !quoted(line) && !exempt.has(line))
    expect(missing, `lines of ${file} neither quoted nor listed in content/coverage.yaml`).toEqual([])
    for (const [line, reason] of exempt) {
      expect(lines, `coverage.yaml lists a line not in ${file}`).toContain(line)
      expect(quoted(line), `coverage.yaml lists a line that is quoted now: ${line}`).toBe(false)
      expect(reason.length).toBeGreaterThan(4)
    }
  })
})

describe('what the review found stays fixed', () => {
  const learnerTexts = [
    ...lessons.flatMap((lesson) => lessonTexts(lesson as unknown as Lesson)),
    ...course.questions.flatMap((question) =>
      questionTexts({ ...question, lesson: '' } as unknown as Question).map((text) => ({
        ...text,
        field: question.id,
      })),
    ),
    ...course.scenarios.flatMap((scenario) =>
      scenarioTexts(scenario as unknown as Scenario).map((text) => ({
        ...text,
        field: `${scenario.id}.${text.field}`,
      })),
    ),
  ]
  /** What the course models as the thing to say: example replies, best role-play replies and model replies. */
  const modelled = [
    ...lessons.flatMap((lesson) =>
      lesson.sections.flatMap((section) => section.examples.flatMap((example) => example.say ?? [])),
    ),
    ...course.scenarios.flatMap((scenario) =>
      scenario.steps.map((step) => (step.kind === 'free' ? step.modelReply : step.replies[bestReplyIndex(step)]!.text)),
    ),
  ]

  it('sets learner text in Chinese punctuation', () => {
    const halfWidth = learnerTexts.filter(({ text }) => /[\u4e00-\u9fff][,;:?!][\u4e00-\u9fff]/u.test(text))
    expect(halfWidth).toEqual([])
  })

  it('ends the questions it models with a question mark: 请问有什么可以帮助您？, not ！', () => {
    // A 找茬 call's agent lines that are right, and what to say instead of the wrong ones.
    const spottingLines = course.spotting.transcripts.flatMap((call) =>
      call.lines.flatMap((line) =>
        line.speaker !== 'agent' ? [] : line.breaks.length === 0 ? [line.text] : (line.better ?? []),
      ),
    )
    const exclaimed = [...modelled, ...learnerTexts.map(({ text }) => text), ...spottingLines].filter((text) =>
      /请问[^。！？]*吗?！/u.test(text),
    )
    expect(exclaimed).toEqual([])
  })

  it('names the quality 满负荷情感付出的支持能力 as the documents do', () => {
    expect(learnerTexts.filter(({ text }) => text.includes('支撑能力'))).toEqual([])
    expect(learnerTexts.some(({ text }) => text.includes('满负荷情感付出的支持能力'))).toBe(true)
  })

  it('never models an invented cause, a dated form of address, or drinking while the caller can hear', () => {
    for (const text of modelled) {
      expect(text).not.toMatch(/线路正在调整|中转站的包裹比较多|小姐/)
      if (/喝/.test(text)) expect(text).toMatch(/静音|保持|通话后|挂断后|两通电话之间/)
    }
  })

  it('never tells the learner to leave the apology to the end', () => {
    expect(learnerTexts.filter(({ text }) => /(致歉|道歉).{0,6}放在最后/.test(text))).toEqual([])
  })
})
