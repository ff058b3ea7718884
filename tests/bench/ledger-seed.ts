// The generated ledger for the bench: 100,000 claims over 2,000 sources, with
// 500,000 audit entries, written straight into the app's store in the page.
import type { Page } from '@playwright/test'
import { prng } from './prng'

export const CLAIMS = 100_000
export const SOURCES = 2_000
export const AUDIT_PER_CLAIM = 5

// Words only statements hold: no label, source, place or tag contains them, so
// the rows a search finds can be counted here.
const words = [
  'convoy',
  'shelling',
  'artillery',
  'bridge',
  'hospital',
  'ceasefire',
  'checkpoint',
  'airstrike',
  'displaced',
  'protest',
  'ammunition',
  'negotiation',
]
const statuses = ['unverified', 'corroborated', 'disputed', 'refuted', 'retracted']
const grades = ['A', 'B', 'C', 'D', 'E', 'F']

export interface Seed {
  statements: string[]
  status: string[]
}

export function seedData(): Seed {
  const random = prng(11)
  const statements: string[] = []
  const status: string[] = []
  for (let i = 0; i < CLAIMS; i++) {
    const n = 5 + Math.floor(random() * 8)
    const text = Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ')
    statements.push(`${text[0]!.toUpperCase()}${text.slice(1)} #${i}`)
    status.push(statuses[Math.floor(random() * statuses.length)]!)
  }
  return { statements, status }
}

/** Writes the store directly (IndexedDB in the page), at the schema the app created. */
export async function seedStore(page: Page, seed: Seed) {
  await page.evaluate(
    async ({ statements, status, SOURCES, AUDIT_PER_CLAIM, grades }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open('analyst-workbench')
        r.onsuccess = () => ok(r.result)
        r.onerror = () => fail(r.error)
      })
      const done = (tx: IDBTransaction) =>
        new Promise((ok, fail) => ((tx.oncomplete = ok), (tx.onerror = () => fail(tx.error))))
      const now = '2025-01-01T00:00:00.000Z'
      // Into the case the app opened on its first run (store version 4: every claim has its case).
      const caseId = await new Promise<string>((ok, fail) => {
        const r = db.transaction('settings').objectStore('settings').get('openCaseId')
        r.onsuccess = () => (r.result?.value ? ok(r.result.value as string) : fail(new Error('no open case')))
        r.onerror = () => fail(r.error)
      })
      let tx = db.transaction(['claims', 'sources', 'settings'], 'readwrite')
      for (let s = 0; s < SOURCES; s++) {
        tx.objectStore('sources').put({
          id: `src-${s}`,
          name: `Source ${s}`,
          aliases: [],
          kind: 'organisation',
          affiliation: '',
          partisan: s % 7 === 0,
          defaultReliability: grades[s % 6],
          reliabilityRationale: '',
          relays: null,
          url: '',
          notes: '',
          created: now,
          modified: now,
        })
      }
      for (let i = 0; i < statements.length; i++) {
        tx.objectStore('claims').put({
          id: `claim-${String(i).padStart(6, '0')}`,
          caseId,
          documentIds: [],
          statement: statements[i],
          type: 'reported-fact',
          attributedTo: `src-${i % SOURCES}`,
          reportedVia: null,
          occurred: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
          reported: '2024-12-06',
          places: [`Town ${i % 977}`],
          status: status[i],
          tags: [`tag-${i % 23}`],
          notes: '',
          anchors: [],
          reliabilityOverride: null,
          credibility: String((i % 6) + 1),
          likelihood: null,
          confidence: null,
          links: [],
          version: 1,
          created: now,
          modified: now,
        })
      }
      tx.objectStore('settings').put({ key: 'view', value: 'reader' })
      await done(tx)
      // The audit table: every claim with its history, 500,000 entries in all.
      for (let from = 0; from < statements.length; from += 20_000) {
        tx = db.transaction(['audit'], 'readwrite')
        const audit = tx.objectStore('audit')
        for (let i = from; i < Math.min(statements.length, from + 20_000); i++) {
          for (let k = 0; k < AUDIT_PER_CLAIM; k++) {
            audit.put({
              id: `audit-${i}-${k}`,
              entity: 'claim',
              entityId: `claim-${String(i).padStart(6, '0')}`,
              at: `2024-12-${String(k + 1).padStart(2, '0')}T10:00:00.000Z`,
              who: 'Bench',
              action: k === 0 ? 'create' : 'update',
              changes: k === 0 ? [] : [{ field: 'notes', before: `note ${k - 1}`, after: `note ${k}` }],
              note: '',
            })
          }
        }
        await done(tx)
      }
      db.close()
    },
    { ...seed, SOURCES, AUDIT_PER_CLAIM, grades },
  )
}
