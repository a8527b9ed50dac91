/**
 * npm run content:check [-- --json]
 * Validates everything under content/ and prints a summary, or one JSON object
 * of counts with --json (npm's own `--json` flag is honoured too). Exits 1 when
 * any file has a problem, listing each with its file, field and rule.
 */
import { fileURLToPath } from 'node:url'
import { loadCourse, formatProblem } from '../src/content/build/loadCourse.ts'
import { bankProblems, courseCounts } from '../src/content/build/counts.ts'
import { lengthStrategyProblems } from '../src/content/build/giveaways.ts'

const root = fileURLToPath(new URL('../content', import.meta.url))
const wantsJson = process.argv.includes('--json') || process.env.npm_config_json === 'true'
const course = loadCourse(root)
const counts = courseCounts(course)
// The bank-wide bars apply to the real course only, so they are checked here rather than per file.
for (const message of bankProblems(counts)) course.problems.push({ file: 'content', field: '', message })
for (const message of lengthStrategyProblems(course.scenarios))
  course.problems.push({ file: 'content/scenarios', field: '', message })

if (wantsJson) {
  console.log(JSON.stringify({ ...counts, problems: course.problems.map(formatProblem) }))
} else {
  console.log('课程内容检查')
  for (const [name, value] of Object.entries(counts)) {
    console.log(`  ${name}: ${typeof value === 'object' ? JSON.stringify(value) : value}`)
  }
  if (course.problems.length === 0) console.log('全部通过：每条引文都已在原文中找到。')
}
if (course.problems.length > 0) {
  console.error(`\n发现 ${course.problems.length} 个问题：`)
  for (const problem of course.problems) console.error(`  ✗ ${formatProblem(problem)}`)
  process.exitCode = 1
}
