import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { loadCourse } from '../../../../src/content/build/loadCourse'
import { practisedLessons } from '../../../../src/domain/scenario/practice'

// The real course, read once before the tests (it takes a few seconds).
const course = loadCourse(join(__dirname, '../../../../content'))

const modules = [
  {
    id: 'qualities',
    title: '客服人员的职业素质',
    lessons: [
      { id: 'beijing-map-case', title: '案例导入：一张北京地图' },
      { id: 'skills', title: '技能素质' },
    ],
  },
  { id: 'phone', title: '电话礼仪', lessons: [{ id: 'answering', title: '接电话' }] },
  { id: 'phrases', title: '服务规范用语', lessons: [] },
]

describe('practisedLessons', () => {
  it('names the modules in course order and the lesson whose title names the role-play', () => {
    expect(practisedLessons({ title: '北京地图', modules: ['phone', 'qualities'] }, modules)).toEqual({
      modules: [
        { id: 'qualities', title: '客服人员的职业素质' },
        { id: 'phone', title: '电话礼仪' },
      ],
      lessons: [{ moduleId: 'qualities', lessonId: 'beijing-map-case', title: '案例导入：一张北京地图' }],
    })
  })

  it('ignores punctuation when matching titles, and modules the course does not have', () => {
    expect(practisedLessons({ title: '接·电话', modules: ['phone', 'gone'] }, modules)).toEqual({
      modules: [{ id: 'phone', title: '电话礼仪' }],
      lessons: [{ moduleId: 'phone', lessonId: 'answering', title: '接电话' }],
    })
  })

  it('finds no lesson for a role-play no lesson title names', () => {
    expect(practisedLessons({ title: '守住服务的边界', modules: ['phrases'] }, modules).lessons).toEqual([])
    expect(practisedLessons({ title: '！', modules: ['qualities'] }, modules).lessons).toEqual([])
  })

  it('links the real 北京地图 role-play to its case lesson, and every role-play to at least one module', () => {
    const practised = course.scenarios.map((scenario) => [
      scenario.id,
      practisedLessons(scenario, course.index.modules),
    ])
    for (const [, found] of practised) expect(typeof found === 'object' && found.modules.length).toBeGreaterThan(0)
    expect(Object.fromEntries(practised)['beijing-map'].lessons).toEqual([
      { moduleId: 'qualities', lessonId: 'beijing-map-case', title: '案例导入：一张北京地图' },
    ])
  })
})
