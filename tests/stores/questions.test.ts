import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { questionLoaders } from '../../src/content/courseLoaders'
import type { QuestionContent } from '../../src/content/types'
import { useQuestionStore } from '../../src/stores/questions'
import { chunkFetchError, closePages, deferred, openPage } from './helpers'

// The fixture course has three questions for basics and an empty bank for phone.
const BASICS = ['basics-q001', 'basics-q002', 'basics-q003']

function idsByModule(banks: Record<string, QuestionContent[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(banks).map(([moduleId, list]) => [moduleId, list.map((q) => q.id)]))
}

beforeEach(() => {
  localStorage.clear()
  openPage()
})

afterEach(() => closePages())

describe('question banks', () => {
  it('loads one bank with its questions, types and lesson links', async () => {
    const questions = useQuestionStore()

    await questions.loadBank('basics')

    const bank = questions.questionsOf(['basics']).basics!
    expect(bank.map((q) => [q.id, q.type, q.module, q.lessonRef])).toEqual([
      ['basics-q001', 'single', 'basics', { moduleId: 'basics', lessonId: 'basics-first', sectionId: 'calm' }],
      ['basics-q002', 'multiple', 'basics', { moduleId: 'basics', lessonId: 'basics-second', sectionId: 'rush' }],
      ['basics-q003', 'truefalse', 'basics', { moduleId: 'phone', lessonId: 'phone-rings', sectionId: 'rings' }],
    ])
    expect(questions.statusOf(['basics'])).toBe('ready')
  })

  it('loads several banks together and gives only the loaded ones asked for', async () => {
    const questions = useQuestionStore()

    await questions.loadBanks(['basics', 'phone'])

    expect(questions.statusOf(['basics', 'phone'])).toBe('ready')
    expect(idsByModule(questions.questionsOf(['basics', 'phone']))).toEqual({ basics: BASICS, phone: [] })
    expect(idsByModule(questions.questionsOf(['phone', 'other']))).toEqual({ phone: [] })
  })

  it.each([
    ['nothing asked for', [], 'ready'],
    ['a bank not yet asked for', ['basics'], 'loading'],
  ] as const)('gives the status of %s', (_, moduleIds, status) => {
    expect(useQuestionStore().statusOf(moduleIds)).toBe(status)
  })

  it('is loading while any bank is still on its way', async () => {
    const questions = useQuestionStore()
    const phone = deferred<{ default: QuestionContent[] }>()
    vi.spyOn(questionLoaders, 'phone').mockReturnValueOnce(phone.promise)

    const loading = questions.loadBanks(['basics', 'phone'])
    await vi.waitFor(() => expect(questions.banks.get('basics')?.status).toBe('ready'))
    expect(questions.statusOf(['basics', 'phone'])).toBe('loading')
    expect(idsByModule(questions.questionsOf(['basics', 'phone']))).toEqual({ basics: BASICS })

    phone.resolve({ default: [] })
    await loading
    expect(questions.statusOf(['basics', 'phone'])).toBe('ready')
  })

  it('reports a module without a bank as an error of the whole set', async () => {
    const questions = useQuestionStore()

    await questions.loadBanks(['basics', 'nope'])

    expect(questions.statusOf(['basics', 'nope'])).toBe('error')
    expect(questions.banks.get('nope')).toEqual({ status: 'error', message: '没有这个模块的题库' })
    expect(idsByModule(questions.questionsOf(['basics', 'nope']))).toEqual({ basics: BASICS })
  })

  it('reports a failed download and loads the bank when retried', async () => {
    const questions = useQuestionStore()
    vi.spyOn(questionLoaders, 'basics').mockRejectedValueOnce(chunkFetchError())

    await questions.loadBanks(['basics', 'phone'])
    expect(questions.statusOf(['basics', 'phone'])).toBe('error')
    expect(questions.banks.get('basics')).toEqual({ status: 'error', message: '题库加载失败，请检查网络后重试' })

    await questions.loadBanks(['basics', 'phone'])
    expect(questions.statusOf(['basics', 'phone'])).toBe('ready')
    expect(idsByModule(questions.questionsOf(['basics']))).toEqual({ basics: BASICS })
  })
})
