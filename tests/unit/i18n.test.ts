import { describe, expect, it } from 'vitest'
import { translate, useMessages } from '../../src/i18n'

describe('translate', () => {
  const messages = { lesson: { time: '约 {minutes} 分钟', plain: '目录' } }
  it.each([
    ['lesson.plain', {}, '目录'],
    ['lesson.time', { minutes: 3 }, '约 3 分钟'],
    ['lesson.time', {}, '约 {minutes} 分钟'],
    ['lesson.missing', {}, 'lesson.missing'],
    ['lesson', {}, 'lesson'],
  ])('%s %j', (key, params, expected) => {
    expect(translate(messages, key, params)).toBe(expected)
  })
})

describe('useMessages', () => {
  it('reads the simplified-Chinese catalogue', () => {
    expect(useMessages().t('home.progressSummary', { done: 2, total: 46 })).toBe('已学完 2 / 46 课')
  })
})
