// Seeded, repeatable records for the app benchmark (app.perf.ts): claims and
// sources in the shape the store and the workspace file hold them, a briefing
// citing many claims written straight into the open case, and a probe that
// times the store's own IndexedDB write transactions inside the page.
import type { Page } from '@playwright/test'
import { prng } from './prng'

const stamp = '2025-01-01T00:00:00.000Z'
const words = ['convoy', 'shelling', 'bridge', 'hospital', 'ceasefire', 'checkpoint', 'displaced', 'protest']
const statuses = ['unverified', 'corroborated', 'disputed', 'refuted', 'retracted'] as const
const grades = ['A', 'B', 'C', 'D', 'E', 'F'] as const

export function sources(count: number) {
  return Array.from({ length: count }, (_, s) => ({
    id: `bench-src-${s}`,
    name: `Bench source ${s}`,
    aliases: [],
    kind: 'organisation',
    affiliation: '',
    partisan: s % 7 === 0,
    defaultReliability: grades[s % grades.length]!,
    reliabilityRationale: '',
    relays: null,
    url: '',
    notes: '',
    created: stamp,
    modified: stamp,
  }))
}

/** `count` claims of a case over `sourceCount` sources, the same every run (seeded). */
export function claims(count: number, sourceCount: number, caseId: string) {
  const random = prng(7)
  return Array.from({ length: count }, (_, i) => {
    const n = 6 + Math.floor(random() * 10)
    const text = Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ')
    return {
      id: `bench-claim-${String(i).padStart(6, '0')}`,
      caseId,
      statement: `${text[0]!.toUpperCase()}${text.slice(1)} near town ${i % 977} (#${i})`,
      type: 'reported-fact',
      attributedTo: `bench-src-${i % sourceCount}`,
      reportedVia: null,
      occurred: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      reported: '2024-12-06',
      places: [`Town ${i % 977}`],
      status: statuses[Math.floor(random() * statuses.length)]!,
      tags: [`tag-${i % 23}`],
      notes: '',
      anchors: [],
      reliabilityOverride: null,
      credibility: String((i % 6) + 1),
      likelihood: null,
      confidence: null,
      links: [],
      version: 1,
      created: stamp,
      modified: stamp,
    }
  })
}

/**
 * Writes `claimCount` claims, their sources and one briefing citing every one
 * of them (a key judgment citing the first ten, `judgments` long judgments in
 * all) into the open case, straight into IndexedDB; returns the briefing's id.
 */
export async function seedBriefing(
  page: Page,
  opts: { title: string; claimCount: number; sourceCount: number; judgments: number },
): Promise<string> {
  const caseId = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('analyst-workbench')
      r.onsuccess = () => ok(r.result)
      r.onerror = () => fail(r.error)
    })
    const row = await new Promise<{ value: string } | undefined>((ok) => {
      const r = db.transaction('settings').objectStore('settings').get('openCaseId')
      r.onsuccess = () => ok(r.result as { value: string } | undefined)
    })
    db.close()
    return row?.value
  })
  if (!caseId) throw new Error('no open case: the app has not finished its first run')
  const list = claims(opts.claimCount, opts.sourceCount, caseId).map((c) => ({ ...c, documentIds: [] }))
  const id = `bench-briefing-${opts.claimCount}-${opts.judgments}`
  const paragraph =
    'The reporting is consistent across independent outlets, but the partisan channels repeat each other and add nothing of their own. '
  const briefing = {
    id,
    caseId,
    title: opts.title,
    marking: 'UNCLASSIFIED // OPEN SOURCE',
    author: 'Bench',
    date: '2024-12-06',
    audience: '',
    bottomLine: 'A long briefing, for timing the exports.',
    keyJudgments: Array.from({ length: opts.judgments }, (_, j) => ({
      id: `kj-${j}`,
      text: `Judgment ${j + 1}: the situation develops as the claims describe.`,
      likelihood: null,
      confidence: null,
      claimIds: list.slice(j * 10, j * 10 + 10).map((c) => c.id),
      substantiation: paragraph.repeat(6),
    })),
    outlook: '- Watch the roads',
    alternativeViews: 'None considered.',
    citedClaims: list.map((c) => ({ claimId: c.id, version: 1 })),
    pageSize: 'A4',
    created: stamp,
    modified: stamp,
  }
  await page.evaluate(
    async ({ list, srcs, briefing }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open('analyst-workbench')
        r.onsuccess = () => ok(r.result)
        r.onerror = () => fail(r.error)
      })
      const tx = db.transaction(['claims', 'sources', 'briefings'], 'readwrite')
      for (const s of srcs) tx.objectStore('sources').put(s)
      for (const c of list) tx.objectStore('claims').put(c)
      tx.objectStore('briefings').put(briefing)
      await new Promise((ok, fail) => ((tx.oncomplete = ok), (tx.onerror = () => fail(tx.error))))
      db.close()
    },
    { list, srcs: sources(opts.sourceCount), briefing },
  )
  return id
}

/**
 * An init script: every readwrite IndexedDB transaction that touches `stores`
 * is timed from its creation to its `complete` event (the store write as the
 * app makes it, Dexie's own work included, the UI around it not), collected in
 * `window.__storeWrites` as { stores, ms }.
 */
export function installStoreWriteProbe() {
  const writes: { stores: string[]; ms: number }[] = []
  ;(window as unknown as { __storeWrites: typeof writes }).__storeWrites = writes
  const original = IDBDatabase.prototype.transaction
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) {
    const tx = original.apply(this, args)
    if (tx.mode === 'readwrite') {
      const start = performance.now()
      const stores = [...tx.objectStoreNames]
      tx.addEventListener('complete', () => writes.push({ stores, ms: performance.now() - start }))
    }
    return tx
  }
}

export const storeWrites = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __storeWrites: { stores: string[]; ms: number }[] }).__storeWrites,
  )
