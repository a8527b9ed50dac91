/**
 * The framework floor: the smallest app built on the same stack (Vue, vue-router with hash history
 * and one view, Pinia with one setup store the view uses), built by this project's Vite with the
 * project's own build settings. What the course costs beyond it is what the course itself adds.
 */
import { mkdtemp, rm, symlink, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type UserConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

export interface BuiltFloor {
  /** The built app. */
  dir: string
  /** Removes the temporary folder. */
  remove(): Promise<void>
}

/** The floor's text, for the page the benchmark reads and clicks. */
export const FLOOR_UI = { heading: '框架基线', button: '加一' } as const

const FILES: Record<string, string> = {
  'index.html': `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="Vue、vue-router 与 Pinia 的最小应用，作为性能对照。" />
    <title>${FLOOR_UI.heading}</title>
  </head>
  <body>
    <div id="app"></div>
    <script type="module" src="./src/main.ts"></script>
  </body>
</html>
`,
  'src/main.ts': `import { createApp } from 'vue'
import { createPinia } from 'pinia'
import { createRouter, createWebHashHistory } from 'vue-router'
import App from './App.vue'
import HomeView from './HomeView.vue'

const router = createRouter({ history: createWebHashHistory(), routes: [{ path: '/', component: HomeView }] })
createApp(App).use(createPinia()).use(router).mount('#app')
`,
  'src/counter.ts': `import { defineStore } from 'pinia'
import { ref } from 'vue'

export const useCounterStore = defineStore('counter', () => {
  const count = ref(0)
  function increment(): void {
    count.value += 1
  }
  return { count, increment }
})
`,
  'src/App.vue': `<script setup lang="ts">
import { RouterView } from 'vue-router'
</script>

<template>
  <main>
    <RouterView />
  </main>
</template>
`,
  'src/HomeView.vue': `<script setup lang="ts">
import { useCounterStore } from './counter'

const counter = useCounterStore()
</script>

<template>
  <h1>${FLOOR_UI.heading}</h1>
  <p>点击次数：<output>{{ counter.count }}</output></p>
  <button type="button" @click="counter.increment()">${FLOOR_UI.button}</button>
</template>
`,
}

/** The project's vite.config.ts as an object (a config function is called as `vite build` would). */
async function projectConfig(root: string): Promise<UserConfig> {
  const loaded = (await import(pathToFileURL(join(root, 'vite.config.ts')).href)) as {
    default: UserConfig | ((env: { command: 'build'; mode: string }) => UserConfig | Promise<UserConfig>)
  }
  const config = loaded.default
  return typeof config === 'function' ? await config({ command: 'build', mode: 'production' }) : config
}

/**
 * Writes the floor app into a temporary folder (its node_modules a link to the project's, so the
 * same package versions are bundled) and builds it with the project's `build` options (target,
 * chunk groups such as the framework chunk), its `define` (__VUE_OPTIONS_API__) and base './'.
 */
export async function buildFloor(root: string): Promise<BuiltFloor> {
  const folder = await mkdtemp(join(tmpdir(), 'kefu-bench-floor-'))
  await mkdir(join(folder, 'src'))
  for (const [name, text] of Object.entries(FILES)) await writeFile(join(folder, name), text)
  await symlink(join(root, 'node_modules'), join(folder, 'node_modules'), 'dir')
  const config = await projectConfig(root)
  const dir = join(folder, 'dist')
  await build({
    configFile: false,
    root: folder,
    base: './',
    logLevel: 'error',
    plugins: [vue()],
    define: config.define,
    build: { ...config.build, outDir: dir, emptyOutDir: true },
  })
  return { dir, remove: () => rm(folder, { recursive: true, force: true }) }
}
