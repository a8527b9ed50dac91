/** Reading a role-play in the browser as a learner sees it. */
import type { Page } from '@playwright/test'

/** The conversation so far, shown as a region with its own label. */
export const conversation = (page: Page) => page.getByRole('region', { name: '对话记录' })
/** The learner's own lines in the conversation, each headed 你. */
export const myLines = (page: Page) => conversation(page).getByText('你', { exact: true })
/** The end of a role-play: a summary labelled by its ending, 结局：…. */
export const ending = (page: Page) => page.getByRole('region', { name: /^结局：/ })
/** The reply buttons of a choice step, numbered 1., 2., …. */
export const replyButtons = (page: Page) => page.getByRole('button', { name: /^\d\. / })
