// One key judgment: the sentence, its likelihood and its confidence (two
// separate fields, as ICD 203 asks), the claims that support it (found with
// the claim picker, among every claim), and its substantiation in Markdown.
import { useId } from 'react'
import type { KeyJudgment } from '@shared/domain/briefing'
import type { ClaimRecord } from '@shared/domain/claim'
import type { ClaimId } from '@shared/domain/ids'
import type { LikelihoodScaleId } from '@shared/domain/scales'
import { ConfidenceSelect, Field, LikelihoodSelect } from '../claims/GradeFields'
import { ClaimPicker } from '../ledger/ClaimPicker'

export function KeyJudgmentEditor({
  judgment,
  index,
  count,
  claims,
  scale,
  onChange,
  onMove,
  onRemove,
}: {
  judgment: KeyJudgment
  index: number
  count: number
  /** The claims the briefing names, by id. */
  claims: ReadonlyMap<string, ClaimRecord>
  scale: LikelihoodScaleId
  onChange: (next: KeyJudgment) => void
  onMove: (delta: -1 | 1) => void
  onRemove: () => void
}) {
  const id = useId()
  const n = index + 1
  const set = (patch: Partial<KeyJudgment>) => onChange({ ...judgment, ...patch })
  const statement = (cid: ClaimId) => claims.get(cid)?.statement ?? 'a deleted claim'
  return (
    <fieldset className="judgment">
      <legend>Key judgment {n}</legend>
      <Field id={`${id}-text`} label={`Judgment ${n}`}>
        <textarea
          id={`${id}-text`}
          dir="auto"
          rows={2}
          value={judgment.text}
          onChange={(e) => set({ text: e.target.value })}
        />
      </Field>
      <div className="field-row">
        <Field id={`${id}-l`} label={`Likelihood of judgment ${n}`}>
          <LikelihoodSelect
            id={`${id}-l`}
            scale={scale}
            value={judgment.likelihood}
            onChange={(likelihood) => set({ likelihood })}
          />
        </Field>
        <Field id={`${id}-c`} label={`Confidence in judgment ${n}`}>
          <ConfidenceSelect
            id={`${id}-c`}
            value={judgment.confidence}
            onChange={(confidence) => set({ confidence })}
          />
        </Field>
      </div>
      <div className="field">
        <span className="field-label" id={`${id}-claims`}>
          Supporting claims
        </span>
        <ul className="chip-list" aria-labelledby={`${id}-claims`}>
          {judgment.claimIds.map((cid) => (
            <li key={cid} className="chip" dir="auto">
              {statement(cid).slice(0, 80)}
              <button
                type="button"
                className="tag-remove"
                aria-label={`Remove supporting claim: ${statement(cid).slice(0, 40)}`}
                onClick={() => set({ claimIds: judgment.claimIds.filter((x) => x !== cid) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <ClaimPicker
          // A fresh, empty picker after each claim added.
          key={judgment.claimIds.length}
          label={`Add a supporting claim to judgment ${n}`}
          hideLabel
          placeholder="Add a supporting claim…"
          value={null}
          exclude={judgment.claimIds}
          onChange={(choice) => choice && set({ claimIds: [...judgment.claimIds, choice.id] })}
        />
      </div>
      <Field id={`${id}-sub`} label={`Substantiation of judgment ${n} (Markdown)`}>
        <textarea
          id={`${id}-sub`}
          dir="auto"
          rows={4}
          value={judgment.substantiation}
          onChange={(e) => set({ substantiation: e.target.value })}
        />
      </Field>
      <div className="row-actions">
        <button
          type="button"
          className="link-button"
          aria-disabled={index === 0}
          onClick={() => onMove(-1)}
          aria-label={`Move judgment ${n} up`}
        >
          Move up
        </button>
        <button
          type="button"
          className="link-button"
          aria-disabled={index === count - 1}
          onClick={() => onMove(1)}
          aria-label={`Move judgment ${n} down`}
        >
          Move down
        </button>
        <button
          type="button"
          className="link-button danger"
          onClick={onRemove}
          aria-label={`Remove judgment ${n}`}
        >
          Remove
        </button>
      </div>
    </fieldset>
  )
}
