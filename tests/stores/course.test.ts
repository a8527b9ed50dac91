import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { lessonLoaders, moduleLoaders } from '../../src/content/courseLoaders'
import type { ModuleOutline } from '../../src/content/types'
import { useCourseStore } from '../../src/stores/course'
import { chunkFetchError, closePages, deferred, openPage } from './helpers'

// The test build compiles tests/fixtures/course: modules basics (two lessons) and phone (one).

beforeEach(() => {
  localStorage.clear()
  openPage()
})

afterEach(() => closePages())

describe('the course index', () => {
  it('lists every module and lesson in course order before any module is opened', () => {
    const course = useCourseStore()
    expect(
      course.index.modules.map((module) => [module.order, module.id, module.title, module.lessons.map((l) => l.id)]),
    ).toEqual([
      [1, 'basics', '基础模块', ['basics-first', 'basics-second']],
      [2, 'phone', '电话模块', ['phone-rings']],
    ])
    expect(course.index.scenarios).toEqual([{ id: 'silent-call', title: '无声电话', modules: ['basics'] }])
    expect(course.modules.size).toBe(0)
  })

  it.each([
    ['basics', { title: '基础模块', questionCount: 3 }],
    ['phone', { title: '电话模块', questionCount: 0 }],
    ['nope', undefined],
  ])('finds module %s', (moduleId, expected) => {
    const found = useCourseStore().findModule(moduleId)
    expect(found && { title: found.title, questionCount: found.questionCount }).toEqual(expected)
  })
})

describe('opening a module', () => {
  it.each([
    ['basics', ['basics-first', 'basics-second']],
    ['phone', ['phone-rings']],
  ])(
    'loads the outline of %s: its description and a summary for each lesson, in order',
    async (moduleId, lessonIds) => {
      const course = useCourseStore()

      await course.loadModule(moduleId)

      const state = course.modules.get(moduleId)
      expect(state?.status).toBe('ready')
      const outline = state?.status === 'ready' ? state.value : undefined
      expect(outline?.id).toBe(moduleId)
      expect(course.descriptionOf(moduleId)).toBeTruthy()
      expect(Object.keys(outline?.summaries ?? {})).toEqual(lessonIds)
      expect(lessonIds.every((lessonId) => course.summaryOf(moduleId, lessonId))).toBe(true)
      // The outline carries no lesson text: each lesson is fetched on its own.
      expect(course.lessonOf(moduleId, lessonIds[0]!)).toBeUndefined()
    },
  )

  it('shows the module as loading until its outline arrives', async () => {
    const course = useCourseStore()
    const chunk = deferred<{ default: ModuleOutline }>()
    vi.spyOn(moduleLoaders, 'phone').mockReturnValueOnce(chunk.promise)

    const loading = course.loadModule('phone')
    expect(course.modules.get('phone')).toEqual({ status: 'loading' })

    const outline = { id: 'phone', description: '接打电话。', summaries: {} }
    chunk.resolve({ default: outline })
    await loading
    expect(course.modules.get('phone')).toEqual({ status: 'ready', value: outline })
    expect(course.descriptionOf('phone')).toBe('接打电话。')
  })

  it('says there is no such module', async () => {
    const course = useCourseStore()
    await course.loadModule('nope')
    expect(course.modules.get('nope')).toEqual({ status: 'error', message: '没有这个模块' })
  })
})

describe('opening a lesson', () => {
  it('gives the lesson’s text, and only that lesson’s', async () => {
    const course = useCourseStore()
    expect(course.lessonOf('basics', 'basics-first')).toBeUndefined()

    await course.loadLesson('basics', 'basics-first')

    expect(course.lessonState('basics', 'basics-first')?.status).toBe('ready')
    const lesson = course.lessonOf('basics', 'basics-first')
    expect(lesson?.title).toBe('第一课：处变不惊')
    expect(lesson?.moduleId).toBe('basics')
    expect(lesson?.sections.map((section) => section.id)).toEqual(['calm', 'silent'])
    expect(course.lessonOf('basics', 'basics-second')).toBeUndefined()
    expect(course.lessonOf('basics', 'phone-rings')).toBeUndefined()
  })

  it.each([
    ['nope', 'basics-first'],
    ['basics', 'phone-rings'],
    ['basics', 'constructor'],
  ])('refuses %s/%s, which is not a lesson of the course, and says so', async (moduleId, lessonId) => {
    const course = useCourseStore()
    await course.loadLesson(moduleId, lessonId)
    expect(course.lessonState(moduleId, lessonId)).toEqual({ status: 'error', message: '没有这一课' })
    expect(course.lessonOf(moduleId, lessonId)).toBeUndefined()
  })

  it('reports a failed download and loads the lesson when retried', async () => {
    const course = useCourseStore()
    vi.spyOn(lessonLoaders, 'basics/basics-first').mockRejectedValueOnce(chunkFetchError())

    await course.loadLesson('basics', 'basics-first')
    expect(course.lessonState('basics', 'basics-first')).toEqual({
      status: 'error',
      message: '课程内容加载失败，请检查网络后重试',
    })
    expect(course.lessonOf('basics', 'basics-first')).toBeUndefined()

    await course.loadLesson('basics', 'basics-first')
    expect(course.lessonState('basics', 'basics-first')?.status).toBe('ready')
    expect(course.lessonOf('basics', 'basics-first')?.title).toBe('第一课：处变不惊')
  })
})
