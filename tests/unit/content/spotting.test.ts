import { afterEach, describe, expect, it } from 'vitest'
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse, stringify } from 'yaml'
import { formatProblem, loadCourse } from '../../../src/content/build/loadCourse'

// The fixture course's modules and 找茬 files, copied so each test can spoil one thing.
const FIXTURE = join(__dirname, '../../fixtures/course')
const SOURCES = join(__dirname, '../../../content/sources')
const folders: string[] = []

type Line = Record<string, unknown>
type Transcript = { id: string; lines: Line[]; [key: string]: unknown }

function fixtureTranscript(): Transcript {
  return parse(readFileSync(join(FIXTURE, 'spotting/01-quiet-line.yaml'), 'utf8')) as Transcript
}
function fixtureRules(): Record<string, unknown>[] {
  return parse(readFileSync(join(FIXTURE, 'spotting/rules.yaml'), 'utf8')) as Record<string, unknown>[]
}

/** Loads a course with the fixture modules and the given 找茬 files (by name); returns its problems. */
function problemsWith(files: Record<string, unknown>): string[] {
  const parent = mkdtempSync(join(tmpdir(), 'spotting-'))
  folders.push(parent)
  // Named content/, so problems name their files as the real course does (content/spotting/…).
  const root = join(parent, 'content')
  cpSync(join(FIXTURE, 'modules'), join(root, 'modules'), { recursive: true })
  cpSync(join(FIXTURE, 'sources'), join(root, 'sources'), { recursive: true })
  mkdirSync(join(root, 'spotting'), { recursive: true })
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(root, 'spotting', name), typeof content === 'string' ? content : stringify(content))
  }
  return loadCourse(root, SOURCES).problems.map(formatProblem)
}

/** A copy of `line` without `keys`. */
function without(line: Line, ...keys: string[]): Line {
  return Object.fromEntries(Object.entries(line).filter(([key]) => !keys.includes(key)))
}

/** The fixture transcript with line `index` changed by `change`. */
function withLine(index: number, change: (line: Line) => Line): Record<string, unknown> {
  const transcript = fixtureTranscript()
  transcript.lines[index] = change(transcript.lines[index]!)
  return { 'rules.yaml': fixtureRules(), '01-quiet-line.yaml': transcript }
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

describe('找茬 content', () => {
  it('loads the fixture: rules with their lessons, lines with their citations', () => {
    const course = loadCourse(FIXTURE, SOURCES)
    expect(course.problems.map(formatProblem)).toEqual([])
    const [transcript] = course.spotting.transcripts
    expect(transcript?.id).toBe('quiet-line')
    expect(transcript?.lines[1]).toMatchObject({ speaker: 'agent', breaks: ['silent-call-wait'] })
    expect(transcript?.lines[2]).toMatchObject({ speaker: 'customer', breaks: [] })
    expect(transcript?.lines[1]?.citation).toMatchObject({ kind: 'quote', traditional: true })
    expect(course.spotting.rules[0]?.lesson).toEqual({
      moduleId: 'basics',
      lessonId: 'basics-first',
      title: expect.any(String),
    })
  })

  it('has no 找茬 and no problem where the folder is absent', () => {
    expect(problemsWith({})).toEqual([])
  })

  it.each([
    [
      'a rule id that rules.yaml lacks',
      withLine(1, (line) => ({ ...line, breaks: ['no-such-rule'] })),
      'content/spotting/01-quiet-line.yaml › lines.1.breaks.0：rules.yaml 里没有 id 为「no-such-rule」的规则',
    ],
    [
      'a violation without its explanation',
      withLine(1, (line) => without(line, 'why')),
      'content/spotting/01-quiet-line.yaml › lines.1.why：有 breaks 的句子必须写 why（为什么不规范）',
    ],
    [
      'a violation without what to say instead',
      withLine(3, (line) => without(line, 'better')),
      'content/spotting/01-quiet-line.yaml › lines.3.better：有 breaks 的句子必须写 better（应该怎么说）',
    ],
    [
      'an agent line without a citation',
      withLine(5, (line) => without(line, 'citation')),
      'content/spotting/01-quiet-line.yaml › lines.5.citation：客服说的每一句和每个违规的句子都要有 citation（出处）',
    ],
    [
      'a quotation that is not verbatim',
      withLine(1, (line) => ({
        ...line,
        citation: { source: '004_2e7b325d63276746.txt', quote: '喂，说话呀！再不说话' },
      })),
      'content/spotting/01-quiet-line.yaml › lines.1.citation：引文在 004_2e7b325d63276746.txt 中找不到（必须与原文逐字一致）：「喂，说话呀！再不说话」',
    ],
    [
      'a speaker the format does not have',
      withLine(2, (line) => ({ ...line, speaker: 'colleague' })),
      'content/spotting/01-quiet-line.yaml › lines.2.speaker：speaker 只能是 agent、customer 或 narrator',
    ],
    [
      'a violation said by the customer',
      withLine(2, (line) => ({ ...line, breaks: ['greet-properly'], why: '不妥。', better: '您好。' })),
      'content/spotting/01-quiet-line.yaml › lines.2.breaks：只有客服（agent）说的句子才写 breaks',
    ],
    [
      'traditional characters in the course text',
      withLine(2, (line) => ({ ...line, text: '我想問一下我的快遞。' })),
      'content/spotting/01-quiet-line.yaml › lines.2.text：课程正文须用简体字，发现繁体字：問 遞',
    ],
    [
      'an explanation on a line that is fine',
      withLine(5, (line) => ({ ...line, why: '原文规定要这样说。' })),
      'content/spotting/01-quiet-line.yaml › lines.5.why：why 只写在有 breaks 的句子上',
    ],
  ])('refuses %s', (_name, files, message) => {
    expect(problemsWith(files)).toContain(message)
  })

  it('refuses a transcript with too few violations or too few right agent lines', () => {
    const transcript = fixtureTranscript()
    const clean = (line: Line) => without(line, 'breaks', 'why', 'better')
    const tooFew = { ...transcript, lines: transcript.lines.map((line, index) => (index === 1 ? line : clean(line))) }
    expect(problemsWith({ 'rules.yaml': fixtureRules(), '01-quiet-line.yaml': tooFew })).toContain(
      'content/spotting/01-quiet-line.yaml › lines：要有 2–5 句违反规则（现在 1 句）',
    )
    const allWrong = {
      ...transcript,
      lines: transcript.lines.map((line, index) =>
        index === 5 || index === 8 ? { ...line, breaks: ['greet-properly'], why: '不妥。', better: '您好。' } : line,
      ),
    }
    expect(problemsWith({ 'rules.yaml': fixtureRules(), '01-quiet-line.yaml': allWrong })).toContain(
      'content/spotting/01-quiet-line.yaml › lines：至少 2 句客服说得对的话（现在 0 句），否则全部标出就能得分',
    )
  })

  it('refuses a transcript shorter than 8 lines', () => {
    const transcript = fixtureTranscript()
    expect(
      problemsWith({
        'rules.yaml': fixtureRules(),
        '01-quiet-line.yaml': { ...transcript, lines: transcript.lines.slice(0, 7) },
      }),
    ).toContain('content/spotting/01-quiet-line.yaml › lines：至少 8 句')
  })

  it('refuses a rule whose lesson does not exist, and a repeated rule id', () => {
    const rules = fixtureRules()
    rules[1] = { ...rules[1], lesson: 'no-such-lesson' }
    expect(problemsWith({ 'rules.yaml': rules, '01-quiet-line.yaml': fixtureTranscript() })).toContain(
      'content/spotting/rules.yaml › 1.lesson：找不到 id 为「no-such-lesson」的课程',
    )
    expect(
      problemsWith({ 'rules.yaml': [...fixtureRules(), fixtureRules()[0]], '01-quiet-line.yaml': fixtureTranscript() }),
    ).toContain('content/spotting/rules.yaml › 5.id：规则 id 重复：silent-call-wait')
  })

  it('refuses transcripts without rules.yaml, a file named apart from its id, and a repeated id', () => {
    expect(problemsWith({ '01-quiet-line.yaml': fixtureTranscript() })).toContain(
      'content/spotting/rules.yaml › （文件）：缺少规则文件 rules.yaml（找茬的每条规则都写在这里）',
    )
    const problems = problemsWith({
      'rules.yaml': fixtureRules(),
      '01-quiet-line.yaml': fixtureTranscript(),
      '02-other.yaml': fixtureTranscript(),
    })
    expect(problems).toContain(
      'content/spotting/02-other.yaml › id：文件名应为「两位序号-quiet-line.yaml」，与 id 一致',
    )
    expect(problems).toContain(
      'content/spotting/02-other.yaml › id：找茬 id「quiet-line」与 content/spotting/01-quiet-line.yaml 重复',
    )
  })

  it('refuses learner text that talks about the documents', () => {
    const problems = problemsWith(withLine(1, (line) => ({ ...line, why: '原文规定不能这样催促客户。' })))
    expect(
      problems.some((problem) =>
        problem.startsWith('content/spotting/01-quiet-line.yaml › lines.1.why：学员看到的文字不要谈论原文'),
      ),
    ).toBe(true)
  })
})
