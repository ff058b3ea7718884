// A report of about 1 MB for the suggestion benchmarks: the sample article
// over and over with other places and days, an Arabic dispatch every tenth
// copy. Read with __dirname: Playwright loads this file as CommonJS, Vitest as ESM.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { prng } from './prng'

const article = readFileSync(resolve(__dirname, '../../resources/sample-article.txt'), 'utf8')
const arabic = readFileSync(resolve(__dirname, '../fixtures/suggest/arabic-wire.txt'), 'utf8')
const cities = [
  'Homs',
  'Hama',
  'Aleppo',
  'Idlib',
  'Raqqa',
  'Latakia',
  'Tartus',
  'Daraa',
  'Palmyra',
  'Qamishli',
]
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

/** ~1 MB: the sample article over and over with other places and days, an Arabic dispatch every tenth copy. */
export function suggestReport(): string {
  const random = prng(13)
  const parts: string[] = []
  let length = 0
  for (let i = 0; length < 1_000_000; i++) {
    const copy =
      i % 10 === 9
        ? arabic
        : article
            .replaceAll('Homs', cities[Math.floor(random() * cities.length)]!)
            .replaceAll('Friday', days[i % days.length]!)
    parts.push(copy)
    length += copy.length + 1
  }
  return parts.join('\n')
}
