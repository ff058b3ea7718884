// Original files in workspace and case files: carried compressed, read back
// byte for byte, each held to its size and SHA-256; a case carries only the
// originals of its own documents.
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { CaseRecord } from '../domain/case'
import type { DocumentRecord } from '../domain/document'
import type { CaseId, DocumentId } from '../domain/ids'
import { docEn, fixtureCaseId } from '../../../tests/fixtures/briefing'
import { sha256Hex } from '../text/sha256'
import { caseSlice, rehome } from './case-file'
import { packOriginal, type OriginalFile } from './originals'
import { parseWorkspace, readWorkspace, serialiseWorkspace, type WorkspaceData } from './workspace'

const at = '2024-12-08T10:00:00.000Z'
const otherCase = 'case-other' as CaseId
const cases: CaseRecord[] = [fixtureCaseId, otherCase].map((id) => ({
  id,
  name: id,
  description: '',
  marking: '',
  archived: false,
  created: at,
  modified: at,
}))

async function file(name: string, content: string, type = 'text/html'): Promise<OriginalFile> {
  const bytes = new TextEncoder().encode(content)
  return { sha256: await sha256Hex(bytes), name, type, size: bytes.byteLength, bytes }
}

async function documentFrom(id: string, caseId: CaseId, original: OriginalFile): Promise<DocumentRecord> {
  const text = `Text of ${id}.`
  return {
    ...docEn,
    id: id as DocumentId,
    caseId,
    text,
    blocks: ['p'],
    textHash: await sha256Hex(text),
    original: {
      name: original.name,
      size: original.size,
      type: original.type,
      sha256: original.sha256,
      importedAt: at,
      extractor: 'html+readability (rules 1)',
    },
  }
}

async function workspace() {
  const page = await file('homs.html', '<p>Convoys reached Homs.</p>')
  const pdf = await file('report.pdf', '%PDF-1.7 \u0000\u00ff', 'application/pdf')
  const data: WorkspaceData = {
    cases,
    documents: [await documentFrom('d1', fixtureCaseId, page), await documentFrom('d2', otherCase, pdf)],
    annotations: [],
    claims: [],
    sources: [],
    briefings: [],
    achMatrices: [],
    audit: [],
    originals: [await packOriginal(page), await packOriginal(pdf)],
  }
  return { data, page, pdf }
}

describe('originals in workspace files', () => {
  it('come back byte for byte, ready to store, after the records', async () => {
    const { data, page, pdf } = await workspace()
    const text = serialiseWorkspace(data, at)
    expect(Object.keys(JSON.parse(text) as object).at(-1)).toBe('originals')
    const read = await readWorkspace(text)
    if (!read.ok) throw new Error(read.error)
    expect(read.data.originals).toEqual(data.originals)
    expect(read.originals).toEqual([page, pdf])
  })

  it('are optional: a file without them reads as before and writes no empty list', async () => {
    const { data } = await workspace()
    const { originals: _, ...records } = data
    const text = serialiseWorkspace(records, at)
    expect(text).not.toContain('"originals"')
    const read = await readWorkspace(text)
    expect(read.ok && [read.data.originals, read.originals]).toEqual([undefined, []])
  })

  it('refuse a tampered original by its file name, and import nothing', async () => {
    const { data } = await workspace()
    const json = JSON.parse(serialiseWorkspace(data, at)) as { originals: { data: string }[] }
    json.originals[1]!.data = Buffer.from(gzipSync(Buffer.from('%PDF-1.7 \u0000\u00fe'))).toString('base64')
    expect(await readWorkspace(JSON.stringify(json))).toEqual({
      ok: false,
      error:
        'originals[1] “report.pdf”: sha256: The original’s bytes do not match its SHA-256, so the file is damaged or forged; nothing was imported.',
    })
  })

  it('name a malformed or repeated original precisely', async () => {
    const { data } = await workspace()
    const edit = (change: (o: Record<string, unknown>[]) => unknown) => {
      const json = JSON.parse(serialiseWorkspace(data, at)) as { originals: Record<string, unknown>[] }
      change(json.originals)
      const r = parseWorkspace(JSON.stringify(json))
      return r.ok ? 'ok' : r.error
    }
    expect(edit((o) => (o[0]!.sha256 = 'abc'))).toBe('originals[0]: sha256: Must be a hex SHA-256')
    expect(edit((o) => (o[1]!.size = 101 * 1024 * 1024))).toBe(
      'originals[1]: size: An original is at most 100 MB',
    )
    expect(edit((o) => (o[1]!.name = ''))).toBe('originals[1]: name: An original needs its file name')
    expect(edit((o) => o.push({ ...o[0]! }))).toBe(
      'originals[2]: sha256: The same original is already in the file as originals[0].',
    )
    const notList = JSON.parse(serialiseWorkspace(data, at)) as Record<string, unknown>
    notList.originals = {}
    expect(parseWorkspace(JSON.stringify(notList))).toEqual({
      ok: false,
      error: 'originals: Expected a list of original files.',
    })
  })
})

describe('originals in case files', () => {
  it('a case carries the originals of its own documents only, and keeps them when rehomed', async () => {
    const { data } = await workspace()
    const slice = caseSlice(data, fixtureCaseId)
    expect(slice.originals?.map((o) => o.name)).toEqual(['homs.html'])
    expect(caseSlice({ ...data, documents: [] }, fixtureCaseId).originals).toBeUndefined()
    const target = { ...cases[1]!, id: 'case-new' as CaseId }
    const moved = rehome(slice, { target, taken: () => true, newId: () => 'fresh' })
    expect(moved.documents[0]!.original?.sha256).toBe(slice.originals![0]!.sha256)
    expect(moved.originals).toEqual(slice.originals)
  })
})
