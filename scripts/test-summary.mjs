// Prints the one closing line CI reads, "N passed, N failed", from the JSON
// reports Vitest and Playwright leave in reports/ (unit, end-to-end, and the
// desktop suite when it ran: where it could not, it leaves no report and adds
// nothing either way). A stage that failed before any test ran (typecheck,
// lint, build) counts as one failure, so a red run can never print "0 failed".
import { existsSync, readFileSync } from 'node:fs'

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null)
const unit = read('reports/unit.json')
const e2e = read('reports/e2e.json')
const desktop = read('reports/desktop.json')

let passed = 0
let failed = 0
if (unit) {
  passed += unit.numPassedTests
  failed += unit.numFailedTests
}
for (const playwright of [e2e, desktop]) {
  if (!playwright) continue
  passed += playwright.stats.expected + playwright.stats.flaky
  failed += playwright.stats.unexpected
}
const exitStatus = Number(process.argv[2] ?? 0)
if (exitStatus !== 0 && failed === 0) {
  console.log(
    `A stage failed before its tests could run (unit report: ${unit ? 'yes' : 'no'}, e2e report: ${e2e ? 'yes' : 'no'}).`,
  )
  failed = 1
}
console.log(`${passed} passed, ${failed} failed`)
