// Creating or editing a source in the registry: name and aliases (any of which
// resolves to it), kind, side, default reliability with its rationale, and
// which source it relays, if it is not independent.
import { useId, useState } from 'react'
import type { SourceId } from '@shared/domain/ids'
import { sourceDraftSchema, type SourceDraft, type SourceRecord } from '@shared/domain/source'
import { AffiliationInput, KindSelect } from './SourceFields'
import { describeError } from '../../db/errors'
import { ledger } from '../../services'
import { Field, invalid, joinList, ReliabilitySelect, splitList } from '../claims/GradeFields'
import { ledgerAction } from '../claims/ledger-actions'
import { FormError } from '../shell/FormError'

type Errors = Partial<Record<keyof SourceDraft, string>>

export function SourceEditor({
  initial,
  existing,
  sources,
  onDone,
}: {
  initial: SourceDraft
  existing?: SourceRecord
  sources: readonly SourceRecord[]
  onDone: (savedId: SourceId | null) => void
}) {
  const [draft, setDraft] = useState<SourceDraft>(initial)
  const [aliasText, setAliasText] = useState(joinList(initial.aliases))
  const [errors, setErrors] = useState<Errors>({})
  const [problem, setProblem] = useState<string | null>(null)
  const id = useId()
  const set = (patch: Partial<SourceDraft>) => setDraft((d) => ({ ...d, ...patch }))

  const save = async () => {
    setProblem(null)
    const candidate = { ...draft, aliases: splitList(aliasText) }
    const parsed = sourceDraftSchema.safeParse(candidate)
    if (!parsed.success) {
      const next: Errors = {}
      for (const issue of parsed.error.issues) next[issue.path[0] as keyof SourceDraft] ??= issue.message
      setErrors(next)
      return
    }
    setErrors({})
    try {
      const changes = await ledgerAction(existing ? 'edit source' : 'add source', () =>
        existing ? ledger.updateSource(existing.id, candidate) : ledger.createSource(candidate),
      )
      onDone((changes[0]?.id as SourceId) ?? null)
    } catch (error) {
      setProblem(describeError(error))
    }
  }

  return (
    <form
      className="source-editor"
      aria-label={existing ? `Edit source ${existing.name}` : 'New source'}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <FormError>{problem}</FormError>
      <Field id={`${id}-name`} label="Name" error={errors.name}>
        <input
          id={`${id}-name`}
          dir="auto"
          autoFocus
          value={draft.name}
          onChange={(e) => set({ name: e.target.value })}
          {...invalid(`${id}-name`, errors.name)}
        />
      </Field>
      <Field
        id={`${id}-aliases`}
        label="Aliases"
        hint="Other names the texts use for it, separated with commas"
      >
        <input
          id={`${id}-aliases`}
          dir="auto"
          value={aliasText}
          onChange={(e) => setAliasText(e.target.value)}
        />
      </Field>
      <div className="field-row">
        <Field id={`${id}-kind`} label="Kind" error={errors.kind}>
          <KindSelect id={`${id}-kind`} value={draft.kind} onChange={(kind) => set({ kind })} />
        </Field>
        <Field id={`${id}-aff`} label="Affiliation or side">
          <AffiliationInput
            id={`${id}-aff`}
            value={draft.affiliation}
            onChange={(affiliation) => set({ affiliation })}
          />
        </Field>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.partisan}
          onChange={(e) => set({ partisan: e.target.checked })}
        />{' '}
        Partisan (a party to the events it reports)
      </label>
      <div className="field-row">
        <Field id={`${id}-rel`} label="Default reliability" error={errors.defaultReliability}>
          <ReliabilitySelect
            id={`${id}-rel`}
            value={draft.defaultReliability}
            onChange={(g) => set({ defaultReliability: g })}
            error={errors.defaultReliability}
          />
        </Field>
        <Field id={`${id}-relays`} label="Relays (not independent of)" error={errors.relays}>
          <select
            id={`${id}-relays`}
            value={draft.relays ?? ''}
            onChange={(e) => set({ relays: (e.target.value || null) as SourceId | null })}
          >
            <option value="">Independent</option>
            {sources
              .filter((s) => s.id !== existing?.id)
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
          </select>
        </Field>
      </div>
      <Field id={`${id}-why`} label="Rationale for the grade">
        <textarea
          id={`${id}-why`}
          dir="auto"
          rows={2}
          value={draft.reliabilityRationale}
          onChange={(e) => set({ reliabilityRationale: e.target.value })}
        />
      </Field>
      <Field id={`${id}-url`} label="URL" error={errors.url}>
        <input
          id={`${id}-url`}
          type="url"
          value={draft.url}
          onChange={(e) => set({ url: e.target.value })}
          {...invalid(`${id}-url`, errors.url)}
        />
      </Field>
      <Field id={`${id}-notes`} label="Notes">
        <textarea
          id={`${id}-notes`}
          dir="auto"
          rows={3}
          value={draft.notes}
          onChange={(e) => set({ notes: e.target.value })}
        />
      </Field>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => onDone(null)}>
          Cancel
        </button>
        <button type="submit" className="button primary">
          {existing ? 'Save source' : 'Add source'}
        </button>
      </div>
    </form>
  )
}
