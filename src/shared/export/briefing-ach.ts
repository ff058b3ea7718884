// A competing-hypotheses matrix as a briefing section: hypotheses with their
// weighted inconsistency and rank, rows most diagnostic first, claim rows
// citing the claim by the briefing's own number.
import { achItemKinds, analyseAch, type AchClaimGrades, type AchMatrix } from '../analysis/ach'
import type { ClaimId } from '../domain/ids'
import type { ModelAch } from './briefing-types'

/** The matrix's claim rows in the order the briefing shows them (most diagnostic first). */
export function achCitedClaims(matrix: AchMatrix, grades: AchClaimGrades): ClaimId[] {
  const byId = new Map(matrix.evidence.map((e) => [e.id, e]))
  return analyseAch(matrix, grades).byDiagnosticity.flatMap((id) => {
    const item = byId.get(id)!.item
    return item.kind === 'claim' ? [item.claimId] : []
  })
}

export function achSection(
  matrix: AchMatrix,
  grades: AchClaimGrades,
  statementOf: (id: ClaimId) => string | undefined,
  numberOf: ReadonlyMap<ClaimId, number>,
): ModelAch {
  const analysis = analyseAch(matrix, grades)
  const label = new Map(matrix.hypotheses.map((h, i) => [h.id, `H${i + 1}`]))
  const rowLabel = new Map(matrix.evidence.map((e, i) => [e.id, `E${i + 1}`]))
  const analysed = new Map(analysis.rows.map((r) => [r.evidenceId, r]))
  const rows = new Map(matrix.evidence.map((e) => [e.id, e]))
  return {
    id: matrix.id,
    question: matrix.question,
    hypotheses: analysis.scores.map((s) => ({
      id: s.id,
      label: label.get(s.id)!,
      text: s.text,
      inconsistency: s.inconsistency,
      weighted: s.weighted,
      rank: s.rank,
    })),
    rows: analysis.byDiagnosticity.map((id) => {
      const row = rows.get(id)!
      const a = analysed.get(id)!
      const claimId = row.item.kind === 'claim' ? row.item.claimId : null
      return {
        label: rowLabel.get(id)!,
        kindLabel: achItemKinds.find((k) => k.id === row.item.kind)!.label,
        text:
          row.item.kind === 'claim'
            ? (statementOf(row.item.claimId) ?? 'A claim deleted since')
            : row.item.text,
        footnote: claimId ? (numberOf.get(claimId) ?? null) : null,
        weight: a.weight.weight,
        weightNote: a.weight.explanation,
        diagnostic: a.diagnostic,
        sensitive: a.sensitive,
        cells: matrix.hypotheses.map((h) => row.ratings[h.id] ?? null),
      }
    }),
    leaders: analysis.leaders.map((id) => label.get(id)!),
  }
}
