// Extraction quality over the fixture set (tests/fixtures/import): every saved
// page, PDF and Word file goes through extractFile, and the table of article
// paragraphs kept, furniture kept, titles and dates right is printed and held
// to its targets.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isImportError, type ExtractedDocument } from '@shared/import/extracted'
import { extractFile } from './extract-file'
import {
  details,
  fixtureRoot,
  loadExpected,
  score,
  table,
  totals,
  type Score,
} from '../../../../../../tests/import/quality'
import { nodeDeps } from '../../../../../../tests/import/node-extract'

describe('import quality over the fixtures', () => {
  it('keeps ≥ 98 % of article paragraphs, ≤ 2 % of furniture, and every title and date', async () => {
    const expected = loadExpected()
    const scores: Score[] = []
    for (const e of expected) {
      const bytes = new Uint8Array(readFileSync(join(fixtureRoot, e.file)))
      let doc: ExtractedDocument | null = null
      let error: { code: string; message: string } | undefined
      try {
        doc = await extractFile(e.file.split('/').pop()!, bytes, nodeDeps)
      } catch (err) {
        if (!isImportError(err)) throw err
        error = { code: err.code, message: err.message }
      }
      scores.push(score(e, doc, error))
    }
    console.log(`${table('Extraction quality (Readability + furniture rules)', scores)}\n${details(scores)}`)
    const t = totals(scores)
    expect(expected.length).toBeGreaterThanOrEqual(17)
    expect(t.paragraphsKept / t.paragraphs).toBeGreaterThanOrEqual(0.98)
    expect(t.furnitureKept / t.furniture).toBeLessThanOrEqual(0.02)
    expect(scores.filter((s) => !s.titleRight).map((s) => s.file)).toEqual([])
    expect(scores.filter((s) => !s.datesRight).map((s) => s.file)).toEqual([])
  }, 60_000)
})
