// Merging a workspace file into the store: what is added, what is newer and
// what conflicts, decided per record.
import { describe, expect, it } from 'vitest'
import type { AnnotationId, SourceId } from '../domain/ids'
import { annotation, auditEntry, homsMatrix, workspaceData as data } from '../../../tests/fixtures/workspace'
import { claims, docEn, matrix, sources } from '../../../tests/fixtures/briefing'
import { describeMerge, planMerge, type WorkspaceData } from './workspace'

const at = '2024-12-08T10:00:00.000Z'

describe('planMerge', () => {
  const later = '2024-12-09T10:00:00.000Z'
  const earlier = '2024-12-01T10:00:00.000Z'
  const empty: WorkspaceData = {
    cases: [],
    documents: [],
    annotations: [],
    claims: [],
    sources: [],
    briefings: [],
    achMatrices: [],
    audit: [],
  }
  const ids = () => {
    let n = 0
    return () => `import-${++n}`
  }

  it('adds everything into an empty workspace', () => {
    const plan = planMerge(empty, data, { who: 'B', at })
    expect(plan.counts.claims).toEqual({ added: 6, updated: 0, unchanged: 0, keptLocal: 0 })
    expect(plan.writes).toEqual(data)
    expect(plan.conflicts).toEqual([])
  })

  it('skips identical records and keeps local ones that are newer or the same age', () => {
    const incoming: WorkspaceData = {
      ...data,
      claims: [
        { ...claims[0]!, statement: 'Older wording', modified: earlier },
        { ...claims[1]!, statement: 'Same age, other words' },
        ...claims.slice(2),
      ],
    }
    const plan = planMerge(data, incoming, { who: 'B', at })
    expect(plan.counts.claims).toEqual({ added: 0, updated: 0, unchanged: 4, keptLocal: 2 })
    expect(plan.counts.documents).toEqual({ added: 0, updated: 0, unchanged: 2, keptLocal: 0 })
    expect(plan.counts.audit).toEqual({ added: 0, updated: 0, unchanged: 2, keptLocal: 0 })
    expect(plan.writes.claims).toEqual([])
    expect(plan.writes.audit).toEqual([])
  })

  it('takes a newer incoming claim, never lowers its version, and audits the old values', () => {
    const incoming = {
      ...data,
      claims: [
        { ...claims[1]!, statement: 'Newer wording', credibility: '1' as const, version: 2, modified: later },
      ],
    }
    const plan = planMerge(data, incoming, { who: 'B. Colleague', at, newId: ids() })
    expect(plan.counts.claims).toEqual({ added: 0, updated: 1, unchanged: 0, keptLocal: 0 })
    expect(plan.writes.claims).toEqual([{ ...incoming.claims[0], version: 5 }])
    expect(plan.writes.audit).toEqual([
      {
        id: 'import-1',
        entity: 'claim',
        entityId: 'c-arabic',
        at,
        who: 'B. Colleague',
        action: 'import',
        changes: [
          {
            field: 'statement',
            before: 'Thousands of civilians were displaced from Homs.',
            after: 'Newer wording',
          },
          { field: 'credibility', before: '3', after: '1' },
        ],
        note: `Replaced by the imported version (modified ${later}); the local version was modified 2024-12-06T09:00:00.000Z.`,
      },
    ])
  })

  it('audits replaced sources and merges audit entries by id', () => {
    const newEntry = { ...auditEntry, id: 'audit-2', action: 'update' as const }
    const incoming = {
      ...empty,
      sources: [{ ...sources[0]!, defaultReliability: 'A' as const, modified: later }],
      audit: [auditEntry, { ...auditEntry, note: 'edited elsewhere' }, newEntry].slice(1),
    }
    const plan = planMerge(data, incoming, { who: 'B', at, newId: ids() })
    expect(plan.writes.sources).toEqual(incoming.sources)
    expect(plan.writes.audit.map((a) => [a.id, a.entity, a.entityId, a.action])).toEqual([
      ['audit-2', 'claim', 'c-fled', 'update'],
      ['import-1', 'source', 's-sohr' as SourceId, 'import'],
    ])
    expect(plan.counts.audit).toEqual({ added: 2, updated: 0, unchanged: 0, keptLocal: 1 })
  })

  it('takes a newer incoming matrix and audits the local one it replaces; keeps an older one', () => {
    const reworded = { ...homsMatrix, question: 'Will Homs fall by Sunday?', modified: later }
    const plan = planMerge(data, { ...empty, achMatrices: [reworded] }, { who: 'B', at, newId: ids() })
    expect(plan.counts.achMatrices).toEqual({ added: 0, updated: 1, unchanged: 0, keptLocal: 0 })
    expect(plan.writes.achMatrices).toEqual([reworded])
    expect(plan.writes.audit).toEqual([
      expect.objectContaining({
        entity: 'matrix',
        entityId: 'm-1',
        action: 'import',
        changes: [{ field: 'question', before: matrix.question, after: 'Will Homs fall by Sunday?' }],
      }),
    ])
    const stale = { ...homsMatrix, question: 'Old wording', modified: earlier }
    const kept = planMerge(data, { ...empty, achMatrices: [stale] }, { who: 'B', at })
    expect(kept.counts.achMatrices).toEqual({ added: 0, updated: 0, unchanged: 0, keptLocal: 1 })
    expect(kept.writes.achMatrices).toEqual([])
  })

  it('never replaces the text of a document that local work is anchored in', () => {
    const changed = { ...docEn, text: `${docEn.text}\nA new paragraph.`, modified: later }
    const incoming = {
      ...empty,
      documents: [changed],
      annotations: [{ ...annotation, id: 'other' as AnnotationId }],
    }
    const plan = planMerge(data, incoming, { who: 'B', at })
    expect(plan.counts.documents).toEqual({ added: 0, updated: 0, unchanged: 0, keptLocal: 1 })
    expect(plan.writes.documents).toEqual([])
    expect(plan.conflicts).toEqual([
      {
        documentId: 'doc-en',
        title: docEn.title,
        localAnnotations: 1,
        localClaims: 2,
        incomingAnnotations: 1,
        incomingClaims: 0,
        message: `“${docEn.title}” has different text in the imported workspace; the local copy was kept because 1 annotation and 2 claims are anchored in it.`,
      },
    ])
    // An unannotated document, or a metadata-only change, follows the usual rule.
    const bare = { ...data, annotations: [], claims: [] }
    expect(planMerge(bare, incoming, { who: 'B', at }).writes.documents).toEqual([changed])
    const retitled = { ...docEn, title: 'New title', modified: later }
    expect(planMerge(data, { ...empty, documents: [retitled] }, { who: 'B', at }).writes.documents).toEqual([
      retitled,
    ])
  })

  it('summarises the plan per collection', () => {
    const lines = describeMerge(planMerge(empty, data, { who: 'B', at }))
    expect(lines).toContain('Claims: 6 added, 0 updated, 0 unchanged, 0 kept local')
    expect(lines).toContain('Cases: 1 added, 0 updated, 0 unchanged, 0 kept local')
    expect(lines).toContain('ACH matrices: 1 added, 0 updated, 0 unchanged, 0 kept local')
    expect(lines).toHaveLength(8)
  })
})
