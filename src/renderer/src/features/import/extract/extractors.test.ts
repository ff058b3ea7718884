import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractorFor, libraryVersions } from './extractors'

describe('extractor versions', () => {
  it('match the installed libraries, so provenance names the code that ran', () => {
    for (const [name, version] of Object.entries(libraryVersions)) {
      const pkg = JSON.parse(
        readFileSync(resolve(__dirname, '../../../../../../node_modules', name, 'package.json'), 'utf8'),
      ) as { version: string }
      expect(`${name} ${version}`).toBe(`${name} ${pkg.version}`)
    }
    expect(extractorFor('pdf')).toEqual({
      name: 'pdf.js',
      version: `pdfjs-dist ${libraryVersions['pdfjs-dist']}; rules 1`,
    })
  })
})
