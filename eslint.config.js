// Vue's recommended rules with typescript-eslint's, via the Vue team's own config package.
import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp-*', 'dev-dist/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    rules: {
      // Views are named after their route (HomeView, NotFoundView); one-word names do not clash here.
      'vue/multi-word-component-names': 'off',
      // Text from links, files and storage is always shown as text.
      'vue/no-v-html': 'error',
      // Layout of markup is left to the author; these rules only reflow lines.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['src/**'],
    rules: {
      // An LMS's frame may forbid the browser's pop-ups, answering "no" at once: the course asks on the page (AskFirstButton).
      'no-restricted-properties': [
        'error',
        ...['alert', 'confirm', 'prompt'].map((property) => ({
          object: 'window',
          property,
          message: 'Ask on the page (AskFirstButton): a pop-up may be forbidden in an LMS frame.',
        })),
      ],
      'no-restricted-globals': ['error', 'alert', 'confirm', 'prompt'],
    },
  },
  {
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
