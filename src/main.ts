import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router'
import { loadSavedData } from './stores/loadSavedData'
import { checkForUpdate, registerServiceWorker } from './platform/serviceWorker'
import './styles/main.css'

const router = createAppRouter()
const pinia = createPinia()
const app = createApp(App).use(pinia).use(router)
// The saved data is read before the first page shows (a few milliseconds), so pages never start empty.
void loadSavedData(pinia).finally(() => app.mount('#app'))

// Offline from the first visit; a new version is offered, never swapped in under the learner.
registerServiceWorker()
// Hash routes load no new document, so moving between pages is when to look for a new version.
router.afterEach(() => checkForUpdate())
