import { describe, expect, it } from 'vitest'
import {
  assignmentIdOf,
  assignmentQuizIdOf,
  describeQuiz,
  isAssignmentQuizId,
  isWeakPointPractice,
  moduleQuizId,
  resumedFromHome,
} from '../../../../src/domain/quiz/catalog'

const modules = ['basics', 'phone']

describe('describeQuiz', () => {
  it.each([
    ['a module quiz', moduleQuizId('basics'), { id: 'm-basics', kind: 'module', moduleIds: ['basics'] }],
    ['the mixed quiz', 'mixed', { id: 'mixed', kind: 'mixed', moduleIds: modules }],
    ['the local bank', 'local', { id: 'local', kind: 'local', moduleIds: [] }],
    ['an assignment', assignmentQuizIdOf('k3j9x2'), { id: 'as-k3j9x2', kind: 'assignment', moduleIds: modules }],
    ['an unknown module', 'm-nope', null],
    ['an assignment id with markup', 'as-<b>x</b>', null],
    ['an assignment id too short', 'as-ab', null],
    ['anything else', 'hello', null],
  ])('reads %s', (_name, quizId, expected) => {
    expect(describeQuiz(quizId, modules)).toEqual(expected)
  })
})

describe('assignmentIdOf', () => {
  it.each([
    ['as-k3j9x2', 'k3j9x2'],
    ['m-basics', undefined],
    ['exam', undefined],
  ])('%s → %s', (quizId, expected) => {
    expect(assignmentIdOf(quizId)).toBe(expected)
  })
})

describe('isAssignmentQuizId', () => {
  it.each([
    ['as-k3j9x2', true],
    ['m-basics', false],
    ['exam', false],
  ])('%s → %s', (quizId, expected) => {
    expect(isAssignmentQuizId(quizId)).toBe(expected)
  })
})

describe('isWeakPointPractice', () => {
  // 今日复习 and the 错题本 have no pass mark; every quiz a learner takes for a score has one.
  it.each([
    ['review', true],
    ['mistakes', true],
    ['m-basics', false],
    ['mixed', false],
    ['exam', false],
    ['as-k3j9x2', false],
  ])('%s → %s', (quizId, expected) => {
    expect(isWeakPointPractice(quizId)).toBe(expected)
  })
})

describe('resumedFromHome', () => {
  // The exam and 今日复习 have their own cards on home; every other unfinished quiz is offered there.
  it.each([
    ['m-basics', true],
    ['mixed', true],
    ['mistakes', true],
    ['as-k3j9x2', true],
    ['local', true],
    ['exam', false],
    ['review', false],
  ])('%s → %s', (quizId, expected) => {
    expect(resumedFromHome(quizId)).toBe(expected)
  })
})
