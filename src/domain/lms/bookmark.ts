/**
 * Which page the LMS keeps as the learner's place. A quiz's or the exam's result page names an
 * attempt that another PC has only as a summary, so its place is 我的进度 (which shows every score);
 * every other page is kept as it is.
 */

/**
 * The bookmark for a route path.
 *
 * @example
 * bookmarkOf('/results/exam-mx2bfkg4') // '/progress'
 * bookmarkOf('/modules/qualities/lessons/qualities-skills') // the same path
 */
export function bookmarkOf(path: string): string {
  return /^\/results\//.test(path) ? '/progress' : path
}
