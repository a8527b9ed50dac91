import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import { coursePlugin } from './src/content/build/vitePlugin.ts'
import { inlineEntryStyles } from './scripts/build/inlineEntryStyles.ts'
import { retryableImports } from './scripts/build/retryableImports.ts'
import { PAGES_CODE, SAVED_DATA_CODE, preloadSavedData } from './scripts/build/preloadSavedData.ts'
import { CHUNK_GROUPS } from './scripts/build/chunkGroups.ts'
import { piniaDevtoolsOnly } from './scripts/build/piniaDevtoolsOnly.ts'
import { smallPreloadHelper } from './scripts/build/preloadHelper.ts'
import { COURSE_KEY_PREFIX, DATABASE_NAME } from './src/platform/storageKeys.ts'

// Component tests compile the small fixture course, so they do not change when the real course grows.
const contentDir = process.env.VITEST ? 'tests/fixtures/course' : (process.env.COURSE_CONTENT_DIR ?? 'content')

export default defineConfig({
  // A relative base lets the built course be served from any sub-path (an LMS, a file share).
  base: './',
  plugins: [
    vue(),
    piniaDevtoolsOnly(),
    // Every lazy import's helper rides on the first page: ours is half the size of Vite's.
    smallPreloadHelper(),
    coursePlugin({ contentDir, sourcesDir: 'content/sources' }),
    // The first page's styles arrive inside index.html: the shell paints without waiting for a second request.
    ...inlineEntryStyles(),
    // 重试 after a failed download works in browsers that remember the failure (most of them).
    retryableImports(),
    // A returning learner's saved-data code, and the pages' table for a visit that goes beyond home,
    // download beside the entry, not after it has run.
    preloadSavedData({
      modules: SAVED_DATA_CODE,
      pages: PAGES_CODE,
      databaseName: DATABASE_NAME,
      storagePrefix: COURSE_KEY_PREFIX,
    }),
    // Offline from the first visit: every page, module and source is precached by a service worker.
    VitePWA({
      // A new version waits until the learner agrees (never mid-exam): src/platform/serviceWorker.ts asks.
      registerType: 'prompt',
      // Registered from our own bundled module (the Content-Security-Policy allows no inline script).
      injectRegister: false,
      manifest: {
        name: '客服人员培训课程',
        short_name: '客服培训',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#0b5cad',
        background_color: '#ffffff',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      // Our own worker (src/serviceWorker/sw.ts), given the list of files to keep: it downloads them a few at once.
      strategies: 'injectManifest',
      srcDir: 'src/serviceWorker',
      filename: 'sw.ts',
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
        // Registered as a classic script (src/platform/serviceWorker.ts), which every browser with service workers runs.
        rollupFormat: 'iife',
      },
    }),
  ],
  define: {
    // Every component is <script setup>: the Options API's runtime is dead weight on the first page.
    __VUE_OPTIONS_API__: 'false',
  },
  build: {
    target: 'es2020',
    // The source documents are served as their own small chunks; inlining them would bloat pages.
    assetsInlineLimit: 0,
    // Every browser the course supports preloads modules itself; older ones simply load them on import.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: { groups: CHUNK_GROUPS },
        // Seven hash characters (the fewest the bundler allows for this many files) tell versions apart as
        // well as eight; the first page lists some sixty file names, and random characters do not compress.
        entryFileNames: 'assets/[name]-[hash:7].js',
        chunkFileNames: 'assets/[name]-[hash:7].js',
        assetFileNames: 'assets/[name]-[hash:7][extname]',
      },
    },
  },
  test: {
    restoreMocks: true,
    // Property tests and the dev-server test take seconds on a loaded 2-core machine; a hang still fails.
    testTimeout: 20_000,
    projects: [
      {
        // src/domain and the content pipeline never touch the DOM: plain Node, no jsdom to start.
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.ts', 'tests/stores/**/*.test.ts'],
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
})
