// Which of the case's ACH matrices the briefing shows, as its "Competing
// hypotheses" section, ticked to include.
// Included matrices come in the order they were ticked.
import { useId, useMemo } from 'react'
import type { AchMatrix } from '@shared/analysis/ach'
import type { AchMatrixId } from '@shared/domain/ids'
import { SafeText } from '../shell/SafeText'

export function IncludedMatrices({
  included,
  matrices,
  onChange,
}: {
  included: readonly AchMatrixId[]
  matrices: readonly AchMatrix[]
  onChange: (ids: AchMatrixId[]) => void
}) {
  const id = useId()
  const chosen = useMemo(() => new Set(included), [included])
  // Included matrices deleted since stay listed as missing until unticked, so nothing drops silently.
  const gone = included.filter((m) => !matrices.some((x) => x.id === m))
  return (
    <section aria-labelledby={`${id}-ach`} className="included-section">
      <h3 id={`${id}-ach`} className="section-title">
        Competing hypotheses
      </h3>
      {matrices.length === 0 && gone.length === 0 ? (
        <p className="hint">This case has no ACH matrices. Build one in the ACH view to include it here.</p>
      ) : (
        <ul className="included-matrices" aria-label="ACH matrices to include">
          {matrices.map((m) => (
            <li key={m.id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={chosen.has(m.id)}
                  onChange={(e) =>
                    onChange(e.target.checked ? [...included, m.id] : included.filter((x) => x !== m.id))
                  }
                />{' '}
                <span>
                  <SafeText text={m.question} />
                  <span className="hint included-meta">{`${m.hypotheses.length} hypotheses, ${m.evidence.length} rows`}</span>
                </span>
              </label>
            </li>
          ))}
          {gone.map((m) => (
            <li key={m}>
              <label className="check">
                <input type="checkbox" checked onChange={() => onChange(included.filter((x) => x !== m))} /> A
                matrix deleted since (not shown in the briefing)
              </label>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
