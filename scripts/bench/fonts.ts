/**
 * Timings and Lighthouse scores mean something only where Chinese text is laid out in a Chinese
 * font, as on every learner's device. Without one of the course's Chinese fonts, Chromium looks up
 * every character in the system's fallback fonts and the first layout of a page takes several
 * times longer (on a Debian machine with none of them, Lighthouse put home at 81–95 and the lesson
 * at 76–84, against 96–99 with Noto Sans CJK): the benchmark refuses to time that.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The course's Chinese font families, in the order `--font-family` (src/styles/tokens.css) lists them. */
export function chineseFamiliesOf(tokensCss: string): string[] {
  const stack = /--font-family:\s*([^;]+);/.exec(tokensCss)?.[1]
  if (!stack) return []
  return stack
    .split(',')
    .map((family) => family.trim().replace(/^['"]|['"]$/g, ''))
    .filter((family) => /\b(SC|GB|YaHei|WenQuanYi)\b/.test(family))
}

/**
 * Which of `families` are among the installed ones, as `fc-list : family` prints them (one font
 * per line, a font's names separated by commas).
 */
export function installedAmong(families: readonly string[], fcList: string): string[] {
  const installed = new Set(fcList.split('\n').flatMap((line) => line.split(',').map((name) => name.trim())))
  return families.filter((family) => installed.has(family))
}

/** Why the benchmark cannot time pages on this machine, or null when a Chinese font of the course is installed. */
export function chineseFontProblem(root: string): string | null {
  const families = chineseFamiliesOf(readFileSync(join(root, 'src/styles/tokens.css'), 'utf8'))
  let fcList: string
  try {
    fcList = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' })
  } catch {
    return 'fc-list is missing, so the installed fonts cannot be checked (Debian: apt-get install fontconfig)'
  }
  if (installedAmong(families, fcList).length > 0) return null
  return (
    `none of the course's Chinese fonts is installed (${families.join(', ')}): pages would be timed ` +
    'with every character looked up in fallback fonts, which no learner sees. Install one ' +
    '(Debian: apt-get install fonts-noto-cjk) and run again; `npm run bench:size` needs none.'
  )
}
