/**
 * Which of a page's links to one place the learner followed, kept in the page's own history entry
 * (beside the router's): gone back to, the page returns the focus to that link, not the first one there.
 */
const FOLLOWED_LINK = 'followedLink'

export interface FollowedLink {
  /** The path the link leads to. */
  path: string
  /** What names the part of the page the link is in (its card or section's aria-labelledby), if anything does. */
  within: string | null
}

/** Called as the link is followed, before the router adds the next page's entry. */
export function rememberFollowedLink(link: FollowedLink): void {
  history.replaceState({ ...(history.state as object | null), [FOLLOWED_LINK]: link }, '')
}

/** The link kept in a history entry's state, if one is there and well formed. */
export function followedLinkIn(state: Record<string, unknown>): FollowedLink | null {
  const kept = state[FOLLOWED_LINK] as Partial<FollowedLink> | null | undefined
  return typeof kept?.path === 'string' && (kept.within === null || typeof kept.within === 'string')
    ? { path: kept.path, within: kept.within }
    : null
}
