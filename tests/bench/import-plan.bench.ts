// Benchmark of the import preview (issue 11): a W3C file of 5,000 annotations
// made on a ~1 MB text, planned onto a copy of it with 5 % of its words edited
// (replaced, cut, added, restyled) and some paragraphs moved. This is the pure
// work the anchoring worker does; the budget is 2 s in all, in chunks that each
// stay well under 50 ms, and a plan small enough to cross back to the main thread.
// Run: npx vitest bench --run tests/bench/import-plan.bench.ts
import { createHash } from 'node:crypto'
import { bench, describe } from 'vitest'
import { annotationFile, buildText, edited } from './corpus'
import { prng } from './prng'
import type { DocumentId, CaseId } from '../../src/shared/domain/ids'
import { readAnnotationFile } from '../../src/shared/import/annotation-file'
import { planImportSteps, type ImportPlan } from '../../src/shared/import/import-plan'
import { rankTargets, type TargetDocument } from '../../src/shared/import/import-targets'
import { PLAN_PART_SIZE } from '../../src/renderer/src/workers/anchor-messages'

const ANNOTATIONS = 5_000
const CHUNK = 100

const random = prng(20241209)

const documentOf = (id: string, text: string): TargetDocument & { caseId: CaseId } => ({
  caseId: 'case-1' as CaseId,
  id: id as DocumentId,
  title: id,
  text,
  textHash: createHash('sha256').update(text).digest('hex'),
})

const original = documentOf('original', buildText())
// A differently edited copy for every run, so no run finds the previous one's
// folded text or word index in the caches: each preview pays for its own.
const RUNS = 5
const targets = Array.from({ length: RUNS }, (_, i) =>
  documentOf(`edited copy ${i + 1}`, edited(original.text, prng(i + 1))),
)
let run = 0
const fileText = annotationFile(original, random, ANNOTATIONS)

/** Read, rank two 1 MB candidates, plan onto the edited copy; the longest chunk and the clone cost. */
function preview(): { plan: ImportPlan; times: Record<string, number> } {
  const target = targets[run++ % RUNS]!
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const read = readAnnotationFile(fileText)
  if (!read.ok) throw new Error(read.error)
  const t1 = performance.now()
  rankTargets(read.file, [target, original])
  const t2 = performance.now()
  const steps = planImportSteps(
    { file: read.file, target, existing: [], now: '2024-12-09T12:00:00.000Z' },
    CHUNK,
  )
  let longest = 0
  let plan: ImportPlan
  for (;;) {
    const s = performance.now()
    const next = steps.next()
    longest = Math.max(longest, performance.now() - s)
    if (next.done) {
      plan = next.value
      break
    }
  }
  const t3 = performance.now()
  const cpu = process.cpuUsage(cpu0)
  // What the main thread pays to receive the largest message: one part of the items.
  structuredClone(plan.items.slice(0, PLAN_PART_SIZE))
  const t4 = performance.now()
  return {
    plan,
    times: {
      read: t1 - t0,
      rank: t2 - t1,
      plan: t3 - t2,
      total: t3 - t0,
      totalCpu: (cpu.user + cpu.system) / 1000,
      longestChunk: longest,
      largestMessageClone: t4 - t3,
    },
  }
}

// One untimed pass so the output shows what is measured and what the preview says.
const first = preview()
console.log(
  `file: ${(fileText.length / 1e6).toFixed(1)} MB, ${ANNOTATIONS} annotations; target ${targets[0]!.text.length} code units`,
)
console.log('preview counts', JSON.stringify(first.plan.counts))
console.log(
  'preview ms    ',
  JSON.stringify(Object.fromEntries(Object.entries(first.times).map(([k, v]) => [k, Math.round(v)]))),
)

describe(`import preview of ${ANNOTATIONS} annotations onto a 1 MB copy with 5 % edits`, () => {
  bench('read + rank + plan', () => void preview(), { iterations: RUNS - 1, warmupIterations: 0, time: 0 })
})
