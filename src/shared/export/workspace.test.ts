import { describe, expect, it } from 'vitest'
import type { AnnotationRecord } from '../domain/annotation'
import type { AnnotationId, CaseId } from '../domain/ids'
import { claims, docEn, docPdf, matrix } from '../../../tests/fixtures/briefing'
import type { AchMatrixRecord } from '../analysis/ach'
import {
  CASE_FORMAT,
  checkTexts,
  LEGACY_CASE,
  parseWorkspace,
  readWorkspace,
  serialiseWorkspace,
  type WorkspaceData,
} from './workspace'
import { sha256Hex } from '../text/sha256'
import { annotation, auditEntry, homsCase, workspaceData } from '../../../tests/fixtures/workspace'

const data = workspaceData
const at = '2024-12-08T10:00:00.000Z'

/** The serialised workspace with one record edited by `edit`. */
function tampered(edit: (file: Record<string, unknown[]>) => void): string {
  const file = JSON.parse(serialiseWorkspace(data, at)) as Record<string, unknown[]>
  edit(file)
  return JSON.stringify(file)
}
const errorOf = (text: string) => {
  const r = parseWorkspace(text)
  return r.ok ? 'ok' : r.error
}

describe('serialiseWorkspace / parseWorkspace', () => {
  it('keeps page numbers of blocks, a source’s stated interest and a briefing’s matrices', () => {
    const more = { ...data, documents: [docPdf], claims: [{ ...claims[0]!, sourceInterest: true }] }
    const result = parseWorkspace(serialiseWorkspace(more, at))
    expect(result.ok && result.data.documents[0]!.blockPages).toEqual([1, 1, 2, 3, 3])
    expect(result.ok && result.data.claims[0]!.sourceInterest).toBe(true)
    expect(result.ok && result.data.briefings[0]!.achMatrixIds).toEqual(['m-1'])
    const wrongLength = JSON.parse(serialiseWorkspace(more, at)) as { documents: { blockPages: number[] }[] }
    wrongLength.documents[0]!.blockPages.pop()
    expect(errorOf(JSON.stringify(wrongLength))).toBe(
      'documents[0] (id doc-pdf): blockPages: Give one page (or null) per block',
    )
  })

  it('round-trips every record exactly', () => {
    const result = parseWorkspace(serialiseWorkspace(data, at))
    expect(result).toEqual({
      ok: true,
      data: { format: 'analyst-workbench-workspace', version: 2, exportedAt: at, ...data },
    })
  })

  it('round-trips the provenance of an imported annotation', () => {
    const imported = {
      ...data.annotations[0]!,
      id: 'imported-1' as AnnotationId,
      via: 'hYp0tHeS1s-aa01',
      derivedFrom: {
        format: 'hypothesis' as const,
        source: 'https://news.example.org/story',
        sourceTitle: 'Story',
        quote: 'Saeed Jalili',
        importedAt: at,
      },
    }
    const withProvenance = { ...data, annotations: [...data.annotations, imported] }
    const result = parseWorkspace(serialiseWorkspace(withProvenance, at))
    expect(result.ok && result.data.annotations.at(-1)).toEqual(imported)
  })

  it('names the collection, record, id and field of a bad record', () => {
    const text = tampered((f) => ((f.claims![3] as Record<string, unknown>).credibility = '7'))
    expect(errorOf(text)).toBe(
      'claims[3] (id c-hts): credibility: Credibility must be one of 1, 2, 3, 4, 5 or 6',
    )
    expect(
      errorOf(tampered((f) => ((f.annotations![0] as AnnotationRecord).selectors.position.start = -1))),
    ).toBe('annotations[0] (id 8f2c1a9e…): selectors.position.start: Cannot be negative')
    expect(
      errorOf(
        tampered(
          (f) =>
            ((
              f.claims![0] as { anchors: { selectors: { quote: { type: string } } }[] }
            ).anchors[0]!.selectors.quote.type = 'X'),
        ),
      ),
    ).toBe('claims[0] (id c-fled): anchors[0].selectors.quote.type: Must be "TextQuoteSelector"')
    expect(
      errorOf(
        tampered(
          (f) =>
            ((f.briefings![0] as { keyJudgments: { likelihood: unknown }[] }).keyJudgments[1]!.likelihood = {
              scale: 'uk',
              term: 'very-likely',
            }),
        ),
      ),
    ).toBe('briefings[0] (id b-1): keyJudgments[1].likelihood.term: The likelihood term is not on its scale')
    expect(errorOf(tampered((f) => ((f.sources![1] as Record<string, unknown>).kind = 'blog')))).toMatch(
      /^sources\[1\] \(id s-reuter…\): kind: Kind must be one of person, organisation/,
    )
    expect(
      errorOf(tampered((f) => ((f.documents![0] as Record<string, unknown>).modified = 'yesterday'))),
    ).toBe('documents[0] (id doc-en): modified: Use an ISO date and time, e.g. 2024-12-06T09:00:00Z')
    expect(errorOf(tampered((f) => (f.audit![0] = 'nope')))).toMatch(/^audit\[0\]: /)
  })

  it('rejects duplicate ids and missing collections', () => {
    expect(errorOf(tampered((f) => f.claims!.push(f.claims![0])))).toBe(
      'claims[6] (id c-fled): id: The same id is already used by claims[0].',
    )
    expect(errorOf(tampered((f) => delete f.briefings))).toBe('briefings: Expected a list of records.')
  })

  it('reads a file from before matrices (no achMatrices) as having none, and checks matrices it has', () => {
    const older = parseWorkspace(
      tampered((f) => {
        delete f.achMatrices
        f.audit = [auditEntry]
      }),
    )
    expect(older.ok && older.data.achMatrices).toEqual([])
    expect(older.ok && older.data.claims).toHaveLength(6)
    expect(
      errorOf(
        tampered((f) => ((f.achMatrices![0] as AchMatrixRecord).evidence[1]!.ratings['h-hold'] = 'X' as 'C')),
      ),
    ).toBe('achMatrices[0] (id m-1): evidence[1].ratings.h-hold: Rate with CC, C, N, I, II or NA')
    expect(errorOf(tampered((f) => (f.achMatrices![0] as AchMatrixRecord).hypotheses.pop()))).toBe(
      'achMatrices[0] (id m-1): hypotheses: Give at least two competing hypotheses',
    )
    expect(
      errorOf(tampered((f) => ((f.achMatrices![0] as Record<string, unknown>).caseId = 'elsewhere'))),
    ).toBe('achMatrices[0] (id m-1): caseId: No case with this id is in the file.')
    expect(
      errorOf(tampered((f) => ((f.achMatrices![0] as Record<string, unknown>).modified = 'today'))),
    ).toBe('achMatrices[0] (id m-1): modified: Use an ISO date and time, e.g. 2024-12-06T09:00:00Z')
    expect(errorOf(tampered((f) => f.achMatrices!.push(f.achMatrices![0])))).toBe(
      'achMatrices[1] (id m-1): id: The same id is already used by achMatrices[0].',
    )
  })

  it('explains files that are not workspaces', () => {
    expect(errorOf('{ nope')).toMatch(/^The file is not valid JSON \(/)
    expect(errorOf('[1, 2]')).toBe(
      'This is not an Analyst Workbench workspace file: it holds no JSON object.',
    )
    expect(errorOf('{"@context": "http://www.w3.org/ns/anno.jsonld"}')).toBe(
      'This is not an Analyst Workbench workspace file: it has no "format" field.',
    )
    expect(errorOf('{"format": "something-else"}')).toBe(
      'This is not an Analyst Workbench workspace file: its format is "something-else".',
    )
    expect(errorOf(tampered((f) => ((f as Record<string, unknown>).version = 3)))).toBe(
      'This workspace file is format version 3, written by a newer Analyst Workbench; this one reads version 2. Update the workbench to import it.',
    )
    expect(errorOf(tampered((f) => ((f as Record<string, unknown>).version = '1')))).toBe(
      'The workspace file has no valid format version.',
    )
    expect(parseWorkspace(`\uFEFF${serialiseWorkspace(data, at)}`).ok).toBe(true)
  })
})

describe('cases in files', () => {
  it('reads a version-1 workspace (before cases) with every record in the legacy case', () => {
    const v1 = JSON.parse(serialiseWorkspace(data, at)) as Record<string, unknown>
    v1.version = 1
    delete v1.cases
    for (const name of ['documents', 'annotations', 'claims', 'briefings'])
      for (const r of v1[name] as Record<string, unknown>[]) delete r.caseId
    const result = parseWorkspace(JSON.stringify(v1))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data.cases).toEqual([])
    expect(new Set(result.data.claims.map((c) => c.caseId))).toEqual(new Set([LEGACY_CASE]))
    expect(result.data.documents.every((d) => d.caseId === LEGACY_CASE)).toBe(true)
  })

  it('refuses a record whose case is not in the file, and a case file with more than one case', () => {
    expect(errorOf(tampered((f) => ((f.claims![0] as Record<string, unknown>).caseId = 'elsewhere')))).toBe(
      'claims[0] (id c-fled): caseId: No case with this id is in the file.',
    )
    const two = serialiseWorkspace(
      { ...data, cases: [homsCase, { ...homsCase, id: 'x' as CaseId }] },
      at,
      CASE_FORMAT,
    )
    expect(errorOf(two)).toBe('cases: A case file holds exactly one case; this one holds 2.')
    expect(parseWorkspace(serialiseWorkspace(data, at, CASE_FORMAT)).ok).toBe(true)
  })

  it('leaves the claims’ document index out of the file', () => {
    const indexed = { ...data, claims: data.claims.map((c) => ({ ...c, documentIds: ['doc-en'] })) }
    expect(serialiseWorkspace(indexed, at)).toBe(serialiseWorkspace(data, at))
  })
})

describe('hostile workspace files', () => {
  const withAudit = (changes: unknown[]) =>
    tampered((f) => ((f.audit![0] as Record<string, unknown>).changes = changes))

  it('holds every audit value to the rules of the field it names', () => {
    expect(errorOf(withAudit([{ field: 'status', before: 'bogus', after: 'disputed' }]))).toBe(
      'audit[0] (id audit-1): changes[0].before: Not a value the claim field “status” can hold',
    )
    expect(errorOf(withAudit([{ field: 'statement', before: { toString: 1 }, after: 'x' }]))).toBe(
      'audit[0] (id audit-1): changes[0].before: Not a value the claim field “statement” can hold',
    )
    expect(errorOf(withAudit([{ field: '__proto__', before: null, after: 1 }]))).toBe(
      'audit[0] (id audit-1): changes[0].field: A claim has no field “__proto__”',
    )
    expect(errorOf(withAudit([{ field: 'status', before: null, after: 'refuted' }]))).toBe('ok')
  })

  it('holds a matrix’s audit values to the matrix’s rules', () => {
    const matrixChanges = (changes: unknown[]) =>
      tampered((f) => ((f.audit![1] as Record<string, unknown>).changes = changes))
    expect(errorOf(matrixChanges([{ field: 'hypotheses', before: null, after: matrix.hypotheses }]))).toBe(
      'ok',
    )
    expect(errorOf(matrixChanges([{ field: 'question', before: null, after: '' }]))).toBe(
      'audit[1] (id audit-m): changes[0].after: Not a value the matrix field “question” can hold',
    )
    expect(errorOf(matrixChanges([{ field: 'statement', before: null, after: 'x' }]))).toBe(
      'audit[1] (id audit-m): changes[0].field: A matrix has no field “statement”',
    )
  })

  it('refuses a value nested 5,000 deep with a sentence, not a stack overflow', () => {
    // Spliced in as text: building it with JSON.stringify would itself overflow.
    const marker = '"DEEP"'
    const file = withAudit([{ field: 'places', before: 'DEEP', after: [] }])
    const text = file.replace(marker, `${'['.repeat(5000)}${']'.repeat(5000)}`)
    expect(errorOf(text)).toMatch(
      /^audit\[0\]\.changes\[0\]\.before(\[0\])+: values are nested deeper than the 32 levels/,
    )
  })

  it('recomputes every text hash and refuses a forged one by name', async () => {
    const text = 'The genuine text.'
    const doc = { ...docEn, text, blocks: ['p' as const], textHash: await sha256Hex(text) }
    const ok: WorkspaceData = { ...data, documents: [doc], annotations: [], claims: [] }
    expect(await checkTexts(ok)).toBeNull()
    const forged = { ...doc, text: 'A forged text.' }
    const result = await readWorkspace(serialiseWorkspace({ ...ok, documents: [forged] }, at))
    expect(result).toEqual({
      ok: false,
      error: `documents[0] (id doc-en) “${docEn.title}”: textHash: The hash does not match the document’s text, so the file is damaged or forged; nothing was imported.`,
    })
  })

  it('refuses block lists and selectors that do not fit the text', async () => {
    const text = 'One.\nTwo.'
    const doc = { ...docEn, text, blocks: ['p' as const], textHash: await sha256Hex(text) }
    expect(await checkTexts({ ...data, documents: [doc], annotations: [], claims: [] })).toMatch(
      /blocks: 1 block kinds for 2 lines of text\.$/,
    )
    const fits = { ...doc, blocks: ['p' as const, 'p' as const] }
    const far = {
      ...annotation,
      documentId: doc.id,
      selectors: {
        ...annotation.selectors,
        position: { type: 'TextPositionSelector' as const, start: 2, end: 99 },
      },
    }
    expect(await checkTexts({ ...data, documents: [fits], annotations: [far], claims: [] })).toBe(
      'annotations[0] (id 8f2c1a9e…): selectors.position.end: Points past the end of its document’s text.',
    )
  })
})
