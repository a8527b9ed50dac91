import { shallowRef } from 'vue'
import type { RouteLocationRaw } from 'vue-router'

/**
 * The place in a lesson the document on screen was opened from (its 出处), set by the document's
 * page once it has read the address strictly; null for any other visit. The shell reads it: such a
 * document belongs to 学习, and the top bar's 返回 leads back to that place. Kept here rather than
 * worked out from the address in the routes, so checking the address stays off the first page.
 */
export const sourceReturnPlace = shallowRef<RouteLocationRaw | null>(null)
