import { describe, expect, it } from 'vitest'
import {
  firstScriptFor,
  ownScripts,
  phraseScripts,
  scenarioScripts,
  scriptGroupsFor,
  scriptToOpen,
} from '../../../../src/domain/voice/scripts'

describe('phraseScripts', () => {
  it('takes each 应该说 line, without stage directions, and skips examples without one', () => {
    const scripts = phraseScripts([
      {
        id: 'phrases-opening',
        moduleId: 'standard-phrases',
        title: '开头语',
        sections: [
          {
            id: 'greeting',
            examples: [{ label: '电话接通', say: '您好，启程客服 108 号。' }, { label: '只有不可以说' }],
          },
          {
            id: 'slow',
            examples: [
              { label: '放慢', customer: '“快点快点，我赶时间呢！”', say: '（放慢语速）好的。' },
              { label: '打招呼', customer: '“你好，你好。”', say: '您好，请讲。' },
            ],
          },
        ],
      },
    ])
    expect(scripts.map(({ id, text, characters }) => ({ id, text, characters }))).toEqual([
      { id: 'phrase:phrases-opening:greeting:0', text: '您好，启程客服 108 号。', characters: 10 },
      { id: 'phrase:phrases-opening:slow:0', text: '好的。', characters: 2 },
      { id: 'phrase:phrases-opening:slow:1', text: '您好，请讲。', characters: 4 },
    ])
    // A customer's line too short to hear a pace in is no caller for 匹配语速.
    expect(scripts.map((s) => s.caller)).toEqual([undefined, '快点快点，我赶时间呢！', undefined])
    // Each line leads to the section of the lesson that teaches it.
    expect(scripts.map((s) => s.link)).toEqual([
      { kind: 'lesson', moduleId: 'standard-phrases', lessonId: 'phrases-opening', sectionId: 'greeting' },
      { kind: 'lesson', moduleId: 'standard-phrases', lessonId: 'phrases-opening', sectionId: 'slow' },
      { kind: 'lesson', moduleId: 'standard-phrases', lessonId: 'phrases-opening', sectionId: 'slow' },
    ])
  })
})

describe('scenarioScripts', () => {
  it('takes the best-scored reply of each choice step (the first on a tie) and each free model reply', () => {
    const scripts = scenarioScripts({
      id: 'routine-call',
      title: '查询电话',
      steps: [
        {
          kind: 'choice',
          id: 'ring',
          replies: [
            { text: '“喂？”', scores: { courtesy: -2 } },
            { text: '拿起话筒说：“您好，启程快递。”', scores: { courtesy: 2, rules: 2 } },
            { text: '“您好。”', scores: { courtesy: 4 } },
          ],
        },
        { kind: 'free', id: 'delay', modelReply: '刘先生，真抱歉。' },
      ],
    })
    expect(scripts.map((s) => [s.id, s.title, s.text])).toEqual([
      ['roleplay:routine-call:ring', '查询电话（第 1 步）', '您好，启程快递。'],
      ['roleplay:routine-call:delay', '查询电话（第 2 步）', '刘先生，真抱歉。'],
    ])
  })

  it('offers nothing to read where the best reply is something done, not said', () => {
    const scripts = scenarioScripts({
      id: 'swearing-caller',
      title: '骂人的来电',
      steps: [
        {
          kind: 'choice',
          id: 'outburst',
          replies: [
            { text: '先把话机置于“静音”几秒钟，深呼吸，再开口。', action: true, scores: { rules: 2 } },
            { text: '马上顶回去：“这又不是我的错！”', scores: { courtesy: -2 } },
          ],
        },
        {
          kind: 'choice',
          id: 'first-words',
          replies: [
            { text: '挂断电话。', action: true, scores: { rules: -2 } },
            { text: '对不起，先生，请问有什么可以帮助您？', scores: { courtesy: 2 } },
          ],
        },
      ],
    })
    expect(scripts.map((s) => [s.id, s.text])).toEqual([
      ['roleplay:swearing-caller:first-words', '对不起，先生，请问有什么可以帮助您？'],
    ])
  })
})

describe('ownScripts', () => {
  it('has the four interview answers and the reading passage, marked as the course’s own', () => {
    const scripts = ownScripts()
    expect(scripts.map((s) => s.group)).toEqual(['interview', 'interview', 'interview', 'interview', 'reading'])
    expect(scripts.every((s) => s.own && s.characters > 60)).toBe(true)
  })
})

describe('the order a learner meets the scripts in', () => {
  const scripts = [
    { id: 'p1', group: 'phrase' as const },
    { id: 'r1', group: 'roleplay' as const },
    { id: 'i1', group: 'interview' as const },
    { id: 'reading', group: 'reading' as const },
  ]

  it('puts the interview’s voice test and answers first for a candidate, the phrases first for anyone else', () => {
    expect(scriptGroupsFor('interview')).toEqual(['reading', 'interview', 'phrase', 'roleplay'])
    for (const purpose of ['newHire', 'trainer', undefined])
      expect(scriptGroupsFor(purpose)).toEqual(['phrase', 'roleplay', 'interview', 'reading'])
  })

  it('starts a candidate on the reading passage and anyone else on the first phrase', () => {
    expect(firstScriptFor(scripts, 'interview')?.id).toBe('reading')
    expect(firstScriptFor(scripts, 'newHire')?.id).toBe('p1')
    expect(firstScriptFor(scripts)?.id).toBe('p1')
    // A group with no script is passed over.
    expect(firstScriptFor(scripts.slice(0, 3), 'interview')?.id).toBe('i1')
    expect(firstScriptFor([], 'interview')).toBeUndefined()
  })

  it('opens on the script the address names, else the one last recorded, else the learner’s first', () => {
    const takes = [
      { scriptId: 'i1', createdAt: '2026-12-02T09:00:00.000Z' },
      { scriptId: 'r1', createdAt: '2026-12-03T09:00:00.000Z' },
      { scriptId: 'p1', createdAt: '2026-12-01T09:00:00.000Z' },
    ]
    expect(scriptToOpen(scripts, 'i1', takes, 'interview')?.id).toBe('i1')
    expect(scriptToOpen(scripts, '', takes, 'interview')?.id).toBe('r1')
    // An address naming no script of the course is passed over, as is a take of a script since removed.
    expect(scriptToOpen(scripts, 'gone', takes)?.id).toBe('r1')
    expect(
      scriptToOpen(scripts, '', [{ scriptId: 'gone', createdAt: '2026-12-04T09:00:00.000Z' }], 'interview')?.id,
    ).toBe('reading')
    expect(scriptToOpen(scripts, '', [], 'newHire')?.id).toBe('p1')
  })
})
