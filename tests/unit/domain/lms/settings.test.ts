import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { lmsSettingsProblems, readLmsSettings, type LmsSettings } from '../../../../src/domain/lms/settings'

const good: LmsSettings = {
  completion: 'lessons-and-exam',
  masteryScore: 0.8,
  reportedScore: 'best',
  moveOn: 'CompletedAndPassed',
  title: '客服课程',
  description: '',
  lrsOrigins: ['https://lrs.example.com', 'https://LRS.example.com:8443'],
}

describe('readLmsSettings', () => {
  it('reads the course’s own content/lms.yaml', () => {
    const settings = readLmsSettings(parse(readFileSync('content/lms.yaml', 'utf8')))
    expect(settings.masteryScore).toBeGreaterThan(0)
    expect(settings.lrsOrigins).toEqual([])
  })

  it('keeps good settings, origins in lower case and once each', () => {
    expect(readLmsSettings({ ...good, lrsOrigins: [...good.lrsOrigins, 'https://lrs.example.com'] })).toEqual({
      ...good,
      lrsOrigins: ['https://lrs.example.com', 'https://lrs.example.com:8443'],
    })
  })

  it('throws every problem in one Chinese message', () => {
    expect(() => readLmsSettings({ ...good, masteryScore: 80, completion: 'all' })).toThrow(
      'content/lms.yaml 有 2 个问题：\ncompletion：completion（课程完成条件）只能是 lessons、exam 或 lessons-and-exam\nmasteryScore：masteryScore（及格分数）不能大于 1，例如 80 分及格写 0.8',
    )
  })
})

describe('lmsSettingsProblems', () => {
  it.each([
    [null, '', 'lms.yaml 的内容须是一组设置（例如 completion: lessons-and-exam）'],
    [{ ...good, masteryScore: -0.1 }, 'masteryScore', 'masteryScore（及格分数）不能小于 0'],
    [{ ...good, masteryScore: '80%' }, 'masteryScore', 'masteryScore（及格分数）须是 0 到 1 之间的数字，例如 0.8'],
    [{ ...good, reportedScore: 'highest' }, 'reportedScore', 'reportedScore（上报哪次成绩）只能是 best 或 latest'],
    [
      { ...good, moveOn: 'passed' },
      'moveOn',
      'moveOn（cmi5 完成规则）只能是 Passed、Completed、CompletedAndPassed、CompletedOrPassed 或 NotApplicable',
    ],
    [{ ...good, title: '  ' }, 'title', 'title（课程包标题）不能为空'],
    [
      { ...good, lrsOrigins: ['https://ok.example.com', 'http://lrs.example.com'] },
      'lrsOrigins.1',
      'lrsOrigins（学习记录库地址）的每一项须是 https:// 开头、不带路径的地址，例如 https://lrs.example.com',
    ],
    [
      { ...good, lrsOrigins: ['https://lrs.example.com/xapi'] },
      'lrsOrigins.0',
      'lrsOrigins（学习记录库地址）的每一项须是 https:// 开头、不带路径的地址，例如 https://lrs.example.com',
    ],
    [
      { ...good, lrsOrigins: 'https://lrs.example.com' },
      'lrsOrigins',
      'lrsOrigins（学习记录库地址）须是一个列表（可以为空：[]）',
    ],
    [{ ...good, passMark: 80 }, 'passMark', '不认识的设置「passMark」'],
  ])('%j → %s', (raw, field, message) => {
    expect(lmsSettingsProblems(raw)).toEqual([{ field, message }])
  })

  it('names every missing setting', () => {
    expect(lmsSettingsProblems({}).map((problem) => problem.message)).toEqual([
      '缺少 completion 这项设置',
      '缺少 masteryScore 这项设置',
      '缺少 reportedScore 这项设置',
      '缺少 moveOn 这项设置',
      '缺少 title 这项设置',
      '缺少 description 这项设置',
      '缺少 lrsOrigins 这项设置',
    ])
  })
})
