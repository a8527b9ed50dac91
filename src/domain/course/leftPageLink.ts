/**
 * Of the links on a list page, those that lead toward the page the learner has just left: that
 * page's own link, or else the closest link above it (a quiz's card for its questions page); every
 * one of them when the page links there more than once (练习's 没做完的 and the quiz's own card), for
 * the caller to pick the one the learner used. The course's home, `/`, leads toward every page, so
 * it is never one.
 *
 * @example
 * linksTowardLeftPage(['/', '/quizzes/m-phone', '/quizzes/m-voice'], '/quizzes/m-phone/play') // [1]
 * linksTowardLeftPage(['/quizzes/m-phone/play', '/voice', '/quizzes/m-phone/play'], '/quizzes/m-phone/play') // [0, 2]
 * linksTowardLeftPage(['/', '/quizzes/m-phone'], '/results/a1') // []
 */
export function linksTowardLeftPage(linkPaths: readonly string[], leftPath: string): number[] {
  let found: number[] = []
  let longest = -1
  linkPaths.forEach((path, position) => {
    if (path === '/' || (leftPath !== path && !leftPath.startsWith(`${path}/`))) return
    if (path.length > longest) [found, longest] = [[position], path.length]
    else if (path.length === longest) found.push(position)
  })
  return found
}
