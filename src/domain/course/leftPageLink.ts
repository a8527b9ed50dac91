/**
 * Of the links on a list page, the one that leads toward the page the learner has just left: that
 * page's own link, or else the closest link above it (a quiz's card for its questions page). The
 * course's home, `/`, leads toward every page, so it is never the one.
 *
 * @example
 * linkTowardLeftPage(['/', '/quizzes/m-phone', '/quizzes/m-voice'], '/quizzes/m-phone/play') // 1
 * linkTowardLeftPage(['/', '/quizzes/m-phone'], '/results/a1') // -1
 */
export function linkTowardLeftPage(linkPaths: readonly string[], leftPath: string): number {
  let found = -1
  linkPaths.forEach((path, position) => {
    if (path === '/' || (leftPath !== path && !leftPath.startsWith(`${path}/`))) return
    if (found === -1 || path.length > linkPaths[found]!.length) found = position
  })
  return found
}
