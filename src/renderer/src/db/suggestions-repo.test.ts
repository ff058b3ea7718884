// Accepting suggestions writes claims and the sources they need in one step
// that undo takes back whole; a rejection is stored and undone the same way.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { suggestClaims } from '@shared/analysis/suggest/engine'
import { reviewSuggestion, type Suggestion } from '@shared/analysis/suggest'
import { anchor } from '@shared/anchoring'
import { blocksFromPlainText, emptyMeta } from '@shared/domain/document'
import type { CaseId, DocumentId } from '@shared/domain/ids'
import { emptySourceDraft } from '@shared/domain/source'
import { WorkbenchDB } from './db'
import { buildDocument } from './documents-repo'
import { historyRepo } from './history'
import { auditOf, ledgerRepo } from './ledger-repo'
import { suggestionsRepo } from './suggestions-repo'

const fixture = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8').trim()
const sample = fixture('../../../../resources/sample-article.txt')
const liveBlog = fixture('../../../../tests/fixtures/suggest/live-blog.txt')

const dbs: WorkbenchDB[] = []
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()))
})

async function setup(text: string, outlet = '') {
  const db = new WorkbenchDB(`suggestions-${crypto.randomUUID()}`)
  dbs.push(db)
  const ledger = ledgerRepo(db, () => 'A. Analyst')
  const doc = await buildDocument(
    blocksFromPlainText(text),
    { ...emptyMeta, title: 'T', outlet },
    'case-1' as CaseId,
  )
  await db.documents.add(doc)
  const found = suggestClaims({ text: doc.text, language: 'en', registry: [] })
  const review = async (s: Suggestion) => reviewSuggestion(s, await db.sources.toArray(), outlet)
  return {
    db,
    doc,
    found,
    review,
    repo: suggestionsRepo(db, ledger),
    history: historyRepo(db, () => 'A. Analyst'),
  }
}

describe('suggestionsRepo.accept', () => {
  it('creates the claim on the passage with its new speaker and channel, audited, and undo removes them all', async () => {
    const { db, doc, found, review, repo, history } = await setup(sample)
    const quote = found.find((s) => s.speaker?.name === 'Hassan Abdul-Ghani')!
    const { changes, claimIds } = await repo.accept(doc, [await review(quote)])
    const claim = (await db.claims.get(claimIds[0]!))!
    const sources = await db.sources.toArray()
    expect(sources.map((s) => [s.name, s.kind]).sort()).toEqual([
      ['Hassan Abdul-Ghani', 'person'],
      ['X', 'social-account'],
    ])
    const byName = (n: string) => sources.find((s) => s.name === n)!
    expect(byName('Hassan Abdul-Ghani').notes).toMatch(/senior commander of the HTS-led forces/)
    expect(claim).toMatchObject({
      caseId: 'case-1',
      type: 'direct-quote',
      attributedTo: byName('Hassan Abdul-Ghani').id,
      reportedVia: byName('X').id,
      documentIds: [doc.id],
    })
    expect(claim.statement).toMatch(/^Our forces continue to advance/)
    const at = anchor(doc.text, claim.anchors[0]!.selectors)
    expect(at.status !== 'orphaned' && doc.text.slice(at.start, at.end)).toBe(quote.quote)
    expect((await auditOf(db, claim.id)).map((a) => a.action)).toEqual(['create'])

    await history.revert(changes, 'undo', 'accept suggested claim')
    expect(await db.claims.count()).toBe(0)
    expect(await db.sources.count()).toBe(0)
  })

  it('creates a speaker once when several of its claims are accepted together, and uses it afterwards', async () => {
    const { db, doc, found, review, repo } = await setup(sample, 'NBC News')
    const sohr = found.filter((s) => s.speaker?.name === 'Syrian Observatory for Human Rights')
    expect(sohr).toHaveLength(3)
    await repo.accept(doc, await Promise.all(sohr.slice(0, 2).map(review)))
    // The third is reviewed against the registry as it is now: no new source proposed.
    const third = await review(sohr[2]!)
    expect(third.speaker?.sourceId).not.toBeNull()
    await repo.accept(doc, [third])
    const names = (await db.sources.toArray()).map((s) => s.name).sort()
    expect(names).toEqual(['NBC News', 'Syrian Observatory for Human Rights'])
    const claims = await db.claims.toArray()
    expect(new Set(claims.map((c) => c.attributedTo)).size).toBe(1)
    expect(new Set(claims.map((c) => c.reportedVia)).size).toBe(1)
  })

  it('sets the relay of a new channel, and of an existing one that relays no one yet, as one change each', async () => {
    const { db, doc, found, review, repo } = await setup(liveBlog)
    const relayed = found.find((s) => s.channel?.relayOf)!
    await repo.accept(doc, [await review(relayed)])
    const tv = (await db.sources.toArray()).find((s) => s.name === 'Iranian state TV')!
    const aj = (await db.sources.toArray()).find((s) => s.name === 'Al Jazeera')!
    expect(tv.relays).toBe(aj.id)

    const again = await setup(liveBlog)
    const [made] = await ledgerRepo(again.db, () => 'A. Analyst').createSource({
      ...emptySourceDraft,
      name: 'Iranian state TV',
      kind: 'outlet',
    })
    const step = await again.repo.accept(again.doc, [await again.review(relayed)])
    expect((await again.db.sources.get(made!.id))!.relays).not.toBeNull()
    expect(step.changes.filter((c) => c.id === made!.id)).toHaveLength(1)
    await again.history.revert(step.changes, 'undo', 'accept')
    expect((await again.db.sources.get(made!.id))!.relays).toBeNull()
    expect((await again.db.sources.toArray()).map((s) => s.name)).toEqual(['Iranian state TV'])
  })

  it('refuses a suggestion that names no source, and writes nothing', async () => {
    const { db, doc, found, review, repo } = await setup(sample)
    const said = found.find((s) => s.attributed)!
    const unattributed = found.find((s) => !s.attributed)!
    await expect(repo.accept(doc, [await review(said), await review(unattributed)])).rejects.toThrow(
      /names no source/,
    )
    expect([await db.claims.count(), await db.sources.count()]).toEqual([0, 0])
  })
})

describe('suggestionsRepo.reject', () => {
  it('keeps the decision for the document, and undo and redo take it back and forth', async () => {
    const { db, doc, found, repo, history } = await setup(sample)
    const id = found[0]!.id
    const changes = await repo.reject(doc.id, id)
    expect(await repo.rejected(doc.id)).toEqual(new Set([id]))
    expect(await repo.rejected('other' as DocumentId)).toEqual(new Set())
    const undone = await history.revert(changes, 'undo', 'reject suggestion')
    expect(await repo.rejected(doc.id)).toEqual(new Set())
    await history.revert(undone, 'redo', 'reject suggestion')
    expect(await repo.rejected(doc.id)).toEqual(new Set([id]))
    expect(Object.keys((await db.suggestionDecisions.toArray())[0]!).sort()).toEqual(
      ['at', 'decision', 'documentId', 'id', 'suggestionId'].sort(),
    )
  })
})
