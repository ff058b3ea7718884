import { describe, expect, it } from 'vitest'
import { matrix } from '../../../tests/fixtures/briefing'
import type { ClaimId } from '../domain/ids'
import { analyseAch, validateAchMatrix } from './ach'
import {
  addClaims,
  addFreeItem,
  addHypothesis,
  copyMatrix,
  editFreeItem,
  editHypothesis,
  moveEvidence,
  moveHypothesis,
  rate,
  ratingForKey,
  ratingName,
  removeEvidence,
  removeHypothesis,
  setQuestion,
  setWeightOverride,
} from './ach-edit'

const ids = () => {
  let n = 0
  return () => `new-${++n}`
}
const noGrades = () => ({ reliability: null, credibility: null })

describe('matrix edits', () => {
  it('leave the matrix itself when there is nothing to change', () => {
    expect(setQuestion(matrix, matrix.question)).toBe(matrix)
    expect(editHypothesis(matrix, 'h-fall', matrix.hypotheses[0]!.text)).toBe(matrix)
    expect(rate(matrix, 'e-fled', 'h-fall', 'C')).toBe(matrix)
    expect(rate(matrix, 'e-fled', 'no-such-hypothesis', 'C')).toBe(matrix)
    expect(moveHypothesis(matrix, 'h-fall', -1)).toBe(matrix)
    expect(moveEvidence(matrix, 'e-air', 1)).toBe(matrix)
    expect(addClaims(matrix, ['c-fled' as ClaimId])).toBe(matrix)
    expect(setWeightOverride(matrix, 'e-roads', { weight: 2, reason: 'Seen on satellite imagery too' })).toBe(
      matrix,
    )
    expect(editFreeItem(matrix, 'e-fled', 'claims keep their own text')).toBe(matrix)
  })

  it('removing a hypothesis takes its ratings too, so the matrix stays valid', () => {
    const three = addHypothesis(matrix, 'A negotiated handover', ids())
    const rated = rate(three, 'e-deny', 'new-1', 'II')
    expect(rated.evidence[1]!.ratings).toEqual({ 'h-fall': 'I', 'h-hold': 'C', 'new-1': 'II' })
    const back = removeHypothesis(rated, 'new-1')
    expect(back.evidence[1]!.ratings).toEqual({ 'h-fall': 'I', 'h-hold': 'C' })
    expect(validateAchMatrix(back).ok).toBe(true)
    expect(back.hypotheses).toEqual(matrix.hypotheses)
  })

  it('rates, re-rates and clears a cell; the ranking follows', () => {
    const before = analyseAch(matrix, noGrades)
    expect(before.leaders).toEqual(['h-fall'])
    const flipped = rate(rate(matrix, 'e-roads', 'h-hold', 'C'), 'e-air', 'h-hold', null)
    expect(flipped.evidence[3]!.ratings).toEqual({ 'h-fall': 'C' })
    expect(analyseAch(flipped, noGrades).leaders).toEqual(['h-hold'])
  })

  it('adds claims once each, in order, and free items of either kind', () => {
    const newId = ids()
    const m = addClaims(matrix, ['c-new' as ClaimId, 'c-fled' as ClaimId, 'c-new' as ClaimId], newId)
    expect(m.evidence.slice(4)).toEqual([
      { id: 'new-1', item: { kind: 'claim', claimId: 'c-new' }, weightOverride: null, ratings: {} },
    ])
    const free = addFreeItem(m, 'assumption', 'The army will defend the city', newId)
    expect(free.evidence.at(-1)).toMatchObject({
      id: 'new-2',
      item: { kind: 'assumption', text: 'The army will defend the city' },
    })
    expect(editFreeItem(free, 'new-2', 'The army will not').evidence.at(-1)!.item).toEqual({
      kind: 'assumption',
      text: 'The army will not',
    })
  })

  it('moves and removes hypotheses and rows', () => {
    expect(moveHypothesis(matrix, 'h-hold', -1).hypotheses.map((h) => h.id)).toEqual(['h-hold', 'h-fall'])
    expect(moveEvidence(matrix, 'e-fled', 1).evidence.map((e) => e.id)).toEqual([
      'e-deny',
      'e-fled',
      'e-roads',
      'e-air',
    ])
    expect(removeEvidence(matrix, 'e-deny').evidence.map((e) => e.id)).toEqual(['e-fled', 'e-roads', 'e-air'])
  })

  it('sets and clears a weight override', () => {
    const set = setWeightOverride(matrix, 'e-fled', { weight: 0.5, reason: 'Old figures' })
    expect(set.evidence[0]!.weightOverride).toEqual({ weight: 0.5, reason: 'Old figures' })
    expect(setWeightOverride(set, 'e-fled', null).evidence[0]!.weightOverride).toBeNull()
  })

  it('copies with fresh ids, ratings following their hypotheses', () => {
    const copy = copyMatrix(matrix, ids())
    expect(copy.hypotheses.map((h) => h.id)).toEqual(['new-1', 'new-2'])
    expect(copy.evidence[2]!.ratings).toEqual({ 'new-1': 'C', 'new-2': 'II' })
    expect(copy.evidence[2]!.weightOverride).toEqual(matrix.evidence[2]!.weightOverride)
    expect(new Set(copy.evidence.map((e) => e.id)).size).toBe(4)
  })
})

describe('ratingForKey', () => {
  it('types a rating: C, CC, I, II, N, NA, and takes it away', () => {
    expect(ratingForKey(null, 'c')).toBe('C')
    expect(ratingForKey('C', 'C')).toBe('CC')
    expect(ratingForKey('CC', 'c')).toBe('C')
    expect(ratingForKey('N', 'i')).toBe('I')
    expect(ratingForKey('I', 'i')).toBe('II')
    expect(ratingForKey('II', 'i')).toBe('I')
    expect(ratingForKey('C', 'n')).toBe('N')
    expect(ratingForKey('C', 'a')).toBe('NA')
    expect(ratingForKey('C', 'Delete')).toBeNull()
    expect(ratingForKey('C', 'Backspace')).toBeNull()
    expect(ratingForKey('C', 'x')).toBeUndefined()
    expect(ratingForKey('C', 'ArrowDown')).toBeUndefined()
  })

  it('steps along the scale with + and −, stopping at its ends', () => {
    expect(ratingForKey(null, '+')).toBe('C')
    expect(ratingForKey(null, '-')).toBe('I')
    expect(ratingForKey('NA', '+')).toBe('C')
    expect(ratingForKey('N', '+')).toBe('C')
    expect(ratingForKey('C', '+')).toBe('CC')
    expect(ratingForKey('CC', '+')).toBe('CC')
    expect(ratingForKey('N', '-')).toBe('I')
    expect(ratingForKey('I', '-')).toBe('II')
    expect(ratingForKey('II', '-')).toBe('II')
  })

  it('names ratings in words with their code', () => {
    expect(ratingName('II')).toBe('Very inconsistent (II)')
    expect(ratingName(null)).toBe('Not rated')
  })
})
