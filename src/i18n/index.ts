/**
 * Interface strings, looked up by key. The catalogue has vue-i18n's shape
 * (nested keys, `{name}` placeholders) so a second locale or a move to
 * vue-i18n is mechanical; the lookup itself is a few lines, which keeps the
 * first page about 19 KB (gzip) smaller than bundling vue-i18n would.
 */
import type { Messages } from './zh-CN'
import { loadedMessages } from './catalogue'

type KeyPath<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : KeyPath<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** Every valid message key, e.g. `'lesson.readingTime'`; a typo is a type error. */
export type MessageKey = KeyPath<Messages>

export type MessageParams = Record<string, string | number>

/**
 * Looks up `key` and fills its `{name}` placeholders; an unknown key comes back as itself.
 *
 * @example
 * translate({ a: { b: '共 {n} 课' } }, 'a.b', { n: 3 }) // '共 3 课'
 */
export function translate(messages: object, key: string, params: MessageParams = {}): string {
  let node: unknown = messages
  for (const part of key.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined
  }
  if (typeof node !== 'string') return key
  return node.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  )
}

export interface UseMessagesReturn {
  /** The message for `key` in the current locale, with `params` filled in. */
  t: (key: MessageKey, params?: MessageParams) => string
}

/** The interface strings for components: `const { t } = useMessages()`. */
export function useMessages(): UseMessagesReturn {
  return { t: (key, params) => translate(loadedMessages(), key, params) }
}
