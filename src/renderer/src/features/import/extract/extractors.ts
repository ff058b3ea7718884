// Which code produced a document's text, recorded with every import. The
// library versions are checked against the installed packages by a test, so a
// dependency update that forgets this table fails; RULES is this code's own
// version, raised whenever the block or furniture rules change what comes out.
import type { ExtractorInfo, ImportFormat } from '@shared/import/extracted'

export const RULES = 1

export const libraryVersions = {
  '@mozilla/readability': '0.6.0',
  linkedom: '0.18.15',
  'postal-mime': '4.0.0',
  'pdfjs-dist': '5.6.205',
  mammoth: '1.13.0',
  jszip: '3.10.2',
} as const

type Library = keyof typeof libraryVersions

const uses: Record<ImportFormat, { name: string; libraries: Library[] }> = {
  html: { name: 'html+readability', libraries: ['@mozilla/readability', 'linkedom'] },
  mhtml: { name: 'mhtml+readability', libraries: ['postal-mime', '@mozilla/readability', 'linkedom'] },
  pdf: { name: 'pdf.js', libraries: ['pdfjs-dist'] },
  docx: { name: 'mammoth', libraries: ['mammoth', 'jszip', 'linkedom'] },
  txt: { name: 'text', libraries: [] },
  md: { name: 'markdown', libraries: [] },
}

export function extractorFor(format: ImportFormat): ExtractorInfo {
  const { name, libraries } = uses[format]
  return {
    name,
    version: [...libraries.map((l) => `${l} ${libraryVersions[l]}`), `rules ${RULES}`].join('; '),
  }
}
