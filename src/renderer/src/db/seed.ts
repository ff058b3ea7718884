// First run: the bundled sample article becomes the first document, once.
// If the analyst deletes it later it stays deleted.
import sampleText from '../../../../resources/sample-article.txt?raw'
import { blocksFromPlainText } from '@shared/domain/document'
import { sampleArticleMeta } from '@shared/domain/sample'
import type { WorkbenchDB } from './db'
import { buildDocument, documentsRepo } from './documents-repo'
import { settingsRepo } from './settings-repo'

export async function seedSampleOnce(db: WorkbenchDB, text: string = sampleText): Promise<string | null> {
  const settings = settingsRepo(db)
  if (await settings.get('sampleSeeded')) return null
  const doc = await buildDocument(blocksFromPlainText(text), sampleArticleMeta)
  return db.transaction('rw', db.documents, db.settings, async () => {
    // Two windows may start at once: only one of them seeds.
    if (await settings.get('sampleSeeded')) return null
    await documentsRepo(db).add(doc)
    await settings.set('sampleSeeded', true)
    await settings.set('lastDocumentId', doc.id)
    return doc.id
  })
}
