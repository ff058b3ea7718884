// Sample records for the export tests: a small briefing on the Homs
// displacement with sources that relay each other, a partisan source, an
// Arabic passage and one claim edited after it was cited. Not used by the app.
import { describeRange } from '../anchoring'
import type { BriefingRecord } from '../domain/briefing'
import { emptyClaimDraft, type ClaimRecord } from '../domain/claim'
import type { DocumentRecord } from '../domain/document'
import type { BriefingId, CaseId, ClaimId, DocumentId, SourceId } from '../domain/ids'
import { emptySourceDraft, type SourceRecord } from '../domain/source'

const stamp = '2024-12-06T09:00:00.000Z'
/** The case every fixture record belongs to. */
export const fixtureCaseId = 'case-homs' as CaseId

export const englishText = [
  'Thousands flee Homs as rebels push south',
  'Tens of thousands of people have fled Homs, the Syrian Observatory for Human Rights said on Friday.',
  'Government forces deny any withdrawal from the city.',
].join('\n')
export const arabicText = 'قال المرصد السوري إن آلاف المدنيين نزحوا من حمص.\nوأضاف أن الطرق مزدحمة.'

export function makeDocument(id: string, title: string, text: string, extra: Partial<DocumentRecord> = {}) {
  const doc: DocumentRecord = {
    id: id as DocumentId,
    caseId: fixtureCaseId,
    title,
    outlet: 'NBC News',
    author: '',
    url: 'https://example.com/homs',
    published: '2024-12-06',
    retrieved: '',
    text,
    blocks: text.split('\n').map(() => 'p' as const),
    textHash: 'a'.repeat(64),
    wordCount: text.split(/\s+/).length,
    created: stamp,
    modified: stamp,
    ...extra,
  }
  return doc
}

export const docEn = makeDocument('doc-en', 'Thousands flee Homs as rebels push south', englishText)
export const docAr = makeDocument('doc-ar', 'نزوح من حمص', arabicText, {
  outlet: 'Al Jazeera',
  url: 'javascript:alert(1)',
  textHash: 'b'.repeat(64),
})

export function anchorOn(doc: DocumentRecord, quote: string) {
  const start = doc.text.indexOf(quote)
  if (start < 0) throw new Error(`quote not in ${doc.id}`)
  return { documentId: doc.id, selectors: describeRange(doc.text, start, start + quote.length) }
}

export function makeSource(id: string, name: string, extra: Partial<SourceRecord> = {}): SourceRecord {
  return { ...emptySourceDraft, id: id as SourceId, name, created: stamp, modified: stamp, ...extra }
}

export const sohr = makeSource('s-sohr', 'Syrian Observatory for Human Rights', { defaultReliability: 'B' })
export const reuters = makeSource('s-reuters', 'Reuters', {
  kind: 'outlet',
  defaultReliability: 'B',
  relays: 's-sohr' as SourceId,
})
export const hts = makeSource('s-hts', 'HTS-led forces', { partisan: true, defaultReliability: 'D' })
export const unhcr = makeSource('s-unhcr', 'UNHCR', { defaultReliability: 'A' })
export const sana = makeSource('s-sana', 'SANA', { kind: 'outlet', defaultReliability: 'E' })
export const sources = [sohr, reuters, hts, unhcr, sana]

export function makeClaim(id: string, statement: string, extra: Partial<ClaimRecord> = {}): ClaimRecord {
  return {
    ...emptyClaimDraft,
    id: id as ClaimId,
    caseId: fixtureCaseId,
    statement,
    version: 1,
    created: stamp,
    modified: stamp,
    ...extra,
  }
}

export const claims: ClaimRecord[] = [
  makeClaim('c-fled', 'Tens of thousands have fled Homs.', {
    attributedTo: sohr.id,
    reportedVia: reuters.id,
    credibility: '2',
    anchors: [anchorOn(docEn, 'Tens of thousands of people have fled Homs')],
  }),
  makeClaim('c-arabic', 'Thousands of civilians were displaced from Homs.', {
    attributedTo: reuters.id,
    credibility: '3',
    status: 'corroborated',
    anchors: [anchorOn(docAr, 'آلاف المدنيين نزحوا من حمص')],
    version: 4,
  }),
  makeClaim('c-deny', 'Government forces deny withdrawing.', {
    attributedTo: sana.id,
    reliabilityOverride: { grade: 'C', reason: 'Official statement' },
    credibility: '4',
    anchors: [anchorOn(docEn, 'Government forces deny any withdrawal')],
  }),
  makeClaim('c-hts', 'HTS-led forces say they reached Homs.', { attributedTo: hts.id, credibility: '3' }),
  makeClaim('c-unhcr', 'UNHCR counts 40,000 displaced.', { attributedTo: unhcr.id, credibility: '2' }),
]

export const briefing: BriefingRecord = {
  id: 'b-1' as BriefingId,
  caseId: fixtureCaseId,
  title: 'Homs: displacement as rebels advance',
  marking: 'UNCLASSIFIED // OPEN SOURCE',
  author: 'A. Analyst',
  date: '2024-12-07',
  audience: 'Desk officers',
  bottomLine: 'Displacement from Homs is large and growing.',
  keyJudgments: [
    {
      id: 'kj-1',
      text: 'Displacement from Homs will continue this week.',
      likelihood: { scale: 'icd203', term: 'likely' },
      confidence: 'moderate',
      claimIds: ['c-fled', 'c-arabic'] as ClaimId[],
      substantiation: 'Several sources agree on **tens of thousands**.',
    },
    {
      id: 'kj-2',
      text: 'Government forces will hold the city.',
      likelihood: { scale: 'icd203', term: 'unlikely' },
      confidence: 'low',
      claimIds: ['c-deny', 'c-hts', 'c-unhcr'] as ClaimId[],
      substantiation: 'Denials come from a party to the fighting.',
    },
  ],
  outlook: '- Watch the M5 highway.',
  alternativeViews: 'The exodus may be *temporary*.',
  citedClaims: [
    { claimId: 'c-fled' as ClaimId, version: 1 },
    { claimId: 'c-arabic' as ClaimId, version: 2 },
    { claimId: 'c-deny' as ClaimId, version: 1 },
    { claimId: 'c-gone' as ClaimId, version: 3 },
  ],
  pageSize: 'A4',
  created: stamp,
  modified: stamp,
}

export const documents = [docEn, docAr]
