import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { moduleLoaders } from '../../src/content/courseData'
import type { ModuleContent } from '../../src/content/types'
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
    expect(course.index.scenarios).toEqual([{ id: 'silent-call', title: '无声电话' }])
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
  ])('loads the text of %s: its lessons in order', async (moduleId, lessonIds) => {
    const course = useCourseStore()

    await course.loadModule(moduleId)

    const state = course.modules.get(moduleId)
    expect(state?.status).toBe('ready')
    const content = state?.status === 'ready' ? state.value : undefined
    expect(content?.id).toBe(moduleId)
    expect(content?.lessons.map((lesson) => lesson.id)).toEqual(lessonIds)
  })

  it('gives a lesson’s text once its module is loaded', async () => {
    const course = useCourseStore()
    expect(course.lessonOf('basics', 'basics-first')).toBeUndefined()

    await course.loadModule('basics')

    const lesson = course.lessonOf('basics', 'basics-first')
    expect(lesson?.title).toBe('第一课：处变不惊')
    expect(lesson?.moduleId).toBe('basics')
    expect(lesson?.sections.map((section) => section.id)).toEqual(['calm', 'silent'])
    expect(course.lessonOf('basics', 'phone-rings')).toBeUndefined()
    expect(course.lessonOf('phone', 'phone-rings')).toBeUndefined()
  })

  it('shows the module as loading until its chunk arrives', async () => {
    const course = useCourseStore()
    const chunk = deferred<{ default: ModuleContent }>()
    vi.spyOn(moduleLoaders, 'phone').mockReturnValueOnce(chunk.promise)

    const loading = course.loadModule('phone')
    expect(course.modules.get('phone')).toEqual({ status: 'loading' })

    chunk.resolve({ default: { id: 'phone', lessons: [] } })
    await loading
    expect(course.modules.get('phone')).toEqual({ status: 'ready', value: { id: 'phone', lessons: [] } })
  })

  it('says there is no such module', async () => {
    const course = useCourseStore()
    await course.loadModule('nope')
    expect(course.modules.get('nope')).toEqual({ status: 'error', message: '没有这个模块' })
  })

  it('reports a failed download and loads the module when retried', async () => {
    const course = useCourseStore()
    vi.spyOn(moduleLoaders, 'basics').mockRejectedValueOnce(chunkFetchError())

    await course.loadModule('basics')
    expect(course.modules.get('basics')).toEqual({
      status: 'error',
      message: '模块内容加载失败，请检查网络后重试',
    })
    expect(course.lessonOf('basics', 'basics-first')).toBeUndefined()

    await course.loadModule('basics')
    expect(course.modules.get('basics')?.status).toBe('ready')
    expect(course.lessonOf('basics', 'basics-first')?.title).toBe('第一课：处变不惊')
  })
})
