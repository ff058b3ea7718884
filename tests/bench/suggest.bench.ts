// Claim suggestions: the sample article (target ≤ 100 ms) and a 1 MB report
// (target ≤ 3 s for all suggestions, ≤ 300 ms for the first batch the worker
// posts). The English model is built once before timing, as the worker does
// when it starts. Run: npx vitest bench --run tests/bench/suggest.bench.ts
import { readFileSync } from 'node:fs'
import { bench, describe } from 'vitest'
import { suggestClaims, suggestProgressively } from '../../src/shared/analysis/suggest/engine'
import { warmEnglish } from '../../src/shared/analysis/suggest/nlp-english'
import { suggestReport as report } from './suggest-report'

const article = readFileSync(new URL('../../resources/sample-article.txt', import.meta.url), 'utf8')
const big = report()
const registry = [
  { id: 'sohr', name: 'Syrian Observatory for Human Rights', aliases: ['SOHR', 'the Observatory'] },
  { id: 'nbc', name: 'NBC News', aliases: ['NBC'] },
]
warmEnglish()

describe('claim suggestions', () => {
  bench('sample article (target ≤ 100 ms)', () => {
    suggestClaims({ text: article, language: 'en', registry })
  })
  bench(
    `1 MB report, first batch (target ≤ 300 ms)`,
    () => {
      suggestProgressively({ text: big, language: 'auto', registry }).next()
    },
    { iterations: 5 },
  )
  bench(
    `1 MB report, all suggestions (target ≤ 3 s)`,
    () => {
      suggestClaims({ text: big, language: 'auto', registry })
    },
    { iterations: 3, warmupIterations: 1 },
  )
})
