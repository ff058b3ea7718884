// The reliability × credibility matrix: claim counts in a 6 × 6 grid, shaded
// by count, the picture an analyst looks at before reading rows. Choosing a
// cell filters the claims table to it; choosing it again clears the filter.
import {
  credibilityGrades,
  reliabilityGrades,
  type Credibility,
  type Reliability,
} from '@shared/domain/scales'
import type { ClaimRow } from './claim-row'

export interface MatrixCell {
  reliability: Reliability
  credibility: Credibility
}

export function countMatrix(rows: readonly Pick<ClaimRow, 'reliability' | 'credibility'>[]) {
  const counts = new Map<string, number>()
  let ungraded = 0
  for (const r of rows) {
    if (!r.reliability || !r.credibility) ungraded++
    else counts.set(r.reliability + r.credibility, (counts.get(r.reliability + r.credibility) ?? 0) + 1)
  }
  return { counts, ungraded, max: Math.max(0, ...counts.values()) }
}

export function GradeMatrix({
  rows,
  selected,
  onSelect,
}: {
  rows: readonly ClaimRow[]
  selected: MatrixCell | null
  onSelect: (cell: MatrixCell | null) => void
}) {
  const { counts, ungraded, max } = countMatrix(rows)
  return (
    <section className="matrix" aria-labelledby="matrix-title">
      <h2 id="matrix-title" className="section-title">
        Reliability × credibility
      </h2>
      <table className="matrix-grid">
        <caption className="sr-only">
          Claims by source reliability (rows) and information credibility (columns). Choose a cell to filter
          the table.
        </caption>
        <thead>
          <tr>
            <td />
            {credibilityGrades.map((c) => (
              <th key={c.grade} scope="col" title={c.label}>
                {c.grade}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {reliabilityGrades.map((r) => (
            <tr key={r.grade}>
              <th scope="row" title={r.label}>
                {r.grade}
              </th>
              {credibilityGrades.map((c) => {
                const n = counts.get(r.grade + c.grade) ?? 0
                const isSelected = selected?.reliability === r.grade && selected.credibility === c.grade
                return (
                  <td key={c.grade}>
                    <button
                      type="button"
                      className={isSelected ? 'matrix-cell selected' : 'matrix-cell'}
                      style={{ '--heat': max ? n / max : 0 } as React.CSSProperties}
                      aria-pressed={isSelected}
                      aria-label={`${r.grade}${c.grade}: ${n} ${n === 1 ? 'claim' : 'claims'} (${r.label}, ${c.label.toLowerCase()})`}
                      onClick={() =>
                        onSelect(isSelected ? null : { reliability: r.grade, credibility: c.grade })
                      }
                    >
                      {n || ''}
                    </button>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        {ungraded
          ? `${ungraded} ${ungraded === 1 ? 'claim is' : 'claims are'} not fully graded.`
          : 'Every claim is graded.'}
        {selected && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={() => onSelect(null)}>
              Clear cell filter ({selected.reliability}
              {selected.credibility})
            </button>
          </>
        )}
      </p>
    </section>
  )
}
