// Picks a source by name or alias, with completion from the registry. A name
// that matches no source opens a short "new source" fieldset, so a claim and
// its source can be recorded in one go.
import { memo, useId } from 'react'
import { reliabilityLabel, type Reliability } from '@shared/domain/scales'
import { resolveSourceName, type SourceDraft, type SourceRecord } from '@shared/domain/source'
import { AffiliationInput, KindSelect } from '../sources/SourceFields'
import { Field, invalid, ReliabilitySelect } from './GradeFields'

export interface SourceChoice {
  /** What the analyst typed. */
  text: string
  /** The new source to create when `text` names none yet. */
  draft: Pick<
    SourceDraft,
    'kind' | 'affiliation' | 'partisan' | 'defaultReliability' | 'reliabilityRationale'
  >
}

export const newSourceDefaults: SourceChoice['draft'] = {
  kind: 'organisation',
  affiliation: '',
  partisan: false,
  defaultReliability: null,
  reliabilityRationale: '',
}

export function SourcePicker({
  label,
  value,
  sources,
  onChange,
  error,
  required,
}: {
  label: string
  value: SourceChoice
  sources: readonly SourceRecord[]
  onChange: (next: SourceChoice) => void
  error?: string
  required?: boolean
}) {
  const id = useId()
  const resolved = resolveSourceName(sources, value.text)
  const isNew = !resolved && value.text.trim() !== ''
  const set = (patch: Partial<SourceChoice['draft']>) =>
    onChange({ ...value, draft: { ...value.draft, ...patch } })
  return (
    <div className="source-picker">
      <Field
        id={id}
        label={label}
        error={error}
        hint={
          resolved ? (
            <>
              → {resolved.name}
              {resolved.defaultReliability &&
                `, ${resolved.defaultReliability} (${reliabilityLabel(resolved.defaultReliability)})`}
              {resolved.affiliation && `, ${resolved.affiliation}`}
              {resolved.partisan && ', partisan'}
            </>
          ) : isNew ? (
            'Not in the registry yet: it will be added as a new source.'
          ) : undefined
        }
      >
        <input
          id={id}
          dir="auto"
          list={`${id}-names`}
          value={value.text}
          required={required}
          autoComplete="off"
          onChange={(e) => onChange({ ...value, text: e.target.value })}
          {...invalid(id, error)}
        />
        <SourceNames id={`${id}-names`} sources={sources} />
      </Field>
      {isNew && (
        <fieldset className="new-source">
          <legend>New source: {value.text.trim()}</legend>
          <div className="field-row">
            <Field id={`${id}-kind`} label="Kind">
              <KindSelect id={`${id}-kind`} value={value.draft.kind} onChange={(kind) => set({ kind })} />
            </Field>
            <Field id={`${id}-aff`} label="Affiliation or side">
              <AffiliationInput
                id={`${id}-aff`}
                value={value.draft.affiliation}
                onChange={(affiliation) => set({ affiliation })}
              />
            </Field>
          </div>
          <div className="field-row">
            <Field id={`${id}-rel`} label="Default reliability">
              <ReliabilitySelect
                id={`${id}-rel`}
                value={value.draft.defaultReliability}
                onChange={(g: Reliability | null) => set({ defaultReliability: g })}
              />
            </Field>
            <label className="check">
              <input
                type="checkbox"
                checked={value.draft.partisan}
                onChange={(e) => set({ partisan: e.target.checked })}
              />{' '}
              Partisan (a party to the events)
            </label>
          </div>
          <Field id={`${id}-why`} label="Why this grade">
            <input
              id={`${id}-why`}
              value={value.draft.reliabilityRationale}
              onChange={(e) => set({ reliabilityRationale: e.target.value })}
            />
          </Field>
        </fieldset>
      )}
    </div>
  )
}

/**
 * The names and aliases offered as the analyst types (a few thousand at most),
 * memoised: the form re-renders on every keystroke and on save, the list only
 * when the registry changes.
 */
const SourceNames = memo(function SourceNames({
  id,
  sources,
}: {
  id: string
  sources: readonly SourceRecord[]
}) {
  return (
    <datalist id={id}>
      {sources
        .flatMap((s) => [s.name, ...s.aliases])
        .map((n) => (
          <option key={n} value={n} />
        ))}
    </datalist>
  )
})
