import { afterEach, describe, expect, it } from 'vitest'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse, stringify } from 'yaml'
import { formatProblem, loadCourse, withoutBulletMarks } from '../../../src/content/build/loadCourse'

const SOURCES = join(__dirname, '../../../content/sources')
const folders: string[] = []

function validLesson(): Record<string, unknown> {
  return {
    id: 'demo-lesson',
    title: '示例课',
    summary: '一句话。',
    goals: ['能说出要点', '能在电话里做到'],
    sections: [
      {
        id: 'one',
        heading: '第一节',
        body: ['正文。'],
        citations: [{ source: '000_0d273eb557817752.txt', quote: '尤其要做到处变不惊' }],
      },
    ],
    keyPoints: ['要点'],
    selfCheck: [
      {
        question: '问题？',
        options: ['甲', '乙'],
        answer: 0,
        explanation: '因为。',
        citation: { source: '000_0d273eb557817752.txt', quote: '尤其要做到处变不惊' },
      },
    ],
  }
}

/** Writes a one-module course with the given lesson and returns its content folder. */
function courseWith(
  lesson: unknown,
  meta: unknown = { id: 'demo', title: '示例', description: '说明。', audience: ['新员工'] },
): string {
  const root = mkdtempSync(join(tmpdir(), 'course-'))
  folders.push(root)
  mkdirSync(join(root, 'modules', '01-demo'), { recursive: true })
  mkdirSync(join(root, 'sources'))
  writeFileSync(
    join(root, 'sources', 'titles.yaml'),
    stringify(
      Object.fromEntries(
        [
          '000_0d273eb557817752.txt',
          '001_4351cf7fcdc4313a.txt',
          '002_7c298a5d88a5912a.txt',
          '003_1cdde22c45bafc02.txt',
          '004_2e7b325d63276746.txt',
        ].map((f) => [f, `标题 ${f}`]),
      ),
    ),
  )
  writeFileSync(join(root, 'modules', '01-demo', 'module.yaml'), stringify(meta))
  writeFileSync(
    join(root, 'modules', '01-demo', '01-lesson.yaml'),
    typeof lesson === 'string' ? lesson : stringify(lesson),
  )
  return root
}

function problemsFor(lesson: unknown): string[] {
  const root = courseWith(lesson)
  const course = loadCourse(root, SOURCES)
  return course.problems.map(formatProblem)
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

describe('loadCourse', () => {
  it('loads a valid lesson with its citation resolved and a reading time', () => {
    const course = loadCourse(courseWith(validLesson()), SOURCES)
    expect(course.problems).toEqual([])
    const lesson = course.modules[0]!.lessons[0]!
    expect(lesson.readingMinutes).toBe(1)
    expect(lesson.sections[0]!.citations[0]).toEqual({
      kind: 'quote',
      source: '000_0d273eb557817752.txt',
      quote: '尤其要做到处变不惊',
      display: '尤其要做到处变不惊',
      traditional: false,
    })
    expect(course.index.modules[0]).toMatchObject({
      id: 'demo',
      order: 1,
      lessons: [{ id: 'demo-lesson', readingMinutes: expect.any(Number) }],
    })
  })

  it('shows traditional quotes in simplified characters but keeps the original for checking', () => {
    const lesson = validLesson()
    ;(lesson.sections as { citations: unknown[] }[])[0]!.citations = [
      { source: '004_2e7b325d63276746.txt', quote: '遇到無聲電話時' },
    ]
    const course = loadCourse(courseWith(lesson), SOURCES)
    expect(course.problems).toEqual([])
    expect(course.modules[0]!.lessons[0]!.sections[0]!.citations[0]).toMatchObject({
      quote: '遇到無聲電話時',
      display: '遇到无声电话时',
      traditional: true,
    })
  })

  it('shows a slide’s bullet marks (a lone l) as the items they separate, and checks the quote as written', () => {
    const lesson = validLesson()
    ;(lesson.sections as { citations: unknown[] }[])[0]!.citations = [
      { source: '003_1cdde22c45bafc02.txt', quote: 'l 10-20人 l 嫌货才是买货人 l 60%,90-95%保持关系' },
    ]
    const course = loadCourse(courseWith(lesson), SOURCES)
    expect(course.problems).toEqual([])
    expect(course.modules[0]!.lessons[0]!.sections[0]!.citations[0]).toMatchObject({
      quote: 'l 10-20人 l 嫌货才是买货人 l 60%,90-95%保持关系',
      display: '10-20人 · 嫌货才是买货人 · 60%,90-95%保持关系',
      traditional: false,
    })
  })

  it.each([
    ['l 1/25', '1/25'],
    ['l 广告 l 带来新顾客', '广告 · 带来新顾客'],
    ['help line', 'help line'],
    ['尤其要做到处变不惊', '尤其要做到处变不惊'],
  ])('withoutBulletMarks(%s) is %s', (text, shown) => {
    expect(withoutBulletMarks(text)).toBe(shown)
  })

  // One failing case per rule: each names the file, the field and what is wrong.
  it.each<[string, (lesson: Record<string, any>) => void, string]>([
    [
      'a quote that is not in its document',
      (l) => (l.sections[0].citations[0].quote = '这句话原文里没有出现过'),
      'sections.0.citations.0：引文在 000_0d273eb557817752.txt 中找不到',
    ],
    [
      'a quote in simplified when the document is traditional',
      (l) => (l.sections[0].citations[0] = { source: '004_2e7b325d63276746.txt', quote: '遇到无声电话时' }),
      '引文在 004_2e7b325d63276746.txt 中找不到',
    ],
    ['an unknown source file', (l) => (l.sections[0].citations[0].source = '999.txt'), 'sections.0.citations.0'],
    ['a quote too short to check', (l) => (l.sections[0].citations[0].quote = '客服'), '引文至少 4 个字'],
    ['a section without citations', (l) => (l.sections[0].citations = []), 'sections.0.citations：每一节至少一条出处'],
    ['a section without body', (l) => (l.sections[0].body = []), 'sections.0.body：至少一段正文'],
    ['a lesson without sections', (l) => (l.sections = []), 'sections：至少一节'],
    [
      'a self-check answer out of range',
      (l) => (l.selfCheck[0].answer = 5),
      'selfCheck.0.answer：answer 是从 0 开始的选项序号',
    ],
    ['a self-check with one option', (l) => (l.selfCheck[0].options = ['甲']), 'selfCheck.0.options：至少两个选项'],
    ['a required lesson without self-check', (l) => (l.selfCheck = []), 'selfCheck：必修课至少一道自测题'],
    ['a lesson without goals', (l) => delete l.goals, 'goals'],
    ['a lesson with four goals', (l) => (l.goals = ['能一', '能二', '能三', '能四']), 'goals：学习目标最多三条'],
    [
      'a lesson body that talks about a document',
      (l) => (l.sections[0].body = ['按 003 号原文的说法，投诉要及时处理。']),
      'sections.0.body.0：学员看到的文字不要谈论原文（出处放在 citation 里）：发现「003」「原文」',
    ],
    [
      'an example that points at a numbered rule',
      (l) => (l.sections[0].examples = [{ label: '讲义第 40 条', say: '您好', citation: l.sections[0].citations[0] }]),
      'sections.0.examples.0.0：学员看到的文字不要谈论原文',
    ],
    [
      'a pointer to a lesson that does not exist',
      (l) => (l.sections[0].body = ['详见《早已改名的课》一课。']),
      'sections.0.body.0：提到的课程《早已改名的课》不存在（课名改过？）',
    ],
    [
      'a self-check explanation that names a document',
      (l) => (l.selfCheck[0].explanation = '讲义里这样写。'),
      'selfCheck.0.explanation：学员看到的文字不要谈论原文',
    ],
    ['an empty title', (l) => (l.title = '  '), 'title：不能为空'],
    ['a bad id', (l) => (l.id = 'Demo Lesson'), 'id：id 只能用小写字母、数字和连字符'],
    ['an unknown field', (l) => (l.extra = 1), '（文件）'],
    ['duplicate section ids', (l) => l.sections.push({ ...l.sections[0] }), 'sections.1.id：节 id 重复：one'],
    [
      'a phrase with neither say nor avoid',
      (l) => (l.sections[0].examples = [{ label: '情景', citation: { supplementary: true, note: '补充' } }]),
      '示例至少要有 say',
    ],
    [
      'a phrase without a citation',
      (l) => (l.sections[0].examples = [{ label: '情景', say: '您好' }]),
      'sections.0.examples.0.citation',
    ],
    [
      'a supplementary note left empty',
      (l) => (l.sections[0].citations[0] = { supplementary: true, note: '' }),
      'sections.0.citations.0',
    ],
    [
      'traditional characters in course text',
      (l) => (l.sections[0].body = ['遇到客戶講方言時']),
      'sections.0.body.0：课程正文须用简体字，发现繁体字：戶 講',
    ],
  ])('reports %s', (_name, mutate, expected) => {
    const lesson = validLesson()
    mutate(lesson)
    const problems = problemsFor(lesson)
    expect(problems.length).toBeGreaterThan(0)
    expect(problems.join('\n')).toContain('modules/01-demo/01-lesson.yaml')
    expect(problems.join('\n')).toContain(expected)
  })

  it('lets trainer notes and supplementary notes name the documents, and counts what learners would see', () => {
    const lesson = validLesson()
    const section = (lesson.sections as Record<string, unknown>[])[0]!
    section.trainerNote = '003 号原文这里有错字。'
    section.citations = [...(section.citations as unknown[]), { supplementary: true, note: '原文没有讲，本课程补充。' }]
    const course = loadCourse(courseWith(lesson), SOURCES)
    expect(course.problems).toEqual([])
    expect(course.documentMentions).toBe(0)
    expect(course.modules[0]!.lessons[0]!.sections[0]!.trainerNote).toBe('003 号原文这里有错字。')
  })

  it('lets further reading go without a self-check, and keeps questions away from it', () => {
    const lesson = { ...validLesson(), optional: true, selfCheck: [] }
    const course = loadCourse(courseWith(lesson), SOURCES)
    expect(course.problems).toEqual([])
    expect(course.index.modules[0]!.lessons[0]!.optional).toBe(true)
  })

  it('reports broken YAML with the file name', () => {
    expect(problemsFor('id: [unclosed').join('\n')).toMatch(/01-lesson\.yaml › （文件）：YAML 格式错误/)
  })

  it('reports a module file that breaks its schema', () => {
    const root = courseWith(validLesson(), { id: 'demo', title: '示例', description: '说明。', audience: ['访客'] })
    const problems = loadCourse(root, SOURCES).problems.map(formatProblem)
    expect(problems.join('\n')).toContain('module.yaml › audience.0')
  })

  it('reports a missing source document', () => {
    const root = courseWith(validLesson())
    const problems = loadCourse(root, join(root, 'sources')).problems.map(formatProblem)
    expect(problems.join('\n')).toContain('原文文件缺失')
  })
})

describe('loadCourse question banks', () => {
  function bankCourse(questions: unknown[]): string {
    const root = courseWith(validLesson())
    mkdirSync(join(root, 'questions'))
    writeFileSync(join(root, 'questions', '01-demo.yaml'), stringify({ module: 'demo', questions }))
    return root
  }
  function aQuestion(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      id: 'demo-q001',
      type: 'single',
      stem: '哪一项属于心理素质？',
      options: ['处变不惊的应变力', '谦虚', '良好的倾听能力'],
      answer: 0,
      explanation: '应变力属于心理素质。',
      citation: { source: '000_0d273eb557817752.txt', quote: '尤其要做到处变不惊' },
      lesson: 'demo-lesson#one',
      difficulty: 'easy',
      kind: 'recall',
      tags: ['心理素质'],
      ...overrides,
    }
  }
  function bankProblems(questions: unknown[]): string {
    return loadCourse(bankCourse(questions), SOURCES).problems.map(formatProblem).join('\n')
  }

  it('names both copies of a duplicate question', () => {
    expect(bankProblems([aQuestion(), aQuestion({ id: 'demo-q002' })])).toMatch(
      /题干与 .*questions\/01-demo\.yaml 的 demo-q001 重复/,
    )
  })

  it('loads a valid bank with the lesson link resolved', () => {
    const course = loadCourse(bankCourse([aQuestion()]), SOURCES)
    expect(course.problems).toEqual([])
    expect(course.questions[0]).toMatchObject({
      id: 'demo-q001',
      module: 'demo',
      lessonRef: { moduleId: 'demo', lessonId: 'demo-lesson', sectionId: 'one' },
    })
    expect(course.index.modules[0]!.questionCount).toBe(1)
  })

  it.each<[string, unknown[], string]>([
    ['a key out of range', [aQuestion({ answer: 3 })], 'questions.0(demo-q001).answer：答案序号超出了选项数量'],
    ['a missing key', [aQuestion({ answer: undefined })], 'questions.0(demo-q001).answer'],
    [
      'a multiple-choice question with no right answer',
      [aQuestion({ type: 'multiple', answer: [] })],
      'questions.0(demo-q001).answer：多选题至少要有两个正确选项',
    ],
    [
      'a true/false key that is not true or false',
      [aQuestion({ type: 'truefalse', options: undefined, answer: 'yes' })],
      '判断题的答案必须是 true 或 false',
    ],
    ['an unknown type', [aQuestion({ type: 'essay' })], 'type 只能是 single'],
    ['a missing kind', [aQuestion({ kind: undefined })], 'kind 只能是 situational（情景题）或 recall（记忆题）'],
    [
      'a stem that names its own type, which the page shows',
      [aQuestion({ type: 'multiple', answer: [0, 2], stem: '哪些属于心理素质？（多选）' })],
      'questions.0(demo-q001).stem：题干末尾不用写（多选）之类：页面会标出题型',
    ],
    [
      'a stem that asks what a document says',
      [aQuestion({ stem: '按讲义第 40 条，哪一项属于心理素质？' })],
      'questions.0(demo-q001).stem：学员看到的文字不要谈论原文（出处放在 citation 里）：发现「讲义」「第 40 条」',
    ],
    [
      "an option that cites a document's number",
      [aQuestion({ options: ['处变不惊的应变力', '谦虚', '002 号里说的热情'] })],
      'questions.0(demo-q001).options.2：学员看到的文字不要谈论原文',
    ],
    [
      "a question that examines the course's own suggestion",
      [aQuestion({ citation: { supplementary: true, note: '本课程的建议' } })],
      '题目考的必须是原文中的规定（引文出处）；课程自己的建议不出题',
    ],
    [
      'a duplicate question',
      [aQuestion(), aQuestion({ id: 'demo-q002', stem: '哪一项属于心理素质？' })],
      'questions.1(demo-q002).stem：题干与 ',
    ],
    ['a duplicate id', [aQuestion(), aQuestion({ stem: '另一道题？' })], 'questions.1(demo-q001).id：题目 id 与'],
    ['repeated options', [aQuestion({ options: ['谦虚', '谦虚'] })], 'questions.0(demo-q001).options：选项有重复'],
    [
      'a lesson section that does not exist',
      [aQuestion({ lesson: 'demo-lesson#nope' })],
      '找不到课程小节「demo-lesson#nope」',
    ],
    [
      'a quote not in its document',
      [aQuestion({ citation: { source: '000_0d273eb557817752.txt', quote: '原文里没有这一句话' } })],
      'questions.0(demo-q001).citation：引文在',
    ],
  ])('reports %s, naming the file and the question', (_name, questions, expected) => {
    const problems = bankProblems(questions)
    expect(problems).toContain('questions/01-demo.yaml ›')
    expect(problems).toContain(expected)
  })
})

describe('loadCourse rules for what learners practise', () => {
  it('refuses a question that links to further reading', () => {
    const root = courseWith({ ...validLesson(), optional: true, selfCheck: [] })
    mkdirSync(join(root, 'questions'))
    const question = {
      id: 'demo-q001',
      type: 'truefalse',
      kind: 'recall',
      stem: '遇事要处变不惊。',
      answer: true,
      explanation: '这是心理素质的要求。',
      citation: { source: '000_0d273eb557817752.txt', quote: '尤其要做到处变不惊' },
      lesson: 'demo-lesson#one',
      difficulty: 'easy',
      tags: ['心理素质'],
    }
    writeFileSync(join(root, 'questions', '01-demo.yaml'), stringify({ module: 'demo', questions: [question] }))
    const problems = loadCourse(root, SOURCES).problems.map(formatProblem).join('\n')
    expect(problems).toContain('questions.0(demo-q001).lesson：延伸阅读（optional）的内容不考，题目不能链接到它')
  })

  it('refuses a role-play that names a real company, and one that talks about the documents', () => {
    const root = courseWith(validLesson())
    mkdirSync(join(root, 'scenarios'))
    const fixture = readFileSync(join(__dirname, '../../fixtures/course/scenarios/silent-call.yaml'), 'utf8')
    const scenario = parse(fixture) as { modules: string[]; summary: string; steps: { text: string }[] }
    scenario.modules = ['demo']
    scenario.summary = '顺丰快递的客户来电，但是没有声音。'
    scenario.steps[0]!.text = '按原文，铃响了。'
    writeFileSync(join(root, 'scenarios', 'silent-call.yaml'), stringify(scenario))
    const problems = loadCourse(root, SOURCES).problems.map(formatProblem).join('\n')
    expect(problems).toContain(
      'silent-call.yaml › summary：情景里不用真实企业的名字「顺丰」，请用课程统一的虚构公司「启程」',
    )
    expect(problems).toContain('silent-call.yaml › steps.0.text：学员看到的文字不要谈论原文')
  })

  it('takes a reply marked as something done, and refuses any other value than true there', () => {
    const root = courseWith(validLesson())
    mkdirSync(join(root, 'scenarios'))
    const fixture = readFileSync(join(__dirname, '../../fixtures/course/scenarios/silent-call.yaml'), 'utf8')
    const scenario = parse(fixture) as { modules: string[]; steps: { replies?: Record<string, unknown>[] }[] }
    scenario.modules = ['demo']
    const step = scenario.steps.findIndex((candidate) => candidate.replies)
    scenario.steps[step]!.replies![0]!.action = true
    writeFileSync(join(root, 'scenarios', 'silent-call.yaml'), stringify(scenario))
    expect(loadCourse(root, SOURCES).problems).toEqual([])

    scenario.steps[step]!.replies![0]!.action = false
    writeFileSync(join(root, 'scenarios', 'silent-call.yaml'), stringify(scenario))
    const problems = loadCourse(root, SOURCES).problems.map(formatProblem)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      `/scenarios/silent-call.yaml › steps.${step}.replies.0.action：action 只能写 true(回应是一个做法,不是说出口的话),或者不写`,
    )
  })

  it("gives a reaction to the person who says it, and refuses naming the step's own speaker again", () => {
    const root = courseWith(validLesson())
    mkdirSync(join(root, 'scenarios'))
    const fixture = readFileSync(join(__dirname, '../../fixtures/course/scenarios/silent-call.yaml'), 'utf8')
    const scenario = parse(fixture) as {
      modules: string[]
      steps: { speaker: string; replies?: Record<string, unknown>[] }[]
    }
    scenario.modules = ['demo']
    const step = scenario.steps.findIndex((candidate) => candidate.replies && candidate.speaker === 'narrator')
    scenario.steps[step]!.replies![0]!.reactionSpeaker = 'customer'
    writeFileSync(join(root, 'scenarios', 'silent-call.yaml'), stringify(scenario))
    const loaded = loadCourse(root, SOURCES)
    expect(loaded.problems).toEqual([])
    const loadedStep = loaded.scenarios[0]!.steps[step] as { replies: unknown[] }
    expect(loadedStep.replies[0]).toMatchObject({ reactionSpeaker: 'customer' })

    scenario.steps[step]!.replies![0]!.reactionSpeaker = 'narrator'
    writeFileSync(join(root, 'scenarios', 'silent-call.yaml'), stringify(scenario))
    expect(loadCourse(root, SOURCES).problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        `/scenarios/silent-call.yaml › steps.${step}.replies.0.reactionSpeaker：reactionSpeaker 与本步的 speaker 相同（narrator），不用写$`,
      ),
    ])
  })

  it('offers a sequel by its title, and refuses one that is not another role-play of the course', () => {
    const root = courseWith(validLesson())
    mkdirSync(join(root, 'scenarios'))
    const fixture = readFileSync(join(__dirname, '../../fixtures/course/scenarios/silent-call.yaml'), 'utf8')
    const first = parse(fixture) as Record<string, unknown> & { id: string; title: string }
    first.modules = ['demo']
    const second = { ...first, id: 'silent-call-again', title: '无声来电（二）' }
    first.sequel = 'silent-call-again'
    writeFileSync(join(root, 'scenarios', 'silent-call.yaml'), stringify(first))
    writeFileSync(join(root, 'scenarios', 'silent-call-again.yaml'), stringify(second))
    const course = loadCourse(root, SOURCES)
    expect(course.problems).toEqual([])
    expect(course.scenarios.find((scenario) => scenario.id === 'silent-call')?.sequel).toEqual({
      id: 'silent-call-again',
      title: '无声来电（二）',
    })

    for (const sequel of ['no-such-play', 'silent-call']) {
      first.sequel = sequel
      writeFileSync(join(root, 'scenarios', 'silent-call.yaml'), stringify(first))
      expect(loadCourse(root, SOURCES).problems.map(formatProblem)).toEqual([
        expect.stringMatching(`silent-call.yaml › sequel：没有 id 为「${sequel}」的另一个情景`),
      ])
    }
  })

  it('renames the scored areas a role-play names, and refuses a name for an area there is not', () => {
    const root = courseWith(validLesson())
    mkdirSync(join(root, 'scenarios'))
    const fixture = readFileSync(join(__dirname, '../../fixtures/course/scenarios/silent-call.yaml'), 'utf8')
    const scenario = parse(fixture) as Record<string, unknown>
    scenario.modules = ['demo']
    scenario.areaNames = { empathy: '客户意识' }
    writeFileSync(join(root, 'scenarios', 'silent-call.yaml'), stringify(scenario))
    const course = loadCourse(root, SOURCES)
    expect(course.problems).toEqual([])
    expect(course.scenarios[0]?.areaNames).toEqual({ empathy: '客户意识' })

    scenario.areaNames = { manners: '仪态' }
    writeFileSync(join(root, 'scenarios', 'silent-call.yaml'), stringify(scenario))
    expect(loadCourse(root, SOURCES).problems.map(formatProblem)).toEqual([
      expect.stringMatching('silent-call.yaml › areaNames'),
    ])
  })
})
