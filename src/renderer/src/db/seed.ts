// First run: the bundled sample article becomes the first document, in a case
// of its own named after it, once. If the analyst deletes it later it stays
// deleted. Every start also makes sure a case is open (there always is one).
import sampleText from '../../../../resources/sample-article.txt?raw'
import { caseNameFrom, defaultMarking, type CaseRecord } from '@shared/domain/case'
import { blocksFromPlainText } from '@shared/domain/document'
import { newCaseId, type CaseId } from '@shared/domain/ids'
import { sampleArticleMeta } from '@shared/domain/sample'
import type { WorkbenchDB } from './db'
import { buildDocument, documentsRepo } from './documents-repo'
import { settingsRepo } from './settings-repo'

const newCase = (name: string): CaseRecord => {
  const at = new Date().toISOString()
  return {
    id: newCaseId(),
    name,
    description: '',
    marking: defaultMarking,
    archived: false,
    created: at,
    modified: at,
  }
}

export async function seedSampleOnce(db: WorkbenchDB, text: string = sampleText): Promise<string | null> {
  const settings = settingsRepo(db)
  if (await settings.get('sampleSeeded')) return null
  const home = newCase(caseNameFrom(sampleArticleMeta.title))
  const doc = await buildDocument(blocksFromPlainText(text), sampleArticleMeta, home.id)
  return db.transaction('rw', db.documents, db.settings, db.cases, async () => {
    // Two windows may start at once: only one of them seeds.
    if (await settings.get('sampleSeeded')) return null
    const open = await settings.get('openCaseId')
    const existing = open ? await db.cases.get(open as CaseId) : undefined
    if (existing) doc.caseId = existing.id
    else {
      await db.cases.add(home)
      await settings.set('openCaseId', home.id)
    }
    await documentsRepo(db).add(doc)
    await settings.set('sampleSeeded', true)
    await settings.set('lastDocumentId', doc.id)
    return doc.id
  })
}

/** The case to show: the one open before if it still exists, else the newest unarchived one, else a new one. */
export async function ensureOpenCase(db: WorkbenchDB): Promise<CaseId> {
  const settings = settingsRepo(db)
  return db.transaction('rw', db.cases, db.settings, async () => {
    const open = await settings.get('openCaseId')
    if (open && (await db.cases.get(open as CaseId))) return open as CaseId
    const all = await db.cases.orderBy('modified').reverse().toArray()
    const pick = all.find((c) => !c.archived) ?? all[0]
    const id = pick?.id ?? newCase('My first case').id
    if (!pick) await db.cases.add({ ...newCase('My first case'), id })
    await settings.set('openCaseId', id)
    return id
  })
}
