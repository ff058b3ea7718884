// Which document the annotations go onto: the open case's documents, best fit
// first, each with how well the file fits it ("Same text · 19 of 19 quotes
// found"), and the other cases' documents folded away below.
import type { DocumentId } from '@shared/domain/ids'
import { useId } from 'react'
import { SafeText } from '../shell/SafeText'
import { proposedFit, type RankedFit } from './use-annotation-import'

export function TargetChooser({
  fits,
  chosen,
  onChoose,
}: {
  fits: readonly RankedFit[]
  chosen: DocumentId | null
  onChoose: (id: DocumentId) => void
}) {
  const name = useId()
  const best = proposedFit(fits)?.documentId
  const here = fits.filter((f) => f.here)
  const elsewhere = fits.filter((f) => !f.here)
  const option = (f: RankedFit) => (
    <li key={f.documentId} className={f.documentId === chosen ? 'ai-target chosen' : 'ai-target'}>
      <label>
        <input
          type="radio"
          name={name}
          value={f.documentId}
          checked={f.documentId === chosen}
          onChange={() => onChoose(f.documentId)}
        />
        <span className="ai-target-title">
          <SafeText text={f.title} />
          {!f.here && (
            <span className="muted">
              {' '}
              (case “<SafeText text={f.caseName} />
              ”)
            </span>
          )}
        </span>
        <span className={f.quotesFound === 0 && f.sameText === 0 ? 'ai-fit none' : 'ai-fit'}>{f.label}</span>
        {f.documentId === best && <span className="ai-best">Best fit</span>}
      </label>
    </li>
  )
  return (
    <fieldset className="ai-targets">
      <legend>Import onto</legend>
      {here.length > 0 ? (
        <ul aria-label="Documents in this case">{here.map(option)}</ul>
      ) : (
        <p className="hint">The open case has no documents; choose one from another case.</p>
      )}
      {elsewhere.length > 0 && (
        <details open={elsewhere.some((f) => f.documentId === chosen)}>
          <summary>Documents in other cases ({elsewhere.length.toLocaleString('en-GB')})</summary>
          <ul aria-label="Documents in other cases">{elsewhere.map(option)}</ul>
        </details>
      )}
    </fieldset>
  )
}
