// The edits an analyst makes to a competing-hypotheses matrix, as pure
// functions from one matrix to the next: the editor applies them to the
// stored matrix inside a write, so edits from two windows compose, and the
// repository validates the result (ach.ts) before it is stored. Each returns
// the matrix unchanged when the edit has nothing to do.
import type { ClaimId } from '../domain/ids'
import { achRatings, type AchEvidence, type AchItem, type AchMatrix, type AchRating } from './ach'

type NewId = () => string
const uuid: NewId = () => crypto.randomUUID()

export function setQuestion(m: AchMatrix, question: string): AchMatrix {
  return m.question === question ? m : { ...m, question }
}

export function addHypothesis(m: AchMatrix, text: string, newId: NewId = uuid): AchMatrix {
  return { ...m, hypotheses: [...m.hypotheses, { id: newId(), text }] }
}

export function editHypothesis(m: AchMatrix, id: string, text: string): AchMatrix {
  if (!m.hypotheses.some((h) => h.id === id && h.text !== text)) return m
  return { ...m, hypotheses: m.hypotheses.map((h) => (h.id === id ? { ...h, text } : h)) }
}

/** Takes a hypothesis out, and every rating of it with it. */
export function removeHypothesis(m: AchMatrix, id: string): AchMatrix {
  if (!m.hypotheses.some((h) => h.id === id)) return m
  return {
    ...m,
    hypotheses: m.hypotheses.filter((h) => h.id !== id),
    evidence: m.evidence.map((row) => {
      if (!(id in row.ratings)) return row
      const { [id]: _gone, ...ratings } = row.ratings
      return { ...row, ratings }
    }),
  }
}

function move<T>(list: readonly T[], index: number, delta: number): T[] | null {
  const to = index + delta
  if (index < 0 || to < 0 || to >= list.length) return null
  const next = [...list]
  const [item] = next.splice(index, 1)
  next.splice(to, 0, item!)
  return next
}

export function moveHypothesis(m: AchMatrix, id: string, delta: -1 | 1): AchMatrix {
  const hypotheses = move(
    m.hypotheses,
    m.hypotheses.findIndex((h) => h.id === id),
    delta,
  )
  return hypotheses ? { ...m, hypotheses } : m
}

const newRow = (item: AchItem, newId: NewId): AchEvidence => ({
  id: newId(),
  item,
  weightOverride: null,
  ratings: {},
})

/** Adds claims as rows, in the order given; a claim already in the matrix is left where it is. */
export function addClaims(m: AchMatrix, claimIds: readonly ClaimId[], newId: NewId = uuid): AchMatrix {
  const present = new Set(m.evidence.flatMap((e) => (e.item.kind === 'claim' ? [e.item.claimId] : [])))
  const fresh = [...new Set(claimIds)].filter((id) => !present.has(id))
  if (!fresh.length) return m
  return {
    ...m,
    evidence: [...m.evidence, ...fresh.map((claimId) => newRow({ kind: 'claim', claimId }, newId))],
  }
}

/** Adds an assumption, or evidence one would expect to see and does not. */
export function addFreeItem(
  m: AchMatrix,
  kind: 'assumption' | 'absence',
  text: string,
  newId: NewId = uuid,
): AchMatrix {
  return { ...m, evidence: [...m.evidence, newRow({ kind, text }, newId)] }
}

function editRow(m: AchMatrix, id: string, edit: (row: AchEvidence) => AchEvidence): AchMatrix {
  let changed = false
  const evidence = m.evidence.map((row) => {
    if (row.id !== id) return row
    const next = edit(row)
    changed ||= next !== row
    return next
  })
  return changed ? { ...m, evidence } : m
}

/** Rewrites a free item's text (a claim row's text is the claim's own). */
export function editFreeItem(m: AchMatrix, id: string, text: string): AchMatrix {
  return editRow(m, id, (row) =>
    row.item.kind === 'claim' || row.item.text === text ? row : { ...row, item: { ...row.item, text } },
  )
}

export function removeEvidence(m: AchMatrix, id: string): AchMatrix {
  return m.evidence.some((e) => e.id === id) ? { ...m, evidence: m.evidence.filter((e) => e.id !== id) } : m
}

export function moveEvidence(m: AchMatrix, id: string, delta: -1 | 1): AchMatrix {
  const evidence = move(
    m.evidence,
    m.evidence.findIndex((e) => e.id === id),
    delta,
  )
  return evidence ? { ...m, evidence } : m
}

/** Rates a row against a hypothesis; null takes the rating away (not rated yet). */
export function rate(
  m: AchMatrix,
  evidenceId: string,
  hypothesisId: string,
  rating: AchRating | null,
): AchMatrix {
  if (!m.hypotheses.some((h) => h.id === hypothesisId)) return m
  return editRow(m, evidenceId, (row) => {
    if ((row.ratings[hypothesisId] ?? null) === rating) return row
    const { [hypothesisId]: _old, ...rest } = row.ratings
    return { ...row, ratings: rating ? { ...rest, [hypothesisId]: rating } : rest }
  })
}

/** Sets the analyst's weight for a row (with the reason), or null to go back to the grades' weight. */
export function setWeightOverride(
  m: AchMatrix,
  evidenceId: string,
  override: AchEvidence['weightOverride'],
): AchMatrix {
  return editRow(m, evidenceId, (row) =>
    JSON.stringify(row.weightOverride) === JSON.stringify(override)
      ? row
      : { ...row, weightOverride: override },
  )
}

/** A copy with new ids for the matrix's own parts, ratings following their hypotheses. */
export function copyMatrix(
  m: AchMatrix,
  newId: NewId = uuid,
): Pick<AchMatrix, 'question' | 'hypotheses' | 'evidence'> {
  const ids = new Map(m.hypotheses.map((h) => [h.id, newId()]))
  return {
    question: m.question,
    hypotheses: m.hypotheses.map((h) => ({ ...h, id: ids.get(h.id)! })),
    evidence: m.evidence.map((row) => ({
      ...row,
      id: newId(),
      ratings: Object.fromEntries(Object.entries(row.ratings).map(([h, r]) => [ids.get(h) ?? h, r])),
    })),
  }
}

// The five ratings on Heuer's scale, most inconsistent first (NA stands apart).
const scale: AchRating[] = ['II', 'I', 'N', 'C', 'CC']

/**
 * The rating a key gives a cell that holds `current`: C, I and N set that
 * rating (C or I again makes it CC or II, and back); A sets NA; + and − step
 * along the scale (from no rating or NA: C and I); Delete and Backspace take
 * the rating away (null). undefined: the key does not rate.
 */
export function ratingForKey(current: AchRating | null, key: string): AchRating | null | undefined {
  switch (key.toLowerCase()) {
    case 'c':
      return current === 'C' ? 'CC' : 'C'
    case 'i':
      return current === 'I' ? 'II' : 'I'
    case 'n':
      return 'N'
    case 'a':
      return 'NA'
    case '+':
    case '=':
      return current && current !== 'NA'
        ? scale[Math.min(scale.length - 1, scale.indexOf(current) + 1)]!
        : 'C'
    case '-':
    case '_':
      return current && current !== 'NA' ? scale[Math.max(0, scale.indexOf(current) - 1)]! : 'I'
    case 'delete':
    case 'backspace':
      return null
    default:
      return undefined
  }
}

/** The rating's name as the grid and its labels say it, e.g. "Very inconsistent (II)". */
export const ratingName = (r: AchRating | null) =>
  r ? `${achRatings.find((x) => x.id === r)!.label} (${r})` : 'Not rated'
