import { createI18n } from 'vue-i18n'
import zhCN, { type Messages } from './zh-CN'

/** The app's i18n instance; simplified Chinese is the only locale for now. */
export const i18n = createI18n<[Messages], 'zh-CN', false>({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN },
})
