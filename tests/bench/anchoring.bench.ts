// Benchmark of the anchoring core: re-anchor 5,000 annotations on a ~1 MB text
// built from the sample article repeated with variations, (a) unchanged, (b)
// after an insertion at the start that shifts every offset, (c) after word
// changes inside a share of the quotes that force fuzzy matching.
// Run: npx vitest bench --run tests/bench/anchoring.bench.ts
import { bench, describe } from 'vitest'
import { prng } from './prng'
import { buildAnnotations, buildText } from './corpus'
import { anchor, type AnchorStatus, type TextSelectors } from '../../src/shared/anchoring'

const ANNOTATIONS = 5_000
const FUZZY_SHARE = 0.2

/** Replace one word inside a share of the quotes (later edits first so earlier offsets stay valid). */
function withWordChanges(text: string, annotations: TextSelectors[], random: () => number): string {
  const replacements = ['town', 'troops', 'rebels', 'region', 'army']
  const edits: Array<{ at: number; length: number; word: string }> = []
  for (const sel of annotations) {
    if (random() >= FUZZY_SHARE || sel.quote.exact.length < 24) continue
    const inner = [...sel.quote.exact.matchAll(/ ([a-z]{3,6}) /g)]
    const match = inner[Math.floor(random() * inner.length)]
    if (match === undefined) continue
    const word = replacements.find((r) => r !== match[1])!
    edits.push({ at: sel.position.start + match.index + 1, length: match[1]!.length, word })
  }
  edits.sort((a, b) => b.at - a.at)
  let edited = text
  let floor = Infinity
  for (const e of edits) {
    if (e.at + e.length > floor) continue // overlaps an edit already applied
    edited = edited.slice(0, e.at) + e.word + edited.slice(e.at + e.length)
    floor = e.at
  }
  return edited
}

const random = prng(20240607)
const text = buildText()
const annotations = buildAnnotations(text, random, ANNOTATIONS)
const shifted =
  'Editor’s note: this compilation was updated after publication; the dispatches below are unchanged.\n' +
  text
const reworded = withWordChanges(text, annotations, random)

function anchorAll(target: string): Record<AnchorStatus | 'orphaned', number> {
  const counts = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 }
  for (const sel of annotations) counts[anchor(target, sel).status]++
  return counts
}

/** Mean CPU time of `runs` calls: on a shared machine wall time also counts other processes' turns. */
function cpuMs(f: () => unknown, runs = 5): number {
  const start = process.cpuUsage()
  for (let i = 0; i < runs; i++) f()
  const used = process.cpuUsage(start)
  return Math.round((used.user + used.system) / 1000 / runs)
}

// One untimed pass per scenario so the output shows what is being measured.
console.log(`text: ${text.length} code units, ${annotations.length} annotations`)
console.log('(a) unchanged   ', JSON.stringify(anchorAll(text)), `${cpuMs(() => anchorAll(text))} ms CPU`)
console.log(
  '(b) shifted     ',
  JSON.stringify(anchorAll(shifted)),
  `${cpuMs(() => anchorAll(shifted))} ms CPU`,
)
console.log(
  '(c) word changes',
  JSON.stringify(anchorAll(reworded)),
  `${cpuMs(() => anchorAll(reworded), 2)} ms CPU`,
)

describe(`anchor ${ANNOTATIONS} annotations on ~1 MB`, () => {
  const options = { iterations: 10, warmupIterations: 3, time: 0 }
  bench('(a) no edits', () => void anchorAll(text), options)
  bench('(b) insertion at the start', () => void anchorAll(shifted), options)
  bench('(c) word changes forcing fuzzy matches', () => void anchorAll(reworded), options)
})
