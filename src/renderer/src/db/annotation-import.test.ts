// Annotation files into the store and orphans back onto their text: a plan's
// annotations are written in one step or not at all; a re-attached annotation
// gets new selectors with an audit entry, and undoing that is audited too.
import { afterEach, describe, expect, it } from 'vitest'
import { describeRange, selectorsForPassage } from '@shared/anchoring'
import { blocksFromPlainText, emptyMeta } from '@shared/domain/document'
import type { CaseId } from '@shared/domain/ids'
import { toW3CCollection } from '@shared/export/w3c'
import { readAnnotationFile } from '@shared/import/annotation-file'
import { planImport } from '@shared/import/import-plan'
import { WorkbenchDB } from './db'
import { annotationsRepo } from './annotations-repo'
import { buildDocument, documentsRepo } from './documents-repo'
import { planInputs, writeImport } from './annotation-import'
import { historyRepo } from './history'
import { auditOf } from './ledger-repo'

const dbs: WorkbenchDB[] = []
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()))
})

const agency =
  'Residents said rebel fighters were greeted by crowds in Clock Square.\nGunfire could be heard across the city throughout the night.\nA senior army officer, speaking on condition of anonymity, said troops had regrouped.'
const outlet =
  'Gunfire could be heard across the city throughout the night.\nResidents said rebel fighters were greeted by crowds in Clock Square, Reuters reported.'

async function setup() {
  const db = new WorkbenchDB(`annotation-import-${crypto.randomUUID()}`)
  dbs.push(db)
  const caseId = 'case-1' as CaseId
  const a = await buildDocument(blocksFromPlainText(agency), { ...emptyMeta, title: 'Agency' }, caseId)
  const b = await buildDocument(blocksFromPlainText(outlet), { ...emptyMeta, title: 'Outlet' }, caseId)
  await documentsRepo(db).add(a)
  await documentsRepo(db).add(b)
  const annotations = annotationsRepo(db)
  for (const [quote, note] of [
    ['Gunfire could be heard', 'Night fighting'],
    ['speaking on condition of anonymity', 'Unnamed officer'],
  ] as const) {
    const at = agency.indexOf(quote)
    await annotations.create(a, describeRange(agency, at, at + quote.length), { note, tags: [] })
  }
  const file = readAnnotationFile(toW3CCollection(a, await annotations.forDocument(a.id)))
  if (!file.ok) throw new Error(file.error)
  return { db, a, b, annotations, file: file.file }
}

describe('writeImport', () => {
  it('writes every planned annotation onto the chosen document at once, with the original as provenance', async () => {
    const { db, b, file } = await setup()
    const inputs = (await planInputs(db, b.id))!
    const plan = planImport({ file, ...inputs, takenIds: new Set(inputs.takenIds) })
    expect(plan.counts).toMatchObject({ moved: 1, review: 1 })
    const changes = await writeImport(db, inputs.target, plan.writes)
    const stored = await db.annotations.where('documentId').equals(b.id).toArray()
    expect(changes.map((c) => c.id).sort()).toEqual(stored.map((s) => s.id).sort())
    expect(stored.map((s) => s.note).sort()).toEqual(['Night fighting', 'Unnamed officer'])
    expect(stored.every((s) => s.via?.startsWith('urn:uuid:') && s.caseId === b.caseId)).toBe(true)
  })

  it('writes nothing when the document changed or went away since the preview, or an id was taken meanwhile', async () => {
    const { db, b, file } = await setup()
    const inputs = (await planInputs(db, b.id))!
    const plan = planImport({ file, ...inputs, takenIds: new Set(inputs.takenIds) })
    await expect(
      writeImport(db, { ...inputs.target, textHash: 'f'.repeat(64) }, plan.writes),
    ).rejects.toThrow('The text of “Outlet” changed after the preview')
    await db.annotations.add(plan.writes[1]!)
    await expect(writeImport(db, inputs.target, plan.writes)).rejects.toThrow('were added meanwhile')
    await db.documents.delete(b.id)
    await expect(writeImport(db, inputs.target, plan.writes)).rejects.toThrow(
      '“Outlet” was deleted after the preview; nothing was imported.',
    )
    expect(await db.annotations.where('documentId').equals(b.id).count()).toBe(1)
  })
})

describe('re-attaching an annotation', () => {
  it('rewrites its selectors with an audit entry, and undoing it restores them, audited as undone', async () => {
    const { db, a, annotations } = await setup()
    const [, orphan] = await annotations.forDocument(a.id)
    const at = agency.indexOf('A senior army officer')
    const selectors = selectorsForPassage(agency, at, at + 'A senior army officer'.length)
    const { before, after } = await annotations.reattach(orphan!, selectors, 'A. Analyst')
    expect((await db.annotations.get(orphan!.id))!.selectors).toEqual(selectors)
    expect(await auditOf(db, orphan!.id)).toEqual([
      expect.objectContaining({
        entity: 'annotation',
        action: 'update',
        who: 'A. Analyst',
        changes: [{ field: 'selectors', before: orphan!.selectors, after: selectors }],
        note: 'Re-attached to “A senior army officer”',
      }),
    ])
    await expect(annotations.reattach(orphan!, selectors, 'A. Analyst')).rejects.toThrow('changed meanwhile')

    await historyRepo(db, () => 'B. Analyst').revert(
      [{ table: 'annotations', id: orphan!.id, before, after }],
      'undo',
      're-attach annotation',
    )
    expect((await db.annotations.get(orphan!.id))!.selectors).toEqual(orphan!.selectors)
    expect((await auditOf(db, orphan!.id)).at(-1)).toMatchObject({
      entity: 'annotation',
      action: 'undo',
      who: 'B. Analyst',
      changes: [{ field: 'selectors', before: selectors, after: orphan!.selectors }],
    })
  })
})
