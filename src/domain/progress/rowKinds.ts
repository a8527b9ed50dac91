/** The kinds of a learner's saved rows (rows.ts), and which of them the first screen reads. */
export const PROGRESS_KINDS = ['lesson', 'attempt', 'session', 'card', 'run'] as const
export type ProgressKind = (typeof PROGRESS_KINDS)[number]
/** Read before the first page: few rows. The long lists (attempts, cards, runs) are read after it. */
export const FIRST_SCREEN_KINDS = ['lesson', 'session'] as const satisfies readonly ProgressKind[]
export const HISTORY_KINDS = ['attempt', 'card', 'run'] as const satisfies readonly ProgressKind[]
