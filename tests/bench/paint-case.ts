// The reader benchmark's data: a 1 MB document built from the sample article
// and N overlapping annotations spread over it, as stored records (the app
// reads them from IndexedDB) and as plain offsets (the peers paint the same
// ranges on the same text).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createHash } from 'node:crypto'
import type { Page } from '@playwright/test'
import { describeRange } from '../../src/shared/anchoring'

export interface Span {
  start: number
  end: number
}

let cachedText: string | undefined

/** About 1 MB of text, one paragraph per line; the same every run. */
export function benchText(): string {
  if (cachedText) return cachedText
  const article = readFileSync(resolve(__dirname, '../../resources/sample-article.txt'), 'utf8')
  const paragraphs: string[] = []
  for (let i = 0; paragraphs.join('\n').length < 1_000_000; i++) {
    for (const line of article.split('\n')) if (line.trim()) paragraphs.push(`${line.trim()} [${i}]`)
  }
  return (cachedText = paragraphs.join('\n'))
}

/** N spans spread evenly over the text, 40–400 characters long, so many overlap. */
export function benchSpans(text: string, n: number): Span[] {
  return Array.from({ length: n }, (_, i) => {
    const start = Math.floor((i / n) * (text.length - 500))
    return { start, end: start + 40 + ((i * 7919) % 360) }
  })
}

/** The document and annotation records for the store, in a case. */
export function benchRecords(docId: string, caseId: string, text: string, spans: readonly Span[]) {
  const now = new Date().toISOString()
  const doc = {
    id: docId,
    caseId,
    title: `Benchmark: 1 MB, ${spans.length.toLocaleString('en-GB')} annotations`,
    outlet: '',
    author: '',
    url: '',
    published: '',
    retrieved: '',
    text,
    blocks: text.split('\n').map(() => 'p'),
    textHash: createHash('sha256').update(text).digest('hex'),
    wordCount: text.split(/\s+/).length,
    created: now,
    modified: now,
  }
  const annotations = spans.map(({ start, end }, i) => ({
    id: `${docId}-${i}`,
    documentId: docId,
    caseId,
    selectors: describeRange(text, start, end),
    note: '',
    tags: i % 3 ? [`actor:${i % 7}`] : [],
    created: now,
    modified: now,
  }))
  return { doc, annotations }
}

/** The open case's id, from the settings the app's first run wrote. */
export async function openCaseId(page: Page): Promise<string> {
  const id = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('analyst-workbench')
      req.onsuccess = () => ok(req.result)
      req.onerror = () => fail(req.error)
    })
    const req = db.transaction('settings').objectStore('settings').get('openCaseId')
    const row = await new Promise<{ value?: unknown } | undefined>((ok, fail) => {
      req.onsuccess = () => ok(req.result as { value?: unknown } | undefined)
      req.onerror = () => fail(req.error)
    })
    db.close()
    return row?.value
  })
  if (typeof id !== 'string') throw new Error('the app wrote no openCaseId setting')
  return id
}

/** Writes records straight into the store (as another window of the app would). */
export async function seedStore(page: Page, records: ReturnType<typeof benchRecords>): Promise<void> {
  await page.evaluate(async ({ doc, annotations }) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('analyst-workbench')
      req.onsuccess = () => ok(req.result)
      req.onerror = () => fail(req.error)
    })
    const tx = db.transaction(['documents', 'annotations'], 'readwrite')
    tx.objectStore('documents').put(doc)
    for (const a of annotations) tx.objectStore('annotations').put(a)
    await new Promise((ok, fail) => ((tx.oncomplete = ok), (tx.onerror = () => fail(tx.error))))
    db.close()
  }, records)
}

/**
 * Makes the reader open a document on the next load. It also becomes the
 * case's newest document: on load the app first opens the newest one, until
 * it has read 'lastDocumentId' (App.tsx, docInCase), and the bench must not
 * time another document's paint before the one it measures.
 */
export async function setLastDocument(page: Page, docId: string): Promise<void> {
  await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('analyst-workbench')
      req.onsuccess = () => ok(req.result)
      req.onerror = () => fail(req.error)
    })
    const tx = db.transaction(['settings', 'documents'], 'readwrite')
    const docs = tx.objectStore('documents')
    const get = docs.get(id)
    get.onsuccess = () => docs.put({ ...(get.result as object), created: new Date().toISOString() })
    tx.objectStore('settings').put({ key: 'lastDocumentId', value: id })
    tx.objectStore('settings').put({ key: 'view', value: 'reader' })
    await new Promise((ok, fail) => ((tx.oncomplete = ok), (tx.onerror = () => fail(tx.error))))
    db.close()
  }, docId)
}

/** An offset inside exactly one span (away from the others), for a click that selects one annotation. */
export function singlyCovered(spans: readonly Span[], from: number): number {
  for (let at = from; at < from + 200_000; at += 7) {
    let n = 0
    for (const s of spans) if (s.start <= at - 3 && s.end >= at + 4) n++
    let near = 0
    for (const s of spans) if (s.start <= at + 4 && s.end >= at - 3) near++
    if (n === 1 && near === 1) return at
  }
  throw new Error('no offset covered by exactly one span')
}
