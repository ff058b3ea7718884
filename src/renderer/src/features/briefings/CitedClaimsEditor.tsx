// The claims a briefing cites, in reading order: reorder by dragging or with
// the buttons (keyboard), remove, and see when a claim changed since it was
// cited, with a way to take the current version. Each shows the number it has
// in the briefing, which follows the order of first citation (a claim a key
// judgment cites comes first), so it can differ from its place in this list.
import { useState } from 'react'
import type { CitedClaim } from '@shared/domain/briefing'
import type { ClaimRecord } from '@shared/domain/claim'

export function CitedClaimsEditor({
  cited,
  claims,
  numberOf,
  onChange,
}: {
  cited: readonly CitedClaim[]
  claims: ReadonlyMap<string, ClaimRecord>
  /** Each claim's number in the briefing, as the exports give it. */
  numberOf?: ReadonlyMap<string, number>
  onChange: (next: CitedClaim[]) => void
}) {
  const [dragging, setDragging] = useState<number | null>(null)
  const move = (from: number, to: number) => {
    if (to < 0 || to >= cited.length || from === to) return
    const next = [...cited]
    const [item] = next.splice(from, 1)
    next.splice(to, 0, item!)
    onChange(next)
  }
  if (cited.length === 0) {
    return (
      <p className="hint">
        No claims cited yet. In the Claims view, select rows (or filter the table) and choose “Cite in
        briefing”.
      </p>
    )
  }
  return (
    <ol className="cited-list" aria-label="Cited claims">
      {cited.map((c, i) => {
        const claim = claims.get(c.claimId)
        const statement = claim?.statement ?? 'This claim has been deleted'
        const changed = !claim || claim.version !== c.version
        return (
          <li
            key={c.claimId}
            className={dragging === i ? 'cited dragging' : 'cited'}
            draggable
            onDragStart={() => setDragging(i)}
            onDragEnd={() => setDragging(null)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault()
              if (dragging !== null) move(dragging, i)
              setDragging(null)
            }}
          >
            <span className="drag-handle" aria-hidden="true">
              ⋮⋮
            </span>
            <span className="cited-number" title="Its number in the briefing">
              {numberOf?.get(c.claimId) ?? i + 1}
            </span>
            <span className="cited-statement" dir="auto">
              {statement}
              {changed && (
                <span className="changed" role="note">
                  {claim
                    ? ` Changed since cited (version ${c.version} → ${claim.version}).`
                    : ' Deleted since cited.'}
                  {claim && (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() =>
                        onChange(cited.map((x, j) => (j === i ? { ...x, version: claim.version } : x)))
                      }
                    >
                      Use current version
                    </button>
                  )}
                </span>
              )}
            </span>
            <span className="row-actions">
              <button
                type="button"
                className="link-button"
                aria-disabled={i === 0}
                aria-label={`Move claim ${i + 1} up`}
                onClick={() => move(i, i - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="link-button"
                aria-disabled={i === cited.length - 1}
                aria-label={`Move claim ${i + 1} down`}
                onClick={() => move(i, i + 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="link-button danger"
                aria-label={`Stop citing claim ${i + 1}`}
                onClick={() => onChange(cited.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </span>
          </li>
        )
      })}
    </ol>
  )
}
