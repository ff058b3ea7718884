// The fields that describe a source wherever one is edited: in the registry
// and in the "new source" part of the claim editor.
import { sourceKinds, suggestedAffiliations, type SourceKind } from '@shared/domain/source'

export function KindSelect({
  id,
  value,
  onChange,
}: {
  id: string
  value: SourceKind
  onChange: (kind: SourceKind) => void
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as SourceKind)}>
      {sourceKinds.map((k) => (
        <option key={k.id} value={k.id}>
          {k.label}
        </option>
      ))}
    </select>
  )
}

/** Free text, with the sides an analyst of this conflict names most often offered as completions. */
export function AffiliationInput({
  id,
  value,
  onChange,
}: {
  id: string
  value: string
  onChange: (affiliation: string) => void
}) {
  return (
    <>
      <input
        id={id}
        dir="auto"
        list={`${id}-suggestions`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={`${id}-suggestions`}>
        {suggestedAffiliations.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
    </>
  )
}
