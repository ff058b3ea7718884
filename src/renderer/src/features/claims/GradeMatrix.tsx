// The reliability × credibility matrix: claim counts in a 6 × 6 grid, shaded
// by count, the picture an analyst looks at before reading rows. Choosing a
// cell filters the claims table to it; choosing it again clears the filter.
// The counts come from the ledger worker (matrix.ts counts them).
import {
  credibilityGrades,
  reliabilityGrades,
  type Credibility,
  type Reliability,
} from '@shared/domain/scales'
import type { MatrixCounts } from './matrix'

export interface MatrixCell {
  reliability: Reliability
  credibility: Credibility
}

export function GradeMatrix({
  counts: matrix,
  selected,
  onSelect,
}: {
  /** Claims per cell; undefined while they are being counted. */
  counts: MatrixCounts | undefined
  selected: MatrixCell | null
  onSelect: (cell: MatrixCell | null) => void
}) {
  const counts = new Map(Object.entries(matrix?.counts ?? {}))
  const ungraded = matrix?.ungraded ?? 0
  const max = Math.max(0, ...counts.values())
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
