// The passages of the current text that an item under review most likely
// belonged to, best first: each with how well it matches, its words against
// the stored quote (differences marked), and "Attach here".
import type { PassageCandidate } from '@shared/anchoring'
import { spelledOut } from '@shared/text/invisible'
import { WasNow } from './DiffText'

const percent = (x: number) => `${Math.round(x * 100)} %`

export function CandidateList({
  candidates,
  error,
  busy,
  onShow,
  onAttach,
}: {
  /** Undefined while they are being looked for. */
  candidates: readonly PassageCandidate[] | undefined
  error: string | null
  busy: boolean
  /** Shows the passage in the reader, when the reader is at hand. */
  onShow?: (candidate: PassageCandidate) => void
  onAttach: (candidate: PassageCandidate) => void
}) {
  if (error) return <p className="hint">Similar passages could not be looked for: {error}</p>
  if (!candidates)
    return (
      <p className="hint" role="status">
        Looking for similar passages…
      </p>
    )
  if (!candidates.length)
    return (
      <p className="hint">Nothing in the text now resembles it: select its passage by hand, or delete it.</p>
    )
  return (
    <>
      <p className="candidates-title">Closest passages in the text now</p>
      <ol className="candidates" aria-label="Closest passages">
        {candidates.map((c) => (
          <li key={`${c.start}:${c.end}`} className="candidate">
            <WasNow parts={c.diff} />
            <div className="candidate-actions">
              <span
                className="candidate-score"
                title={`Quote, surroundings and place together; the surroundings are ${percent(c.contextSimilarity)} alike`}
              >
                {percent(c.score)} match
                <span className="muted"> · words {percent(c.quoteSimilarity)} alike</span>
              </span>
              {onShow && (
                <button type="button" className="link-button" onClick={() => onShow(c)}>
                  Show
                </button>
              )}
              <button
                type="button"
                className="button small"
                disabled={busy}
                aria-label={`Attach here: ${spelledOut(c.text.slice(0, 60))}`}
                onClick={() => onAttach(c)}
              >
                Attach here
              </button>
            </div>
          </li>
        ))}
      </ol>
    </>
  )
}
