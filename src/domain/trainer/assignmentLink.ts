/**
 * Reading an assignment link back: the printed sheet and the full-screen QR show the title and due
 * date the link itself carries, so what the trainer hangs on the wall is what learners will open.
 */

/**
 * The assignment code in an assignment link (`…#/assignment?a=<code>`), or null when the link has none.
 *
 * @example
 * assignmentCodeOfLink('http://192.168.1.20:8080/#/assignment?a=A1.abc.K7Q2ZP') // 'A1.abc.K7Q2ZP'
 * assignmentCodeOfLink('http://192.168.1.20:8080/#/trainer') // null
 */
export function assignmentCodeOfLink(link: string): string | null {
  const hash = link.indexOf('#')
  if (hash < 0) return null
  const route = link.slice(hash + 1)
  const query = route.indexOf('?')
  if (query < 0 || route.slice(0, query) !== '/assignment') return null
  const code = new URLSearchParams(route.slice(query + 1)).get('a')
  return code ? code : null
}
