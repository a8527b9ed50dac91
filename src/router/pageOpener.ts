import { shallowRef } from 'vue'
import type { RouteLocationRaw } from 'vue-router'
import type { ShellTab } from './index'

/**
 * Where the page on screen was opened from: where 返回 leads and, for a document or an
 * assignment's role-play, the tab it belongs under.
 */
export interface PageOpener {
  tab?: ShellTab
  back: RouteLocationRaw
}

/**
 * Set by a page that knows more than its address: a document opened from a lesson's 出处 (its place
 * read strictly from the address) or another page of the course, and a trainer's assignment's quiz,
 * result or role-play (the assignment's page, found among those opened on this device); null otherwise.
 * The shell reads it, so the tab bar and the top bar's 返回 follow the page the reader came from.
 * Kept here rather than worked out in the routes, so reading the address stays off the first page.
 */
export const pageOpener = shallowRef<PageOpener | null>(null)
