import { shallowRef } from 'vue'
import type { RouteLocationRaw } from 'vue-router'
import type { ShellTab } from './index'

/** Where the document on screen was opened from: the tab it belongs under and where 返回 leads. */
export interface SourceOpener {
  tab: ShellTab
  back: RouteLocationRaw
}

/**
 * Set by the document's page: a lesson's 出处 (its place read strictly from the address) or another
 * page of the course (a quiz's or a role-play's 出处); null when opened from the list or a link.
 * The shell reads it, so the tab bar and the top bar's 返回 follow the page the reader came from.
 * Kept here rather than worked out in the routes, so reading the address stays off the first page.
 */
export const sourceOpener = shallowRef<SourceOpener | null>(null)
