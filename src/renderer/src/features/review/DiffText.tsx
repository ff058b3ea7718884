// Two texts' word-by-word differences, shown as two lines: the words as they
// were, the ones gone struck through; the words as they are now, the new ones
// marked. Used by the import preview and by "Needs review" candidates.
import type { DiffPart } from '@shared/anchoring'
import { SafeText } from '../shell/SafeText'

/** The old side (same and removed words) or the new side (same and added words) of a diff. */
export function DiffSide({ parts, side }: { parts: readonly DiffPart[]; side: 'old' | 'new' }) {
  const hidden = side === 'old' ? 'added' : 'removed'
  return (
    <span className="diff-side" dir="auto">
      {parts.map((p, i) =>
        // Index keys: a diff is rendered whole and never reorders.
        p.kind === hidden ? null : p.kind === 'same' ? (
          <SafeText key={i} text={p.text} />
        ) : p.kind === 'removed' ? (
          <del key={i} title="Not in the text now">
            <SafeText text={p.text} />
          </del>
        ) : (
          <ins key={i} title="New in the text">
            <SafeText text={p.text} />
          </ins>
        ),
      )}
    </span>
  )
}

/** "Was … / Now …", the differences marked on each line. */
export function WasNow({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <dl className="was-now">
      <dt>Was</dt>
      <dd>
        <DiffSide parts={parts} side="old" />
      </dd>
      <dt>Now</dt>
      <dd>
        <DiffSide parts={parts} side="new" />
      </dd>
    </dl>
  )
}
