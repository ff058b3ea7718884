import { describe, expect, it } from 'vitest'
import { emptyClaimDraft, type ClaimRecord } from './claim'
import { independentOrigins, originOf, suggestionsFor } from './corroboration'
import type { CaseId, ClaimId, SourceId } from './ids'
import { emptySourceDraft, type SourceRecord } from './source'

const source = (id: string, extra: Partial<SourceRecord> = {}): SourceRecord => ({
  ...emptySourceDraft,
  id: id as SourceId,
  name: id.toUpperCase(),
  created: '',
  modified: '',
  ...extra,
})
const claim = (id: string, attributedTo: string, extra: Partial<ClaimRecord> = {}): ClaimRecord => ({
  ...emptyClaimDraft,
  statement: id,
  id: id as ClaimId,
  caseId: 'case' as CaseId,
  attributedTo: attributedTo as SourceId,
  version: 1,
  created: '',
  modified: '',
  ...extra,
})

const sohr = source('sohr')
const nbc = source('nbc', { relays: 'sohr' as SourceId, kind: 'outlet' })
const hts = source('hts', { partisan: true })
const reuters = source('reuters', { kind: 'outlet' })
const sources = new Map([sohr, nbc, hts, reuters].map((s) => [s.id, s]))

describe('corroboration', () => {
  it('follows relay chains to the origin, and survives a cycle', () => {
    expect(originOf('nbc' as SourceId, sources)).toBe('sohr')
    const a = source('a', { relays: 'b' as SourceId })
    const b = source('b', { relays: 'a' as SourceId })
    expect(['a', 'b']).toContain(originOf('a' as SourceId, new Map([a, b].map((s) => [s.id, s]))))
  })

  it('counts an outlet repeating the monitoring group as one source, not two', () => {
    const c1 = claim('c1', 'sohr', { links: [{ type: 'corroborates', target: 'c2' as ClaimId }] })
    const c2 = claim('c2', 'nbc')
    expect(independentOrigins(c1, [c1, c2], sources)).toEqual(['sohr'])
    expect(suggestionsFor(c1, [c1, c2], sources)).toEqual([])
  })

  it('offers credibility 1 when two independent sources back a claim, in either link direction', () => {
    const c1 = claim('c1', 'sohr')
    const c2 = claim('c2', 'reuters', { links: [{ type: 'corroborates', target: 'c1' as ClaimId }] })
    const [s] = suggestionsFor(c1, [c1, c2], sources)
    expect(s).toMatchObject({ kind: 'confirm', origins: ['sohr', 'reuters'] })
    expect(s!.message).toContain('2 independent sources (SOHR, REUTERS)')
    // Already graded 1: nothing to suggest.
    expect(suggestionsFor({ ...c1, credibility: '1' }, [c1, c2], sources)).toEqual([])
  })

  it('flags a claim resting on one partisan source, until an independent one corroborates it', () => {
    const c1 = claim('c1', 'hts')
    expect(suggestionsFor(c1, [c1], sources)).toEqual([
      expect.objectContaining({ kind: 'single-partisan', origin: 'hts' }),
    ])
    const c2 = claim('c2', 'sohr', { links: [{ type: 'corroborates', target: 'c1' as ClaimId }] })
    expect(suggestionsFor(c1, [c1, c2], sources).map((s) => s.kind)).toEqual(['confirm'])
  })

  it('ignores contradicting and duplicate links', () => {
    const c1 = claim('c1', 'sohr', { links: [{ type: 'contradicts', target: 'c2' as ClaimId }] })
    const c2 = claim('c2', 'reuters', { links: [{ type: 'duplicates', target: 'c1' as ClaimId }] })
    expect(independentOrigins(c1, [c1, c2], sources)).toEqual(['sohr'])
  })
})
