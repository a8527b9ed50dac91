import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import HomeTodayQuiz from '../../src/components/home/HomeTodayQuiz.vue'

interface SavedSession {
  quizId: string
  title: string
  mode: 'practice' | 'test'
  current: number
  questionIds: string[]
  answers: Record<string, number | null>
  updatedAt: string
}

// The learner's quizzes under way, as the progress store holds them.
const progress = ref<{ sessions: Record<string, SavedSession> }>({ sessions: {} })
vi.mock('../../src/stores/progress', () => ({ useProgressStore: () => ({ progress }) }))

function session(quizId: string, title: string, answers: SavedSession['answers'], updatedAt: string): SavedSession {
  return { quizId, title, mode: 'practice', current: 0, questionIds: ['q1', 'q2', 'q3'], answers, updatedAt }
}

function mountCard() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: {} },
      { path: '/quizzes', name: 'quizzes', component: {} },
      { path: '/quizzes/:quizId/play', name: 'quiz-play', component: {} },
    ],
  })
  return mount(HomeTodayQuiz, { global: { plugins: [router] } })
}

describe('今日 → 上次没做完', () => {
  it('says nothing of a 错题本 opened and left with no answer, and counts no other quiz for it', () => {
    progress.value = { sessions: { mistakes: session('mistakes', '错题本', { q1: null }, '2026-12-03T09:00:00.000Z') } }
    expect(mountCard().text()).toBe('')

    progress.value.sessions['m-voice'] = session('m-voice', '声音与语言', {}, '2026-12-02T09:00:00.000Z')
    const wrapper = mountCard()
    expect(wrapper.text()).toContain('「声音与语言」的练习，停在第 1 / 3 题。')
    expect(wrapper.text()).not.toContain('还有')
  })

  it('offers the 错题本 once a question in it is answered', () => {
    progress.value = {
      sessions: {
        mistakes: session('mistakes', '错题本', { q1: 1 }, '2026-12-03T09:00:00.000Z'),
        'm-voice': session('m-voice', '声音与语言', {}, '2026-12-02T09:00:00.000Z'),
      },
    }
    const wrapper = mountCard()
    expect(wrapper.text()).toContain('「错题本」的练习')
    expect(wrapper.text()).toContain('还有 1 个没做完的，在「练习」里')
  })
})
