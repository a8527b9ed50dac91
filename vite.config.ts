import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { coursePlugin } from './src/content/vitePlugin.ts'

// Component tests compile the small fixture course, so they do not change when the real course grows.
const contentDir = process.env.VITEST ? 'tests/fixtures/course' : (process.env.COURSE_CONTENT_DIR ?? 'content')

export default defineConfig({
  // A relative base lets the built course be served from any sub-path (an LMS, a file share).
  base: './',
  plugins: [vue(), coursePlugin({ contentDir, sourcesDir: 'content/sources' })],
  build: {
    target: 'es2020',
    // The source documents are served as their own small chunks; inlining them would bloat pages.
    assetsInlineLimit: 0,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
    restoreMocks: true,
    setupFiles: ['tests/setup.ts'],
  },
})
