import { describe, expect, it } from 'vitest'
import type { AnnotationRecord } from '../domain/annotation'
import type { AuditRecord } from '../domain/audit'
import type { AnnotationId, ClaimId, SourceId } from '../domain/ids'
import { anchorOn, briefing, claims, docAr, docEn, sources } from './briefing-fixture'
import { describeMerge, parseWorkspace, planMerge, serialiseWorkspace, type WorkspaceData } from './workspace'

const annotation: AnnotationRecord = {
  id: '8f2c1a9e-1111-4222-8333-944455556666' as AnnotationId,
  ...anchorOn(docEn, 'the Syrian Observatory for Human Rights'),
  note: 'Attributed to SOHR',
  tags: ['source:SOHR', 'displacement'],
  created: '2024-12-06T09:00:00.000Z',
  modified: '2024-12-06T09:00:00.000Z',
}
const auditEntry: AuditRecord = {
  id: 'audit-1',
  entity: 'claim',
  entityId: 'c-fled' as ClaimId,
  at: '2024-12-06T09:00:00.000Z',
  who: 'A. Analyst',
  action: 'create',
  changes: [{ field: 'statement', before: null, after: 'Tens of thousands have fled Homs.' }],
  note: '',
}
const data: WorkspaceData = {
  // The Arabic fixture carries a javascript: URL for the HTML tests; a workspace refuses one.
  documents: [docEn, { ...docAr, url: '' }],
  annotations: [annotation],
  claims,
  sources,
  briefings: [briefing],
  audit: [auditEntry],
}
const at = '2024-12-08T10:00:00.000Z'

/** The serialised workspace with one record edited by `edit`. */
function tampered(edit: (file: Record<string, unknown[]>) => void): string {
  const file = JSON.parse(serialiseWorkspace(data, at)) as Record<string, unknown[]>
  edit(file)
  return JSON.stringify(file)
}
const errorOf = (text: string) => {
  const r = parseWorkspace(text)
  return r.ok ? 'ok' : r.error
}

describe('serialiseWorkspace / parseWorkspace', () => {
  it('round-trips every record exactly', () => {
    const result = parseWorkspace(serialiseWorkspace(data, at))
    expect(result).toEqual({
      ok: true,
      data: { format: 'analyst-workbench-workspace', version: 1, exportedAt: at, ...data },
    })
  })

  it('round-trips the provenance of an imported annotation', () => {
    const imported = {
      ...data.annotations[0]!,
      id: 'imported-1' as AnnotationId,
      via: 'hYp0tHeS1s-aa01',
      derivedFrom: {
        format: 'hypothesis' as const,
        source: 'https://news.example.org/story',
        sourceTitle: 'Story',
        quote: 'Saeed Jalili',
        importedAt: at,
      },
    }
    const withProvenance = { ...data, annotations: [...data.annotations, imported] }
    const result = parseWorkspace(serialiseWorkspace(withProvenance, at))
    expect(result.ok && result.data.annotations.at(-1)).toEqual(imported)
  })

  it('names the collection, record, id and field of a bad record', () => {
    const text = tampered((f) => ((f.claims![3] as Record<string, unknown>).credibility = '7'))
    expect(errorOf(text)).toBe(
      'claims[3] (id c-hts): credibility: Credibility must be one of 1, 2, 3, 4, 5 or 6',
    )
    expect(
      errorOf(tampered((f) => ((f.annotations![0] as AnnotationRecord).selectors.position.start = -1))),
    ).toBe('annotations[0] (id 8f2c1a9e…): selectors.position.start: Cannot be negative')
    expect(
      errorOf(
        tampered(
          (f) =>
            ((
              f.claims![0] as { anchors: { selectors: { quote: { type: string } } }[] }
            ).anchors[0]!.selectors.quote.type = 'X'),
        ),
      ),
    ).toBe('claims[0] (id c-fled): anchors[0].selectors.quote.type: Must be "TextQuoteSelector"')
    expect(
      errorOf(
        tampered(
          (f) =>
            ((f.briefings![0] as { keyJudgments: { likelihood: unknown }[] }).keyJudgments[1]!.likelihood = {
              scale: 'uk',
              term: 'very-likely',
            }),
        ),
      ),
    ).toBe('briefings[0] (id b-1): keyJudgments[1].likelihood.term: The likelihood term is not on its scale')
    expect(errorOf(tampered((f) => ((f.sources![1] as Record<string, unknown>).kind = 'blog')))).toMatch(
      /^sources\[1\] \(id s-reuter…\): kind: Kind must be one of person, organisation/,
    )
    expect(
      errorOf(tampered((f) => ((f.documents![0] as Record<string, unknown>).modified = 'yesterday'))),
    ).toBe('documents[0] (id doc-en): modified: Use an ISO date and time, e.g. 2024-12-06T09:00:00Z')
    expect(errorOf(tampered((f) => (f.audit![0] = 'nope')))).toMatch(/^audit\[0\]: /)
  })

  it('rejects duplicate ids and missing collections', () => {
    expect(errorOf(tampered((f) => f.claims!.push(f.claims![0])))).toBe(
      'claims[5] (id c-fled): id: The same id is already used by claims[0].',
    )
    expect(errorOf(tampered((f) => delete f.briefings))).toBe('briefings: Expected a list of records.')
  })

  it('explains files that are not workspaces', () => {
    expect(errorOf('{ nope')).toMatch(/^The file is not valid JSON \(/)
    expect(errorOf('[1, 2]')).toBe(
      'This is not an Analyst Workbench workspace file: it holds no JSON object.',
    )
    expect(errorOf('{"@context": "http://www.w3.org/ns/anno.jsonld"}')).toBe(
      'This is not an Analyst Workbench workspace file: it has no "format" field.',
    )
    expect(errorOf('{"format": "something-else"}')).toBe(
      'This is not an Analyst Workbench workspace file: its format is "something-else".',
    )
    expect(errorOf(tampered((f) => ((f as Record<string, unknown>).version = 2)))).toBe(
      'This workspace file is format version 2, written by a newer Analyst Workbench; this one reads version 1. Update the workbench to import it.',
    )
    expect(errorOf(tampered((f) => ((f as Record<string, unknown>).version = '1')))).toBe(
      'The workspace file has no valid format version.',
    )
    expect(parseWorkspace(`\uFEFF${serialiseWorkspace(data, at)}`).ok).toBe(true)
  })
})

describe('planMerge', () => {
  const later = '2024-12-09T10:00:00.000Z'
  const earlier = '2024-12-01T10:00:00.000Z'
  const empty: WorkspaceData = {
    documents: [],
    annotations: [],
    claims: [],
    sources: [],
    briefings: [],
    audit: [],
  }
  const ids = () => {
    let n = 0
    return () => `import-${++n}`
  }

  it('adds everything into an empty workspace', () => {
    const plan = planMerge(empty, data, { who: 'B', at })
    expect(plan.counts.claims).toEqual({ added: 5, updated: 0, unchanged: 0, keptLocal: 0 })
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
    expect(plan.counts.claims).toEqual({ added: 0, updated: 0, unchanged: 3, keptLocal: 2 })
    expect(plan.counts.documents).toEqual({ added: 0, updated: 0, unchanged: 2, keptLocal: 0 })
    expect(plan.counts.audit).toEqual({ added: 0, updated: 0, unchanged: 1, keptLocal: 0 })
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
    expect(lines).toContain('Claims: 5 added, 0 updated, 0 unchanged, 0 kept local')
    expect(lines).toHaveLength(6)
  })
})
