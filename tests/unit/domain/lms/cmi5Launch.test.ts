import { describe, expect, it } from 'vitest'
import {
  cmi5ReturnUrl,
  type Cmi5Agent,
  isBookmark,
  isIri,
  learnerOf,
  readCmi5CourseState,
  readCmi5Launch,
  readCmi5LaunchData,
  readCmi5Preferences,
  SESSION_ID_EXTENSION,
} from '../../../../src/domain/lms/cmi5Launch'

const actor = { objectType: 'Agent', name: '王小明', account: { homePage: 'https://lms.example.com', name: 'u7' } }
const good = {
  endpoint: 'https://lrs.example.com/xapi',
  fetch: 'https://lms.example.com/fetch/abc',
  actor: JSON.stringify(actor),
  registration: 'f1e2d3c4-0000-4000-8000-000000000001',
  activityId: 'https://kefu-course.example.com/au/course',
}
const query = (over: Partial<Record<keyof typeof good, string | null>> = {}) => {
  const all: Record<string, string | null> = { ...good, ...over }
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(all)) if (value !== null) params.set(key, value)
  return params
}

describe('readCmi5Launch', () => {
  it('accepts a good launch and ends the endpoint with a slash', () => {
    const result = readCmi5Launch(query())
    expect(result).toEqual({
      ok: true,
      value: {
        endpoint: 'https://lrs.example.com/xapi/',
        fetch: 'https://lms.example.com/fetch/abc',
        actor,
        registration: good.registration,
        activityId: good.activityId,
      },
    })
  })

  it('keeps only the Agent properties of the actor', () => {
    const result = readCmi5Launch(query({ actor: JSON.stringify({ ...actor, extra: '<script>' }) }))
    expect(result.ok && result.value.actor).toEqual(actor)
  })

  it.each([
    ['endpoint', 'lrs.example.com', '学习记录库地址（endpoint）不是有效的 http 或 https 网址'],
    ['endpoint', 'javascript:alert(1)', 'endpoint'],
    ['endpoint', 'https://user:pw@lrs.example.com/', 'endpoint'],
    ['endpoint', null, 'endpoint'],
    ['fetch', 'ftp://lms.example.com/f', '登录凭据地址（fetch）'],
    ['actor', '{not json', '学员信息（actor）不是有效的 xAPI 学员（Agent）'],
    ['actor', JSON.stringify({ name: '无标识' }), 'actor'],
    ['actor', JSON.stringify({ ...actor, mbox: 'mailto:a@b.c' }), 'actor'],
    ['actor', JSON.stringify({ objectType: 'Group', mbox: 'mailto:a@b.c' }), 'actor'],
    ['registration', 'not-a-uuid', '报名编号（registration）不是有效的 UUID'],
    ['registration', '', 'registration'],
    ['activityId', 'no scheme here', '课程编号（activityId）不是有效的 IRI 地址'],
    ['activityId', 'https://x.example.com/a b', 'activityId'],
  ] as const)('refuses %s = %s in Chinese', (name, value, words) => {
    const result = readCmi5Launch(query({ [name]: value }))
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.problem).toContain(words)
      expect(result.problem).toContain('请回到学习平台重新打开课程')
    }
  })
})

describe('isIri', () => {
  it.each([
    ['https://example.com/a/b?c=d', true],
    ['urn:uuid:f1e2d3c4-0000-4000-8000-000000000001', true],
    ['https://例子.测试/课程', true],
    ['relative/path', false],
    ['https://example.com/<x>', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isIri(value)).toBe(expected)
  })
})

describe('learnerOf', () => {
  it.each<[Cmi5Agent, { id: string; name: string }]>([
    [actor as Cmi5Agent, { id: 'https://lms.example.com|u7', name: '王小明' }],
    [
      { account: { homePage: 'https://lms.example.com', name: 'u7' } },
      { id: 'https://lms.example.com|u7', name: 'u7' },
    ],
    [
      { mbox: 'mailto:li.lei@example.com', name: '  ' },
      { id: 'mailto:li.lei@example.com', name: 'li.lei' },
    ],
  ])('%o', (agent, expected) => {
    expect(learnerOf(agent)).toEqual(expected)
  })
})

const launchData = {
  contextTemplate: { extensions: { [SESSION_ID_EXTENSION]: 'session-1' }, contextActivities: { grouping: [] } },
  launchMode: 'Normal',
  moveOn: 'CompletedAndPassed',
  masteryScore: 0.8,
}

describe('readCmi5LaunchData', () => {
  it('accepts the LMS launch data', () => {
    expect(readCmi5LaunchData(launchData)).toEqual({ ok: true, value: launchData })
  })

  it.each([
    ['no session id', { ...launchData, contextTemplate: { extensions: {} } }],
    ['an unknown launch mode', { ...launchData, launchMode: 'Play' }],
    ['a mastery score above 1', { ...launchData, masteryScore: 80 }],
    ['an unknown moveOn', { ...launchData, moveOn: 'Whatever' }],
    ['no document', null],
  ])('refuses %s', (_, raw) => {
    const result = readCmi5LaunchData(raw)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problem).toContain('学习平台保存的启动数据（LMS.LaunchData）有问题')
  })
})

describe('readCmi5Preferences', () => {
  it.each([
    [
      { languagePreference: 'zh-CN', audioPreference: 'off' },
      { languagePreference: 'zh-CN', audioPreference: 'off' },
    ],
    [{ audioPreference: 'loud' }, {}],
    ['<html>', {}],
    [undefined, {}],
  ])('%o → %o', (raw, expected) => {
    expect(readCmi5Preferences(raw)).toEqual(expected)
  })
})

describe('readCmi5CourseState', () => {
  const state = { resume: 'abc', bookmark: '/modules/m1', reported: { completed: true, passed: false } }
  it.each([
    [state, state],
    [{ ...state, bookmark: 'https://evil.example.com' }, null],
    [{ ...state, bookmark: '//evil.example.com' }, null],
    [{ ...state, reported: { completed: 'yes', passed: false } }, null],
    [{ ...state, resume: 'x'.repeat(64_001) }, null],
    ['text', null],
  ])('%#', (raw, expected) => {
    expect(readCmi5CourseState(raw)).toEqual(expected)
  })
})

describe('isBookmark', () => {
  it.each([
    ['/modules/m1/lessons/l2', true],
    ['/', true],
    ['//evil.example.com', false],
    ['modules', false],
    ['/a b', false],
  ])('%s → %s', (value, expected) => {
    expect(isBookmark(value)).toBe(expected)
  })
})

describe('cmi5ReturnUrl', () => {
  it.each([
    ['https://lms.example.com/course/view.php?id=3', 'https://lms.example.com/course/view.php?id=3'],
    ['http://127.0.0.1:8080/return', 'http://127.0.0.1:8080/return'],
    ['javascript:alert(1)', null],
    ['data:text/html,<script>', null],
    ['/relative/path', null],
    [undefined, null],
  ])('%s → %s', (value, expected) => {
    expect(cmi5ReturnUrl(value)).toBe(expected)
  })
})
