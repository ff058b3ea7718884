import { describe, expect, it } from 'vitest'
import { analyseClaims, buildCorroborationIndex, corroborationFor } from '../analysis/corroboration'
import type { ClaimId, SourceId } from '../domain/ids'
import { briefingDocument, passageLocator } from './briefing-citations'
import { buildBriefingModel, sourcingSentence } from './briefing-model'
import {
  briefing,
  claims,
  docPdf,
  documents,
  makeClaim,
  makeDocument,
  makeSource,
  matrix,
  sources,
} from '../../../tests/fixtures/briefing'

const model = buildBriefingModel({ briefing, claims, sources, documents, achMatrices: [matrix] })

describe('buildBriefingModel', () => {
  it('copies the header and the analyst text', () => {
    expect(model.header).toEqual({
      title: 'Homs: displacement as rebels advance',
      marking: 'UNCLASSIFIED // OPEN SOURCE',
      author: 'A. Analyst',
      date: '2024-12-07',
      audience: 'Desk officers',
      pageSize: 'A4',
    })
    expect(model.bottomLine).toBe('Displacement from Homs is large and growing.')
    expect(model.outlook).toBe('- Watch the M5 highway.')
  })

  it('numbers claims in order of first citation: judgments, then the matrix, then the rest', () => {
    expect(model.claims.map((c) => [c.footnote, c.claimId, c.citedVersion])).toEqual([
      [1, 'c-fled', 1],
      [2, 'c-arabic', 2],
      [3, 'c-deny', 1],
      [4, 'c-hts', null],
      [5, 'c-unhcr', null],
      [6, 'c-roads', null],
      [7, 'c-gone', 3],
    ])
    expect(model.keyJudgments.map((j) => j.footnotes)).toEqual([
      [1, 2],
      [3, 4, 5],
    ])
  })

  it('lists a judgment’s citations in ascending order, whatever order the analyst gave', () => {
    const reordered = {
      ...briefing,
      keyJudgments: [
        briefing.keyJudgments[0]!,
        { ...briefing.keyJudgments[1]!, claimIds: ['c-unhcr', 'c-fled', 'c-deny'] as ClaimId[] },
      ],
    }
    const m = buildBriefingModel({ briefing: reordered, claims, sources, documents })
    expect(m.keyJudgments[1]!.footnotes).toEqual([1, 3, 4])
    expect(m.substantiation[1]!.footnotes).toEqual([1, 3, 4])
  })

  it('keeps likelihood and confidence as separate fields from the scales', () => {
    const [first, second] = model.keyJudgments
    expect(first!.likelihood).toEqual({
      scale: 'icd203',
      scaleName: 'US ICD 203',
      term: 'likely',
      range: '55–80 %',
    })
    expect(first!.confidence).toEqual({ level: 'moderate', label: 'Moderate' })
    expect(second!.likelihood?.range).toBe('20–45 %')
    expect(second!.confidence?.label).toBe('Low')
    expect(JSON.stringify(model)).not.toMatch(/confidence that/i)
  })

  it('gives substantiation per judgment in the same order', () => {
    expect(model.substantiation.map((s) => [s.number, s.judgmentId, s.footnotes])).toEqual([
      [1, 'kj-1', [1, 2]],
      [2, 'kj-2', [3, 4, 5]],
    ])
    expect(model.substantiation[0]!.heading).toBe(briefing.keyJudgments[0]!.text)
  })

  it('resolves sources, grades (override or source default) and passages by paragraph and page', () => {
    const [fled, arabic, deny, , unhcr, roads] = model.claims
    expect(fled).toMatchObject({
      statement: 'Tens of thousands have fled Homs.',
      source: { name: 'Syrian Observatory for Human Rights' },
      via: { name: 'Reuters' },
      grade: 'B2',
      statusLabel: 'Unverified',
      typeLabel: 'Reported fact',
    })
    expect(fled!.passages).toEqual([
      {
        documentId: 'doc-en',
        documentTitle: 'Thousands flee Homs as rebels push south',
        outlet: 'NBC News',
        url: 'https://example.com/homs',
        start: 41,
        end: 83,
        location: '¶ 1',
        quote: 'Tens of thousands of people have fled Homs',
      },
    ])
    expect(arabic!.grade).toBe('B3')
    expect(arabic!.passages[0]).toMatchObject({ url: null, location: '¶ 1' }) // javascript: is no address
    expect(deny!.grade).toBe('C4')
    expect(deny!.passages[0]!.location).toBe('¶ 2')
    expect(unhcr!.passages[0]!.location).toBe('p. 3, ¶ 2')
    expect(roads!.passages[0]!.location).toBe('p. 2, ¶ 1 – p. 3, ¶ 1')
    expect(model.claims[6]).toMatchObject({ deleted: true, statement: '', passages: [] })
  })

  it('lists claims changed or deleted since they were cited', () => {
    expect(model.changedSince).toEqual([
      {
        footnote: 2,
        claimId: 'c-arabic',
        statement: 'Thousands of civilians were displaced from Homs.',
        citedVersion: 2,
        currentVersion: 4,
        deleted: false,
      },
      { footnote: 7, claimId: 'c-gone', statement: '', citedVersion: 3, currentVersion: null, deleted: true },
    ])
  })

  it('includes the matrix: hypotheses scored, rows most diagnostic first, claims by their number', () => {
    const [ach] = model.ach
    expect(ach!.question).toBe('Will Homs fall within a week?')
    expect(ach!.hypotheses.map((h) => [h.label, h.inconsistency, h.weighted, h.rank])).toEqual([
      ['H1', 1, 0.707106781, 1],
      ['H2', 3, 5, 2],
    ])
    expect(ach!.rows.map((r) => [r.label, r.footnote, r.cells, r.diagnostic])).toEqual([
      ['E3', 6, ['C', 'II'], true],
      ['E4', null, ['C', 'I'], true],
      ['E2', 3, ['I', 'C'], true],
      ['E1', 1, ['C', 'C'], false],
    ])
    expect(ach!.rows[0]!.weightNote).toBe('set to 2.00 (Seen on satellite imagery too); the grades give 2.00')
    expect(ach!.leaders).toEqual(['H1'])
    // A briefing that does not include the matrix neither shows nor numbers it.
    const without = buildBriefingModel({
      briefing: { ...briefing, achMatrixIds: [] },
      claims,
      sources,
      documents,
    })
    expect(without.ach).toEqual([])
    expect(without.claims.map((c) => c.claimId)).not.toContain('c-roads')
  })
})

describe('the sources section counts as the app does', () => {
  it('lists every source behind the cited claims, grouped into independent origins', () => {
    expect(
      model.sources.items.map((s) => [
        s.name,
        s.kindLabel,
        s.reliability,
        s.partisan,
        s.relays,
        s.claimCount,
        s.countedAs,
      ]),
    ).toEqual([
      ['UNHCR', 'Organisation', 'A', false, null, 2, 'Independent origin 1: UNHCR'],
      [
        'Syrian Observatory for Human Rights',
        'Organisation',
        'B',
        false,
        null,
        2,
        'Independent origin 2: Syrian Observatory for Human Rights',
      ],
      [
        'Reuters',
        'News outlet',
        'B',
        false,
        'Syrian Observatory for Human Rights',
        2,
        'Independent origin 2: Syrian Observatory for Human Rights (joined through a channel)',
      ],
      ['SANA', 'News outlet', 'E', false, null, 1, 'Independent origin 3: SANA'],
      ['HTS-led forces', 'Organisation', 'D', true, null, 1, 'Set aside: party to the conflict'],
    ])
    expect(model.sources.origins.map((o) => [o.name, o.grade, o.sources, o.footnotes])).toEqual([
      ['UNHCR', 'A', ['UNHCR'], [5, 6]],
      [
        'Syrian Observatory for Human Rights',
        'B',
        ['Syrian Observatory for Human Rights', 'Reuters'],
        [1, 2],
      ],
      ['SANA', 'C', ['SANA'], [3]],
    ])
    expect(model.sources.setAside.map((s) => [s.footnote, s.sources])).toEqual([[4, ['HTS-led forces']]])
    expect(model.sources.summary).toBe(
      'The cited claims rest on 3 independent origins (UNHCR, Syrian Observatory for Human Rights and SANA), all graded C or better; set aside as a party to the conflict or an interested source: HTS-led forces; 1 source relays another.',
    )
  })

  it('gives the same counts as the app’s corroboration for the same claims', () => {
    const index = buildCorroborationIndex(claims, sources)
    const cited = model.claims.flatMap((c) => claims.filter((x) => x.id === c.claimId))
    const app = analyseClaims(index, cited)
    expect(model.sources.independent).toBe(app.origins.length)
    expect(model.sources.confirming).toBe(app.confirming.length)
    // Cite a corroborating group alone: the briefing's count is the claim detail's count.
    const linked = claims.map((c) =>
      c.id === 'c-deny'
        ? { ...c, links: [{ type: 'corroborates' as const, target: 'c-unhcr' as ClaimId }] }
        : c,
    )
    const m = buildBriefingModel({
      briefing: {
        ...briefing,
        keyJudgments: [],
        achMatrixIds: [],
        citedClaims: [
          { claimId: 'c-deny' as ClaimId, version: 1 },
          { claimId: 'c-unhcr' as ClaimId, version: 1 },
        ],
      },
      claims: linked,
      sources,
      documents,
    })
    const detail = corroborationFor(buildCorroborationIndex(linked, sources), 'c-deny' as ClaimId)!
    expect(m.sources.independent).toBe(detail.origins.length)
    expect(m.sources.independent).toBe(2)
  })

  it('follows relay chains to the origin and survives cycles', () => {
    const a = makeSource('a', 'A', { relays: 'b' as SourceId })
    const b = makeSource('b', 'B', { relays: 'a' as SourceId, partisan: true })
    const m = buildBriefingModel({
      briefing: {
        ...briefing,
        keyJudgments: [],
        achMatrixIds: [],
        citedClaims: [
          { claimId: 'x' as ClaimId, version: 1 },
          { claimId: 'y' as ClaimId, version: 1 },
        ],
      },
      claims: [makeClaim('x', 'X', { attributedTo: a.id }), makeClaim('y', 'Y', { attributedTo: b.id })],
      sources: [a, b],
      documents: [],
    })
    expect(m.sources.items.map((s) => s.claimCount)).toEqual([2, 2])
    expect(m.sources.independent).toBe(0)
    expect(m.sources.summary).toBe(
      'No independent origin backs the cited claims; set aside as a party to the conflict or an interested source: B; 2 sources relay others.',
    )
  })
})

describe('documents cited', () => {
  it('lists each document once, in order of first citation, with the claims quoting it', () => {
    expect(
      model.sources.documents.map((d) => [d.documentId, d.footnotes, d.hash.of, d.retrieved, d.url]),
    ).toEqual([
      ['doc-en', [1, 3], 'text', '', 'https://example.com/homs'],
      ['doc-ar', [2], 'text', '', null],
      ['doc-pdf', [5, 6], 'original', '2024-12-07', 'https://example.com/homs'],
    ])
  })

  it('proves the copy by the original file’s hash, else by the text’s', () => {
    const [en, , pdf] = model.sources.documents
    expect(en!.hash).toEqual({ of: 'text', sha256: 'a'.repeat(64) })
    expect(pdf!.hash).toEqual({ of: 'original', sha256: 'd'.repeat(64), fileName: 'flash-update-3.pdf' })
  })

  it('leaves out a document that no longer exists (its passages say so in the notes)', () => {
    const gone = buildBriefingModel({
      briefing,
      claims,
      sources,
      documents: documents.filter((d) => d.id !== 'doc-pdf'),
      achMatrices: [matrix],
    })
    expect(gone.sources.documents.map((d) => d.documentId)).toEqual(['doc-en', 'doc-ar'])
    expect(gone.claims[4]!.passages[0]!.location).toBe('place unknown (document deleted)')
  })
})

describe('passageLocator', () => {
  it('counts paragraphs within the page in a paged document, and headings apart', () => {
    const at = passageLocator(briefingDocument(docPdf))
    const offset = (q: string) => docPdf.text.indexOf(q)
    expect(at(offset('UNHCR flash'), offset('UNHCR flash') + 5)).toBe('p. 1, heading 1')
    expect(at(offset('Displacement'), offset('Displacement') + 3)).toBe('p. 1, ¶ 1')
    expect(at(offset('Roads'), offset('UNHCR counts') + 4)).toBe('p. 3, ¶ 1–2')
  })

  it('counts paragraphs from the start where there are no pages, and gives ranges', () => {
    const doc = makeDocument('d', 'D', 'Title\nOne.\nTwo.\nThree.', { blocks: ['h2', 'p', 'p', 'p'] })
    const at = passageLocator(briefingDocument(doc))
    expect(at(doc.text.indexOf('Two'), doc.text.indexOf('Two') + 3)).toBe('¶ 2')
    expect(at(doc.text.indexOf('One'), doc.text.length)).toBe('¶ 1–3')
  })
})

describe('sourcingSentence', () => {
  const none = { origins: [], parties: [], relaying: 0, unattributed: 0 }
  it('reads right for one, none and many', () => {
    expect(sourcingSentence({ ...none, independent: 1, confirming: 1, origins: ['SOHR'] })).toBe(
      'The cited claims rest on 1 independent origin (SOHR), graded C or better.',
    )
    expect(
      sourcingSentence({
        ...none,
        independent: 2,
        confirming: 1,
        origins: ['SOHR', 'SANA'],
        unattributed: 1,
      }),
    ).toBe(
      'The cited claims rest on 2 independent origins (SOHR and SANA), 1 of them graded C or better; 1 cited claim names no source.',
    )
    expect(sourcingSentence({ ...none, independent: 0, confirming: 0, unattributed: 2 })).toBe(
      'None of the cited claims rests on a named source.',
    )
  })
})
