import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import HomeTodayScenario from '../../src/components/home/HomeTodayScenario.vue'

// The learner's role-play ratings, as the progress store's glance holds them.
const glance = ref<{ scenarioRuns: { scenarioId: string; rating: string }[] }>({ scenarioRuns: [] })
vi.mock('../../src/stores/progress', () => ({ useProgressStore: () => ({ glance }) }))

// A course whose role-plays are not listed in the order of their modules, as the real one's are not;
// one of them practises two modules, the first far from the learner.
vi.mock('../../src/content/courseData', () => ({
  courseIndex: {
    modules: [
      { id: 'intro', title: '概论' },
      { id: 'voice', title: '声音' },
      { id: 'phone', title: '电话' },
      { id: 'desk', title: '前台' },
    ],
    scenarios: [
      { id: 'map', title: '北京地图', modules: ['voice'] },
      { id: 'rush', title: '营业高峰', modules: ['desk'] },
      { id: 'line', title: '线路不好', modules: ['phone'] },
      { id: 'queue', title: '排队的客人', modules: ['desk', 'phone'] },
    ],
  },
}))

function mountSuggestion(moduleId: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: {} },
      { path: '/scenarios/:scenarioId', name: 'scenario', component: {} },
    ],
  })
  return mount(HomeTodayScenario, { props: { moduleId }, global: { plugins: [router] } })
}

describe('今日 → 演练一下', () => {
  it('offers a learner in a module without role-plays the next module’s, once the nearer one is 优秀', async () => {
    expect(mountSuggestion('intro').text()).toContain('情景演练：北京地图')
    glance.value = { scenarioRuns: [{ scenarioId: 'map', rating: 'excellent' }] }
    const wrapper = mountSuggestion('intro')
    // Not the role-play listed next (营业高峰, the course's last module), but the next module's.
    expect(wrapper.text()).toContain('情景演练：线路不好')
    expect(wrapper.text()).toContain('练习「电话」的内容')
  })

  it('says why by the module that made it the suggestion, not the role-play’s first', () => {
    glance.value = {
      scenarioRuns: ['map', 'line'].map((scenarioId) => ({ scenarioId, rating: 'excellent' })),
    }
    // From 声音, 排队的客人's 电话 is the next module; its 前台, listed first, two on.
    const wrapper = mountSuggestion('voice')
    expect(wrapper.text()).toContain('情景演练：排队的客人')
    expect(wrapper.text()).toContain('练习「电话」的内容')
  })
})
