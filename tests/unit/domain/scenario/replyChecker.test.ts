import { describe, expect, it } from 'vitest'
import { checkReply } from '../../../../src/domain/scenario/replyChecker'
import { freeReplyMark } from '../../../../src/domain/scenario/marks'

// Document 004, section ⑨: every "不可以说" line, in simplified characters.
const FORBIDDEN_LINES = [
  ['1', '喂，说话呀！'],
  ['2', '喂，说吧！'],
  ['3', '喂，说话呀！再不说话我就挂了啊！'],
  ['4', '喂，大声一点儿！'],
  ['11', '喂，什么？！你说什么？'],
  ['13', '喂，打错电话了！请看清楚后再拨。'],
  ['15', '喂，我也没办法，刚才线路忙啊！'],
  ['16', '喂，嘴巴干净一点，这又不是我的错呀！'],
  ['17', '喂，不好意思，我是新手啦！'],
  ['18', '喂，刚才的电话不是我接的呀！'],
  ['19', '喂，这不关我的事，我不清楚，您打××电话吧。'],
  ['20', '我不清楚啊，您过两天再来电话吧。'],
  ['29', '喂，不可能的吧。'],
  ['29', '不可以，完全不可以！'],
  ['32', '喂，听懂了吧？'],
  ['33', '喂，没事了吧，您挂电话吧。'],
]

// Document 004, section ⑦: the negative language it names.
const NEGATIVE_LANGUAGE = [
  '我不能给您退货。',
  '这个我不会做。',
  '这不是我应该做的。',
  '我想我做不了。',
  '您的衣服真好看！但是……',
]

// Document 004, section ⑨: the 客服代表's model replies, in simplified characters.
const MODEL_REPLIES = [
  '您好，申通***号很高兴为您服务，请问有什么可以帮助您！',
  '您好，请问有什么可以帮助您？',
  '某先生/小姐，请问有什么可以帮助您？',
  '对不起，您的电话没有声音，请您换一部电话再次打来，好吗？再见！',
  '对不起，您的声音太小，请您拿起话筒说话好吗？',
  '对不起！请您大声一点，好吗？',
  '对不起！您的电话声音太小，请您换一部电话打来，好吗？',
  '对不起，您的电话杂音太大，听不清，请您换一部电话再次打来好吗？再见！',
  '对不起，请您讲普通话，好吗？谢谢！',
  '对不起，请您找一个可以讲普通话的人来，好吗？谢谢！',
  '对不起，（稍微提高音量），请问有什么可以帮助您？',
  '请问您现在可以听清楚我的声音吗？',
  '对不起，公司有规定，上班时间不允许接听私人电话，请您下班后再与她联系，谢谢您，再见！',
  '对不起，麻烦您将刚才反映的问题再复述一遍，好吗？',
  '麻烦您记录一下，好吗？',
  '对不起，这里是上海中部申通客服部，请您查证后再拨。',
  '对不起，您能否将具体情况和联系电话告诉我，我帮您联系好吗？',
  '对不起，刚才因为线路忙，让您久等了！请问有什么可以帮助您？',
  '对不起，先生/小姐，请问有什么可以帮助您？',
  '对不起，让您久等了，我将尽快帮您处理。',
  '对不起，由于我们服务不周给您添麻烦了，请您原谅，您是否能将详细情况告诉我？',
  '我给您转接过去，请您稍等',
  '对不起，给您添麻烦了，我会将您反映的问题如实上报负责人，并尽快核实处理，给您带来的不便请您原谅！',
  '对不起，您是否可以留下您的联系电话，由我们的主管与您联系处理，好吗？',
  '很抱歉，先生/小姐，多谢您反映的意见，我们会尽快向上级部门反映，并在2小时之内（简单投诉）/24小时之内（复杂投诉）给您明确的答复……再见！',
  '对不起，请您稍等片刻，好吗？',
  '对不起，让您久等了。',
  '对不起，线路正在调整，请您稍后再来电，好吗？',
  '对不起，我的工号是×××号。',
  '谢谢您，您提出的宝贵建议，我们将及时反馈给公司相关负责人员，再次感谢您对我们工作的关心和支持。',
  '对不起，请您原谅。',
  '对不起，很抱歉。',
  '没关系，请不必介意。',
  '对不起，您的要求不在我们的服务范围内，请您挂机。',
  '非常感谢！对不起，我不能接受，再次谢谢您！',
  '很抱歉，恐怕我不能帮助您！',
  '很抱歉，这超出我们的服务范围，恐怕我不能帮助您。',
  '请不必客气，这是我们应该做的或这是我们的工作职责，感谢您对我们工作的支持，随时欢迎您再来电。',
  '对不起，请您留下您的联系电话我们查询后将尽快与您联系，好吗？',
  '先生/女士：请问您贵姓？',
  '谢谢您的合作，再见！',
  '请问我刚才的解释您是否明白/是否清楚？',
  '请问还有什么可以帮助您？',
  '感谢您的来电，若有问题请再次来电，谢谢再见！',
  '对不起，我挂线了。',
]

describe('checkReply', () => {
  it.each(FORBIDDEN_LINES)('flags the forbidden line of situation %s: %s', (_number, line) => {
    expect(checkReply(line, []).forbidden.length).toBeGreaterThan(0)
    expect(checkReply(line, []).scores.courtesy).toBe(0)
  })

  it.each(NEGATIVE_LANGUAGE)('flags negative language: %s', (line) => {
    expect(checkReply(line, []).forbidden.length).toBeGreaterThan(0)
  })

  it.each(MODEL_REPLIES)('passes the model reply: %s', (line) => {
    expect(checkReply(line, []).forbidden).toEqual([])
  })

  it('explains each finding in plain words, never by a document number', () => {
    expect(checkReply('喂，你好', []).forbidden).toEqual([{ found: '喂', why: '不能用“喂”开头：接起电话先问候“您好”' }])
    const everyRule = checkReply('我是新手，不是我接的，我也没办法，我不清楚，不可能，你搞错了，我就挂了', [])
    expect(everyRule.forbidden.length).toBeGreaterThan(5)
    for (const finding of everyRule.forbidden) expect(finding.why).not.toMatch(/\d{3}|原文|第 \d+ 条/)
  })

  it.each([
    ['a polite question', '您好，可不可以请您先把情况告诉我？'],
    ['taking on the problem', '您放心，我会负责你的问题，马上帮您处理。'],
    ['solving the problem', '我马上帮你解决你的问题。'],
    ['solving the problem, politely', '我马上帮您解决您的问题。'],
  ])('lets %s through', (_name, line) => {
    expect(checkReply(line, []).forbidden).toEqual([])
  })

  it('says what to say instead of 我不清楚, even when it is said honestly', () => {
    expect(checkReply('晚了一天的原因我不清楚，我核实后马上告诉您。', []).forbidden).toEqual([
      { found: '我不清楚', why: '“我不清楚”听起来像在打发客户：可以说“这个我需要核实一下”，再告诉客户什么时候回复他' },
    ])
  })

  it('still refuses a refusal and a blame', () => {
    expect(checkReply('这不可以。', []).forbidden.map((match) => match.found)).toEqual(['不可以'])
    expect(checkReply('这是你的问题。', []).forbidden.map((match) => match.found)).toEqual(['是你的问题'])
  })

  it.each([
    ['对不起您，是您自己催得太急了，我下一步马上帮您处理', '您自己'],
    ['这是您的问题，我马上帮您处理。', '是您的问题'],
    ['不好意思，您搞错了，我帮您再查一下。', '您搞错了'],
  ])('refuses a blame said with a polite 您: %s', (line, found) => {
    expect(checkReply(line, ['apology', 'nextStep']).forbidden.map((match) => match.found)).toEqual([found])
    // An apology and a next step do not make up for blaming the customer: the reply is marked 不妥.
    const { scores } = checkReply(line, ['apology', 'nextStep'])
    expect(scores).toEqual({ courtesy: 0, solving: 1 })
    expect(freeReplyMark(scores)).toBe('poor')
  })

  it('allows 我不能 only in a polite refusal that apologises first', () => {
    expect(checkReply('很抱歉，恐怕我不能帮助您。', []).forbidden).toEqual([])
    expect(checkReply('我不能帮助您，很抱歉。', []).forbidden.map((match) => match.found)).toEqual(['我不能'])
  })

  it.each([
    ['您好，请问有什么可以帮您？', false],
    ['很高兴为您服务。', false],
    ['请您说一下订单号。', false],
    ['我帮您查一下物流。', true],
    ['我马上为您核实。', true],
    ['请您稍等，我给您转接技术部门。', true],
  ])('counts what will be done for the caller as a next step, not an offer of help: %s', (line, isNextStep) => {
    expect(checkReply(line, ['nextStep']).present).toEqual(isNextStep ? ['nextStep'] : [])
  })

  it('notes what a good reply contains and what it lacks', () => {
    const result = checkReply('对不起，让您久等了，我将尽快帮您处理。', ['apology', 'respect', 'nextStep', 'reason'])
    expect(result.present).toEqual(['apology', 'respect', 'nextStep'])
    expect(result.missing).toEqual(['reason'])
    expect(result.scores).toEqual({ courtesy: 1, solving: 1 })
  })

  it.each<[string, string[], { courtesy: number; solving: number }]>([
    [
      '因为系统升级，您的订单会晚一天发出，我们会尽快为您处理，请您原谅。',
      ['apology', 'reason', 'nextStep'],
      { courtesy: 1, solving: 2 },
    ],
    ['您好', ['greeting', 'apology', 'reason', 'nextStep'], { courtesy: 1, solving: 0 }],
    // Calming and asking: a greeting is neither.
    ['您好', ['reassure', 'question', 'respect'], { courtesy: 1, solving: 0 }],
    ['您别着急，能说说当时的具体情况吗？', ['reassure', 'question', 'respect'], { courtesy: 1, solving: 2 }],
    ['请放心，麻烦您讲讲是怎么发的', ['reassure', 'question', 'respect'], { courtesy: 1, solving: 2 }],
    ['', ['greeting'], { courtesy: 0, solving: 0 }],
    // The next step said as the action: finding out, calling back.
    [
      '原因系统里没写，我去中转站核实清楚，下午五点前回电话告诉您。',
      ['respect', 'nextStep'],
      { courtesy: 1, solving: 2 },
    ],
  ])('scores %s', (reply, expects, scores) => {
    expect(checkReply(reply, expects as never).scores).toEqual(scores)
  })
})
