// Original files through the store and back: a case file carries its
// documents' originals and an import stores them in the same transaction as
// the records; a tampered one stops the whole import; automatic backups leave
// them out without losing them.
import { gzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { emptyMeta } from '@shared/domain/document'
import type { CaseId } from '@shared/domain/ids'
import { sha256Hex } from '@shared/text/sha256'
import { WorkbenchDB } from './db'
import { buildDocument, documentsRepo } from './documents-repo'
import { casesRepo } from './cases-repo'
import { exportCase, exportWorkspace, importFile, restoreBackup } from './workspace-io'

const dbs: WorkbenchDB[] = []
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()))
})
const fresh = () => {
  const db = new WorkbenchDB(`io-originals-${crypto.randomUUID()}`)
  dbs.push(db)
  return db
}
const same = (a: Uint8Array | undefined, b: Uint8Array) => !!a && Buffer.from(a).equals(Buffer.from(b))

// Bytes no text round trip would survive.
const pdfBytes = new Uint8Array([
  0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff, 0xfe, 0x80, 0x0d,
])
const pageBytes = new TextEncoder().encode('<html><p>Convoys reached Homs overnight.</p></html>')

/** A document imported from `bytes` into `caseId`, stored with its original as the import dialog does. */
async function importOriginal(
  db: WorkbenchDB,
  caseId: CaseId,
  name: string,
  type: string,
  bytes: Uint8Array,
) {
  const sha256 = await sha256Hex(bytes)
  const original = { name, size: bytes.byteLength, type, sha256, importedAt: '2024-12-06T09:00:00.000Z' }
  const doc = await buildDocument(
    [{ kind: 'p', text: `The text of ${name}.` }],
    { ...emptyMeta, title: name },
    caseId,
    {
      original: { ...original, extractor: 'test' },
    },
  )
  await documentsRepo(db).addAll([doc], [{ id: sha256, name, type, size: bytes.byteLength, bytes }])
  return { doc, sha256 }
}

async function twoCases() {
  const db = fresh()
  const create = (name: string) =>
    casesRepo(db, () => 'A. Analyst')
      .create({ name, description: '', marking: '' })
      .then((r) => r[0]!.id as CaseId)
  const homs = await create('Homs')
  const hama = await create('Hama')
  const pdf = await importOriginal(db, homs, 'report.pdf', 'application/pdf', pdfBytes)
  const page = await importOriginal(db, hama, 'page.html', 'text/html', pageBytes)
  return { db, homs, hama, pdf, page }
}

describe('originals in case and workspace files', () => {
  it('a case file carries its own documents’ originals, and importing it stores them byte for byte', async () => {
    const { db, homs, pdf, page } = await twoCases()
    const text = await exportCase(db, homs)
    const carried = (JSON.parse(text) as { originals: { sha256: string; name: string }[] }).originals
    expect(carried.map((o) => [o.name, o.sha256])).toEqual([['report.pdf', pdf.sha256]])

    const other = fresh()
    const outcome = await importFile(other, text, { kind: 'new-case' }, 'homs.case.json', 'B. Colleague')
    expect(outcome.ok && outcome.summary.at(-1)).toBe('Original files: 1 file, each matching its SHA-256')
    const stored = await other.originals.get(pdf.sha256)
    expect(stored).toMatchObject({ name: 'report.pdf', type: 'application/pdf', size: pdfBytes.byteLength })
    expect(same(stored?.bytes, pdfBytes)).toBe(true)
    expect(await other.originals.get(page.sha256)).toBeUndefined()
  })

  it('a workspace file carries every document’s original', async () => {
    const { db, pdf, page } = await twoCases()
    const other = fresh()
    const outcome = await importFile(other, await exportWorkspace(db), { kind: 'workspace' }, 'w.json', 'B')
    expect(outcome.ok).toBe(true)
    expect(same((await other.originals.get(pdf.sha256))?.bytes, pdfBytes)).toBe(true)
    expect(same((await other.originals.get(page.sha256))?.bytes, pageBytes)).toBe(true)
  })

  it('a tampered original stops the whole import, named, and nothing is written', async () => {
    const { db, homs } = await twoCases()
    const json = JSON.parse(await exportCase(db, homs)) as { originals: { data: string }[] }
    const forged = new Uint8Array(pdfBytes)
    forged[3] = 0x47
    json.originals[0]!.data = Buffer.from(gzipSync(forged)).toString('base64')
    const other = fresh()
    expect(await importFile(other, JSON.stringify(json), { kind: 'new-case' }, 'x.json', 'B')).toEqual({
      ok: false,
      error:
        'originals[0] “report.pdf”: sha256: The original’s bytes do not match its SHA-256, so the file is damaged or forged; nothing was imported.',
    })
    expect([
      await other.documents.count(),
      await other.originals.count(),
      await other.backups.count(),
    ]).toEqual([0, 0, 0])
  })

  it('automatic backups leave the originals out, and restoring one keeps those stored', async () => {
    const { db, homs, pdf } = await twoCases()
    const text = await exportCase(db, homs)
    // Importing the same case again backs the workspace up first.
    expect((await importFile(db, text, { kind: 'new-case' }, 'again.json', 'A')).ok).toBe(true)
    const [backup] = await db.backups.toArray()
    expect(backup!.json).not.toContain('"originals"')
    await restoreBackup(db, backup!.id)
    const doc = (await db.documents.where('caseId').equals(homs).toArray())[0]!
    expect(doc.original?.sha256).toBe(pdf.sha256)
    expect(same((await documentsRepo(db).original(pdf.sha256))?.bytes, pdfBytes)).toBe(true)
  })
})
